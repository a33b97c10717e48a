"""The stand-in script's builder (pyminis/dev/stand_in.py): which packages get the open data
host, read from project.config.json as the platform reads it (003)."""

from __future__ import annotations

import json

from pyminis.dev.stand_in import open_data_folder, stand_in_script
from pyminis.paths import runtime_js_dir


def test_the_folder_comes_from_project_config() -> None:
    assert open_data_folder(b'{"openDataContext": "openDataContext", "appid": "k"}') == "openDataContext"
    assert open_data_folder(b'{"openDataContext": "board/"}') == "board"


def test_no_domain_when_the_config_does_not_name_one() -> None:
    for config in (None, b"", b"{not json", b"[]", b'{"appid": "k"}', b'{"openDataContext": ""}',
                   b'{"openDataContext": 3}'):
        assert open_data_folder(config) is None


def test_plain_stand_in_without_a_domain() -> None:
    plain = stand_in_script(None)
    assert plain == (runtime_js_dir() / "simulator" / "sdk.js").read_text(encoding="utf-8")
    assert "pyminisOpenData" not in plain


def test_with_a_domain_the_host_follows_the_stand_in() -> None:
    script = stand_in_script("board")
    assert script.startswith(stand_in_script(None))
    assert script.index("globalThis.pyminisOpenData =") < script.index("globalThis.pyminisOpenData.install(")
    domain = (runtime_js_dir() / "opendata" / "domain.js").read_text(encoding="utf-8")
    assert f"__pyminisOpenDataDomainSource = {json.dumps(domain)};" in script
    assert '__pyminisOpenDataScript = "board/index.js";' in script

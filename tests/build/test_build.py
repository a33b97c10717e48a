"""`pyminis build`: the H5 package of 000/001, deterministic and atomic."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

import pytest
from PIL import Image
from typer.testing import CliRunner

from pyminis.cli import app
from pyminis.errors import CompileError, ConfigError
from pyminis.output.atomic import read_tree
from pyminis.pipeline import build
from pyminis.targets.h5 import DEV_PLACEHOLDER_KEY, GAME_SDK_URL, DRAMA_SDK_URL

Copy = Callable[[str], Path]


class _Head(HTMLParser):
    """The elements of <head>, in order, with their attributes and inline text."""

    def __init__(self) -> None:
        super().__init__()
        self.head: list[tuple[str, dict[str, str | None], str]] = []
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
        elif self._in_head:
            self.head.append((tag, dict(attrs), ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False

    def handle_data(self, data: str) -> None:
        if self._in_head and self.head and data.strip():
            tag, attrs, text = self.head[-1]
            self.head[-1] = (tag, attrs, text + data)


def head_of(html: bytes) -> list[tuple[str, dict[str, str | None], str]]:
    parser = _Head()
    parser.feed(html.decode())
    return parser.head


def manifest_files(entries: list[dict], prefix: str = "") -> set[str]:
    files = set()
    for entry in entries:
        if entry["type"] == "file":
            files.add(prefix + entry["name"])
        else:
            files |= manifest_files(entry["children"], prefix + entry["name"] + "/")
    return files


def sha256s(folder: Path) -> dict[str, str]:
    return {k: hashlib.sha256(v).hexdigest() for k, v in read_tree(folder).items()}


def test_h5_package_layout(example_copy: Copy) -> None:
    project = example_copy("hello")
    out = build(project, "h5").output_dir
    assert out == project / "dist"
    files = read_tree(out)
    head = head_of(files["index.html"])
    assert head[0] == ("script", {"src": GAME_SDK_URL}, "")
    assert head[1][0] == "script" and "TTMinis.game.init" in head[1][2]
    assert '"hello-example-client-key"' in head[1][2]
    config = json.loads(files["minigame.config.json"])
    assert files["minigame.config.json"] == (project / "minigame.config.json").read_bytes()
    assert config["dev"]["clientKey"] == "hello-example-client-key"
    manifest = json.loads(files["minigame.manifest.json"])
    assert manifest["name"] == "minigame.manifest.json"
    assert manifest_files(manifest["resource_list"]) == set(files) - {"minigame.manifest.json"}
    assert "eruda.js" not in files and "game.js.map" not in files


def test_manifest_nests_folders_sorted(example_copy: Copy) -> None:
    project = example_copy("hello")
    (project / "assets" / "img").mkdir(parents=True)
    Image.new("RGB", (2, 2), "red").save(project / "assets" / "img" / "b.png")
    (project / "assets" / "a.txt").write_text("a")
    files = read_tree(build(project, "h5").output_dir)
    manifest = json.loads(files["minigame.manifest.json"])["resource_list"]
    names = [e["name"] for e in manifest]
    assert names == sorted(names)
    assets = next(e for e in manifest if e["name"] == "assets")
    assert assets == {"type": "folder", "name": "assets", "children": [
        {"type": "file", "name": "a.txt"},
        {"type": "folder", "name": "img", "children": [{"type": "file", "name": "b.png"}]},
    ]}


@pytest.mark.parametrize("dev", [False, True])
def test_two_builds_are_byte_identical(example_copy: Copy, dev: bool) -> None:
    project = example_copy("hello")
    first = sha256s(build(project, "h5", dev=dev).output_dir)
    second = sha256s(build(project, "h5", dev=dev).output_dir)
    assert first == second


def test_dev_build_ships_console_source_map_and_python_sources(example_copy: Copy) -> None:
    files = read_tree(build(example_copy("hello"), "h5", dev=True).output_dir)
    assert files["game.js"].endswith(b"//# sourceMappingURL=game.js.map\n")
    assert "src/main.py" in json.loads(files["game.js.map"])["sources"]
    head = head_of(files["index.html"])
    assert head[0][1]["src"] == GAME_SDK_URL
    assert ("script", {"src": "eruda.js"}, "") in head


def test_syntax_error_names_the_line_and_keeps_the_previous_output(example_copy: Copy) -> None:
    project = example_copy("hello")
    out = build(project, "h5").output_dir
    before = sha256s(out)
    main = project / "src" / "main.py"
    main.write_text(main.read_text() + "\n\ndef broken(:\n    pass\n")
    line = main.read_text().splitlines().index("def broken(:") + 1
    result = CliRunner().invoke(app, ["build", str(project), "--target", "h5"])
    assert result.exit_code == 1
    assert f"src/main.py:{line}" in result.output
    assert sha256s(out) == before


def test_bad_config_fails_with_its_json_path_and_keeps_output(example_copy: Copy) -> None:
    project = example_copy("hello")
    out = build(project, "h5").output_dir
    before = sha256s(out)
    config = json.loads((project / "minigame.config.json").read_text())
    config["navbar"]["bgColorLight"] = 12
    (project / "minigame.config.json").write_text(json.dumps(config, indent=2))
    result = CliRunner().invoke(app, ["build", str(project)])
    assert result.exit_code == 2
    assert "minigame.config.json:" in result.output and "navbar.bgColorLight is 12" in result.output
    assert sha256s(out) == before


def test_release_without_client_key_fails_dev_uses_placeholder(example_copy: Copy) -> None:
    project = example_copy("hello")
    config = json.loads((project / "minigame.config.json").read_text())
    del config["dev"]["clientKey"]
    (project / "minigame.config.json").write_text(json.dumps(config, indent=2))
    with pytest.raises(ConfigError, match="client key"):
        build(project, "h5")
    assert not (project / "dist").exists()
    files = read_tree(build(project, "h5", dev=True).output_dir)
    assert DEV_PLACEHOLDER_KEY.encode() in files["index.html"]


def test_minis_target_uses_the_drama_sdk_and_ttminis_init(example_copy: Copy) -> None:
    project = example_copy("hello")
    (project / "minis.config.json").write_text(json.dumps(
        {"dev": {"clientKey": "drama-key"}, "navbar": {"lightModeBgColor": "#ffffff"}}))
    (project / "minigame.config.json").unlink()
    out = build(project, "minis").output_dir
    assert out.name == "dist-minis"
    files = read_tree(out)
    head = head_of(files["index.html"])
    assert head[0] == ("script", {"src": DRAMA_SDK_URL}, "")
    assert "TTMinis.init(" in head[1][2] and "TTMinis.game" not in head[1][2]
    assert json.loads(files["minis.config.json"])["dev"]["clientKey"] == "drama-key"


def test_compile_error_lists_every_syntax_error_module(example_copy: Copy) -> None:
    project = example_copy("hello")
    (project / "src" / "a.py").write_text("x = (\n")
    (project / "src" / "b.py").write_text("def f(:\n")
    with pytest.raises(CompileError) as caught:
        build(project, "h5")
    where = sorted(str(p.location) .split(":")[0] for p in caught.value.problems)
    assert where == ["src/a.py", "src/b.py"]


def test_missing_project_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output

"""The script that stands in for TikTok's SDK wherever pyminis plays a game off the platform.

The recording stand-in (runtime_js/simulator/sdk.js), followed, when the package has an open
data domain, by the platform's side of that domain (runtime_js/opendata/host.js with the
domain worker's source inlined, then install.js). One builder for the simulator and the
browser tests, so both run the game against the same platform.

The platform knows a package has an open data domain from 003's `project.config.json`
(`"openDataContext": folder`); `open_data_folder` reads it the same way. Games without one get
the plain stand-in: their namespace keeps every call the stand-in defines.
"""

from __future__ import annotations

import json
from typing import Any

from pyminis.paths import runtime_js_dir


def open_data_folder(project_config: bytes | None) -> str | None:
    """The open data folder a package's project.config.json names, or None (no file, no
    domain, or a file the platform could not read either)."""
    if not project_config:
        return None
    try:
        data: Any = json.loads(project_config)
    except ValueError:
        return None
    folder = data.get("openDataContext") if isinstance(data, dict) else None
    return folder.strip("/") if isinstance(folder, str) and folder.strip("/") else None


def stand_in_script(open_data: str | None = None) -> str:
    """The SDK stand-in's source; with `open_data` (the domain's folder in the package) the
    open data host comes after it, started on the game's first open data call."""
    if open_data is None:
        return _read("simulator/sdk.js")
    return _with_open_data(open_data)


def _with_open_data(folder: str) -> str:
    return "\n".join([
        _read("simulator/sdk.js"),
        _read("opendata/host.js"),
        # Inlined: this script is served from the SDK's URL, another origin than domain.js's.
        f"globalThis.__pyminisOpenDataDomainSource = {json.dumps(_read('opendata/domain.js'))};",
        f"globalThis.__pyminisOpenDataScript = {json.dumps(folder + '/index.js')};",
        _read("opendata/install.js"),
    ])


def _read(name: str) -> str:
    return (runtime_js_dir() / name).read_text(encoding="utf-8")

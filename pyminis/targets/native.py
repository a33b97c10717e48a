"""The native-runtime package TikTok accepts for mini games (platform-docs/native-runtime.md).

`game.js` (one self-contained classic script: no import/export, no DOM), `game.json`,
`project.config.json` (`appid` = the client key), assets, each subpackage's folder with its own
`game.js`, and `openDataContext/` when the project has an open data domain.

Where the platform leaves a field unknown we write the smallest form the mainstream mini-game
runtimes (WeChat, Douyin) agree on; each choice is recorded in docs/architecture.md ("Native
package").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pyminis.errors import ConfigError, Location
from pyminis.project import Project
from pyminis.project.config import read_config_text
from pyminis.targets import capabilities, register
from pyminis.targets.base import EmitInput
from pyminis.targets.sizes import check_sizes

# Shown in dev builds without a client key, so nobody mistakes the build for a real one.
DEV_PLACEHOLDER_APPID = "PYMINIS-DEV-PLACEHOLDER-set-dev.clientKey"
OPEN_DATA_DIR = "openDataContext"
# Names the platform (or pyminis) gives meaning to at the package root.
RESERVED = {"game.js", "game.json", "project.config.json", OPEN_DATA_DIR}


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def _config_name(project: Project) -> str:
    return project.loaded.path.name if project.loaded.path else "minigame.config.json"


def _config_error(project: Project, message: str, hint: str, key: str) -> ConfigError:
    name = _config_name(project)
    text = read_config_text(project.loaded.path) if project.loaded.path else ""
    at = text.find(f'"{key}"')
    return ConfigError(message, hint=hint,
                       location=Location(name, text.count("\n", 0, at) + 1 if at >= 0 else 1))


def game_json(project: Project, has_open_data: bool) -> bytes:
    """game.json: orientation, subpackages and the open data context, nothing unknown."""
    config = project.config
    data: dict[str, Any] = {"deviceOrientation": config.orientation}
    if config.pyminis.subpackages:
        data["subpackages"] = [{"name": s.name, "root": s.root} for s in config.pyminis.subpackages]
    if has_open_data:
        data["openDataContext"] = OPEN_DATA_DIR
    return _json(data)


def project_config_json(project: Project, has_open_data: bool = False) -> bytes:
    """project.config.json: the client key as `appid` (what WeChat/Douyin tools and `ttmg dev`
    read) and as `app_id` (how 003/004 spell it); `compileType` says "a game" to tools; 003
    names the open data folder here too (as game.json does), so both get it."""
    config = project.config
    appid = config.client_key or DEV_PLACEHOLDER_APPID
    data: dict[str, Any] = {
        "appid": appid,
        "app_id": appid,
        "compileType": "game",
        "projectname": config.dev.name or project.root.name,
    }
    if has_open_data:
        data["openDataContext"] = OPEN_DATA_DIR
    return _json(data)


@dataclass(frozen=True)
class NativeTarget:
    name: str = "native"

    def preludes(self, project: Project) -> tuple[str, ...]:
        # The platform backend over tt/wx/TTMinis.game; the game's own code follows it. A game
        # with an open data domain also draws the domain's canvas (native_open_data.js).
        from pyminis.pipeline.open_data import has_open_data  # (the pipeline imports targets)

        if has_open_data(project):
            return ("platform/native.js", "platform/native_open_data.js")
        return ("platform/native.js",)

    def check(self, project: Project, dev: bool) -> list[str]:
        config = project.config
        if not dev and not config.client_key:
            raise _config_error(
                project, "a release build needs the app's client key (project.config.json's "
                "appid), and dev.clientKey is not set",
                f'add "dev": {{"clientKey": "<your client key>"}} to {_config_name(project)} '
                "(TikTok Developer Portal → your app), or build with --dev", "dev")
        self._check_subpackages(project)
        return capabilities.warnings(capabilities.project_sources(project),
                                     where=config.pyminis.entry)

    def _check_subpackages(self, project: Project) -> None:
        names: set[str] = set()
        roots: list[str] = []
        src = project.src_dir.resolve()
        for sub in project.config.pyminis.subpackages:
            folder = (project.root / sub.root).resolve()
            where = "subpackages"
            if sub.name in names or not sub.name.strip():
                raise _config_error(project, f"subpackage name {sub.name!r} is empty or used twice",
                                    "give every subpackage its own name", where)
            if not folder.is_dir():
                raise _config_error(
                    project, f"subpackage {sub.name!r}: its root folder {sub.root}/ does not exist",
                    f"create {sub.root}/ with the subpackage's assets (and main.py if it has code), "
                    "or fix its root", where)
            if folder == src or src in folder.parents or folder in src.parents:
                raise _config_error(
                    project, f"subpackage {sub.name!r}: {sub.root}/ overlaps the main game's "
                    f"{project.config.pyminis.entry}", "keep subpackage folders outside src/", where)
            if sub.root.split("/")[0] in RESERVED or sub.root.split("/")[0] == "assets":
                raise _config_error(
                    project, f"subpackage {sub.name!r}: {sub.root}/ collides with the main "
                    "package's own files", 'use a folder such as "subpackages/<name>"', where)
            for other in roots:
                if sub.root.startswith(other + "/") or other.startswith(sub.root + "/"):
                    raise _config_error(
                        project, f"subpackage roots {other}/ and {sub.root}/ are nested",
                        "give every subpackage its own folder", where)
            names.add(sub.name)
            roots.append(sub.root)

    def emit(self, given: EmitInput) -> dict[str, bytes]:
        files: dict[str, bytes] = {"game.js": given.game.code}
        if given.dev:
            files["game.js"] += b"//# sourceMappingURL=game.js.map\n"
            files["game.js.map"] = given.game.source_map
        files.update(given.assets)
        if given.open_data is not None:
            files[f"{OPEN_DATA_DIR}/index.js"] = given.open_data.code
            if given.dev:
                files[f"{OPEN_DATA_DIR}/index.js"] += b"//# sourceMappingURL=index.js.map\n"
                files[f"{OPEN_DATA_DIR}/index.js.map"] = given.open_data.source_map
        files["game.json"] = game_json(given.project, given.open_data is not None)
        files["project.config.json"] = project_config_json(given.project, given.open_data is not None)
        return files

    def limits(self, files: dict[str, bytes], given: EmitInput) -> list[str]:
        roots = {s.name: s.root for s in given.project.config.pyminis.subpackages}
        return check_sizes(files, roots, dev=given.dev, config_name=_config_name(given.project))


NATIVE_TARGET = NativeTarget()
register(NATIVE_TARGET)

"""Texture atlases' frame maps, inlined into the game as a prelude for `game.load_atlas`.

The asset stage packs `assets/NAME.atlas/` into `assets/NAME.png` + `assets/NAME.json`. The
game needs the frame map before it can cut the image, but the native runtime documents no
way to read a JSON file (native-runtime.md: images, audio, storage; no file system), so the
maps travel inside game.js instead: one prelude setting `globalThis.pyminisAtlases`, read by
pyminis/engine/_js.py:atlas_frames. Same code path on h5 and native; no request at start-up.
The JSON files still ship, for tools that read the "JSON hash" format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pyminis.assets import project_assets
from pyminis.project import Project

GLOBAL = "pyminisAtlases"
PRELUDE = "pyminis-atlases.js"


def _natural(name: str) -> list[Any]:
    """Sort key: "run/2" before "run/10" (numbers as numbers, the rest as text)."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part)
            for part in re.split(r"(\d+)", name)]


def frame_rows(frame_map: dict[str, Any]) -> list[list[Any]]:
    """A "JSON hash" frame map → `[[name, x, y, w, h], …]` in natural name order: lists, so
    compiled Python iterates them like CPython does (a plain JS object it would not)."""
    frames = frame_map.get("frames", {})
    return [[name, frames[name]["frame"]["x"], frames[name]["frame"]["y"],
             frames[name]["frame"]["w"], frames[name]["frame"]["h"]]
            for name in sorted(frames, key=_natural)]


def atlas_table(files: dict[str, bytes], frame_maps: list[str]) -> dict[str, list[list[Any]]]:
    """`{"assets/NAME": rows}` for each frame map path ("assets/NAME.json") in `files`."""
    return {path[: -len(".json")]: frame_rows(json.loads(files[path])) for path in frame_maps}


def prelude_text(table: dict[str, list[list[Any]]]) -> str:
    return (f"globalThis.{GLOBAL} = "
            + json.dumps(table, sort_keys=True, separators=(",", ":")) + ";\n")


def atlas_preludes(project: Project, stage_dir: Path) -> list[Path]:
    """The prelude file for the project's atlases (none when it has no `.atlas` folder).
    The asset stage caches by content, so asking it here costs a hash per file."""
    if not project.assets_dir.is_dir() or not any(project.assets_dir.rglob("*.atlas")):
        return []
    result = project_assets(project, icons=False)
    maps = [row.path for row in result.rows if row.kind == "frame map"]
    if not maps:
        return []
    path = stage_dir / PRELUDE
    path.write_text(prelude_text(atlas_table(result.files, maps)), encoding="utf-8")
    return [path]

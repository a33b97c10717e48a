"""The open data domain's entry: `open_data/main.py` → `openDataContext/index.js`.

The platform loads `openDataContext/index.js` in its own isolated context (003/004), so it is
compiled as its own entry into one self-contained classic script, with no platform prelude:
the open data domain has only the SDK's `tt`. It may import the game's own modules from src/
(a module of shared Message classes, say), but never the game's entry.
"""

from __future__ import annotations

import json

from pyminis.compile.bundle import Bundle, bundle, write_entry
from pyminis.compile.python import collect_modules, compile_python, pyminis_modules
from pyminis.project import Project

ENTRY = "main.py"
OUT_DIR = "openDataContext"


def has_open_data(project: Project) -> bool:
    return (project.open_data_dir / ENTRY).is_file()


def compile_open_data(project: Project, target: str, dev: bool) -> Bundle | None:
    """The open data domain as one script for `target`, or None when the project has none."""
    if not has_open_data(project):
        return None
    own = collect_modules(project.open_data_dir, project.root)
    names = {module.name for module in own}
    shared = [module for module in collect_modules(project.src_dir, project.root)
              if module.name not in names and module.name != project.entry_module
              and not module.display.startswith(project.config.pyminis.open_data + "/")]
    stage_dir = project.work_dir / "stage" / f"{target}-open-data"
    compiled = compile_python(own + shared + pyminis_modules(), "main", stage_dir)
    entry = write_entry(stage_dir, [], compiled.entry_js)
    return bundle(entry, dev=dev, displays=compiled.displays, target_dir=compiled.target_dir,
                  out_name="index.js")


def open_data_files(code: Bundle | None, dev: bool) -> dict[str, bytes]:
    """`openDataContext/index.js` (and its map in dev builds), for any target's package."""
    if code is None:
        return {}
    path = f"{OUT_DIR}/index.js"
    if not dev:
        return {path: code.code}
    return {path: code.code + b"//# sourceMappingURL=index.js.map\n", path + ".map": code.source_map}


def open_data_config(client_key: str) -> bytes:
    """project.config.json as 003 shows it for the H5 package: the folder and the app id."""
    data = {"app_id": client_key, "openDataContext": OUT_DIR}
    return (json.dumps(data, indent=2) + "\n").encode()

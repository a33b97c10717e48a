"""Subpackages: folders of code and assets the game loads later (`loadSubpackage`).

Each `pyminis.subpackages` entry `{name, root}` names a project folder. Its files ship under
the same `root/` in the package, and its own `root/game.js` (the platform requires one per
subpackage) is its `main.py` compiled as a separate entry — or, for an assets-only
subpackage, a one-line script. The subpackage's code runs once, when the game loads it; it
shares the game's globals (`pyminisPlatform`, `TTMinis`), not its Python modules.
"""

from __future__ import annotations

from pathlib import Path

from pyminis.compile.bundle import bundle, write_entry
from pyminis.compile.python import collect_modules, compile_python, pyminis_modules
from pyminis.errors import ConfigError, Location, display_path
from pyminis.project import Project
from pyminis.project.config import Subpackage
from pyminis.project.files import Outside, Walk, project_files

ENTRY = "main.py"


def _walk(project: Project, folder: Path) -> Walk:
    return project_files(folder, project.root, skip_dirs=frozenset({"__pycache__", "__target__"}))


def outside_links(project: Project) -> list[Outside]:
    """Files of the subpackage folders that are links out of the project (never read)."""
    return [link for sub in project.config.pyminis.subpackages
            for link in _walk(project, project.root / sub.root).outside]


def _script(project: Project, sub: Subpackage, target: str, dev: bool) -> dict[str, bytes]:
    """`root/game.js` (and its map in dev builds) for one subpackage."""
    folder = project.root / sub.root
    out = f"{sub.root}/game.js"
    if not (folder / ENTRY).is_file():
        return {out: f"// pyminis subpackage {sub.name!r}: assets only\n".encode()}
    modules = collect_modules(folder, project.root) + pyminis_modules()
    stage_dir = project.work_dir / "stage" / f"{target}-subpackage-{sub.name}"
    compiled = compile_python(modules, "main", stage_dir)
    # No preludes: the main game.js already defined the platform before loading this.
    entry = write_entry(stage_dir, [], compiled.entry_js)
    code = bundle(entry, dev=dev, displays=compiled.displays, target_dir=compiled.target_dir)
    if not dev:
        return {out: code.code}
    return {out: code.code + b"//# sourceMappingURL=game.js.map\n", out + ".map": code.source_map}


def subpackage_files(project: Project, target: str, dev: bool) -> dict[str, bytes]:
    """Every subpackage's files, keyed by their path in the package."""
    files: dict[str, bytes] = {}
    for sub in project.config.pyminis.subpackages:
        folder = project.root / sub.root
        if not folder.is_dir():
            config = project.loaded.path.name if project.loaded.path else "minigame.config.json"
            raise ConfigError(f"subpackage {sub.name!r}: its root folder {sub.root}/ does not exist",
                              hint=f"create {sub.root}/ or fix pyminis.subpackages",
                              location=Location(config))
        for path in _walk(project, folder).files:
            rel = path.relative_to(folder).as_posix()
            if path.suffix == ".py":
                continue  # compiled into game.js
            if rel in ("game.js", "game.js.map"):
                raise ConfigError(
                    f"{sub.root}/{rel} would be overwritten: pyminis writes each subpackage's "
                    "game.js from its main.py",
                    hint=f"put the subpackage's code in {sub.root}/{ENTRY}, or rename the file",
                    location=Location(display_path(path, project.root)))
            files[f"{sub.root}/{rel}"] = path.read_bytes()
        files.update(_script(project, sub, target, dev))
    return files

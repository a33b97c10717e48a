"""Where pyminis may write: every output folder and file is checked here, once, before a build.

An output folder lies inside the project and is none of what the author wrote: not the project
folder, not its sources, assets, tests, open data domain, subpackage roots or config, not inside
one of them nor holding one, and not an existing file. An existing folder is replaced only when
pyminis made it (it is in the ledger `.pyminis/outputs.json`, or it looks like a pyminis output:
empty, or every file stamped with pyminis' fixed build time). Paths are judged where they
resolve, symlinks followed.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from pyminis.errors import ConfigError, Location, UsageError, display_path
from pyminis.output.atomic import FIXED_MTIME
from pyminis.project.config import CONFIG_NAMES
from pyminis.project.layout import Project

LEDGER = "outputs.json"  # under the project's .pyminis/
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # every entry of a pyminis ZIP (pyminis/pack/archive.py)


def protected(project: Project) -> list[tuple[Path, str]]:
    """What the author wrote (and pyminis' own work folder), resolved, with how to name it."""
    root = project.root
    config = project.config
    paths = [(root, "the project folder"), (project.src_dir, "the game's source folder"),
             (project.entry, "the game's entry"), (project.assets_dir, "assets/"),
             (root / "tests", "tests/"), (project.open_data_dir, "the open data folder"),
             (project.work_dir, "pyminis' work folder .pyminis/"), (root / ".git", ".git/"),
             (root / "icon.png", "the app icon")]
    paths += [(root / name, "the config") for name in CONFIG_NAMES]
    paths += [(root / sub.root, f"subpackage {sub.name!r}") for sub in config.pyminis.subpackages]
    return [(path.resolve(), label) for path, label in paths]


def _ledger_path(project: Project) -> Path:
    return project.work_dir / LEDGER


def _ledger(project: Project) -> set[str]:
    try:
        data = json.loads(_ledger_path(project).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(item) for item in data} if isinstance(data, list) else set()


def remember(project: Project, path: Path) -> None:
    """Record that pyminis made `path` (a later build may replace it)."""
    made = _ledger(project) | {str(path.resolve())}
    ledger = _ledger_path(project)
    ledger.parent.mkdir(parents=True, exist_ok=True)
    tmp = ledger.with_name(f".{LEDGER}.{os.getpid()}")
    tmp.write_text(json.dumps(sorted(made), indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, ledger)


def _looks_made(folder: Path) -> bool:
    """Empty, or every file stamped with pyminis' fixed build time (an output of an older
    pyminis, or one whose ledger was cleaned away with .pyminis/)."""
    for dirpath, _, names in os.walk(folder):
        for name in names:
            try:
                if int(os.lstat(os.path.join(dirpath, name)).st_mtime) != FIXED_MTIME:
                    return False
            except OSError:
                return False
    return True


def _zip_made(path: Path) -> bool:
    """A ZIP whose every entry has pyminis' fixed date (pyminis/pack/archive.py)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return all(info.date_time == ZIP_DATE for info in archive.infolist())
    except (OSError, zipfile.BadZipFile):
        return False


def _clash(project: Project, real: Path) -> str | None:
    """Why writing at `real` would harm what the author wrote, or None."""
    root = project.root.resolve()
    for path, label in protected(project):
        if real == path:
            return f"it is {label}"
        if path == root:
            continue  # outputs live inside the project folder, only never as the folder
        if path in real.parents:
            return f"it is inside {label} ({display_path(path, project.root)})"
        if real in path.parents:
            return f"it holds {label} ({display_path(path, project.root)})"
    return None


def check_output(project: Project, path: Path, *, inside: bool = True,
                 is_file: bool = False) -> str | None:
    """Why pyminis must not write its output at `path` (a folder, or a file when `is_file`),
    or None when it may. `inside`: the output must lie inside the project."""
    real = path.resolve()
    root = project.root.resolve()
    if inside and real != root and root not in real.parents:
        return f"it is outside the project ({real})"
    why = _clash(project, real)
    if why is not None:
        return why
    for parent in real.parents:
        if os.path.lexists(parent) and not parent.is_dir():
            return f"{display_path(parent, project.root)} on its way is a file"
    if not os.path.lexists(real):
        return None
    if str(real) in _ledger(project):
        return None
    if is_file:
        if real.is_dir():
            return "it is an existing folder"
        return None if _zip_made(real) else "it is an existing file pyminis did not make"
    if not real.is_dir():
        return "it is an existing file"
    return None if _looks_made(real) else "it is an existing folder pyminis did not make"


def config_name(project: Project) -> str:
    return project.loaded.path.name if project.loaded.path else "minigame.config.json"


def _config_line(project: Project, key: str) -> int | None:
    path = project.loaded.path
    try:
        text = path.read_text(encoding="utf-8-sig") if path else ""
    except (OSError, ValueError):
        return None
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def output_dir(project: Project, target: str) -> Path:
    """The output folder of `target`, or ConfigError (exit 2) saying why it cannot be."""
    out = project.root / project.config.build.output_dir
    out = out if target == "h5" else out.parent / f"{out.name}-{target}"
    why = check_output(project, out)
    if why is not None:
        shown = project.config.build.output_dir
        raise ConfigError(
            f"build.outputDir {shown!r} cannot hold the {target} build "
            f"({display_path(out, project.root)}/): {why}; nothing was written",
            hint='set "build": {"outputDir": "dist"} (a new folder inside the project, '
                 "not one you wrote)",
            location=Location(config_name(project), _config_line(project, "outputDir")))
    return out


def checked_path(project: Project, path: Path, what: str, *, is_file: bool) -> Path:
    """A path given on the command line (`--out`): may be outside the project, but never
    replaces what pyminis did not make nor lands among the author's files."""
    why = check_output(project, path, inside=False, is_file=is_file)
    if why is not None:
        raise UsageError(f"{what} {path}: {why}; nothing was written",
                         hint="pass a new path (pyminis replaces only files and folders it made)")
    return path


__all__ = ["LEDGER", "check_output", "checked_path", "output_dir", "protected",
           "remember"]

"""The one answer to "is this path inside the project?", and the one walk over a project folder.

Build, pack and the dev server read the author's files only through `project_files` (assets,
subpackages, Python sources) and write only where `pyminis/project/outputs.py` allows, so a
symlink to `/etc/passwd` in assets/ or a source folder linked to somewhere else is found in one
place. Every path is judged by where it resolves (symlinks followed), never by how it is spelled.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pyminis.errors import BuildError, display_path


def resolved(path: Path) -> Path | None:
    """Where `path` leads (every symlink followed), or None for a broken link or a link loop."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return None


def is_inside(root: Path, path: Path) -> bool:
    """True when `path`, symlinks followed, lies in `root` (itself resolved) or is `root`."""
    real_root = root.resolve()
    real = path.resolve()  # not strict: a path still to be made is judged by its spelling
    return real == real_root or real_root in real.parents


@dataclass(frozen=True)
class Outside:
    """A file (or folder) of the project that is a link leading out of it."""

    path: Path  # where the author has it, in the project
    target: Path  # where it leads


@dataclass
class Walk:
    files: list[Path] = field(default_factory=list)  # sorted, every one inside the project
    outside: list[Outside] = field(default_factory=list)

    def refuse_outside(self, root: Path) -> None:
        """Raise when anything leads out of the project: nothing from outside is packaged."""
        if not self.outside:
            return
        first = self.outside[0]
        shown = display_path(first.path, root)
        more = f" (and {len(self.outside) - 1} more)" if len(self.outside) > 1 else ""
        raise BuildError(
            f"{shown} is a link to {first.target}, outside the project{more}; "
            "pyminis packages only the project's own files",
            hint=f"copy the file into the project instead of linking to it, or remove {shown}")

    def warnings(self, root: Path) -> list[str]:
        """The links leading out, as the dev server reports them (it serves them as 404)."""
        return [f"{display_path(o.path, root)} links outside the project ({o.target}): "
                "not served; copy the file into the project" for o in self.outside]


def project_files(folder: Path, root: Path, *, hidden: bool = False,
                  skip_dirs: frozenset[str] = frozenset()) -> Walk:
    """Every regular file under `folder`, by its path in the project, sorted.

    Links are followed only when they resolve inside `root`; a linked folder is entered once
    (a loop of links ends there). Hidden names (`.DS_Store`, `.git`) are left out unless
    `hidden`; folders named in `skip_dirs` are not entered. Broken links are ignored.
    """
    walk = Walk()
    real_root = root.resolve()
    start = resolved(folder)
    if start is None or not start.is_dir():
        return walk
    if start != real_root and real_root not in start.parents:
        walk.outside.append(Outside(folder, start))
        return walk
    seen: set[Path] = set()
    todo = [(folder, start)]
    while todo:
        here, real_here = todo.pop()
        if real_here in seen:
            continue
        seen.add(real_here)
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError:
            continue  # unreadable folder: nothing of it can be packaged
        for entry in entries:
            if not hidden and entry.name.startswith("."):
                continue
            path = Path(entry.path)
            target = resolved(path) if entry.is_symlink() else path.resolve()
            if target is None:
                continue
            if target != real_root and real_root not in target.parents:
                walk.outside.append(Outside(path, target))
            elif target.is_dir():
                # A link back to a folder that holds this one is a loop: not entered.
                if entry.name not in skip_dirs and target not in real_here.parents \
                        and target != real_here:
                    todo.append((path, target))
            elif target.is_file():
                walk.files.append(path)
    walk.files.sort()
    return walk

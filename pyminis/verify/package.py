"""The dev build `pyminis verify` replays: built into `.pyminis/verify/<target>/`, and built
again only when something it is made from changed (the game's files, pyminis, runtime_js), so
verifying twice (a test session, a plan after the monkey) builds once."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from pyminis.paths import PACKAGE_DIR, RUNTIME_JS_ENV, runtime_js_dir
from pyminis.output.atomic import write_tree
from pyminis.pipeline.build import build_files
from pyminis.project import Project
from pyminis.project.lock import project_lock

_SKIP = {"__pycache__", ".pytest_cache", ".pyminis", "node_modules", ".git"}


def _files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP)
        for name in sorted(files):
            yield Path(current) / name


def inputs_stamp(project: Project, target: str) -> str:
    """A digest of what the build reads: the game's sources, assets, open data and config,
    and pyminis' own Python and JavaScript (by path, size and modification time)."""
    digest = hashlib.sha256(f"{target}|{os.environ.get(RUNTIME_JS_ENV, '')}".encode())
    roots = [project.src_dir, project.assets_dir, project.open_data_dir, PACKAGE_DIR,
             runtime_js_dir()]
    roots += [p for p in sorted(project.root.iterdir()) if p.is_file()]
    for root in roots:
        for path in ([root] if root.is_file() else _files(root)):
            stat = path.stat()
            digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def verify_package(project: Project, target: str) -> tuple[Path, bool]:
    """The dev build for `target` (folder, and whether it was built now)."""
    out = project.work_dir / "verify" / target  # pyminis' own work folder, never the author's
    stamp_file = project.work_dir / "verify" / f"{target}.stamp"
    with project_lock(project.root):
        stamp = inputs_stamp(project, target)
        if (out / "game.js").is_file() and stamp_file.is_file() and \
                stamp_file.read_text(encoding="utf-8") == stamp:
            return out, False
        files, _ = build_files(project, target, dev=True)
        write_tree(out, files)
        stamp_file.write_text(stamp, encoding="utf-8")
    return out, True

"""Replace an output folder all at once: a failed or killed build leaves the previous one.

Everything is written to a sibling `.NAME.pyminis-new` first; only a complete output is swapped
in, by two renames on the same file system (the previous output waits as `.NAME.pyminis-old`
between them). A build killed at any instant leaves one of these states, and the next write
(`recover`) repairs it before doing anything else:

  kill while writing `-new`              → `-new` is incomplete: removed
  kill after `NAME` became `-old`         → `NAME` is missing: `-old` is renamed back
  kill after `-new` became `NAME`         → `-old` is left over: removed
  kill while removing `-old`              → removed

Temporary folders have fixed names, so they never pile up; the project lock
(pyminis/project/lock.py) keeps two builds from sharing them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Mapping

# Files of a build get this modification time, so that archives and caches see equal outputs.
FIXED_MTIME = 315532800  # 1980-01-01, the earliest time a ZIP entry can carry

# Called before every file-system step of a write with the step's name: the crash tests kill
# the process there (tests/hardening/test_atomic_kill.py). Does nothing otherwise.
on_step: Callable[[str], None] = lambda step: None


def siblings(out_dir: Path) -> tuple[Path, Path]:
    """The (new, old) temporary folders beside `out_dir`."""
    return (out_dir.with_name(f".{out_dir.name}.pyminis-new"),
            out_dir.with_name(f".{out_dir.name}.pyminis-old"))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()


def recover(out_dir: Path) -> None:
    """Repair what a write killed half-way left beside `out_dir` (see the module's table)."""
    new, old = siblings(out_dir)
    if os.path.lexists(old):
        if os.path.lexists(out_dir):
            _remove(old)
        else:
            old.rename(out_dir)  # killed between the two renames: the previous output returns
    if os.path.lexists(new):
        _remove(new)
    # Older pyminis named them with a random or process-id suffix.
    for stale in out_dir.parent.glob(f".{out_dir.name}.new-*"):
        _remove(stale)
    for stale in out_dir.parent.glob(f".{out_dir.name}.old-*"):
        _remove(stale)


def write_tree(out_dir: Path, files: Mapping[str, bytes]) -> None:
    """Make `out_dir` contain exactly `files` (relative POSIX path → bytes).

    The caller has checked that `out_dir` may be written (pyminis/project/outputs.py)."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(out_dir)
    new, old = siblings(out_dir)
    try:
        on_step("mkdir new")
        new.mkdir()
        for rel, data in sorted(files.items()):
            path = new / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            on_step(f"write {rel}")
            path.write_bytes(data)
            os.utime(path, (FIXED_MTIME, FIXED_MTIME))
        if os.path.lexists(out_dir):
            on_step("rename out to old")
            out_dir.rename(old)
        on_step("rename new to out")
        new.rename(out_dir)
        on_step("remove old")
        if os.path.lexists(old):
            _remove(old)
        on_step("done")
    except BaseException:
        recover(out_dir)  # an exception (not a kill): put things back now
        raise


def read_tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` as relative POSIX path → bytes (the inverse of write_tree)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}

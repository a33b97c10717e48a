"""Which file changes rebuild the game: src/, assets/, open_data/ and the config file."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import watchfiles

from pyminis.project.config import CONFIG_NAMES

# Never rebuild for what builds write or tools leave behind.
_IGNORED_PARTS = {"__pycache__", "__target__", "node_modules", ".git", ".pyminis"}


def relevant(root: Path, watched: tuple[str, ...], path: Path) -> bool:
    """True for a change the game is built from; pure (no disk access)."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        return False
    parts = rel.parts
    if not parts or any(p in _IGNORED_PARTS or p.endswith("~") for p in parts):
        return False
    if len(parts) == 1:
        return parts[0] in CONFIG_NAMES
    if parts[-1].startswith(".") or parts[-1].endswith((".swp", ".tmp")):
        return False  # editors' swap and backup files
    return any(rel.as_posix().startswith(folder.rstrip("/") + "/") for folder in watched)


def watch_changes(root: Path, watched: Callable[[], tuple[str, ...]], stop: threading.Event,
                  step_ms: int = 30) -> Iterator[set[Path]]:
    """Each batch of relevant changed paths, until `stop` is set.

    The project root is watched (a folder may appear later); `watched` is re-read at every
    batch, since the config can move the entry's folder.
    """
    root = root.resolve()
    for changes in watchfiles.watch(root, stop_event=stop, step=step_ms, debounce=800,
                                    yield_on_timeout=False, raise_interrupt=True):
        folders = watched()
        paths = {Path(p) for _, p in changes if relevant(root, folders, Path(p))}
        if paths:
            yield paths

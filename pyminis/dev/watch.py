"""Which file changes rebuild the game: src/, assets/, open_data/ and the config file."""

from __future__ import annotations

import queue
import re
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
    if temporary(parts[-1]):
        return False  # editors' swap, backup and atomic-save files
    return any(rel.as_posix().startswith(folder.rstrip("/") + "/") for folder in watched)


# What editors write beside the file being saved and remove again (vim's `4913` probe and
# swap files, JetBrains' `___jb_tmp___`, emacs' `#x#`, gedit's `.goutputstream-*`, Kate's
# `.kate-swp`, atomic saves' `x.py.tmp.1234`, `x.py.swx`, `x.py~`).
_TEMPORARY = re.compile(r"^(\d+|\..*|#.*#|.*~|.*\.sw[a-p x]|.*\.tmp(\.\w+)?|.*___jb_\w+___"
                        r"|.*\.kate-swp|.*\.crswap|.*\.bak|.*\.orig)$")


def temporary(name: str) -> bool:
    return bool(_TEMPORARY.match(name))


def changed_files(root: Path, watched: tuple[str, ...],
                  changes: set[tuple[watchfiles.Change, str]]) -> list[str]:
    """The files the author changed, as the reload line names them: editors' temporary files
    and files that came and went within the batch (an atomic save's temporary copy) left out."""
    added = {p for change, p in changes if change == watchfiles.Change.added}
    deleted = {p for change, p in changes if change == watchfiles.Change.deleted}
    names = {p for _, p in changes if not (p in added and p in deleted and not Path(p).exists())}
    return sorted(Path(p).relative_to(root).as_posix() for p in names
                  if relevant(root, watched, Path(p)))


class Watcher:
    """Watches the project from before the first build, so a save during start-up is never
    lost: its batches wait in a queue until `batches()` is read."""

    def __init__(self, root: Path, watched: Callable[[], tuple[str, ...]],
                 stop: threading.Event, step_ms: int = 30) -> None:
        self.root = root.resolve()
        self.watched = watched
        self.stop = stop
        self.step_ms = step_ms
        self.ready = threading.Event()
        self._queue: queue.Queue[list[str]] = queue.Queue()
        self._thread = threading.Thread(target=self._run, daemon=True, name="pyminis-dev-watch")

    def start(self, timeout: float = 5.0) -> None:
        """Start watching; return once the operating system reports changes to it."""
        self._thread.start()
        self.ready.wait(timeout)

    def _run(self) -> None:
        try:
            # A first (empty) batch comes after rust_timeout: the watch is in place by then.
            for changes in watchfiles.watch(self.root, stop_event=self.stop, step=self.step_ms,
                                            debounce=800, rust_timeout=100,
                                            yield_on_timeout=True, raise_interrupt=False):
                self.ready.set()
                if changes:
                    names = changed_files(self.root, self.watched(), changes)
                    if names:
                        self._queue.put(names)
        finally:
            self.ready.set()

    def batches(self) -> Iterator[list[str]]:
        """Each batch of changed files (project-relative names), until `stop` is set."""
        while not self.stop.is_set():
            try:
                yield self._queue.get(timeout=0.1)
            except queue.Empty:
                continue

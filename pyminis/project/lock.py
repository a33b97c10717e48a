"""One build of a project at a time: builds, packs and dev rebuilds share `.pyminis/` (stage
folders, the output swap's temporary folders), so a second one waits for the first and says so.

An OS file lock (flock, or msvcrt on Windows): the system releases it when its process dies, so
a killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pyminis.errors import BuildError

LOCK_FILE = "build.lock"  # under the project's .pyminis/
WAIT_SECONDS = 600.0


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def _default_say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextmanager
def project_lock(root: Path, say: Callable[[str], None] | None = None,
                 wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the project's build lock; if another build holds it, say so and wait (at most
    `wait` seconds, then BuildError)."""
    work = root / ".pyminis"
    try:
        work.mkdir(parents=True, exist_ok=True)
        fd = os.open(work / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise BuildError(f"cannot create {work.name}/{LOCK_FILE} in {root}: {error.strerror}",
                         hint="pyminis needs to write inside the project folder: check its "
                              "permissions") from None
    try:
        if not _try_lock(fd):
            (say or _default_say)(f"waiting for another pyminis build of this project"
                                  f"{_holder(work / LOCK_FILE)} to finish…")
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                if time.monotonic() > deadline:
                    raise BuildError(
                        f"another pyminis build of this project{_holder(work / LOCK_FILE)} "
                        f"has held it for more than {wait:.0f} s",
                        hint="wait for it to finish, or stop it")
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, str(os.getpid()).encode())  # for the message of a build that waits
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)

"""Replace an output folder all at once: a failed build leaves the previous one untouched.

Everything is written to a sibling temporary folder first; only a complete output is swapped
in, by two renames on the same file system.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Mapping

# Files of a build get this modification time, so that archives and caches see equal outputs.
FIXED_MTIME = 315532800  # 1980-01-01, the earliest time a ZIP entry can carry


def write_tree(out_dir: Path, files: Mapping[str, bytes]) -> None:
    """Make `out_dir` contain exactly `files` (relative POSIX path → bytes)."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; an output folder is for serving
    try:
        for rel, data in sorted(files.items()):
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            os.utime(path, (FIXED_MTIME, FIXED_MTIME))
        old = None
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
            if old.exists():
                shutil.rmtree(old)
            out_dir.rename(old)
        tmp.rename(out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def read_tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` as relative POSIX path → bytes (the inverse of write_tree)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}

"""Processed assets cached by content hash under the project's .pyminis/, so that an unchanged
asset costs one hash and one file read on rebuild, never a decode or an encode.

The key covers everything the output depends on: the input bytes, the settings that apply
to it and the version of the processing code (bump CACHE_VERSION when that changes).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

CACHE_VERSION = "assets-1"


def content_key(kind: str, settings: str, *parts: bytes) -> str:
    """A hex digest naming one output: what made it, how, and from which bytes."""
    digest = hashlib.sha256(f"{CACHE_VERSION}\0{kind}\0{settings}\0".encode())
    for part in parts:
        # Lengths keep ("ab", "c") and ("a", "bc") apart.
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


class AssetCache:
    """A folder of outputs named by key (`<key[:2]>/<key><suffix>`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str, suffix: str) -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def get(self, key: str, suffix: str = "") -> bytes | None:
        path = self._path(key, suffix)
        return path.read_bytes() if path.is_file() else None

    def put(self, key: str, data: bytes, suffix: str = "") -> None:
        """Store atomically: a build killed half-way never leaves a truncated entry."""
        path = self._path(key, suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

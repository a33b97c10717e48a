"""The uploadable ZIP, byte for byte the same for the same package (pure: files in, bytes out).

Entries are sorted by path and carry a fixed timestamp, fixed permissions and a fixed
compression level, so nothing of the machine or the moment leaks in and two packs of one
package hash the same.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

# 1980-01-01 00:00:00, the earliest time a ZIP entry can carry (as the build output's mtime).
FIXED_DATE_TIME = (1980, 1, 1, 0, 0, 0)
_FILE_MODE = 0o100644  # a regular file, rw-r--r--
_UNIX = 3  # "made by" system: Unix, so the mode above is read back


def zip_bytes(files: Mapping[str, bytes]) -> bytes:
    """A deflated ZIP of `files` (relative POSIX path → bytes) at the archive's root."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(files):
            info = zipfile.ZipInfo(path, date_time=FIXED_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = _FILE_MODE << 16
            archive.writestr(info, files[path], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def listing(data: bytes) -> list[tuple[str, int, int]]:
    """`(path, size, compressed size)` of every entry, in archive order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, info.file_size, info.compress_size) for info in archive.infolist()]

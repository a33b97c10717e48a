"""The platform's size limits (native-runtime.md, 002), in one place.

The platform writes "MB" without saying which; pyminis counts 1 MB as 1,000,000 bytes, the
stricter reading, so a package that passes here cannot fail upload on the other reading.
"""

from __future__ import annotations

MB = 1_000_000

ZIP_LIMIT = 200 * MB  # one uploaded ZIP (doc/submit-your-app-for-review)
NATIVE_MAIN_LIMIT = 4 * MB  # files outside subpackages, before compression (debug-your-mini-game)
NATIVE_SUBPACKAGE_LIMIT = 4 * MB  # each subpackage
NATIVE_TOTAL_LIMIT = 30 * MB  # the whole project before compression


def megabytes(size: int) -> str:
    """A size as the limits are written: "3.21 MB"."""
    return f"{size / MB:.2f} MB"

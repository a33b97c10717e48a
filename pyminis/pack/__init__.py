"""`pyminis pack`: release build, upload checks, deterministic ZIP."""

from pyminis.pack.archive import listing, zip_bytes
from pyminis.pack.checks import ZIP_LIMIT, PackError
from pyminis.pack.run import STEPS, PackResult, pack

__all__ = ["STEPS", "ZIP_LIMIT", "PackError", "PackResult", "listing", "pack", "zip_bytes"]

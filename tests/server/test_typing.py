"""`mypy --strict` is clean on pyminis.server (authors type-check their servers against it)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def test_mypy_strict_on_pyminis_server() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                           "pyminis/server"], cwd=REPO, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr

"""`mypy --strict` is clean on pyminis.tt and on game code that uses every call of it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_mypy_strict_on_pyminis_tt_and_games_using_it() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "pyminis/tt",
         "pyminis/sdk", "tests/tt/game/cases.py", "tests/tt/namespace_game/main.py"],
        cwd=REPO, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr

"""pytest plugin of pyminis (entry point `pytest11`): the `verify_compiled` fixture.

    def test_plays_the_same_compiled(verify_compiled):
        verify_compiled(frames=600)                   # the seeded monkey
        verify_compiled(play_a_round, frames=900)     # a plan: def play_a_round(driver): …
        verify_compiled("tests/plan.json")            # a plan file (docs/verify.md)

Each call builds the game (dev build for `target`, native by default), plays it under CPython
and compiled with the same inputs, and fails the test with `pyminis verify`'s report at the
first difference. The project is the folder holding minigame.config.json (or
minis.config.json) above the test file; pass `project=` to choose another.

A top-level module that imports only pytest: pyminis itself is imported when a test asks for
the fixture, so installing the plugin never changes a test run that does not use it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CONFIG_NAMES = ("minigame.config.json", "minis.config.json")


def project_of(start: Path) -> Path:
    """The nearest folder at or above `start` with a pyminis config."""
    for folder in [start, *start.parents]:
        if any((folder / name).is_file() for name in CONFIG_NAMES):
            return folder
    raise pytest.UsageError(f"verify_compiled: no minigame.config.json above {start}; pass "
                            "project= the game's folder")


class VerifyCompiled:
    """The fixture's value: call it to verify a plan (pyminis.verify.verify_project)."""

    def __init__(self, test_file: Path) -> None:
        self.test_file = test_file

    def __call__(self, plan: Callable[[Any], None] | str | Path | None = None, *,
                 frames: int | None = None, seed: int | None = None, target: str = "native",
                 state: list[str] | None = None, project: str | Path | None = None) -> Any:
        from pyminis.errors import PyminisError
        from pyminis.verify import Plan, verify_project

        root = Path(project) if project is not None else project_of(self.test_file.parent)
        chosen: Plan | Path | None
        if callable(plan):
            chosen = Plan(plan, getattr(plan, "__name__", "plan"))
        elif plan is not None:
            given = Path(plan)
            chosen = given if given.is_absolute() else root / given
        else:
            chosen = None
        try:
            result = verify_project(root, frames=frames, plan=chosen, seed=seed, target=target,
                                    state=state)
        except PyminisError as error:
            pytest.fail(f"pyminis verify could not play the game:\n{error}", pytrace=False)
        if not result.identical:
            pytest.fail(result.report, pytrace=False)
        return result


@pytest.fixture
def verify_compiled(request: pytest.FixtureRequest) -> VerifyCompiled:
    """Fail the test if the game plays differently compiled than under CPython."""
    return VerifyCompiled(Path(str(request.node.path)))

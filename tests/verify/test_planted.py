"""A planted difference: a test build of the runtime computes `x % 7` wrongly for x = 40.
verify must report the frame where it shows, both sides' draw call, and the Python line
that made it; the pytest fixture must fail the test that uses it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pyminis.paths import RUNTIME_JS_ENV
from pyminis.verify import verify_project
from tests.verify.conftest import DRAWN_LINE, GameMaker

# The scene starts on frame 1; each later frame runs one step: `ticks` is 40 on frame 41.
PLANTED_FRAME = 41


def test_a_clean_runtime_plays_the_same(make_game: GameMaker) -> None:
    result = verify_project(make_game(), frames=60)
    assert result.identical, result.report


def test_the_planted_difference_is_reported_at_its_frame_and_line(
        make_game: GameMaker, planted_runtime: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RUNTIME_JS_ENV, str(planted_runtime))
    result = verify_project(make_game(), frames=60)
    assert not result.identical
    found = result.difference
    assert found is not None and found.frame == PLANTED_FRAME
    assert found.python[1] == "fillText" and found.python[2] == "left: 5"
    assert found.compiled[1] == "fillText" and found.compiled[2] == "left: 99"
    assert result.diagnosis is not None
    assert result.diagnosis.made_by == f"src/main.py:{DRAWN_LINE} in update"
    assert f"DIFFERENT at frame {PLANTED_FRAME}" in result.report
    assert "CPython:  fillText('left: 5', 43, 194)" in result.report
    assert "compiled: fillText('left: 99', 43, 194)" in result.report
    assert f"made by: src/main.py:{DRAWN_LINE} in update" in result.report
    # The compiled side's own stack, through the source map: the engine's draw path.
    assert any(line.startswith("pyminis/engine/_draw.py:")
               for line in result.diagnosis.compiled_stack)


def test_a_state_difference_names_the_line_that_wrote_it(
        make_game: GameMaker, planted_runtime: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hidden = '''\
    from pyminis.engine import Game, Scene


    class Count(Scene):
        def setup(self) -> None:
            self.ticks = 0
            self.left = 0

        def update(self, dt: float) -> None:
            self.ticks += 1
            self.left = self.ticks % 7


    Game(360, 640).run(Count())
    '''
    monkeypatch.setenv(RUNTIME_JS_ENV, str(planted_runtime))
    result = verify_project(make_game(hidden), frames=60, state=["left"])
    found = result.difference
    assert found is not None and found.path == "left" and found.frame == PLANTED_FRAME
    assert (found.python, found.compiled) == (5, 99)
    assert result.diagnosis is not None
    assert result.diagnosis.made_by == "src/main.py:11 in update"
    assert [value for value, _ in result.diagnosis.compiled_writes] == ["99"]
    assert result.diagnosis.compiled_writes[0][1][-1] == "src/main.py:11 in update"


FIXTURE_TEST = '''\
def test_plays_the_same_compiled(verify_compiled):
    verify_compiled(frames=60)
'''


def run_pytest(project: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    (project / "tests").mkdir()
    (project / "tests" / "test_verify.py").write_text(textwrap.dedent(FIXTURE_TEST))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-p", "pytest_pyminis", "tests"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600,
                          check=False)


def test_the_fixture_fails_the_test_on_the_planted_difference(
        make_game: GameMaker, planted_runtime: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop(RUNTIME_JS_ENV, None)
    passing = run_pytest(make_game(name="clean"), env)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    failing = run_pytest(make_game(name="planted"), {**env, RUNTIME_JS_ENV: str(planted_runtime)})
    output = failing.stdout + failing.stderr
    assert failing.returncode == 1, output
    assert "1 failed" in output
    assert f"DIFFERENT at frame {PLANTED_FRAME}" in output
    assert f"made by: src/main.py:{DRAWN_LINE} in update" in output

"""Plan files: JSON steps and Python plans, checked before anything is played; the monkey."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pyminis.errors import UsageError
from pyminis.verify import load_plan, verify_project
from pyminis.verify.plan import check_steps
from tests.verify.conftest import GameMaker

TAPS = '''\
from pyminis.engine import Game, Scene, Text


class Taps(Scene):
    def setup(self) -> None:
        self.taps = 0
        self.drags = 0
        self.label = self.add(Text("0", 20, 20))

    def on_tap(self, x: float, y: float) -> None:
        self.taps += 1
        self.label.text = str(self.taps) + " at " + str(round(x)) + "," + str(round(y))

    def on_drag(self, touch: object) -> None:
        self.drags += 1


Game(360, 640).run(Taps())
'''


@pytest.mark.parametrize(("steps", "message"), [
    ({"wait": 2}, '"steps" is a list'),
    ([{"jump": 1}], "step 1: each step is an object with one of"),
    ([{"wait": 1}, {"tap": [1]}], "step 2: a point is [x, y]"),
    ([{"touch": "press", "at": [1, 2]}], 'step 1: "touch" is start, move, end or cancel'),
    ([{"wait": -3}], "step 1: a number of frames is a whole number"),
    ([{"drag": [[0, 0]]}], 'step 1: "drag" is [[x0, y0], [x1, y1]]'),
])
def test_bad_steps_are_named(steps: object, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        check_steps(steps, "plan.json")
    assert message in str(caught.value)
    assert caught.value.exit_code == 2


def test_bad_plan_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"steps": [\n  {"wait": 1},\n]}')
    with pytest.raises(UsageError, match=r"broken.json:3: not JSON"):
        load_plan(broken)
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"frames": "many", "steps": []}))
    with pytest.raises(UsageError, match="frames should be a int"):
        load_plan(settings)
    python = tmp_path / "plan.py"
    python.write_text("STATE = ['taps']\n")
    with pytest.raises(UsageError, match="a Python plan defines plan"):
        load_plan(python)
    with pytest.raises(UsageError, match="a .json or .py file"):
        load_plan(broken.rename(tmp_path / "plan.txt"))


def test_json_steps_reach_the_game_on_both_sides(make_game: GameMaker) -> None:
    root = make_game(TAPS)
    plan = root / "plan.json"
    plan.write_text(json.dumps({"frames": 80, "state": ["taps", "drags", "label.text"], "steps": [
        {"wait": 2}, {"tap": [100, 200]}, {"drag": [[50, 50], [300, 500]], "frames": 8},
        {"touch": "start", "at": [10, 10]}, {"touch": "end", "at": [10, 10]}, {"hide": 5},
        {"tap": [300, 600]}]}))
    result = verify_project(root, plan=plan)
    assert result.identical, result.report
    assert result.state() == {"taps": 3, "drags": 8, "label.text": "3 at 300,600"}


def test_python_plans_read_the_game_and_name_their_settings(make_game: GameMaker) -> None:
    root = make_game(TAPS)
    plan = root / "plan.py"
    plan.write_text('''
FRAMES = 50
STATE = ["taps"]


def plan(driver):
    driver.step(2)
    while driver.value("scene.taps") < 3:
        driver.tap(180, 320)
        driver.step()
''')
    result = verify_project(root, plan=plan)
    assert result.identical, result.report
    assert result.frames == 50 and result.state() == {"taps": 3}


def test_the_monkey_is_the_same_for_the_same_seed(make_game: GameMaker) -> None:
    root = make_game(TAPS)
    first = verify_project(root, frames=200, seed=3, state=["taps", "drags"])
    again = verify_project(root, frames=200, seed=3, state=["taps", "drags"])
    other = verify_project(root, frames=200, seed=4, state=["taps", "drags"])
    assert first.identical and again.identical and other.identical
    assert first.state() == again.state() != other.state()
    assert first.state()["taps"] > 0 and first.state()["drags"] > 0


PRINTS = '''\
import sys

from pyminis.engine import Game, Scene


class Talk(Scene):
    def on_tap(self, x: float, y: float) -> None:
        print("tap at", round(x), round(y))
        print("to stderr", file=sys.stderr)


print("loaded")
Game(360, 640).run(Talk())
'''


def test_what_the_game_prints_is_compared_not_what_the_plan_prints(
        make_game: GameMaker, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_game(PRINTS)

    def plan(driver: object) -> None:
        print("the plan talks")
        driver.step(2)  # type: ignore[attr-defined]
        driver.tap(100, 100)  # type: ignore[attr-defined]

    from pyminis.verify import Plan

    result = verify_project(root, plan=Plan(plan, "talking plan"), frames=10)
    assert result.identical, result.report
    assert result.python is not None
    printed = [e for frame in result.python.frames for e in frame.entries
               if e[0] in ("print", "log")]
    assert printed == [["print", "loaded"], ["print", "tap at 100 100"], ["log", "to stderr"]]
    assert "the plan talks" in capsys.readouterr().out

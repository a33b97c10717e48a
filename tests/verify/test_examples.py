"""Every example plays the same compiled as under CPython: the seeded monkey on both targets,
and the engine's scripted plans (tests/engine/plans.py), unchanged, as verify plans."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pyminis.verify import Plan, verify_project
from tests.conftest import EXAMPLES
from tests.engine.plans import crash_flyer, play_breakout, play_flyer

NAMES = sorted(p.name for p in EXAMPLES.iterdir() if (p / "src" / "main.py").is_file())


@pytest.mark.parametrize("name", NAMES)
def test_example_plays_the_same_natively(name: str, example_copy: Callable[[str], Path]) -> None:
    result = verify_project(example_copy(name), frames=600)
    assert result.identical, result.report


@pytest.mark.browser
@pytest.mark.parametrize("name", NAMES)
def test_example_plays_the_same_in_a_page(name: str,
                                          example_copy: Callable[[str], Path]) -> None:
    result = verify_project(example_copy(name), frames=300, target="h5", seed=2)
    assert result.identical, result.report


def test_flyer_autopilot_plays_the_same(example_copy: Callable[[str], Path]) -> None:
    """The reactive plan of the pixel drivers: it flaps from what the CPython game shows; the
    compiled game gets the same flaps at the same frames."""
    result = verify_project(example_copy("flyer"), plan=Plan(play_flyer, "play_flyer"),
                            frames=900, state=["state", "score", "bird.y"])
    assert result.identical, result.report
    scores = [frame.state["score"] for frame in result.python.frames[1:]] if result.python else []
    assert max(scores) >= 2, "the autopilot should get through pipes, or nothing was compared"


def test_breakout_tracking_plays_the_same(example_copy: Callable[[str], Path]) -> None:
    result = verify_project(example_copy("breakout"), plan=Plan(play_breakout, "play_breakout"),
                            frames=900, state=["state", "score", "lives", "ball.x"])
    assert result.identical, result.report
    assert result.state()["score"] > 0


def test_flyer_second_chance_from_a_json_plan(example_copy: Callable[[str], Path]) -> None:
    """Crash, then buy a second chance with a rewarded video the plan's SDK answer says was
    watched: both sides get the same answers at the same frames."""
    root = example_copy("flyer")
    plan = root / "second-chance.json"
    plan.write_text(json.dumps({
        "frames": 400, "state": ["state"],
        "outcomes": {"getShortcutMissionReward": {"ok": {"canReceiveReward": False}},
                     "getEntranceMissionReward": {"ok": {"canReceiveReward": False}},
                     "RewardedVideoAd.show": {"ok": {"isEnded": True}}},
        "steps": [{"wait": 2}, {"tap": [180, 400]}, {"wait": 300}, {"tap": [180, 460]},
                  {"wait": 3}]}))
    result = verify_project(root, plan=plan)
    assert result.identical, result.report
    states = [frame.state["state"] for frame in result.python.frames[1:]] if result.python else []
    crashed = states.index("over")
    assert "playing" in states[crashed:], "the video watched to the end revives the bird"


def test_a_crash_plays_the_same_on_both_targets(example_copy: Callable[[str], Path]) -> None:
    result = verify_project(example_copy("flyer"), plan=Plan(crash_flyer, "crash_flyer"),
                            frames=300, state=["state"])
    assert result.identical, result.report
    assert result.state()["state"] == "over"

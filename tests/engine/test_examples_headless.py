"""The example games run headless in CPython (pyminis.headless) on their scripted plans."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from pyminis import headless
from tests.engine.drivers import HeadlessDriver
from tests.engine.plans import play_breakout, play_flyer


def test_flyer_plays_headless(example_copy: Callable[[str], Path]) -> None:
    with headless.run_game(example_copy("flyer")) as play:
        seen = play_flyer(HeadlessDriver(play))
        assert play.errors == []
        progress = [c.params["progress"] for c in play.host.calls
                    if c.name == "setLoadingProgress"]
        logins = [c for c in play.host.calls if c.name == "login"]
    assert len(logins) == 1, "flyer signs in silently once, as the upload check requires"
    assert seen.states == ["ready", "playing", "playing", "over"]
    assert seen.numbers["score"] >= 2, "the autopilot should get through a few pipes"
    assert seen.numbers["flaps"] > 10
    assert seen.numbers["bird_y_at_rest"] == 580 - 16, "without flaps the bird lands"
    assert progress == [1]
    colors = [c for c, _ in seen.frames]
    digests = {d for _, d in seen.frames}
    assert min(colors) > 2, "a frame was blank"
    assert len(digests) == len(seen.frames), "frames stopped changing"


def test_breakout_plays_headless(example_copy: Callable[[str], Path]) -> None:
    with headless.run_game(example_copy("breakout")) as play:
        seen = play_breakout(HeadlessDriver(play))
        assert play.errors == []
    assert seen.states[:2] == ["serve", "playing"]
    assert seen.numbers["bricks_at_start"] == 42
    assert seen.numbers["score"] > 0
    assert seen.numbers["bricks_left"] < 42
    assert seen.numbers["lives_while_tracking"] == 3, "a tracking paddle never misses"
    assert seen.numbers["lives_after_miss"] == 2
    assert seen.states[2] == "serve"
    assert min(c for c, _ in seen.frames) > 2
    assert len({d for _, d in seen.frames}) == len(seen.frames)

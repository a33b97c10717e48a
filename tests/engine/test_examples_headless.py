"""The example games run headless in CPython (pyminis.headless) on their scripted plans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pyminis import headless
from pyminis.sdk import fake
from tests.engine.drivers import HeadlessDriver, tap
from tests.engine.plans import crash_flyer, play_breakout, play_flyer


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


@pytest.mark.parametrize("watched", [True, False])
def test_flyer_second_chance_needs_the_whole_ad(example_copy: Callable[[str], Path],
                                                watched: bool) -> None:
    host = fake.FakeHost()
    for mission in ("getShortcutMissionReward", "getEntranceMissionReward"):
        host.outcomes[mission] = lambda params: {"ok": {"canReceiveReward": False}}
    host.outcomes["RewardedVideoAd.show"] = lambda params: {"ok": {"isEnded": watched}}
    with headless.run_game(example_copy("flyer"), host=host) as play:
        driver = HeadlessDriver(play)
        crash_flyer(driver)
        assert driver.value("scene.chance_button.visible")
        tap(driver, 180, 460)  # the second-chance button
        driver.step(2)
        shows = [c for c in play.host.calls if c.name == "RewardedVideoAd.show"]
        state = driver.value("scene.state")
        hint = driver.value("scene.hint.text")
        assert play.errors == []
    assert len(shows) == 1
    if watched:
        assert state == "playing", "a video watched to the end revives the bird"
    else:
        assert state == "over"
        assert hint == "watch to the end for a second chance"


def test_flyer_mission_rewards_are_free_second_chances(
        example_copy: Callable[[str], Path]) -> None:
    host = fake.FakeHost()
    host.outcomes["getEntranceMissionReward"] = lambda params: {"ok": {"canReceiveReward": False}}
    with headless.run_game(example_copy("flyer"), host=host) as play:
        driver = HeadlessDriver(play)
        crash_flyer(driver)
        assert driver.value("scene.chance_button.label.text") == "second chance (free)"
        tap(driver, 180, 460)
        driver.step(2)
        assert driver.value("scene.state") == "playing"
        assert not [c for c in play.host.calls if c.name == "RewardedVideoAd.show"]
        names = [c.name for c in play.host.calls]
        assert play.errors == []
    assert "getShortcutMissionReward" in names and "getEntranceMissionReward" in names


def test_flyer_mission_buttons_start_the_missions(example_copy: Callable[[str], Path]) -> None:
    with headless.run_game(example_copy("flyer")) as play:
        driver = HeadlessDriver(play)
        driver.step(2)
        tap(driver, 90, 610)
        tap(driver, 270, 610)
        driver.step(2)
        names = [c.name for c in play.host.calls]
        state = driver.value("scene.state")
    assert "addShortcut" in names and "startEntranceMission" in names
    assert state == "ready", "a mission button does not start the run"


def test_flyer_hides_missions_where_the_client_lacks_them(
        example_copy: Callable[[str], Path]) -> None:
    older_client = fake.FakeHost(missing={"addShortcut", "startEntranceMission",
                                          "getShortcutMissionReward", "getEntranceMissionReward"})
    with headless.run_game(example_copy("flyer"), host=older_client) as play:
        driver = HeadlessDriver(play)
        driver.step(2)
        shown = driver.value("scene.home_button.visible")
        tap(driver, 90, 610)  # where the button would be: starts the run instead
        driver.step()
        state = driver.value("scene.state")
        assert play.errors == []
    assert not shown
    assert state == "playing"

"""The example games, compiled for h5, play their scripted plans in Chromium (manual frames)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pyminis.dev.stand_in import stand_in_script
from pyminis.pipeline import build
from tests.engine.drivers import MANUAL_FRAMES, BrowserDriver, tap
from tests.engine.plans import crash_flyer, play_breakout, play_flyer
from tests.support.browser import serve

pytestmark = pytest.mark.browser


def open_game(page: Any, url: str) -> BrowserDriver:
    page.add_init_script(MANUAL_FRAMES)
    page.goto(url + "/index.html")
    page.wait_for_function("typeof pyminisGame !== 'undefined'")
    return BrowserDriver(page)


def test_flyer_plays_in_the_browser(page: Any, example_copy: Callable[[str], Path]) -> None:
    result = build(example_copy("flyer"), "h5")
    with serve(result.output_dir) as url:
        driver = open_game(page, url)
        seen = play_flyer(driver)
        progress = page.evaluate(
            "TTMinis.__calls.filter(c => c.name === 'setLoadingProgress').map(c => c.params.progress)")
        # Not through __touch: a real mouse click on the canvas, mapped through the letterbox,
        # restarts the game (a tap in the sky: below are the second-chance button and the ground).
        page.mouse.click(195, 300)
        driver.step(2)
        assert driver.value("scene.state") == "ready" and driver.value("scene.flaps") == 0
    assert seen.states == ["ready", "playing", "playing", "over"]
    assert seen.numbers["score"] >= 2
    assert seen.numbers["flaps"] > 10
    assert seen.numbers["bird_y_at_rest"] == 580 - 16
    assert progress == [1]
    assert min(c for c, _ in seen.frames) > 2, "a frame was blank"
    assert len({d for _, d in seen.frames}) == len(seen.frames), "frames stopped changing"
    assert page.log.console_errors == []


def test_breakout_plays_in_the_browser(page: Any, example_copy: Callable[[str], Path]) -> None:
    result = build(example_copy("breakout"), "h5")
    with serve(result.output_dir) as url:
        seen = play_breakout(open_game(page, url))
    assert seen.states[:2] == ["serve", "playing"]
    assert seen.numbers["bricks_at_start"] == 42
    assert seen.numbers["score"] > 0 and seen.numbers["bricks_left"] < 42
    assert seen.numbers["lives_while_tracking"] == 3
    assert seen.numbers["lives_after_miss"] == 2
    assert seen.states[2] == "serve"
    assert min(c for c, _ in seen.frames) > 2
    assert len({d for _, d in seen.frames}) == len(seen.frames)
    assert page.log.console_errors == []



@pytest.mark.parametrize("watched", [True, False])
def test_flyer_second_chance_in_the_browser(page: Any, example_copy: Callable[[str], Path],
                                            watched: bool) -> None:
    """The compiled game: no mission reward due, so the second chance costs a rewarded video,
    which revives the bird only when watched to the end."""
    script = stand_in_script(None) + """
TTMinis.__outcomes.getShortcutMissionReward = () => ({ok: {canReceiveReward: false}});
TTMinis.__outcomes.getEntranceMissionReward = () => ({ok: {canReceiveReward: false}});
TTMinis.__outcomes['RewardedVideoAd.show'] = () => ({ok: {isEnded: %s}});
""" % ("true" if watched else "false")
    page.route("**/game/sdk.js", lambda route: route.fulfill(
        status=200, content_type="application/javascript", body=script))
    result = build(example_copy("flyer"), "h5")
    with serve(result.output_dir) as url:
        driver = open_game(page, url)
        crash_flyer(driver)
        assert driver.value("scene.chance_button.visible")
        tap(driver, 180, 460)
        driver.step(3)
        state = driver.value("scene.state")
        shows = page.evaluate(
            "TTMinis.__calls.filter(c => c.name === 'RewardedVideoAd.show').length")
    assert shows == 1
    assert state == ("playing" if watched else "over")
    assert page.log.console_errors == []

"""The engine's scripted plans (tests/engine/plans.py) play the native packages in the emulator.

The same plans play the h5 build in a page (tests/engine/test_examples_browser.py) and the
Python headless; here the driver evaluates its steps inside the emulator's game worker, where
the native game.js runs with no DOM, in each emulator profile (tiktok, strict).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pyminis.pipeline import build
from tests.engine.drivers import BrowserDriver
from tests.engine.plans import play_breakout, play_flyer
from tests.support.emulator import PROFILES, run_native

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("profile", PROFILES)
def test_flyer_plays_natively(page: Any, example_copy: Callable[[str], Path], profile: str) -> None:
    result = build(example_copy("flyer"), "native")
    with run_native(page, result.output_dir, manual=True, profile=profile) as emu:
        assert emu.loaded_ok, emu.errors
        seen = play_flyer(BrowserDriver(emu.game_worker()))
        progress = [c["params"]["progress"] for c in emu.calls("setLoadingProgress")]
        assert emu.errors == []
    assert seen.states == ["ready", "playing", "playing", "over"]
    assert seen.numbers["score"] >= 3
    assert seen.numbers["bird_y_at_rest"] == 580 - 16
    assert progress == [1]
    assert min(c for c, _ in seen.frames) > 2, "a frame was blank"
    assert len({d for _, d in seen.frames}) == len(seen.frames), "frames stopped changing"


@pytest.mark.parametrize("profile", PROFILES)
def test_breakout_plays_natively(page: Any, example_copy: Callable[[str], Path], profile: str) -> None:
    result = build(example_copy("breakout"), "native")
    with run_native(page, result.output_dir, manual=True, profile=profile) as emu:
        assert emu.loaded_ok, emu.errors
        seen = play_breakout(BrowserDriver(emu.game_worker()))
        assert emu.errors == []
    assert seen.states[:3] == ["serve", "playing", "serve"]
    assert seen.numbers["bricks_at_start"] == 42
    assert seen.numbers["score"] > 0 and seen.numbers["bricks_left"] < 42
    assert seen.numbers["lives_after_miss"] == 2
    assert min(c for c, _ in seen.frames) > 2
    assert len({d for _, d in seen.frames}) == len(seen.frames)

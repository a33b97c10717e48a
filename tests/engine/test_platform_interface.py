"""Every backend defines every member of the platform interface (runtime_js/platform/interface.js)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable

import pytest

from pyminis.headless import HeadlessPlatform
from pyminis.paths import runtime_js_dir
from pyminis.pipeline import build
from tests.engine.drivers import MANUAL_FRAMES
from tests.support.browser import serve


def interface_members() -> tuple[list[str], list[str]]:
    """(required, optional) member names of the PyminisPlatform typedef."""
    text = (runtime_js_dir() / "platform" / "interface.js").read_text(encoding="utf-8")
    block = text.split("@typedef {Object} PyminisPlatform", 1)[1].split("*/", 1)[0]
    required: list[str] = []
    optional: list[str] = []
    for match in re.finditer(r"@property \{.*?\} (\[?)([\w$]+)\]?", block):
        (optional if match.group(1) else required).append(match.group(2))
    return required, optional


def test_the_interface_lists_what_the_engine_needs() -> None:
    required, optional = interface_members()
    assert {"createCanvas", "requestAnimationFrame", "onTouchStart", "onHide", "__step",
            "__touch", "createInnerAudioContext", "getSystemInfoSync"} <= set(required)
    assert {"unlockAudio", "onKeyDown", "onWindowResize"} <= set(optional)


def test_the_headless_backend_has_every_member(tmp_path: Path) -> None:
    required, _ = interface_members()
    platform = HeadlessPlatform(tmp_path)
    missing = [name for name in required if getattr(platform, name, None) is None]
    assert missing == []


@pytest.mark.browser
def test_the_h5_backend_has_every_member_and_steps_by_hand(
        page: Any, example_copy: Callable[[str], Path]) -> None:
    required, _ = interface_members()
    result = build(example_copy("hello"), "h5")
    with serve(result.output_dir) as url:
        page.add_init_script(MANUAL_FRAMES)
        page.goto(url + "/index.html")
        page.wait_for_function("typeof pyminisGame !== 'undefined'")
        kinds = page.evaluate("names => names.map(n => typeof pyminisPlatform[n])", required)
        assert dict(zip(required, kinds)) == {name: ("string" if name == "kind" else "function")
                                               for name in required}
        # Manual frames: nothing moves until the test steps, and time is virtual.
        page.wait_for_timeout(100)
        assert page.evaluate("[pyminisGame.frames, pyminisPlatform.now()]") == [0, 0]
        page.evaluate("pyminisPlatform.__step(); pyminisPlatform.__step(50)")
        assert page.evaluate("[pyminisGame.frames, pyminisPlatform.now()]") == [2, 1000 / 60 + 50]
        assert page.evaluate("pyminisGame.steps") == 3  # 50 ms: three 60 Hz steps

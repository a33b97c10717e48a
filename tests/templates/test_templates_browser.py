"""Each template's game, compiled and built for H5, plays in Chromium against the SDK stand-in:
signed in at start, a tap on the target scores, and its platform flow reaches the SDK."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from pyminis.cli.new import new_project
from pyminis.pack import pack
from pyminis.pipeline import build
from tests.support.browser import serve
from tests.support.emulator import run_native

pytestmark = pytest.mark.browser

Opener = Callable[[str, str], None]


def css(page: Any, x: float, y: float) -> tuple[float, float]:
    """A point of the game's logical screen in page pixels, from the running game's viewport."""
    view = page.evaluate("(() => { const v = pyminisGame.view;"
                         " return [v.k, v.offset_x, v.offset_y, v.ratio]; })()")
    k, ox, oy, ratio = view
    return (x * k + ox) / ratio, (y * k + oy) / ratio


def tap(page: Any, x: float, y: float) -> None:
    px, py = css(page, x, y)
    page.mouse.click(px, py)
    page.wait_for_timeout(80)


def scene(page: Any, expression: str) -> Any:
    return page.evaluate(f"pyminisGame.scene.{expression}")


def calls(page: Any) -> list[str]:
    return [call["name"] for call in page.evaluate("TTMinis.__calls")]


@pytest.fixture
def open_game(page: Any, tmp_path: Path) -> Iterator[Callable[[str, str], None]]:
    """`open_game(template, node)`: a project from `template`, built for H5, served and loaded;
    returns once the scene shows `node` and the game has signed in."""
    with ExitStack() as stack:
        def opener(template: str, node: str) -> None:
            root = new_project("web-game", template, tmp_path)
            url = stack.enter_context(serve(build(root, "h5").output_dir))
            page.goto(url + "/index.html")
            page.wait_for_function(f"window.pyminisGame && pyminisGame.scene && pyminisGame.scene.{node}")
            page.wait_for_function("TTMinis.__calls.some(c => c.name === 'login')")

        yield opener


@pytest.mark.parametrize("template, target_node", [
    ("minimal", "dot"), ("leaderboard", "dot"), ("monetized", "coin")])
def test_signed_in_and_a_hit_scores(page: Any, open_game: Opener, template: str,
                                    target_node: str) -> None:
    open_game(template, target_node)
    assert scene(page, "login_code") != ""
    tap(page, scene(page, f"{target_node}.x"), scene(page, f"{target_node}.y"))
    assert scene(page, "score") == 1
    assert page.log.console_errors == []


def test_monetized_ad_gives_a_life_in_the_browser(page: Any, open_game: Opener) -> None:
    open_game("monetized", "coin")
    for _ in range(3):
        tap(page, 10, 620)
    assert scene(page, "lives") == 0
    tap(page, 180, 408)  # "Watch an ad"
    page.wait_for_function("pyminisGame.scene.lives === 1")
    assert "createRewardedVideoAd" in calls(page)
    assert page.log.console_errors == []


def test_leaderboard_saves_the_score_in_the_browser(page: Any, open_game: Opener) -> None:
    open_game("leaderboard", "dot")
    tap(page, scene(page, "dot.x"), scene(page, "dot.y"))
    tap(page, 10, 630)  # a miss ends the run
    page.wait_for_function("TTMinis.__calls.some(c => c.name === 'setUserCloudStorage')")
    saved = [c for c in page.evaluate("TTMinis.__calls") if c["name"] == "setUserCloudStorage"]
    assert saved[0]["params"]["data"] == [{"key": "highScore", "value": "1"}]
    assert scene(page, "over") is True


@pytest.mark.parametrize("template", ["minimal", "leaderboard", "monetized"])
def test_the_packed_native_game_runs_in_the_emulator(page: Any, tmp_path: Path,
                                                     template: str) -> None:
    """The package `pyminis pack` zipped, run where there is no DOM: it draws and signs in."""
    result = pack(new_project("native-game", template, tmp_path), "native")
    with run_native(page, result.output_dir) as emu:
        assert emu.loaded_ok, emu.errors
        for _ in range(150):  # the game signs in once its first scene starts
            if emu.calls("login"):
                break
            page.wait_for_timeout(100)
        assert emu.calls("login"), "the native game never signed in"
        assert emu.pixels()["colours"] > 1, "the native screen stayed blank"
        assert emu.errors == []

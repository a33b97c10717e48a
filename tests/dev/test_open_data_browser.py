"""`pyminis dev` on the leaderboard example: the simulator starts the open data domain, which
draws the friend leaderboard on the shared canvas over the game, with the simulator's friends."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.dev.conftest import DevProcess
from tests.opendata.support import domain_worker, wait_drawn

pytestmark = pytest.mark.browser

# A tap on the game's canvas at a fraction of its screen, as the platform layer reads pointers.
TAP = """(_, [fx, fy]) => { const c = document.querySelector('canvas');
  const x = fx * innerWidth, y = fy * innerHeight;
  for (const type of ['pointerdown', 'pointerup']) {
    c.dispatchEvent(new PointerEvent(type, {clientX: x, clientY: y, pointerId: 1, bubbles: true}));
  } }"""


def test_the_leaderboard_draws_the_simulators_friends_over_the_game(
        page: Any, example_copy: Callable[[str], Path],
        dev_server: Callable[..., DevProcess]) -> None:
    dev = dev_server(example_copy("leaderboard"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    # The developer's friends, typed before the game asks for them.
    page.fill("#friends", "Zed highScore=9\nYan highScore=0\nXi level=4")
    page.dispatch_event("#friends", "change")
    game = page.frame_locator("#game").locator("html")
    game.locator("canvas").first.wait_for()
    page.wait_for_function("""() => document.querySelector('#game').contentWindow.TTMinis
        ?.__calls?.some((c) => c.name === 'login')""")

    game.evaluate(TAP, [0.5, 0.4])  # the first dot: score 1
    game.evaluate(TAP, [0.02, 0.98])  # a miss: game over, the leaderboard opens
    page.frame_locator("#game").locator("#pyminis-authorize [data-answer=allow]").click()

    worker = domain_worker(page)
    drawn = wait_drawn(page, worker, "Zed")
    names = sorted((d for d in drawn if d["text"] in ("Zed", "Yan", "Xi", "You", "Ann")),
                   key=lambda d: d["y"])
    # Ranked by highScore: Xi has none, the default friends (Ann…) were replaced by the edit.
    assert [d["text"] for d in names] == ["Zed", "You", "Yan"]
    # Over the game: the shared canvas sits in the game's page, above its canvas.
    placed = game.evaluate("""() => { const s = document.getElementById('pyminis-shared-canvas');
        const game = [...document.querySelectorAll('canvas')].find((c) => c !== s);
        const r = s.getBoundingClientRect();
        return {position: getComputedStyle(s).position, z: getComputedStyle(s).zIndex,
                gameZ: getComputedStyle(game).zIndex, box: [r.left, r.top, r.width, r.height],
                screen: [innerWidth, innerHeight]}; }""")
    assert placed["position"] == "fixed" and placed["z"] == "10" and placed["gameZ"] == "auto"
    # The example's SharedCanvasView("5vw", "12vh", "90vw", "62vh").
    width, height = placed["screen"]
    assert placed["box"] == pytest.approx([0.05 * width, 0.12 * height, 0.9 * width, 0.62 * height],
                                          abs=1)

    # A live edit reaches the running domain (its own copy of the friends).
    page.fill("#friends", "Wu highScore=30")
    page.dispatch_event("#friends", "change")
    page.wait_for_function("true")
    for _ in range(100):
        if worker.evaluate("globalThis.__pyminisDomain.cloud.friends.map((f) => f.display_name)") == ["Wu"]:
            break
        page.wait_for_timeout(50)
    assert worker.evaluate("globalThis.__pyminisDomain.cloud.friends.map((f) => f.display_name)") == ["Wu"]
    assert "error" not in dev.output.lower()


FRIEND_NAMES = "globalThis.__pyminisDomain.cloud.friends.map((f) => f.display_name)"


def domain_friends(page: Any, expected: list[str], timeout_ms: int = 30000) -> list[str]:
    """The fake friends' names in whichever open data domain has them (the emulator's domain
    starts with the page; an H5 game's only when the game first uses one)."""
    seen: list[str] = []
    for _ in range(timeout_ms // 100):
        for worker in page.workers:
            try:
                seen = worker.evaluate(f"globalThis.__pyminisDomain ? {FRIEND_NAMES} : null") or seen
            except Exception:  # a worker starting, or gone with the previous build
                continue
            if seen == expected:
                return seen
        page.wait_for_timeout(100)
    return seen


def test_the_native_emulator_gets_the_simulators_friends(
        page: Any, example_copy: Callable[[str], Path],
        dev_server: Callable[..., DevProcess]) -> None:
    dev = dev_server(example_copy("leaderboard"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    page.fill("#friends", "Zed highScore=9\nYan highScore=0")
    page.dispatch_event("#friends", "change")
    dev.switch_to_native(page)
    assert domain_friends(page, ["Zed", "Yan"]) == ["Zed", "Yan"]
    # A live edit reaches the emulator's running domain.
    page.fill("#friends", "Wu highScore=30")
    page.dispatch_event("#friends", "change")
    assert domain_friends(page, ["Wu"]) == ["Wu"]
    assert "error" not in dev.output.lower()

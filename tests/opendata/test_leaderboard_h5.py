"""The leaderboard example in a real browser (h5): the open data domain isolated in a worker."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Callable

import pytest
from PIL import Image

from pyminis.pipeline import build
from tests.opendata.support import domain_worker, route_open_data, seed_friends, wait_drawn
from tests.support.browser import serve

pytestmark = pytest.mark.browser

W, H = 390, 844  # the page fixture's viewport
# The example's board: SharedCanvasView("5vw", "12vh", "90vw", "62vh"), 750 pixels wide.
BOX = (0.05 * W, 0.12 * H, 0.90 * W, 0.62 * H)
RES_W = 750
RES_H = round(RES_W * BOX[3] / BOX[2])
SPOTS = [(0.5, 0.4), (0.25, 0.6), (0.75, 0.3)]  # the example's first dots
FRIENDS = [
    {"display_name": "Ann", "open_id": "open-ann", "data": [{"key": "highScore", "value": "2"}]},
    {"nickname": "Bob", "openid": "open-bob", "KVDataList": [{"key": "highScore", "value": "5"}]},
    {"display_name": "Cy", "open_id": "open-cy", "data": [{"key": "highScore", "value": "1"}]},
    {"display_name": "Dee", "open_id": "open-dee", "data": [{"key": "level", "value": "9"}]},
]


def to_page(x: float, y: float) -> tuple[float, float]:
    """Shared-canvas pixels → page pixels."""
    return BOX[0] + x * BOX[2] / RES_W, BOX[1] + y * BOX[3] / RES_H


def play(page: Any, taps: int) -> None:
    """Hit the dot `taps` times, then miss: game over."""
    page.wait_for_function("TTMinis.__openData !== undefined && document.querySelector('body canvas')")
    for x, y in SPOTS[:taps]:
        page.mouse.click(x * W, y * H)
    page.mouse.click(8, H - 8)


def pixel(page: Any, x: float, y: float) -> tuple[int, ...]:
    shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    return shot.getpixel((round(x), round(y)))  # type: ignore[return-value]


def open_example(page: Any, example_copy: Callable[[str], Path], url_of: Any) -> Any:
    result = build(example_copy("leaderboard"), "h5", dev=True)
    assert "openDataContext/index.js" in result.files
    assert json.loads(result.files["project.config.json"])["openDataContext"] == "openDataContext"
    return result


def test_game_over_shows_friends_ranked_with_own_row_highlighted(
        page: Any, example_copy: Callable[[str], Path]) -> None:
    route_open_data(page)
    seed_friends(page, FRIENDS)
    result = open_example(page, example_copy, None)
    with serve(result.output_dir) as url:
        page.goto(url + "/index.html")
        play(page, 3)
        dialog = page.wait_for_selector("#pyminis-authorize")
        scopes = [li.get_attribute("data-scope") for li in dialog.query_selector_all("li")]
        assert scopes == ["profile", "friends"]
        page.click("#pyminis-authorize [data-answer=allow]")

        worker = domain_worker(page)
        drawn = wait_drawn(page, worker, "Bob")
        names = [d for d in drawn if d["text"] in ("Ann", "Bob", "Cy", "Dee", "You")]
        assert [d["text"] for d in sorted(names, key=lambda d: d["y"])] == ["Bob", "You", "Ann", "Cy"]
        scores = sorted((d for d in drawn if d["x"] > RES_W / 2 and d["text"].isdigit()),
                        key=lambda d: d["y"])
        assert [d["text"] for d in scores] == ["5", "3", "2", "1"]
        assert worker.evaluate("self.__pyminisDomain.cloud.me.get('highScore')") == "3"

        # On screen: the player's row in the highlight colour, a friend's row not.
        you = next(d for d in names if d["text"] == "You")
        bob = next(d for d in names if d["text"] == "Bob")
        page.wait_for_timeout(100)
        assert pixel(page, *to_page(RES_W - 6, you["y"])) == (254, 44, 85)
        assert pixel(page, *to_page(RES_W - 6, bob["y"])) != (254, 44, 85)

        # Tap Bob's share button: the domain sends him a card (shareToUser, 003).
        page.mouse.click(*to_page(RES_W - 24 - 54, bob["y"]))
        page.wait_for_function("true")
        shares = []
        for _ in range(40):
            shares = worker.evaluate("self.__pyminisDomain.calls.filter(c => c.name === 'shareToUser')")
            if shares:
                break
            page.wait_for_timeout(50)
        assert [s["params"]["openid"] for s in shares] == ["open-bob"]
        assert shares[0]["fail"] is None

        # The game's own context never received friend data.
        log = page.evaluate("TTMinis.__openData.log")
        calls = page.evaluate("TTMinis.__calls")
        to_game = json.dumps([e for e in log if e["to"] == "game"] + calls)
        for secret in ("Ann", "Bob", "open-ann", "open-bob", "open-cy", "avatar"):
            assert secret not in to_game
        sent = [e["data"]["type"] for e in log if e["from"] == "game"]
        assert sent[0] == "pyminis.showLeaderboard" and set(sent) <= {
            "pyminis.showLeaderboard", "pyminis.touch"}
        assert page.evaluate("typeof TTMinis.game.getFriendCloudStorage") == "undefined"
        # The shared canvas is composited, not readable by the game (its control moved away).
        assert page.evaluate("""(() => { try { document.getElementById('pyminis-shared-canvas')
                                  .getContext('2d'); return 'readable'; } catch (e) { return 'tainted'; } })()""") == "tainted"
        assert page.log.errors == []


def test_denied_authorization_shows_the_fallback(page: Any, example_copy: Callable[[str], Path]) -> None:
    route_open_data(page)
    seed_friends(page, FRIENDS)
    result = open_example(page, example_copy, None)
    with serve(result.output_dir) as url:
        page.goto(url + "/index.html")
        play(page, 1)
        page.click("#pyminis-authorize [data-answer=deny]")
        page.wait_for_function("TTMinis.__calls.filter(c => c.name === 'authorizeOpenContext').length === 2")
        page.wait_for_timeout(100)
        auth = [c for c in page.evaluate("TTMinis.__calls") if c["name"] == "authorizeOpenContext"]
        assert [c["params"]["get_status_only"] for c in auth] == [True, False]
        assert all("fail" in c["answer"] for c in auth)
        assert any("leaderboard not allowed" in text for _, text in page.log.console)
        # The game's fallback panel (its own best score) is on the game canvas …
        assert pixel(page, W * 0.1, H * 0.25) == (42, 44, 58)
        # … and the open data domain drew nothing and received nothing.
        worker = domain_worker(page)
        assert worker.evaluate("self.__pyminisDomain.drawn.length") == 0
        assert [e for e in page.evaluate("TTMinis.__openData.log") if e["from"] == "game"] == []

"""The leaderboard example in a real browser, on h5 and on native (the emulator).

Game over → authorization dialog → the open data domain (its own worker) draws the seeded
friends ranked on the shared canvas, the player's row highlighted; a friend's share button
sends them a card; denial shows the game's own fallback; and nothing the game's context
receives ever holds friend data.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from pyminis.pipeline import build
from tests.conftest import EXAMPLES
from tests.opendata.support import (
    domain_worker,
    game_calls,
    open_data_log,
    seed_friends,
    wait_drawn,
)
from tests.support.browser import serve
from tests.support.emulator import PROFILES, run_native

pytestmark = pytest.mark.browser

W, H = 390, 844  # the page fixture's viewport
# The example's board: SharedCanvasView("5vw", "12vh", "90vw", "62vh"), 750 pixels wide.
BOX = (0.05 * W, 0.12 * H, 0.90 * W, 0.62 * H)
RES_W = 750
RES_H = round(RES_W * BOX[3] / BOX[2])
SPOTS = [(0.5, 0.4), (0.25, 0.6), (0.75, 0.3)]  # the example's first dots
HIGHLIGHT = (254, 44, 85)  # the example theme's highlight, #fe2c55
FRIENDS = [
    {"display_name": "Ann", "open_id": "open-ann", "data": [{"key": "highScore", "value": "2"}]},
    {"nickname": "Bob", "openid": "open-bob", "KVDataList": [{"key": "highScore", "value": "5"}]},
    {"display_name": "Cy", "open_id": "open-cy", "data": [{"key": "highScore", "value": "1"}]},
    {"display_name": "Dee", "open_id": "open-dee", "data": [{"key": "level", "value": "9"}]},
]
SECRETS = ("Ann", "Bob", "open-ann", "open-bob", "open-cy", "avatar")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example built once per target (dev builds: errors name Python lines)."""
    root = tmp_path_factory.mktemp("opendata") / "leaderboard"
    shutil.copytree(EXAMPLES / "leaderboard", root,
                    ignore=shutil.ignore_patterns("dist", "dist-*", ".pyminis", "__pycache__"))
    built = {target: build(root, target, dev=True) for target in ("h5", "native")}
    for result in built.values():
        assert "openDataContext/index.js" in result.files
    assert json.loads(built["h5"].files["project.config.json"])["openDataContext"] == "openDataContext"
    assert json.loads(built["native"].files["game.json"])["openDataContext"] == "openDataContext"
    return {target: result.output_dir for target, result in built.items()}


# h5 in a page; native in the emulator, in each of its profiles (tests/support/emulator.py).
TARGETS = ["h5", *(f"native-{profile}" for profile in PROFILES)]


@contextmanager
def running(page: Any, target: str, package: Path) -> Iterator[None]:
    if target == "h5":
        with serve(package) as url:
            page.goto(url + "/index.html")
            page.wait_for_function("document.querySelector('body canvas') !== null")
            yield
    else:
        with run_native(page, package, profile=target.split("-")[1]) as emu:
            assert emu.loaded_ok, emu.errors
            assert page.evaluate("emulator.openData !== undefined")
            yield


def to_page(x: float, y: float) -> tuple[float, float]:
    """Shared-canvas pixels → page pixels."""
    return BOX[0] + x * BOX[2] / RES_W, BOX[1] + y * BOX[3] / RES_H


def play(page: Any, taps: int) -> None:
    """Hit the dot `taps` times, then miss: game over."""
    page.wait_for_timeout(200)  # the first frame
    for x, y in SPOTS[:taps]:
        page.mouse.click(x * W, y * H)
        page.wait_for_timeout(30)
    page.mouse.click(8, H - 8)


def pixel(page: Any, x: float, y: float) -> tuple[int, ...]:
    shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    return shot.getpixel((round(x), round(y)))  # type: ignore[return-value]


def poll(page: Any, read: Any, timeout_ms: int = 5000) -> Any:
    for _ in range(timeout_ms // 50):
        value = read()
        if value:
            return value
        page.wait_for_timeout(50)
    return read()


@pytest.mark.parametrize("target", TARGETS)
def test_game_over_shows_friends_ranked_with_own_row_highlighted(
        page: Any, packages: dict[str, Path], target: str) -> None:
    seed_friends(page, FRIENDS)
    with running(page, target, packages[target.split("-")[0]]):
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
        assert worker.evaluate("globalThis.__pyminisDomain.cloud.me.get('highScore')") == "3"

        # On screen: the player's row in the highlight colour, a friend's row not.
        you = next(d for d in names if d["text"] == "You")
        bob = next(d for d in names if d["text"] == "Bob")
        page.wait_for_timeout(100)
        assert pixel(page, *to_page(RES_W - 6, you["y"])) == HIGHLIGHT
        assert pixel(page, *to_page(RES_W - 6, bob["y"])) != HIGHLIGHT
        # Avatars: the platform's image for Bob (made by the emulator: no avatar was seeded),
        # the placeholder disc for the player, whose own row has no avatar URL.
        placeholder, rows = (168, 169, 179), {(34, 36, 49), (28, 30, 42)}
        assert pixel(page, *to_page(90, you["y"])) == placeholder
        assert pixel(page, *to_page(90, bob["y"])) not in rows | {placeholder}

        # Tap Bob's share button: the domain sends him a card (shareToUser, 003).
        page.mouse.click(*to_page(RES_W - 24 - 54, bob["y"]))
        shares = poll(page, lambda: worker.evaluate(
            "globalThis.__pyminisDomain.calls.filter(c => c.name === 'shareToUser')"))
        assert [s["params"]["openid"] for s in shares] == ["open-bob"]
        assert shares[0]["fail"] is None

        # The game's own context never received friend data: every message and answer to it.
        log = open_data_log(page, target)
        to_game = json.dumps([e for e in log if e["to"] == "game"] + game_calls(page, target))
        for secret in SECRETS:
            assert secret not in to_game
        sent = [e["data"]["type"] for e in log if e["from"] == "game"]
        assert sent[0] == "pyminis.showLeaderboard"
        assert set(sent) <= {"pyminis.showLeaderboard", "pyminis.touch"}
        assert "pyminis.touch" in sent
        assert game_eval(page, target, "typeof tt_ns().getFriendCloudStorage") == "undefined"
        if target == "h5":
            # The shared canvas is composited, never readable by the page (its control moved away).
            assert page.evaluate("""(() => { try { document.getElementById('pyminis-shared-canvas')
                .getContext('2d'); return 'readable'; } catch (e) { return 'tainted'; } })()""") == "tainted"
        else:
            # Natively the game draws the domain's canvas but has no context to read it by.
            assert game_eval(page, target, "typeof tt_ns().getOpenDataContext().canvas.getContext") \
                == "undefined"
        assert page.log.errors == []


@pytest.mark.parametrize("target", TARGETS)
def test_denied_authorization_shows_the_fallback(page: Any, packages: dict[str, Path],
                                                 target: str) -> None:
    seed_friends(page, FRIENDS)
    with running(page, target, packages[target.split("-")[0]]):
        play(page, 1)
        page.click("#pyminis-authorize [data-answer=deny]")
        auth = poll(page, lambda: [c for c in game_calls(page, target)
                                   if c["name"] == "authorizeOpenContext"][1:] and
                    [c for c in game_calls(page, target) if c["name"] == "authorizeOpenContext"])
        assert [c["params"]["get_status_only"] for c in auth] == [True, False]
        assert all("fail" in c["answer"] for c in auth)
        page.wait_for_timeout(200)
        console = page.log.console if target == "h5" else page.evaluate("emulator.console")
        assert any("leaderboard not allowed" in text for _, text in console)
        # The game's fallback panel (its own best score) is on the game canvas …
        assert pixel(page, W * 0.1, H * 0.25) == (42, 44, 58)
        # … and the open data domain drew nothing and received nothing.
        worker = domain_worker(page)
        assert worker.evaluate("globalThis.__pyminisDomain.drawn.length") == 0
        assert [e for e in open_data_log(page, target) if e["from"] == "game"] == []


def game_eval(page: Any, target: str, expression: str) -> Any:
    """Evaluate in the game's own context (`tt_ns()` is its SDK namespace)."""
    if target == "h5":
        return page.evaluate(f"(() => {{ const tt_ns = () => TTMinis.game; return {expression}; }})()")
    for worker in page.workers:
        if worker.evaluate("typeof globalThis.__pyminisDomain") == "undefined":
            return worker.evaluate(f"(() => {{ const tt_ns = () => globalThis.tt; return {expression}; }})()")
    raise AssertionError("no game worker")


def test_the_domain_bundle_leaves_out_the_sdk_calls_it_cannot_use(
        packages: dict[str, Path]) -> None:
    # pyminis.opendata imports pyminis.tt's private modules, not the package: the classes of
    # the game's context (ads, sockets), which the bundler cannot drop once imported (a
    # Transcrypt class is made by a call), stay out of the open data domain's script.
    package = packages["h5"]
    domain = (package / "openDataContext" / "index.js").read_text(encoding="utf-8")
    game = (package / "game.js").read_text(encoding="utf-8")
    for name in ('"RewardedVideoAd"', '"InterstitialAd"', '"SocketTask"'):
        assert name in game
        assert name not in domain
    assert '"FriendEntry"' in domain and "getFriendCloudStorage" in domain


def highlight_rows(page: Any) -> list[int]:
    """Screen rows (page y) inside the board whose right edge shows the player's highlight."""
    shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    x = round(to_page(RES_W - 6, 0)[0])
    return [y for y in range(round(BOX[1]) + 2, round(BOX[1] + BOX[3]) - 2)
            if shot.getpixel((x, y)) == HIGHLIGHT]


def test_the_board_is_drawn_by_the_game_and_scrolls_in_the_strict_profile(
        page: Any, packages: dict[str, Path]) -> None:
    # 20 friends above the player: the board opens scrolled to the player's row (the last).
    friends = [{"display_name": f"F{i:02d}", "open_id": f"open-{i}",
                "data": [{"key": "highScore", "value": str(100 - i)}]} for i in range(20)]
    seed_friends(page, friends)
    with running(page, "native-strict", packages["native"]):
        # No overlay in this runtime: the board can only be on screen if the game drew it.
        assert page.evaluate("document.getElementById('pyminis-shared-canvas')") is None
        play(page, 1)
        page.click("#pyminis-authorize [data-answer=allow]")
        worker = domain_worker(page)
        drawn = wait_drawn(page, worker, "You")
        assert "F00" not in [d["text"] for d in drawn]
        # The domain's script runs in the same strict runtime: no web globals there either.
        assert worker.evaluate("[typeof fetch, typeof performance, typeof self, typeof URL]") \
            == ["undefined"] * 4
        before = poll(page, lambda: highlight_rows(page))
        assert before, "the player's highlighted row is not on the game's screen"
        for _ in range(3):  # drag the list down: the domain scrolls, the game draws its new frame
            page.mouse.move(W / 2, BOX[1] + BOX[3] * 0.1)
            page.mouse.down()
            for step in range(1, 11):
                page.mouse.move(W / 2, BOX[1] + BOX[3] * (0.1 + 0.08 * step))
            page.mouse.up()
            page.wait_for_timeout(150)
        wait_drawn(page, worker, "F00")  # the top of the list
        changed = poll(page, lambda: (rows := highlight_rows(page)) != before and ("moved", rows))
        assert changed, "the screen did not change when the board scrolled"
        after = changed[1]
        assert after == [] or min(after) > max(before), "the player's row did not move down"
        sent = [e["data"]["type"] for e in open_data_log(page, "native-strict") if e["from"] == "game"]
        assert sent.count("pyminis.touch") >= 30
        assert page.log.errors == []

"""`pyminis dev` on the monetized template: the project's server (server/app.py) and the offline
TikTok Open API run beside the simulator, so a purchase runs end to end with no network."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pyminis.cli.new import new_project
from tests.dev.conftest import DevProcess

pytestmark = pytest.mark.browser

SHOP_BUTTON = (180, 488)
MISS = (10, 620)


def game(page: Any, expression: str) -> Any:
    return page.evaluate(f"document.querySelector('#game').contentWindow.{expression}")


# The game's view (scale, offsets in backing-store pixels, pixel ratio) of the game `{}`.
VIEW = "((g) => [g.view.k, g.view.offset_x, g.view.offset_y, g.view.ratio])({})"


def click_view(page: Any, view: list[float], x: float, y: float) -> None:
    """A real click where the game's point (x, y) is on screen, through the game's `view`
    (VIEW) and the scaled phone frame."""
    px, py = page.evaluate("""([[k, offsetX, offsetY, ratio], x, y]) => {
        const frame = document.querySelector('#game');
        const box = frame.getBoundingClientRect();
        const scale = box.width / frame.clientWidth;
        return [box.left + (x * k + offsetX) / ratio * scale,
                box.top + (y * k + offsetY) / ratio * scale]; }""", [view, x, y])
    page.mouse.click(px, py)
    page.wait_for_timeout(60)


def tap(page: Any, x: float, y: float) -> None:
    """A real click on the H5 game (it runs in the phone frame's window)."""
    click_view(page, page.evaluate(VIEW.format("document.querySelector('#game').contentWindow.pyminisGame")),
               x, y)


def open_shop(page: Any) -> None:
    """Start (or restart) the game, lose the three lives: the shop button shows."""
    page.wait_for_function("""() => { const w = document.querySelector('#game').contentWindow;
        return !w.__oldRun && w.pyminisGame && w.pyminisGame.scene && w.pyminisGame.scene.coin
            && w.TTMinis.__calls.some((c) => c.name === 'login'); }""", timeout=60000)
    for _ in range(3):
        tap(page, *MISS)
    page.wait_for_function("document.querySelector('#game').contentWindow.pyminisGame.scene.lives === 0")


def webhooks(dev: DevProcess) -> list[str]:
    return re.findall(r"server: webhook (\S+) for (TOID\w+) → (\d+) (.*)", dev.output)


def test_a_paid_purchase_reaches_the_server_and_the_coins_show(
        page: Any, tmp_path: Path, dev_server: Callable[..., DevProcess]) -> None:
    project = new_project("shop", "monetized", tmp_path)
    dev = dev_server(project)
    dev.wait_for(r"server: server\.app:app at http://127\.0\.0\.1:\d+ \(the game's "
                 r"https://api\.example\.com is routed to it\)")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    assert page.input_value("#outcome-pay") == "success"
    open_shop(page)
    tap(page, *SHOP_BUTTON)
    page.wait_for_function("document.querySelector('#game').contentWindow.pyminisGame.scene.coins === 100",
                           timeout=30000)
    assert "thank you" in game(page, "pyminisGame.scene.message.text")
    (hook,) = webhooks(dev)  # the pay sheet's success: one signed webhook, granted
    assert hook[0] == "minis.trade_order.redeem.success" and hook[2] == "200"
    assert '"result":"granted"' in hook[3]
    calls = game(page, "TTMinis.__calls.map((c) => [c.name, c.params, c.answer])")
    requests = [c for c in calls if c[0] == "request"]
    assert [r[1]["url"] for r in requests][:1] == ["https://api.example.com/orders"]
    assert requests[0][2]["ok"]["statusCode"] == 200
    pay = [c for c in calls if c[0] == "pay"]
    assert pay[0][1]["trade_order_id"] == hook[1] and pay[0][2] == {"ok": {}}

    # TikTok's refund, from the simulator's button: the server takes the coins back.
    page.click("#refund")
    page.wait_for_function("document.querySelector('#status').textContent.includes('reversed')",
                           timeout=30000)
    assert webhooks(dev)[-1][0] == "minis.trade_order.redeem.refund_traceback"
    assert '"result":"reversed"' in webhooks(dev)[-1][3]

    # The same with the pay sheet cancelled: no webhook, no coins.
    page.select_option("#outcome-pay", "cancel")
    game(page, "__oldRun = true")  # open_shop then waits for the new run's window
    page.click("#reload")
    open_shop(page)
    tap(page, *SHOP_BUTTON)
    page.wait_for_function("""document.querySelector('#game').contentWindow.pyminisGame.scene
                              .message.text.startsWith('no purchase')""", timeout=30000)
    page.wait_for_timeout(500)
    assert game(page, "pyminisGame.scene.coins") == 0
    assert len(webhooks(dev)) == 2  # still only the first purchase's and its refund
    cancelled = game(page, "TTMinis.__calls.filter((c) => c.name === 'pay').map((c) => c.answer)")
    assert cancelled[-1]["fail"]["error"]["error_code"] == 20001
    assert dev.interrupt() == 0


def native_game(page: Any, timeout_ms: int = 60000) -> Any:
    """The emulator's worker that runs the native game (`evaluate` runs JS beside it)."""
    for _ in range(timeout_ms // 100):
        for worker in page.workers:
            try:
                if worker.evaluate("typeof pyminisGame === 'object' && Boolean(pyminisGame.scene)"):
                    return worker
            except Exception:  # a worker starting, or gone with the H5 build's page
                continue
        page.wait_for_timeout(100)
    raise AssertionError("no emulator worker runs the game")


def until(page: Any, worker: Any, expression: str, timeout_ms: int = 30000) -> Any:
    """Wait until `expression`, evaluated in the game's worker, is truthy; return it. (A
    worker has no wait_for_function; the page's timeout keeps Playwright's routes served.)"""
    for _ in range(timeout_ms // 50):
        value = worker.evaluate(expression)
        if value:
            return value
        page.wait_for_timeout(50)
    raise AssertionError(f"never true in the native game: {expression}")


def test_on_the_native_target_a_purchase_reaches_the_server_too(
        page: Any, tmp_path: Path, dev_server: Callable[..., DevProcess]) -> None:
    """The game runs in the emulator's worker; its requests to the server's origin, its logins
    and the pay sheet are answered by the simulator page, as on H5."""
    project = new_project("shop", "monetized", tmp_path)
    dev = dev_server(project)
    dev.wait_for(r"server: server\.app:app at http://127\.0\.0\.1:\d+")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    dev.switch_to_native(page)
    worker = native_game(page)
    until(page, worker, "pyminisGame.scene.coin && TTMinis.__calls.some((c) => c.name === 'login')", 60000)

    def tap_native(x: float, y: float) -> None:
        click_view(page, worker.evaluate(VIEW.format("pyminisGame")), x, y)

    for _ in range(3):
        tap_native(*MISS)
    until(page, worker, "pyminisGame.scene.lives === 0")
    tap_native(*SHOP_BUTTON)
    until(page, worker, "pyminisGame.scene.coins === 100")
    assert "thank you" in worker.evaluate("pyminisGame.scene.message.text")
    (hook,) = webhooks(dev)
    assert hook[0] == "minis.trade_order.redeem.success" and hook[2] == "200"
    assert '"result":"granted"' in hook[3]
    calls = worker.evaluate("TTMinis.__calls.map((c) => [c.name, c.params, c.answer])")
    requests = [c for c in calls if c[0] == "request"]
    assert requests[0][1]["url"] == "https://api.example.com/orders"
    assert requests[0][2]["ok"]["statusCode"] == 200
    assert requests[-1][2]["ok"]["data"]["state"] == "paid"  # the game asked the server, which granted
    pay = [c for c in calls if c[0] == "pay"]
    assert pay[0][1]["trade_order_id"] == hook[1] and pay[0][2] == {"ok": {}}

    # The refund button finds the purchase in the simulator's log (polled from the worker).
    page.wait_for_function("__pyminisSimulator.calls.some((c) => c.name === 'pay')")
    page.click("#refund")
    page.wait_for_function("document.querySelector('#status').textContent.includes('reversed')",
                           timeout=30000)
    assert webhooks(dev)[-1][0] == "minis.trade_order.redeem.refund_traceback"

    # The Pay control applies to the next purchase of the same run, which needs a fresh login
    # code (the server exchanges each once): cancelled, no webhook, no more coins.
    page.select_option("#outcome-pay", "cancel")
    tap_native(*SHOP_BUTTON)
    until(page, worker, "pyminisGame.scene.message.text.startsWith('no purchase')")
    page.wait_for_timeout(500)
    assert worker.evaluate("pyminisGame.scene.coins") == 100
    assert len(webhooks(dev)) == 2  # the purchase's and its refund's
    calls = worker.evaluate("TTMinis.__calls.map((c) => [c.name, c.params, c.answer])")
    codes = [c[2]["ok"]["code"] for c in calls if c[0] == "login"]
    assert len(codes) == 3 and len(set(codes)) == 3
    pays = [c[2] for c in calls if c[0] == "pay"]
    assert len(pays) == 2 and pays[-1]["fail"]["error"]["error_code"] == 20001
    assert dev.interrupt() == 0

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


def tap(page: Any, x: float, y: float) -> None:
    """A real click where the game's point (x, y) is on screen (the phone frame is scaled)."""
    px, py = page.evaluate("""([x, y]) => {
        const frame = document.querySelector('#game');
        const v = frame.contentWindow.pyminisGame.view;
        const box = frame.getBoundingClientRect();
        const scale = box.width / frame.clientWidth;
        return [box.left + (x * v.k + v.offset_x) / v.ratio * scale,
                box.top + (y * v.k + v.offset_y) / v.ratio * scale]; }""", [x, y])
    page.mouse.click(px, py)
    page.wait_for_timeout(60)


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

"""The game in CPython: headless frames and taps; the TikTok SDK answered by a fake host whose
requests reach the server stub (server/orders.py), so the whole purchase flow runs."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server.orders import OrderDesk, OrderError

from pyminis import headless

ROOT = Path(__file__).resolve().parent.parent
CONFIG = json.loads((ROOT / "minigame.config.json").read_text())
SERVER = CONFIG["domain"]["trustedDomains"][0]
AD_BUTTON = (180, 408)
SHOP_BUTTON = (180, 488)


def answer(status: int, data: Any) -> dict:
    return {"ok": {"statusCode": status, "data": data, "header": {}}}


def server(desk: OrderDesk) -> Callable[[dict], dict]:
    """The fake host's answer to tt.request: the stub's routes, as your server would serve them."""
    def route(params: dict) -> dict:
        url, method = params["url"], params.get("method", "GET")
        try:
            if url == SERVER + "/orders" and method == "POST":
                return answer(200, desk.create_order(params["data"]))
            if url.startswith(SERVER + "/orders/") and method == "GET":
                return answer(200, desk.status(url.rsplit("/", 1)[1]))
        except OrderError as error:
            return answer(400, {"error": str(error)})
        return answer(404, {"error": "no route " + method + " " + url})
    return route


def out_of_lives(play: Any) -> Any:
    play.steps(3)
    for _ in range(3):
        play.tap(10, 620)  # far from the coin: a miss
        play.steps(1)
    scene = play.game.scene
    assert scene.lives == 0 and scene.ad_button.visible
    return scene


def test_the_player_is_signed_in_at_start() -> None:
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.steps(3)
        assert play.host.names().count("login") == 1
        assert play.game.scene.login_code != ""


def test_a_hit_scores_and_three_misses_end_the_run() -> None:
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.steps(3)
        scene = play.game.scene
        play.tap(scene.coin.x, scene.coin.y)
        play.steps(1)
        assert scene.score == 1
        out_of_lives(play)


def test_a_watched_ad_gives_a_life() -> None:
    with headless.run_game(ROOT, width=360, height=640) as play:
        scene = out_of_lives(play)
        # The fake host plays the ad to the end, then closes it ({"isEnded": true}).
        play.tap(*AD_BUTTON)
        play.steps(2)
        assert "RewardedVideoAd.show" in play.host.names()
        assert scene.lives == 1 and scene.coin.visible


def test_an_ad_closed_early_gives_nothing() -> None:
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.host.outcomes["RewardedVideoAd.show"] = lambda params: {"ok": {"isEnded": False}}
        scene = out_of_lives(play)
        play.tap(*AD_BUTTON)
        play.steps(2)
        assert scene.lives == 0 and "whole video" in scene.message.text


def test_buying_coins_runs_order_pay_confirm() -> None:
    desk = OrderDesk()
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.host.outcomes["request"] = server(desk)

        def pay(params: dict) -> dict:
            desk.settle(params["trade_order_id"])  # as the webhook would, once paid
            return {"ok": None}

        play.host.outcomes["pay"] = pay
        scene = out_of_lives(play)
        play.tap(*SHOP_BUTTON)
        play.steps(3)
        assert play.host.last("pay").params == {"trade_order_id": "STUB-TOID-1"}
        assert scene.coins == 100, scene.message.text


def test_a_refused_payment_grants_nothing() -> None:
    desk = OrderDesk()
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.host.outcomes["request"] = server(desk)
        play.host.outcomes["pay"] = lambda params: {
            "fail": {"error": {"error_code": 20001, "error_msg": "cancelled"}}}
        scene = out_of_lives(play)
        play.tap(*SHOP_BUTTON)
        play.steps(3)
        assert scene.coins == 0 and "cancelled" in scene.message.text
        assert desk.paid == set()

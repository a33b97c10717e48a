"""The game in CPython: headless frames and taps; the TikTok SDK answered by a fake host whose
requests reach the real server app (server/app.py) against pyminis' offline TikTok Open API,
so the whole purchase runs: order, pay sheet, webhook, coins."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server.app import make_app

from pyminis import headless
from pyminis.server.testing import OfflineServer, offline_server

ROOT = Path(__file__).resolve().parent.parent
CONFIG = json.loads((ROOT / "minigame.config.json").read_text())
SERVER = CONFIG["domain"]["trustedDomains"][0]
AD_BUTTON = (180, 408)
SHOP_BUTTON = (180, 488)


def answer(status: int, data: Any) -> dict:
    return {"ok": {"statusCode": status, "data": data, "header": {}}}


def requests_to(shop: OfflineServer) -> Callable[[dict], dict]:
    """The fake host's answer to tt.request: requests to the game's trusted domain reach the
    server app, as on TikTok they reach your server."""
    def route(params: dict) -> dict:
        url, method = params["url"], params.get("method", "GET")
        if not url.startswith(SERVER + "/"):
            return answer(404, {"error": "not the game's server: " + url})
        reply = shop.http.request(method, url[len(SERVER):], json=params.get("data"))
        return answer(reply.status_code, reply.json())
    return route


def logins_from(shop: OfflineServer) -> Callable[[dict], dict]:
    """tt.login answers a code the offline Open API knows (TikTok's would be TikTok's)."""
    return lambda params: {"ok": {"code": shop.openapi.issue_code()}}


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


def test_buying_coins_runs_order_pay_webhook_coins() -> None:
    with offline_server(make_app) as shop, headless.run_game(ROOT, width=360, height=640) as play:
        play.host.outcomes["request"] = requests_to(shop)
        play.host.outcomes["login"] = logins_from(shop)

        def pay(params: dict) -> dict:
            # The pay sheet succeeded: TikTok sends your server its signed webhook.
            shop.deliver(shop.openapi.pay(params["trade_order_id"]))
            return {"ok": None}

        play.host.outcomes["pay"] = pay
        scene = out_of_lives(play)
        play.tap(*SHOP_BUTTON)
        play.steps(3)
        assert play.host.last("pay").params["trade_order_id"].startswith("TOID")
        assert scene.coins == 100, scene.message.text


def test_a_cancelled_payment_grants_nothing() -> None:
    with offline_server(make_app) as shop, headless.run_game(ROOT, width=360, height=640) as play:
        play.host.outcomes["request"] = requests_to(shop)
        play.host.outcomes["login"] = logins_from(shop)
        play.host.outcomes["pay"] = lambda params: {
            "fail": {"error": {"error_code": 20001, "error_msg": "cancelled"}}}
        scene = out_of_lives(play)
        play.tap(*SHOP_BUTTON)
        play.steps(3)
        assert scene.coins == 0 and "cancelled" in scene.message.text
        (trade_order,) = shop.openapi.orders.values()
        assert trade_order.state == "CREATED"  # made, never paid: no webhook, no coins

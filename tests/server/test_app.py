"""The shop's ASGI app with the offline Open API: orders, grants once, refunds, forgeries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pyminis.server import sign_webhook
from pyminis.server.store import LedgerEntry
from tests.server.shop import KEY, SECRET, shop


def test_an_order_is_created_then_paid_by_the_webhook() -> None:
    with shop() as s:
        order = s.buy("coins_100")
        assert order["coins"] == 100 and order["trade_order_id"].startswith("TOID")
        assert s.state(order)["state"] == "created"
        assert s.state(order)["balance"] == 0
        webhook = s.openapi.pay(order["trade_order_id"])
        answer = s.post_webhook(webhook.body, webhook.signature)
        assert answer.status_code == 200 and answer.json() == {"result": "granted"}
        state = s.state(order)
        assert (state["state"], state["paid"], state["coins"], state["balance"]) == ("paid", True, 100, 100)
        assert s.openapi.calls == ["POST /v2/oauth/token/", "POST /v2/minis/trade_order/create/"]


def test_a_cancelled_payment_grants_nothing() -> None:
    """The pay sheet was cancelled: TikTok sends no webhook, the order stays unpaid."""
    with shop() as s:
        order = s.buy("coins_100")
        state = s.state(order)
        assert (state["state"], state["coins"], state["balance"]) == ("created", 0, 0)


def test_a_webhook_delivered_twice_grants_once() -> None:
    with shop() as s:
        order = s.buy("coins_100")
        webhook = s.openapi.pay(order["trade_order_id"])
        assert s.post_webhook(webhook.body, webhook.signature).json()["result"] == "granted"
        assert s.post_webhook(webhook.body, webhook.signature).json()["result"] == "duplicate"
        assert s.state(order)["balance"] == 100


def test_the_same_event_signed_again_later_still_grants_once() -> None:
    """Another body (a new create_time) for the same order: the ledger's UNIQUE constraint,
    not the webhook record, is what refuses the second grant."""
    with shop() as s:
        order = s.buy("coins_100")
        first = s.openapi.pay(order["trade_order_id"])
        mock_order = s.openapi.orders[order["trade_order_id"]]
        again = s.openapi.webhook("minis.trade_order.redeem.success", mock_order,
                               timestamp=json.loads(first.body)["create_time"] + 5)
        assert again.body != first.body
        assert s.post_webhook(first.body, first.signature).json()["result"] == "granted"
        assert s.post_webhook(again.body, again.signature).json()["result"] == "duplicate"
        assert s.state(order)["balance"] == 100


def test_the_database_itself_refuses_a_second_grant(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'orders.sqlite3'}"
    with shop(url) as s:
        order = s.buy("coins_100")
        webhook = s.openapi.pay(order["trade_order_id"])
        s.post_webhook(webhook.body, webhook.signature)
    engine = create_engine(url)
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        session.add(LedgerEntry(order_id=order["order_id"], open_id="open-ann", kind="grant",
                                coins=100, created_at=0))


def test_a_refund_reverses_the_grant_once() -> None:
    with shop() as s:
        kept, refunded = s.buy("coins_100"), s.buy("coins_500")
        for order in (kept, refunded):
            webhook = s.openapi.pay(order["trade_order_id"])
            s.post_webhook(webhook.body, webhook.signature)
        assert s.state(kept)["balance"] == 600
        refund = s.openapi.refund(refunded["trade_order_id"], refund_amount=80)
        assert s.post_webhook(refund.body, refund.signature).json()["result"] == "reversed"
        assert s.post_webhook(refund.body, refund.signature).json()["result"] == "duplicate"
        state = s.state(refunded)
        assert (state["state"], state["coins"], state["balance"]) == ("refunded", 0, 100)


@pytest.mark.parametrize("how", ["wrong secret", "no signature", "stale", "tampered", "other app"])
def test_a_forged_or_replayed_webhook_changes_nothing(how: str) -> None:
    with shop() as s:
        order = s.buy("coins_100")
        genuine = s.openapi.pay(order["trade_order_id"])
        body, signature = genuine.body, genuine.signature
        if how == "wrong secret":
            signature = sign_webhook(body, "not-the-secret")
        elif how == "no signature":
            signature = None
        elif how == "stale":
            created = json.loads(body)["create_time"]
            signature = sign_webhook(body, SECRET, timestamp=created - 3600)
        elif how == "tampered":  # a signed webhook for 100 coins, edited to name another order
            other = s.buy("coins_500")
            body = body.replace(order["order_id"].encode(), other["order_id"].encode())
        elif how == "other app":
            body = body.replace(KEY.encode(), b"someone-else")
            signature = sign_webhook(body, SECRET)
        answer = s.post_webhook(body, signature)
        assert answer.status_code == 401, answer.text
        assert s.state(order)["state"] == "created"
        assert s.state(order)["balance"] == 0


def test_a_signed_webhook_for_an_unknown_order_is_acknowledged_and_ignored() -> None:
    with shop() as s:
        order = s.buy("coins_100")
        mock_order = s.openapi.orders[order["trade_order_id"]]
        mock_order.order_id = "not-ours"
        webhook = s.openapi.webhook("minis.trade_order.redeem.success", mock_order)
        assert s.post_webhook(webhook.body, webhook.signature).json() == {"result": "unknown order"}
        assert s.state(order)["balance"] == 0


def test_bad_order_requests_are_refused() -> None:
    with shop() as s:
        assert s.http.post("/orders", json={"product_id": "gems", "login_code": "c"}).status_code == 400
        assert s.http.post("/orders", json={"product_id": "coins_100"}).status_code == 400
        assert s.http.post("/orders", content=b"[1]").status_code == 400
        assert s.http.post("/orders", content=b"x" * 70_000).status_code == 413
        code = s.openapi.issue_code()
        assert s.http.post("/orders", json={"product_id": "coins_100", "login_code": code}).status_code == 200
        again = s.http.post("/orders", json={"product_id": "coins_100", "login_code": code})
        assert again.status_code == 401 and again.json()["error"] == "sign in again"
        assert s.http.get("/orders/nope").status_code == 404


def test_orders_survive_a_restart_in_a_database_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'orders.sqlite3'}"
    with shop(url) as s:
        order = s.buy("coins_100")
        webhook = s.openapi.pay(order["trade_order_id"])
        s.post_webhook(webhook.body, webhook.signature)
    with shop(url) as s:
        assert s.state(order)["balance"] == 100
        assert s.post_webhook(webhook.body, webhook.signature).json()["result"] == "duplicate"


def test_settings_come_from_the_environment_only() -> None:
    from pyminis.server import ServerSettings, SettingsError

    with pytest.raises(SettingsError, match="TIKTOK_CLIENT_SECRET"):
        ServerSettings.from_env({"TIKTOK_CLIENT_KEY": "ck"})
    with pytest.raises(SettingsError, match="https"):
        ServerSettings.from_env({"TIKTOK_CLIENT_KEY": "ck", "TIKTOK_CLIENT_SECRET": "cs",
                                 "TIKTOK_OPEN_API_URL": "http://evil.example"})
    settings = ServerSettings.from_env({"TIKTOK_CLIENT_KEY": "ck", "TIKTOK_CLIENT_SECRET": "cs"})
    assert settings.open_api_url == "https://open.tiktokapis.com"
    assert settings.database_url == "sqlite:///orders.sqlite3" and "cs" not in repr(settings)

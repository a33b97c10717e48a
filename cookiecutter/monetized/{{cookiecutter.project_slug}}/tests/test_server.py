"""The server's purchase rules (server/app.py), against pyminis' offline TikTok Open API:
coins are granted only by a genuine webhook, once, and taken back by a refund."""

from server.app import make_app

from pyminis.server import sign_webhook
from pyminis.server.testing import offline_server


def test_a_paid_order_grants_its_coins() -> None:
    with offline_server(make_app) as shop:
        order = shop.buy("coins_100")
        assert shop.state(order)["state"] == "created"
        assert shop.deliver(shop.pay(order)).json() == {"result": "granted"}
        state = shop.state(order)
        assert (state["state"], state["coins"], state["balance"]) == ("paid", 100, 100)


def test_a_cancelled_payment_grants_nothing() -> None:
    """The player closed the pay sheet: TikTok sends no webhook, the order stays unpaid."""
    with offline_server(make_app) as shop:
        order = shop.buy("coins_100")
        state = shop.state(order)
        assert (state["state"], state["coins"], state["balance"]) == ("created", 0, 0)


def test_a_webhook_delivered_twice_grants_once() -> None:
    with offline_server(make_app) as shop:
        order = shop.buy("coins_100")
        webhook = shop.pay(order)
        assert shop.deliver(webhook).json() == {"result": "granted"}
        assert shop.deliver(webhook).json() == {"result": "duplicate"}
        assert shop.state(order)["balance"] == 100


def test_a_forged_webhook_changes_nothing() -> None:
    with offline_server(make_app) as shop:
        order = shop.buy("coins_100")
        genuine = shop.pay(order)
        forged = shop.post_webhook(genuine.body, sign_webhook(genuine.body, "a guessed secret"))
        unsigned = shop.post_webhook(genuine.body, None)
        assert forged.status_code == 401 and unsigned.status_code == 401
        assert shop.state(order)["balance"] == 0


def test_a_refund_takes_the_coins_back() -> None:
    with offline_server(make_app) as shop:
        order = shop.buy("coins_100")
        shop.deliver(shop.pay(order))
        assert shop.deliver(shop.refund(order, refund_amount=80)).json() == {"result": "reversed"}
        state = shop.state(order)
        assert (state["state"], state["coins"], state["balance"]) == ("refunded", 0, 0)


def test_unknown_products_are_refused() -> None:
    with offline_server(make_app) as shop:
        answer = shop.http.post("/orders", json={"product_id": "free_coins",
                                                 "login_code": shop.openapi.issue_code()})
        assert answer.status_code == 400

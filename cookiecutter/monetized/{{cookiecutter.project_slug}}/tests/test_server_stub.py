"""The server stub's rules: what your real server must refuse as well."""

import pytest
from server.orders import OrderDesk, OrderError


def test_an_order_is_paid_only_after_it_settles() -> None:
    desk = OrderDesk()
    order = desk.create_order({"product_id": "coins_100", "login_code": "code"})
    assert desk.status(order["trade_order_id"]) == {"paid": False, "coins": 0}
    desk.settle(order["trade_order_id"])
    assert desk.status(order["trade_order_id"]) == {"paid": True, "coins": 100}


@pytest.mark.parametrize("body, reason", [
    ({"product_id": "gems", "login_code": "code"}, "unknown product"),
    ({"product_id": "coins_100", "login_code": ""}, "sign in"),
])
def test_bad_orders_are_refused(body: dict, reason: str) -> None:
    with pytest.raises(OrderError, match=reason):
        OrderDesk().create_order(body)

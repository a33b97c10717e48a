"""SERVER STUB: this file runs on YOUR server, never in the game (it is outside src/, so it
never ships in the package). Replace every part marked STUB before you sell anything.

The in-app purchase flow (platform-docs 000, "Beans payments"):

1. The game asks your server for an order: POST /orders {"product_id", "login_code"}.
2. Your server exchanges the login code for the player's open_id, then creates a trade order
   with the TikTok Minis Server API (/trade_order/create/), signed with your client_secret.
   The client secret must stay on the server: pyminis refuses a config that holds it.
3. The game pays it: tt.pay(trade_order_id). TikTok asks the player to top up Beans if needed.
4. TikTok calls your webhook (minis.trade_order.redeem.success) when the payment settles;
   only then does your server grant the coins.
5. The game asks your server what the order granted: GET /orders/<trade_order_id>.

The stub answers steps 1 and 5 from memory so that the game's tests can run the whole flow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PRODUCTS = {"coins_100": 100}  # product id → coins it grants


class OrderError(ValueError):
    """A request the server must refuse (HTTP 400)."""


@dataclass
class OrderDesk:
    """Orders in memory. STUB: keep them in your database."""

    orders: dict[str, str] = field(default_factory=dict)  # trade_order_id → product id
    paid: set[str] = field(default_factory=set)

    def create_order(self, body: dict[str, str]) -> dict[str, str]:
        """Step 1-2: POST /orders."""
        product = body.get("product_id")
        if product not in PRODUCTS:
            raise OrderError(f"unknown product {product!r}; sell one of {sorted(PRODUCTS)}")
        if not body.get("login_code"):
            raise OrderError("login_code is missing: the game must sign in (tt.login) first")
        # STUB: exchange body["login_code"] for the open_id and call /trade_order/create/
        # with your client_secret; return the trade_order_id TikTok gives you.
        trade_order_id = f"STUB-TOID-{len(self.orders) + 1}"
        self.orders[trade_order_id] = product
        return {"trade_order_id": trade_order_id}

    def settle(self, trade_order_id: str) -> None:
        """Step 4. STUB: do this in your webhook, after verifying TikTok's signature."""
        self.paid.add(trade_order_id)

    def status(self, trade_order_id: str) -> dict[str, object]:
        """Step 5: GET /orders/<trade_order_id>."""
        if trade_order_id not in self.orders:
            raise OrderError(f"no order {trade_order_id!r}")
        paid = trade_order_id in self.paid
        return {"paid": paid, "coins": PRODUCTS[self.orders[trade_order_id]] if paid else 0}

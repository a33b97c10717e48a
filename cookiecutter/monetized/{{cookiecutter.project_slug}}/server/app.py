"""The game's server: it runs on YOUR server (outside src/, it never ships in the game).

pyminis.server does the security-critical part (platform-docs 000, "Beans payments"):

1. The game signs the player in (tt.login) and asks for an order:
   POST /orders {"product_id", "login_code"}.
2. This server exchanges the login code for the player's open_id and access token, then
   creates a trade order with TikTok's Server API; the client secret never leaves it.
3. The game pays it: tt.pay(trade_order_id). TikTok asks the player to top up Beans if needed.
4. TikTok calls POST /webhooks/tiktok (minis.trade_order.redeem.success); the server verifies
   the TikTok-Signature and grants the coins, once, even if the webhook comes twice. A refund
   (minis.trade_order.redeem.refund_traceback) takes them back.
5. The game asks what the order granted: GET /orders/<order_id> → {"state", "coins", "balance"}.

Run it: `uvicorn server.app:app` with TIKTOK_CLIENT_KEY, TIKTOK_CLIENT_SECRET and DATABASE_URL
set (README.md). `pyminis dev` runs it for you, against an offline TikTok.
"""

from typing import Any

from pyminis.server import Product, create_app

# What the game sells: the product id the game asks for, and the coins it grants. The server
# never takes a price or an amount from the game. `trade_order` holds the other fields TikTok's
# /trade_order/create/ needs for this product (its price in Beans…): copy them from TikTok's
# Payment API reference (the platform documents name only order_id).
PRODUCTS = [
    Product("coins_100", coins=100, title="100 coins", trade_order={}),
]


def make_app(**options: Any) -> Any:
    """The app; tests pass settings and an offline Open API (tests/test_server.py)."""
    return create_app(PRODUCTS, **options)


app = make_app()

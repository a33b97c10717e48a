"""What the game sells: the author's catalogue (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True)
class Product:
    """A product: its id (what the game asks for), the coins it grants, and `trade_order`,
    the fields TikTok's /trade_order/create/ needs besides order_id for it (000/001 document
    only order_id; copy the rest, such as its price in Beans, from TikTok's Payment API
    reference). The server never trusts a price or an amount the game sends: only the id."""

    id: str
    coins: int
    title: str = ""
    trade_order: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise ValueError(f"product id {self.id!r}: use letters, digits, _ . - (at most 64)")
        if isinstance(self.coins, bool) or not isinstance(self.coins, int) or self.coins <= 0:
            raise ValueError(f"product {self.id!r}: coins must be a positive int")
        if "order_id" in self.trade_order:
            raise ValueError(f"product {self.id!r}: order_id is the server's own, per order")


class Catalogue:
    """Products by id; refuses duplicates."""

    def __init__(self, products: Iterable[Product]) -> None:
        self._by_id: dict[str, Product] = {}
        for product in products:
            if product.id in self._by_id:
                raise ValueError(f"product {product.id!r} is listed twice")
            self._by_id[product.id] = product
        if not self._by_id:
            raise ValueError("the catalogue is empty: list at least one Product")

    def get(self, product_id: object) -> Product | None:
        return self._by_id.get(product_id) if isinstance(product_id, str) else None

    def ids(self) -> list[str]:
        return sorted(self._by_id)

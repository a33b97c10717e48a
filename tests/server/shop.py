"""The shop the server tests buy from: pyminis.server's app with two products, run against
the offline Open API in-process (pyminis.server.testing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pyminis.server import Product, create_app
from pyminis.server.testing import KEY, SECRET, OfflineServer, offline_server

PRODUCTS = [Product("coins_100", coins=100), Product("coins_500", coins=500)]
__all__ = ["KEY", "SECRET", "shop"]


def make_app(**kw: Any) -> Any:
    return create_app(PRODUCTS, **kw)


@contextmanager
def shop(database_url: str = "sqlite://") -> Iterator[OfflineServer]:
    with offline_server(make_app, database_url=database_url) as server:
        yield server

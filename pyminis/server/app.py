"""The game's server as an ASGI app (Starlette): orders, their state, TikTok's webhooks.

Starlette, not FastAPI: the app has three routes and validates three small JSON bodies by
hand, and the webhook route needs the raw body bytes (the signature covers them) — FastAPI
would add pydantic and a schema layer for nothing here. An author with a FastAPI app mounts
this one inside it (`app.mount("/shop", create_app(...))`), since FastAPI is Starlette.

Routes (the game reaches them with tt.request to its trusted domain):
  POST /orders            {"product_id", "login_code"} → {"order_id", "trade_order_id", ...}
  GET  /orders/<order_id> → {"state", "coins", "balance", ...}  (order_id is ours: unguessable)
  POST /webhooks/tiktok   TikTok's webhook (register this URL with TikTok, 000)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from pyminis.server.client import OpenAPIClient
from pyminis.server.errors import OpenAPIError, SignInAgainError
from pyminis.server.products import Catalogue, Product
from pyminis.server.settings import ServerSettings
from pyminis.server.store import OrderStore, make_engine
from pyminis.server.webhook import SIGNATURE_HEADER, WebhookError, verify_webhook

log = logging.getLogger("pyminis.server")

WEBHOOK_PATH = "/webhooks/tiktok"
MAX_BODY = 64 * 1024  # an order request or a webhook is a few hundred bytes

ClientFactory = Callable[[ServerSettings], OpenAPIClient]


def _client(settings: ServerSettings) -> OpenAPIClient:
    return OpenAPIClient(settings.client_key, settings.client_secret,
                         base_url=settings.open_api_url,
                         order_query_path=settings.order_query_path)


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


async def _body(request: Request) -> bytes | None:
    """The raw body, or None when it is larger than MAX_BODY."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


class Shop:
    """The state the routes share: settings, catalogue, store, Open API client."""

    def __init__(self, catalogue: Catalogue, settings: ServerSettings, store: OrderStore,
                 api: OpenAPIClient, tolerance: float) -> None:
        self.catalogue = catalogue
        self.settings = settings
        self.store = store
        self.api = api
        self.tolerance = tolerance

    async def create_order(self, request: Request) -> JSONResponse:
        raw = await _body(request)
        if raw is None:
            return _error(413, "the body is too large")
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return _error(400, 'send JSON {"product_id": ..., "login_code": ...}')
        product = self.catalogue.get(body.get("product_id"))
        if product is None:
            return _error(400, f"unknown product; this server sells {self.catalogue.ids()}")
        code = body.get("login_code")
        if not isinstance(code, str) or not code:
            return _error(400, "login_code is missing: the game signs in (tt.login) first")
        try:
            token = await self.api.exchange_code(code)
        except SignInAgainError as error:
            return _error(401, "sign in again", detail=error.message)
        except OpenAPIError as error:
            log.warning("exchanging a login code failed: %s", error)
            return _error(502, "TikTok did not answer as expected; try again later")
        order_id = uuid.uuid4().hex
        await run_in_threadpool(self.store.begin_order, order_id, token.open_id, product)
        try:
            trade = await self.api.create_trade_order(token.access_token, order_id,
                                                      product.trade_order)
        except OpenAPIError as error:
            await run_in_threadpool(self.store.order_failed, order_id)
            log.warning("creating trade order %s failed: %s", order_id, error)
            status = 401 if isinstance(error, SignInAgainError) else 502
            return _error(status, "TikTok did not create the order", order_id=order_id)
        await run_in_threadpool(self.store.order_created, order_id, trade.trade_order_id)
        return JSONResponse({"order_id": order_id, "trade_order_id": trade.trade_order_id,
                             "product_id": product.id, "coins": product.coins})

    async def order_state(self, request: Request) -> JSONResponse:
        order_id = request.path_params["order_id"]
        view = await run_in_threadpool(self.store.order, order_id)
        if view is None:
            return _error(404, "no such order")
        return JSONResponse({"order_id": view.order_id, "trade_order_id": view.trade_order_id,
                             "product_id": view.product_id, "state": view.state,
                             "paid": view.state == "paid", "coins": view.coins,
                             "balance": view.balance})

    async def webhook(self, request: Request) -> JSONResponse:
        raw = await _body(request)
        if raw is None:
            return _error(413, "the body is too large")
        try:
            event = verify_webhook(raw, request.headers.get(SIGNATURE_HEADER),
                                   self.settings.client_secret, tolerance=self.tolerance)
        except WebhookError as error:
            log.warning("webhook refused (%s): %s", error.reason, error)
            return _error(400 if error.reason == "body" else 401, str(error))
        if event.client_key and event.client_key != self.settings.client_key:
            log.warning("webhook for another client key refused")
            return _error(401, "this webhook is for another app")
        digest = hashlib.sha256(raw).hexdigest()
        outcome = await run_in_threadpool(self.store.apply_webhook, event, digest)
        if outcome not in ("granted", "reversed", "duplicate", "ignored"):
            log.warning("webhook %s for order %s: %s", event.event, event.order_id, outcome)
        # 000: answer 200 at once to acknowledge the receipt (a refusal above was not TikTok's).
        return JSONResponse({"result": outcome})


def create_app(products: Iterable[Product], *, settings: ServerSettings | None = None,
               client_factory: ClientFactory = _client, tolerance: float = 300,
               create_tables: bool = True) -> Starlette:
    """The shop's ASGI app. Settings come from the environment when not given (read at
    start-up, so importing the module needs none); `client_factory` makes the Open API
    client (tests point it at pyminis' offline Open API)."""
    catalogue = Catalogue(products)
    holder: dict[str, Shop] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        config = settings or ServerSettings.from_env()
        store = OrderStore(make_engine(config.database_url))
        if create_tables:
            await run_in_threadpool(store.create_tables)
        api = client_factory(config)
        holder["shop"] = shop = Shop(catalogue, config, store, api, tolerance)
        app.state.shop = shop
        try:
            yield
        finally:
            await api.aclose()
            store.engine.dispose()

    async def create_order(request: Request) -> JSONResponse:
        return await holder["shop"].create_order(request)

    async def order_state(request: Request) -> JSONResponse:
        return await holder["shop"].order_state(request)

    async def webhook(request: Request) -> JSONResponse:
        return await holder["shop"].webhook(request)

    return Starlette(routes=[
        Route("/orders", create_order, methods=["POST"]),
        Route("/orders/{order_id}", order_state, methods=["GET"]),
        Route(WEBHOOK_PATH, webhook, methods=["POST"]),
    ], lifespan=lifespan)

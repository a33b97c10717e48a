"""Blocking calls into an ASGI app, its lifespan run: for tests, and for a headless game whose
fake host answers tt.request from the game's server in-process."""

from __future__ import annotations

import contextlib
from types import TracebackType
from typing import Any

import anyio.from_thread
import httpx


class AppClient:
    """`with AppClient(app) as http: http.post("/orders", json={...})` — httpx Responses.

    The app runs on an event loop in a helper thread (an anyio portal), so synchronous code
    (pytest, the headless fake host) can call it; its lifespan (start-up: settings, database
    tables) runs on entering and its shutdown on leaving."""

    def __init__(self, app: Any, base_url: str = "http://server") -> None:
        self.app = app
        self.base_url = base_url
        self._stack = contextlib.ExitStack()
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._http: httpx.AsyncClient | None = None

    def __enter__(self) -> AppClient:
        portal = self._stack.enter_context(anyio.from_thread.start_blocking_portal())
        self._portal = portal
        lifespan = getattr(getattr(self.app, "router", None), "lifespan_context", None)
        if lifespan is not None:
            self._stack.enter_context(portal.wrap_async_context_manager(lifespan(self.app)))

        async def client() -> httpx.AsyncClient:
            return httpx.AsyncClient(transport=httpx.ASGITransport(self.app), base_url=self.base_url)

        self._http = portal.call(client)
        self._stack.callback(portal.call, self._http.aclose)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stack.close()

    def request(self, method: str, url: str, **kw: Any) -> httpx.Response:
        if self._portal is None or self._http is None:
            raise RuntimeError("use AppClient in a with block")
        http = self._http

        async def call() -> httpx.Response:
            return await http.request(method, url, **kw)

        return self._portal.call(call)

    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("POST", url, **kw)


KEY = "ck-offline"
SECRET = "cs-offline-secret"


class OfflineServer:
    """The game's server app running against pyminis' offline Open API, in-process.

    `buy` signs a player in and creates an order as the game would; `pay` / `refund` are
    TikTok's side (the webhook it would send, signed); `deliver` posts a webhook to the app."""

    def __init__(self, http: AppClient, openapi: Any) -> None:
        self.http = http
        self.openapi = openapi

    def buy(self, product_id: str, open_id: str | None = None) -> dict[str, Any]:
        answer = self.http.post("/orders", json={"product_id": product_id,
                                                 "login_code": self.openapi.issue_code(open_id)})
        if answer.status_code != 200:
            raise AssertionError(f"POST /orders answered {answer.status_code}: {answer.text}")
        return dict(answer.json())

    def state(self, order: dict[str, Any]) -> dict[str, Any]:
        return dict(self.http.get(f"/orders/{order['order_id']}").json())

    def pay(self, order: dict[str, Any]) -> Any:
        """TikTok's redeem.success webhook for `order` (a SignedWebhook), not yet delivered."""
        return self.openapi.pay(order["trade_order_id"])

    def refund(self, order: dict[str, Any], refund_amount: int = 0) -> Any:
        return self.openapi.refund(order["trade_order_id"], refund_amount)

    def deliver(self, webhook: Any, path: str = "/webhooks/tiktok") -> httpx.Response:
        return self.post_webhook(webhook.body, webhook.signature, path)

    def post_webhook(self, body: bytes, signature: str | None,
                     path: str = "/webhooks/tiktok") -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["TikTok-Signature"] = signature
        return self.http.post(path, content=body, headers=headers)


@contextlib.contextmanager
def offline_server(make_app: Any, *, database_url: str = "sqlite://",
                   client_key: str = KEY, client_secret: str = SECRET) -> Any:
    """`with offline_server(make_app) as shop:` — `make_app(settings=…, client_factory=…)`
    builds the game's app (the monetized template's server/app.py has one)."""
    from pyminis.server.client import OpenAPIClient
    from pyminis.server.mock import OfflineOpenAPI
    from pyminis.server.settings import ServerSettings

    openapi = OfflineOpenAPI(client_key, client_secret)

    def client(settings: ServerSettings) -> OpenAPIClient:
        return OpenAPIClient(settings.client_key, settings.client_secret,
                             base_url="http://openapi", transport=httpx.ASGITransport(openapi.app))

    settings = ServerSettings(client_key, client_secret, database_url=database_url)
    with AppClient(make_app(settings=settings, client_factory=client)) as http:
        yield OfflineServer(http, openapi)

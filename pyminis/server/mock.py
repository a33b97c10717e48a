"""An offline TikTok Open API: the endpoints pyminis' client calls, served from memory, and the
webhooks TikTok would send, signed with the client secret.

`pyminis dev` runs it beside the game's server (which it points here with TIKTOK_OPEN_API_URL)
and calls `pay` when the simulator's pay sheet succeeds; a project's tests use it in-process
(`httpx.ASGITransport(mock.app)`). It is as strict as the documents allow: a login code works
once, tokens are checked, an order_id is used once, a webhook names a real order.

The answers' shapes follow what pyminis' client reads (results.py); the error code texts are
the mock's own (`code` values), since 000/001 list none — clients must not depend on them.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from pyminis.server.client import TOKEN_PATH, TRADE_ORDER_CREATE_PATH, USER_INFO_PATH
from pyminis.server.webhook import REDEEM_REFUND, REDEEM_SUCCESS, SIGNATURE_HEADER, sign_webhook

# 000/001 give no order-query endpoint: this path is the offline Open API's own.
ORDER_QUERY_PATH = "/v2/minis/trade_order/query/"
TOKEN_SECONDS = 24 * 3600  # 000: the access token expires after 24 hours
DEFAULT_PLAYER = "sim-open-id-player"


@dataclass
class MockOrder:
    trade_order_id: str
    order_id: str
    open_id: str
    fields: dict[str, Any]
    state: str = "CREATED"  # CREATED, PAID, REFUNDED (the mock's own names)


@dataclass(frozen=True)
class SignedWebhook:
    """A webhook as TikTok would POST it: the raw body and its TikTok-Signature header."""

    body: bytes
    signature: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json", SIGNATURE_HEADER: self.signature}


class MockError(ValueError):
    """A pay or refund the offline Open API cannot do (no such order, not paid…)."""


def _ok(data: dict[str, Any]) -> JSONResponse:
    return JSONResponse({"data": data, "error": {"code": "ok", "message": "",
                                                 "log_id": secrets.token_hex(8)}})


def _fail(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"data": {}, "error": {"code": code, "message": message,
                                               "log_id": secrets.token_hex(8)}},
                        status_code=status)


def _oauth_fail(status: int, code: str, description: str) -> JSONResponse:
    return JSONResponse({"error": code, "error_description": description,
                         "log_id": secrets.token_hex(8)}, status_code=status)


@dataclass
class OfflineOpenAPI:
    """The offline Open API's state and its ASGI `app`."""

    client_key: str
    client_secret: str = field(repr=False)
    player_open_id: str = DEFAULT_PLAYER  # who an unknown code signs in
    accept_unknown_codes: bool = True  # the simulator's codes are its own: take each once
    clock: Callable[[], float] = time.time
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    orders: dict[str, MockOrder] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)  # "POST /v2/oauth/token/" … in order
    _codes: dict[str, str] = field(default_factory=dict, repr=False)  # issued code → open_id
    _used: set[str] = field(default_factory=set, repr=False)
    _tokens: dict[str, tuple[str, float]] = field(default_factory=dict, repr=False)
    _refresh: dict[str, str] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.app = Starlette(routes=[
            Route(TOKEN_PATH, self._token, methods=["POST"]),
            Route(USER_INFO_PATH, self._user_info, methods=["GET"]),
            Route(TRADE_ORDER_CREATE_PATH, self._create_order, methods=["POST"]),
            Route(ORDER_QUERY_PATH, self._query_order, methods=["POST"]),
        ])

    # -- what tests and pyminis dev call ---------------------------------------------------

    def issue_code(self, open_id: str | None = None) -> str:
        """A login code, as tt.login gives the game, that signs in `open_id`."""
        code = "code." + secrets.token_urlsafe(12)
        with self._lock:
            self._codes[code] = open_id or self.player_open_id
        return code

    def user(self, open_id: str) -> dict[str, Any]:
        return self.users.setdefault(open_id, {
            "open_id": open_id, "union_id": "union-" + open_id,
            "display_name": "Simulated player", "avatar_url": "https://example.com/avatar.png"})

    def expire_tokens(self) -> None:
        """Every access token expires (the 401 the documents warn about)."""
        with self._lock:
            self._tokens.clear()

    def pay(self, trade_order_id: str) -> SignedWebhook:
        """The player paid: mark the order and return the redeem.success webhook to deliver."""
        with self._lock:
            order = self._order(trade_order_id)
            if order.state != "CREATED":
                raise MockError(f"trade order {trade_order_id} is {order.state.lower()}, not payable")
            order.state = "PAID"
        return self.webhook(REDEEM_SUCCESS, order)

    def refund(self, trade_order_id: str, refund_amount: int = 0) -> SignedWebhook:
        """A refund was recovered: the refund_traceback webhook (000) to deliver."""
        with self._lock:
            order = self._order(trade_order_id)
            if order.state != "PAID":
                raise MockError(f"trade order {trade_order_id} is not paid: nothing to refund")
            order.state = "REFUNDED"
        return self.webhook(REDEEM_REFUND, order, is_sandbox=True, refund_amount=refund_amount)

    def webhook(self, event: str, order: MockOrder, *, timestamp: int | None = None,
                **content: Any) -> SignedWebhook:
        """The webhook body 000 shows for `event`, signed now (or at `timestamp`)."""
        now = int(self.clock()) if timestamp is None else timestamp
        body = json.dumps({
            "client_key": self.client_key, "event": event, "create_time": now,
            "user_openid": order.open_id,
            "content": json.dumps({"trade_order_id": order.trade_order_id,
                                   "order_id": order.order_id, **content}),
        }).encode()
        return SignedWebhook(body, sign_webhook(body, self.client_secret, timestamp=now))

    def _order(self, trade_order_id: str) -> MockOrder:
        order = self.orders.get(trade_order_id)
        if order is None:
            raise MockError(f"no trade order {trade_order_id!r}: the game's server did not "
                            "create it through this Open API")
        return order

    # -- the endpoints ---------------------------------------------------------------------

    def _bearer(self, request: Request) -> str | None:
        """The open_id of a valid `Authorization: Bearer` token, or None."""
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return None
        with self._lock:
            found = self._tokens.get(header.removeprefix("Bearer ").strip())
        if found is None or found[1] < self.clock():
            return None
        return found[0]

    def _new_tokens(self, open_id: str) -> dict[str, Any]:
        access, refresh = "act." + secrets.token_urlsafe(24), "rft." + secrets.token_urlsafe(24)
        self._tokens[access] = (open_id, self.clock() + TOKEN_SECONDS)
        self._refresh[refresh] = open_id
        self.user(open_id)
        return {"open_id": open_id, "access_token": access, "expires_in": TOKEN_SECONDS,
                "refresh_token": refresh, "refresh_expires_in": 365 * 24 * 3600,
                "scope": "user.info.basic", "token_type": "Bearer"}

    async def _token(self, request: Request) -> JSONResponse:
        self.calls.append(f"POST {TOKEN_PATH}")
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace")).items()}
        if form.get("client_key") != self.client_key or form.get("client_secret") != self.client_secret:
            return _oauth_fail(401, "invalid_client", "client_key or client_secret is wrong")
        grant = form.get("grant_type")
        with self._lock:
            if grant == "authorization_code":
                code = form.get("code", "")
                if not code or code in self._used or (code not in self._codes
                                                      and not self.accept_unknown_codes):
                    return _oauth_fail(400, "invalid_grant", "the code is used, expired or unknown")
                self._used.add(code)
                return JSONResponse(self._new_tokens(self._codes.pop(code, self.player_open_id)))
            if grant == "refresh_token":
                open_id = self._refresh.pop(form.get("refresh_token", ""), None)
                if open_id is None:
                    return _oauth_fail(400, "invalid_grant", "the refresh token is unknown")
                return JSONResponse(self._new_tokens(open_id))
        return _oauth_fail(400, "unsupported_grant_type", f"grant_type {grant!r}")

    async def _user_info(self, request: Request) -> JSONResponse:
        self.calls.append(f"GET {USER_INFO_PATH}")
        open_id = self._bearer(request)
        if open_id is None:
            return _fail(401, "access_token_invalid", "the access token is invalid or expired")
        wanted = [f for f in request.query_params.get("fields", "").split(",") if f]
        if not wanted:
            return _fail(400, "invalid_params", "fields is required")
        user = self.user(open_id)
        return _ok({"user": {name: user[name] for name in wanted if name in user}})

    async def _json_body(self, request: Request) -> dict[str, Any] | None:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    async def _create_order(self, request: Request) -> JSONResponse:
        self.calls.append(f"POST {TRADE_ORDER_CREATE_PATH}")
        open_id = self._bearer(request)
        if open_id is None:
            return _fail(401, "access_token_invalid", "the access token is invalid or expired")
        body = await self._json_body(request)
        order_id = body.get("order_id") if body else None
        if not isinstance(order_id, str) or not order_id:
            return _fail(400, "invalid_params", "order_id is required")
        with self._lock:
            if any(o.order_id == order_id for o in self.orders.values()):
                return _fail(400, "invalid_params", f"order_id {order_id} is already used")
            trade_order_id = "TOID" + secrets.token_hex(8)
            fields = {k: v for k, v in (body or {}).items() if k != "order_id"}
            self.orders[trade_order_id] = MockOrder(trade_order_id, order_id, open_id, fields)
        return _ok({"trade_order_id": trade_order_id})

    async def _query_order(self, request: Request) -> JSONResponse:
        self.calls.append(f"POST {ORDER_QUERY_PATH}")
        open_id = self._bearer(request)
        if open_id is None:
            return _fail(401, "access_token_invalid", "the access token is invalid or expired")
        body = await self._json_body(request) or {}
        order = self.orders.get(str(body.get("trade_order_id", "")))
        if order is None or order.open_id != open_id:
            return _fail(404, "not_found", "no such trade order for this user")
        return _ok({"trade_order_id": order.trade_order_id, "order_id": order.order_id,
                    "status": order.state})


def deliver(webhook: SignedWebhook, url: str, *, transport: httpx.BaseTransport | None = None,
            timeout: float = 10.0) -> httpx.Response:
    """POST a webhook to the game's server, as TikTok does (blocking)."""
    with httpx.Client(transport=transport, timeout=timeout) as http:
        return http.post(url, content=webhook.body, headers=webhook.headers)

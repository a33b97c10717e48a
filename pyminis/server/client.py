"""An async client of TikTok's Open API (open.tiktokapis.com) over httpx.

Endpoints (000 and 001 name them): `/v2/oauth/token/` (exchange a login code, refresh),
`/v2/user/info/`, `/v2/minis/trade_order/create/`. The documents give no order-query endpoint:
`query_trade_order` needs its path passed in (`order_query_path`) and refuses otherwise.

Retries, and why only these: a call is retried (twice, with a growing pause) when the request
never reached TikTok (the connection could not be made), since then nothing can have happened.
Reads (user info, order query) are also retried after a read timeout, a 429 or a 502/503/504,
because reading twice changes nothing. Writes (token exchange, refresh, order creation) are
never sent twice once sent: a login code is single-use and a refresh token may be replaced, so
a second exchange would fail or undo the first; a second create could make a second order (the
documents do not say `order_id` deduplicates).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from pyminis.server.errors import (
    ClientCredentialsError,
    NoAnswerError,
    NotDocumentedError,
    OpenAPIError,
    RateLimitedError,
    RequestRejectedError,
    ResponseFormatError,
    ServiceError,
    SignInAgainError,
)
from pyminis.server.results import Token, TradeOrder, TradeOrderStatus, UserInfo

OPEN_API_URL = "https://open.tiktokapis.com"
TOKEN_PATH = "/v2/oauth/token/"
USER_INFO_PATH = "/v2/user/info/"
TRADE_ORDER_CREATE_PATH = "/v2/minis/trade_order/create/"
DEFAULT_TIMEOUT = 10.0  # seconds for each of connect, read, write
RETRYABLE_STATUS = frozenset({429, 502, 503, 504})
MAX_RETRY_PAUSE = 5.0


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def error_of(status: int, payload: Any, headers: Mapping[str, str] | None = None
             ) -> OpenAPIError | None:
    """The typed error an answer means, or None for a success (pure)."""
    headers = headers or {}
    code, message, log_id = "", "", ""
    if isinstance(payload, dict):
        error = payload.get("error")
        if isinstance(error, dict):  # the v2 APIs: {"error": {"code", "message", "log_id"}}
            code = str(error.get("code") or "")
            message = str(error.get("message") or "")
            log_id = str(error.get("log_id") or payload.get("log_id") or "")
        elif isinstance(error, str):  # OAuth (RFC 6749 §5.2): {"error", "error_description"}
            code = error
            message = str(payload.get("error_description") or "")
            log_id = str(payload.get("log_id") or "")
    if 200 <= status < 300 and code in ("", "ok"):
        return None
    kw: dict[str, Any] = {"status": status, "code": code, "log_id": log_id}
    text = message or (f"TikTok answered HTTP {status}" if status >= 300 else "TikTok refused the call")
    if code == "invalid_client":  # before 401: OAuth answers a bad secret with 401 too
        return ClientCredentialsError(text + ": check TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET", **kw)
    if status == 401 or code == "invalid_grant":
        return SignInAgainError(text + ": the game must sign the player in again", **kw)
    if status == 429:
        return RateLimitedError(text, retry_after=_retry_after(headers), **kw)
    if status >= 500:
        return ServiceError(text, **kw)
    return RequestRejectedError(text, **kw)


class OpenAPIClient:
    """`async with OpenAPIClient(key, secret) as api: token = await api.exchange_code(code)`.

    `base_url` points it elsewhere (pyminis' offline Open API); `transport` is an httpx
    transport (tests pass `httpx.ASGITransport(app)`); `retries` how many times a safe call is
    tried again; `order_query_path` the order query's path from TikTok's Payment API reference.
    """

    def __init__(self, client_key: str, client_secret: str, *, base_url: str = OPEN_API_URL,
                 timeout: float = DEFAULT_TIMEOUT, retries: int = 2,
                 transport: httpx.AsyncBaseTransport | None = None,
                 order_query_path: str | None = None, retry_pause: float = 0.25) -> None:
        if not client_key or not client_secret:
            raise ValueError("the client key and secret are both needed (TIKTOK_CLIENT_KEY, "
                             "TIKTOK_CLIENT_SECRET)")
        self.client_key = client_key
        self._secret = client_secret
        self.retries = max(0, retries)
        self.retry_pause = retry_pause
        self.order_query_path = order_query_path
        self._http = httpx.AsyncClient(base_url=base_url.rstrip("/"), transport=transport,
                                       timeout=httpx.Timeout(timeout), follow_redirects=False)

    def __repr__(self) -> str:  # never the secret
        return f"OpenAPIClient(client_key={self.client_key!r}, base_url={str(self._http.base_url)!r})"

    async def __aenter__(self) -> OpenAPIClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- the calls ------------------------------------------------------------------------

    async def exchange_code(self, code: str) -> Token:
        """The player's open_id and tokens for the `code` tt.login / tt.authorize gave."""
        if not code:
            raise ValueError("the login code is empty: the game must call tt.login first")
        payload = await self._call("POST", TOKEN_PATH, read=False, data={
            "client_key": self.client_key, "client_secret": self._secret, "code": code,
            "grant_type": "authorization_code"})
        return Token.from_answer(payload)

    async def refresh(self, refresh_token: str) -> Token:
        """New tokens from a refresh token (the access token lasts 24 hours, 000)."""
        payload = await self._call("POST", TOKEN_PATH, read=False, data={
            "client_key": self.client_key, "client_secret": self._secret,
            "refresh_token": refresh_token, "grant_type": "refresh_token"})
        return Token.from_answer(payload)

    async def user_info(self, access_token: str, fields: Sequence[str]) -> UserInfo:
        """The player's profile fields the token's scope allows (001: user.info.basic)."""
        if isinstance(fields, str) or not fields:
            raise ValueError("fields is a list of field names, such as ['open_id']")
        payload = await self._call("GET", USER_INFO_PATH, read=True, token=access_token,
                                   params={"fields": ",".join(fields)})
        return UserInfo.from_answer(payload)

    async def create_trade_order(self, access_token: str, order_id: str,
                                 fields: Mapping[str, Any] | None = None) -> TradeOrder:
        """A trade order for your `order_id`; `fields` are the other body fields TikTok's
        Payment API reference asks for (000/001 name only order_id), sent as given."""
        if not order_id:
            raise ValueError("order_id is empty")
        body = {**dict(fields or {}), "order_id": order_id}
        payload = await self._call("POST", TRADE_ORDER_CREATE_PATH, read=False,
                                   token=access_token, json=body)
        return TradeOrder.from_answer(payload, order_id)

    async def query_trade_order(self, access_token: str, trade_order_id: str) -> TradeOrderStatus:
        """The order as TikTok sees it. 000/001 give no endpoint for this: pass
        `order_query_path` to the client. Grant only from the verified webhook, never from
        this answer alone (its fields are not documented either)."""
        if not self.order_query_path:
            raise NotDocumentedError("the platform documents give no order-query endpoint: "
                                     "pass order_query_path=... from TikTok's Payment API reference")
        payload = await self._call("POST", self.order_query_path, read=True, token=access_token,
                                   json={"trade_order_id": trade_order_id})
        return TradeOrderStatus.from_answer(payload, trade_order_id)

    # -- transport ------------------------------------------------------------------------

    async def _call(self, method: str, path: str, *, read: bool, token: str | None = None,
                    **request: Any) -> dict[str, Any]:
        headers = {"Accept": "application/json"}
        if token is not None:
            if not token:
                raise ValueError("the access token is empty: exchange the login code first")
            headers["Authorization"] = f"Bearer {token}"
        attempt = 0
        while True:
            pause = self.retry_pause * (2 ** attempt)
            try:
                answer = await self._http.request(method, path, headers=headers, **request)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
                failure: OpenAPIError = NoAnswerError(f"cannot reach TikTok: {error!r}")
            except httpx.TransportError as error:  # sent, then the answer never came
                failure = NoAnswerError(f"no answer from TikTok: {error!r}")
                if not read:
                    raise failure from None
            else:
                payload = self._json(answer)
                found = error_of(answer.status_code, payload, answer.headers)
                if found is None:
                    return payload
                if not (read and answer.status_code in RETRYABLE_STATUS):
                    raise found
                failure = found
                if isinstance(found, RateLimitedError) and found.retry_after is not None:
                    pause = found.retry_after
            if attempt >= self.retries or pause > MAX_RETRY_PAUSE:
                raise failure
            attempt += 1
            await asyncio.sleep(pause)

    @staticmethod
    def _json(answer: httpx.Response) -> dict[str, Any]:
        try:
            payload = answer.json()
        except ValueError:
            if 200 <= answer.status_code < 300:
                raise ResponseFormatError("TikTok's answer is not JSON",
                                          status=answer.status_code) from None
            return {}
        if not isinstance(payload, dict):
            if 200 <= answer.status_code < 300:
                raise ResponseFormatError("TikTok's answer is not a JSON object",
                                          status=answer.status_code)
            return {}
        return payload

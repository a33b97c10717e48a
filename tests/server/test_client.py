"""The Open API client: what it sends, typed results and errors, and which calls it retries."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from pyminis.server import (
    ClientCredentialsError,
    NoAnswerError,
    NotDocumentedError,
    OfflineOpenAPI,
    OpenAPIClient,
    RateLimitedError,
    RequestRejectedError,
    ResponseFormatError,
    ServiceError,
    SignInAgainError,
)
from pyminis.server.mock import ORDER_QUERY_PATH

Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler, **kw: Any) -> OpenAPIClient:
    return OpenAPIClient("ck", "cs", base_url="https://open.example", retry_pause=0,
                         transport=httpx.MockTransport(handler), **kw)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_exchange_code_posts_the_oauth_form_and_reads_the_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"open_id": "o1", "access_token": "act.1",
                                         "expires_in": 86400, "refresh_token": "rft.1",
                                         "scope": "user.info.basic", "token_type": "Bearer"})

    token = run(client(handler).exchange_code("the-code"))
    assert (token.open_id, token.access_token, token.expires_in) == ("o1", "act.1", 86400)
    request = seen[0]
    assert request.method == "POST" and request.url.path == "/v2/oauth/token/"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
    assert form == {"client_key": "ck", "client_secret": "cs", "code": "the-code",
                    "grant_type": "authorization_code"}


def test_answers_wrapped_in_data_are_read_too() -> None:
    answer = {"data": {"open_id": "o2", "access_token": "act.2"}, "error": {"code": "ok"}}
    token = run(client(lambda r: httpx.Response(200, json=answer)).exchange_code("c"))
    assert (token.open_id, token.access_token) == ("o2", "act.2")


@pytest.mark.parametrize("status, body, error", [
    (401, {"error": {"code": "access_token_invalid", "message": "expired"}}, SignInAgainError),
    (400, {"error": "invalid_grant", "error_description": "code used"}, SignInAgainError),
    (401, {"error": "invalid_client", "error_description": "bad secret"}, ClientCredentialsError),
    (400, {"error": "invalid_client", "error_description": "bad secret"}, ClientCredentialsError),
    (400, {"error": "invalid_request"}, RequestRejectedError),
    (200, {"data": {}, "error": {"code": "invalid_params", "message": "no"}}, RequestRejectedError),
    (429, {}, RateLimitedError),
    (500, {}, ServiceError),
    (404, None, RequestRejectedError),
])
def test_failures_are_typed(status: int, body: Any, error: type) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, text="<html>not found</html>")
        return httpx.Response(status, json=body)

    with pytest.raises(error) as caught:
        run(client(handler, retries=0).exchange_code("c"))
    assert caught.value.status == status


def test_a_success_that_is_not_json_is_a_format_error() -> None:
    with pytest.raises(ResponseFormatError):
        run(client(lambda r: httpx.Response(200, text="ok")).exchange_code("c"))
    with pytest.raises(ResponseFormatError, match="access_token"):
        run(client(lambda r: httpx.Response(200, json={"open_id": "x"})).exchange_code("c"))


def counting(responses: list[Any]) -> tuple[Handler, list[int]]:
    count = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        answer = responses[min(count[0], len(responses) - 1)]
        count[0] += 1
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, count


USER = httpx.Response(200, json={"data": {"user": {"open_id": "o1", "display_name": "Ann"}},
                                 "error": {"code": "ok"}})


def test_reads_are_retried_after_a_busy_answer_or_a_read_timeout() -> None:
    handler, count = counting([httpx.Response(503), httpx.ReadTimeout("slow"), USER])
    info = run(client(handler).user_info("act.1", ["open_id", "display_name"]))
    assert info.get("display_name") == "Ann" and info.open_id == "o1" and count[0] == 3


def test_reads_give_up_after_the_retries() -> None:
    handler, count = counting([httpx.Response(503)])
    with pytest.raises(ServiceError):
        run(client(handler, retries=2).user_info("act.1", ["open_id"]))
    assert count[0] == 3


def test_writes_are_not_sent_twice() -> None:
    """A read timeout after sending, or a 503: the code may be spent, the order made."""
    for failure in [httpx.ReadTimeout("slow"), httpx.Response(503)]:
        handler, count = counting([failure, httpx.Response(200, json={"trade_order_id": "T"})])
        with pytest.raises((NoAnswerError, ServiceError)):
            run(client(handler).create_trade_order("act.1", "ord-1"))
        assert count[0] == 1


def test_every_call_is_retried_when_nothing_was_sent() -> None:
    handler, count = counting([httpx.ConnectError("refused"),
                               httpx.Response(200, json={"trade_order_id": "T1"})])
    order = run(client(handler).create_trade_order("act.1", "ord-1"))
    assert order.trade_order_id == "T1" and count[0] == 2


def test_a_rate_limit_pause_longer_than_allowed_is_not_waited_for() -> None:
    handler, count = counting([httpx.Response(429, headers={"Retry-After": "120"}), USER])
    with pytest.raises(RateLimitedError) as caught:
        run(client(handler).user_info("act.1", ["open_id"]))
    assert caught.value.retry_after == 120 and count[0] == 1


def test_create_trade_order_sends_the_product_fields_and_the_bearer_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"trade_order_id": "TOID9"},
                                         "error": {"code": "ok"}})

    order = run(client(handler).create_trade_order("act.1", "ord-1", {"sku": "coins"}))
    assert (order.trade_order_id, order.order_id) == ("TOID9", "ord-1")
    assert seen[0].url.path == "/v2/minis/trade_order/create/"
    assert seen[0].headers["authorization"] == "Bearer act.1"
    assert json.loads(seen[0].content) == {"sku": "coins", "order_id": "ord-1"}


def test_the_order_query_needs_its_path() -> None:
    with pytest.raises(NotDocumentedError, match="order_query_path"):
        run(client(lambda r: httpx.Response(200)).query_trade_order("act.1", "T"))


def test_bad_arguments_are_refused_before_any_call() -> None:
    api = client(lambda r: httpx.Response(500))
    with pytest.raises(ValueError, match="tt.login"):
        run(api.exchange_code(""))
    with pytest.raises(ValueError, match="list of field names"):
        run(api.user_info("act.1", "open_id"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        OpenAPIClient("ck", "")
    assert "cs" not in repr(api)


def test_against_the_offline_open_api() -> None:
    """The whole sign-in and order sequence against pyminis' offline Open API."""
    mock = OfflineOpenAPI("ck", "cs")

    async def scenario() -> None:
        async with OpenAPIClient("ck", "cs", base_url="http://openapi", retry_pause=0,
                                 transport=httpx.ASGITransport(mock.app),
                                 order_query_path=ORDER_QUERY_PATH) as api:
            code = mock.issue_code("open-ann")
            token = await api.exchange_code(code)
            assert token.open_id == "open-ann"
            with pytest.raises(SignInAgainError):  # a login code works once
                await api.exchange_code(code)
            info = await api.user_info(token.access_token, ["open_id", "display_name"])
            assert set(info.values) == {"open_id", "display_name"}
            order = await api.create_trade_order(token.access_token, "ord-1")
            with pytest.raises(RequestRejectedError, match="already used"):
                await api.create_trade_order(token.access_token, "ord-1")
            status = await api.query_trade_order(token.access_token, order.trade_order_id)
            assert status.raw["status"] == "CREATED"
            renewed = await api.refresh(token.refresh_token)
            with pytest.raises(SignInAgainError):  # refresh tokens rotate
                await api.refresh(token.refresh_token)
            mock.expire_tokens()
            with pytest.raises(SignInAgainError):
                await api.user_info(renewed.access_token, ["open_id"])
        async with OpenAPIClient("ck", "wrong", base_url="http://openapi", retry_pause=0,
                                 transport=httpx.ASGITransport(mock.app)) as bad:
            with pytest.raises(ClientCredentialsError):  # a wrong secret is not the player's
                await bad.exchange_code(mock.issue_code())

    run(scenario())

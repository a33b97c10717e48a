"""verify_webhook: a known-answer vector, then every way a signature must be refused."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from pyminis.server import WebhookError, verify_webhook

SECRET = "secret-for-tests"
T = 1700000000
BODY = (b'{"client_key":"ck-test","event":"minis.trade_order.redeem.success",'
        b'"create_time":1700000000,"user_openid":"open-1",'
        b'"content":"{\\"trade_order_id\\":\\"TOID1\\",\\"order_id\\":\\"ord-1\\"}"}')
# HMAC-SHA256 keyed by SECRET over b"1700000000." + BODY, computed outside pyminis with
# `printf '%s' '1700000000.<body>' | openssl dgst -sha256 -hmac secret-for-tests`.
VECTOR = "9079ef0b0ffca2bd89e5ea2e52f699a64a066e7a91d0235c41ef141fc8c28029"
HEADER = f"t={T},s={VECTOR}"


def test_the_vector_is_hmac_sha256_of_t_dot_body() -> None:
    # The constant above is what the standard library computes too (guards a typo in it).
    assert hmac.new(SECRET.encode(), b"%d." % T + BODY, hashlib.sha256).hexdigest() == VECTOR


def test_a_good_signature_gives_the_event() -> None:
    event = verify_webhook(BODY, HEADER, SECRET, now=T + 10)
    assert event.event == "minis.trade_order.redeem.success"
    assert event.create_time == 1700000000 and event.user_openid == "open-1"
    assert event.client_key == "ck-test" and event.signed_at == T
    assert event.content == {"trade_order_id": "TOID1", "order_id": "ord-1"}
    assert (event.trade_order_id, event.order_id) == ("TOID1", "ord-1")


def test_upper_case_hex_and_spaces_after_commas_are_the_same_signature() -> None:
    assert verify_webhook(BODY, f"t={T}, s={VECTOR.upper()}", SECRET, now=T).order_id == "ord-1"


@pytest.mark.parametrize("body", [
    BODY.replace(b"ord-1", b"ord-2"),  # another order
    BODY.replace(b"1700000000", b"1700000001", 1),  # the event's time
    BODY + b" ",  # one byte more: the signature covers the raw bytes
    json.dumps(json.loads(BODY)).encode(),  # the same JSON, re-serialised
])
def test_a_tampered_body_is_refused(body: bytes) -> None:
    with pytest.raises(WebhookError) as caught:
        verify_webhook(body, HEADER, SECRET, now=T)
    assert caught.value.reason == "wrong"


def test_another_secret_or_another_time_is_refused() -> None:
    for header, secret in [(HEADER, "another-secret"), (f"t={T + 1},s={VECTOR}", SECRET)]:
        with pytest.raises(WebhookError) as caught:
            verify_webhook(BODY, header, secret, now=T)
        assert caught.value.reason == "wrong"


@pytest.mark.parametrize("header", [None, "", "   "])
def test_a_missing_signature_is_refused(header: str | None) -> None:
    with pytest.raises(WebhookError) as caught:
        verify_webhook(BODY, header, SECRET, now=T)
    assert caught.value.reason == "missing"


@pytest.mark.parametrize("header", [
    VECTOR,  # no t=
    f"t={T}",  # no s=
    f"s={VECTOR}",
    f"t={T},s={VECTOR[:-1]}",  # 63 hex digits
    f"t={T},s={VECTOR[:-1]}g",  # not hex
    f"t=-{T},s={VECTOR}",
    f"t={T}.5,s={VECTOR}",
    f"t=１７,s={VECTOR}",  # digits, but not ASCII ones
    f"t={T},s={VECTOR},s={VECTOR}",  # named twice
    f"t={T};s={VECTOR}",
    f"t={T},,s={VECTOR}",
])
def test_a_malformed_signature_is_refused(header: str) -> None:
    with pytest.raises(WebhookError) as caught:
        verify_webhook(BODY, header, SECRET, now=T)
    assert caught.value.reason == "malformed"


def test_time_tolerance_both_ways() -> None:
    assert verify_webhook(BODY, HEADER, SECRET, now=T + 300).order_id == "ord-1"
    assert verify_webhook(BODY, HEADER, SECRET, now=T - 300).order_id == "ord-1"
    with pytest.raises(WebhookError) as stale:
        verify_webhook(BODY, HEADER, SECRET, now=T + 301)
    assert stale.value.reason == "stale"
    with pytest.raises(WebhookError) as future:
        verify_webhook(BODY, HEADER, SECRET, now=T - 301)
    assert future.value.reason == "future"
    assert verify_webhook(BODY, HEADER, SECRET, now=T + 3000, tolerance=3600).event


def test_a_wrong_signature_is_wrong_even_when_stale() -> None:
    """The signature is checked first: a forger learns nothing from the time check."""
    with pytest.raises(WebhookError) as caught:
        verify_webhook(BODY, HEADER, "another-secret", now=T + 10_000)
    assert caught.value.reason == "wrong"


def signed(body: bytes) -> str:
    return f"t={T},s=" + hmac.new(SECRET.encode(), b"%d." % T + body, hashlib.sha256).hexdigest()


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"create_time": 1}',
                                  b'{"event": "e", "create_time": "1"}',
                                  b'{"event": "e", "create_time": 1, "content": "{oops"}',
                                  b'{"event": "e", "create_time": 1, "content": "[1]"}'])
def test_a_signed_body_without_the_documented_structure_is_refused(body: bytes) -> None:
    with pytest.raises(WebhookError) as caught:
        verify_webhook(body, signed(body), SECRET, now=T)
    assert caught.value.reason == "body"


def test_an_empty_secret_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="TIKTOK_CLIENT_SECRET"):
        verify_webhook(BODY, HEADER, "", now=T)


def test_the_body_must_be_the_raw_bytes() -> None:
    with pytest.raises(TypeError, match="bytes"):
        verify_webhook(BODY.decode(), HEADER, SECRET, now=T)  # type: ignore[arg-type]


def test_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The signatures are compared with hmac.compare_digest, never ==."""
    seen: list[tuple[str, str]] = []
    real = hmac.compare_digest

    def spy(a: str, b: str) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr("pyminis.server.webhook.hmac.compare_digest", spy)
    verify_webhook(BODY, HEADER, SECRET, now=T)
    assert seen == [(VECTOR, VECTOR)]

"""TikTok's webhooks: verify the `TikTok-Signature` header and read the event (pure, stdlib only).

What each part comes from (docs/server.md has the whole table):
- the body (platform-docs 000, "Webhook structure"): `client_key`, `event`, `create_time`
  (UTC epoch seconds), `user_openid`, `content` (a serialized JSON string of the event's fields);
- the header: 000 only says to verify "as described in our webhook verification
  documentation", which the platform documents do not include. The format here is issue 18's,
  the one TikTok for Developers publishes for its webhooks: `t=<unix seconds>,s=<hex>`, where
  `s` is HMAC-SHA256 keyed by the client secret over `"<t>.<raw body>"`.

Where the documents are silent, the strict reading is taken: exactly one `t` and one `s`, `t`
decimal digits, `s` 64 hex digits; the signature is checked before the time (a stale or
future-dated message only says so once it is proven TikTok's), and compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field
from typing import Any, Literal

SIGNATURE_HEADER = "TikTok-Signature"
DEFAULT_TOLERANCE = 300  # seconds either side of now that a signature's time may be

# The events 000 defines for mini games.
REDEEM_SUCCESS = "minis.trade_order.redeem.success"
REDEEM_REFUND = "minis.trade_order.redeem.refund_traceback"

Reason = Literal["missing", "malformed", "wrong", "stale", "future", "body"]


class WebhookError(ValueError):
    """A webhook that must change nothing: answer it 401 (or 400 for `body`) and drop it.

    `reason` says which check failed: missing, malformed, wrong (the signature does not match),
    stale, future, or body (signed correctly, but not the documented structure)."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason


@dataclass(frozen=True)
class WebhookEvent:
    """A verified webhook (000's fields), `content` parsed from its JSON string."""

    client_key: str
    event: str
    create_time: int
    user_openid: str
    content: dict[str, Any]
    signed_at: int  # the header's `t`
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def trade_order_id(self) -> str | None:
        value = self.content.get("trade_order_id")
        return value if isinstance(value, str) and value else None

    @property
    def order_id(self) -> str | None:
        value = self.content.get("order_id")
        return value if isinstance(value, str) and value else None


def signature_of(body: bytes, timestamp: int, client_secret: str) -> str:
    """The hex HMAC-SHA256 of `"<timestamp>.<body>"` keyed by the client secret."""
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(client_secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign_webhook(body: bytes, client_secret: str, *, timestamp: int | None = None) -> str:
    """The `TikTok-Signature` header TikTok would send with `body` (the offline Open API and
    tests sign with it; a real server only verifies)."""
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},s={signature_of(body, t, client_secret)}"


def _parse_header(signature: str | None) -> tuple[int, str]:
    if signature is None or not signature.strip():
        raise WebhookError("missing", f"no {SIGNATURE_HEADER} header: not a webhook TikTok signed")
    pairs: dict[str, str] = {}
    for element in signature.split(","):
        key, sep, value = element.strip().partition("=")
        if not sep or not key:
            raise WebhookError("malformed", f"{SIGNATURE_HEADER} element {element.strip()!r} "
                                            "is not key=value (expected t=<unix>,s=<hex>)")
        if key in pairs:
            raise WebhookError("malformed", f"{SIGNATURE_HEADER} names {key!r} twice")
        pairs[key] = value.strip()
    t, s = pairs.get("t"), pairs.get("s")
    if t is None or s is None:
        raise WebhookError("malformed", f"{SIGNATURE_HEADER} needs both t= and s= "
                                        "(expected t=<unix>,s=<hex>)")
    if not (t.isascii() and t.isdigit()) or len(t) > 12:
        raise WebhookError("malformed", f"{SIGNATURE_HEADER} t={t!r} is not a unix time")
    if len(s) != 64 or not all(c in "0123456789abcdefABCDEF" for c in s):
        raise WebhookError("malformed", f"{SIGNATURE_HEADER} s= is not 64 hex digits")
    return int(t), s.lower()


def verify_signature(body: bytes, signature: str | None, client_secret: str, *,
                     now: float | None = None, tolerance: float = DEFAULT_TOLERANCE) -> int:
    """Check the header against `body`; return its time `t`. Raises WebhookError."""
    if not client_secret:
        raise ValueError("client_secret is empty: anyone could sign webhooks with an empty key; "
                         "set TIKTOK_CLIENT_SECRET")
    if not isinstance(body, (bytes, bytearray)):
        raise TypeError("verify the raw request body as bytes, exactly as received")
    t, given = _parse_header(signature)
    expected = signature_of(bytes(body), t, client_secret)
    if not hmac.compare_digest(expected, given):
        raise WebhookError("wrong", "the signature does not match this body and client secret")
    current = time.time() if now is None else now
    if current - t > tolerance:
        raise WebhookError("stale", f"signed {int(current - t)} s ago, more than the "
                                    f"{tolerance:g} s allowed: a replay, or a clock far off")
    if t - current > tolerance:
        raise WebhookError("future", f"signed {int(t - current)} s in the future, more than "
                                     f"the {tolerance:g} s allowed")
    return t


def parse_event(body: bytes, signed_at: int) -> WebhookEvent:
    """000's webhook structure from a verified body. Raises WebhookError("body")."""
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise WebhookError("body", "the body is not JSON") from None
    if not isinstance(raw, dict):
        raise WebhookError("body", "the body is not a JSON object")
    event, create_time = raw.get("event"), raw.get("create_time")
    if not isinstance(event, str) or not event:
        raise WebhookError("body", "the body has no event name")
    if isinstance(create_time, bool) or not isinstance(create_time, int):
        raise WebhookError("body", "create_time is not an integer")
    content = raw.get("content", "{}")
    if isinstance(content, str):  # 000: "A serialized JSON string of event information"
        try:
            content = json.loads(content) if content else {}
        except ValueError:
            raise WebhookError("body", "content is not a serialized JSON object") from None
    if not isinstance(content, dict):
        raise WebhookError("body", "content is not a JSON object")
    client_key, openid = raw.get("client_key", ""), raw.get("user_openid", "")
    if not isinstance(client_key, str) or not isinstance(openid, str):
        raise WebhookError("body", "client_key and user_openid must be strings")
    return WebhookEvent(client_key=client_key, event=event, create_time=create_time,
                        user_openid=openid, content=content, signed_at=signed_at, raw=raw)


def verify_webhook(body: bytes, signature: str | None, client_secret: str, *,
                   now: float | None = None, tolerance: float = DEFAULT_TOLERANCE) -> WebhookEvent:
    """The event TikTok sent, once its `TikTok-Signature` proves it; WebhookError otherwise.

    `body` is the raw request body (bytes, before any JSON parsing: the signature covers the
    bytes), `signature` the header's value (None when absent), `now` the current unix time
    (tests), `tolerance` how many seconds a signature's time may be from now."""
    return parse_event(body, verify_signature(body, signature, client_secret, now=now,
                                              tolerance=tolerance))

"""What the Open API answers, as dataclasses, read from its JSON (pure).

The documents name the values (000: the code is exchanged for `open_id` and `access_token`,
which expires after 24 hours; 001: user info gives "username and avatar"; 000: creating a trade
order gives `trade_order_id`), not the JSON around them. OAuth answers carry their fields at the
top (RFC 6749 §5.1); the v2 APIs may wrap them in `data`. Both are read, top level first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pyminis.server.errors import ResponseFormatError


def _fields(payload: Mapping[str, Any], *wanted: str) -> Mapping[str, Any]:
    """The object holding the answer's fields: the payload itself, or its `data`."""
    if any(name in payload for name in wanted):
        return payload
    data = payload.get("data")
    return data if isinstance(data, dict) else payload


def _text(where: Mapping[str, Any], name: str, required: bool = True) -> str:
    value = where.get(name)
    if isinstance(value, str) and value:
        return value
    if required:
        raise ResponseFormatError(f"the answer has no {name}")
    return ""


def _number(where: Mapping[str, Any], name: str) -> int | None:
    value = where.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Token:
    """A player's tokens (exchange_code / refresh). Keep them on the server, never in the game."""

    open_id: str
    access_token: str
    expires_in: int | None = None  # seconds (000: 24 hours)
    refresh_token: str = ""
    refresh_expires_in: int | None = None
    scope: str = ""
    token_type: str = ""

    @classmethod
    def from_answer(cls, payload: Mapping[str, Any]) -> Token:
        where = _fields(payload, "access_token", "open_id")
        return cls(open_id=_text(where, "open_id"), access_token=_text(where, "access_token"),
                   expires_in=_number(where, "expires_in"),
                   refresh_token=_text(where, "refresh_token", False),
                   refresh_expires_in=_number(where, "refresh_expires_in"),
                   scope=_text(where, "scope", False), token_type=_text(where, "token_type", False))


@dataclass(frozen=True)
class UserInfo:
    """The fields user_info asked for, as TikTok named them (`values`)."""

    values: dict[str, Any] = field(default_factory=dict)

    @property
    def open_id(self) -> str | None:
        value = self.values.get("open_id")
        return value if isinstance(value, str) else None

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    @classmethod
    def from_answer(cls, payload: Mapping[str, Any]) -> UserInfo:
        where = _fields(payload, "user")
        user = where.get("user", where)
        if not isinstance(user, dict):
            raise ResponseFormatError("the answer has no user object")
        return cls(dict(user))


@dataclass(frozen=True)
class TradeOrder:
    """A trade order TikTok created: pay it in the game with tt.pay(trade_order_id)."""

    trade_order_id: str
    order_id: str  # yours, as sent
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_answer(cls, payload: Mapping[str, Any], order_id: str) -> TradeOrder:
        where = _fields(payload, "trade_order_id")
        return cls(_text(where, "trade_order_id"), order_id, dict(where))


@dataclass(frozen=True)
class TradeOrderStatus:
    """An order as TikTok's order query reports it; `raw` keeps every field it sent."""

    trade_order_id: str
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_answer(cls, payload: Mapping[str, Any], trade_order_id: str) -> TradeOrderStatus:
        where = _fields(payload, "trade_order_id")
        return cls(_text(where, "trade_order_id", False) or trade_order_id, dict(where))

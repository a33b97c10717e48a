"""hmac for games: staged as the game's `hmac` when it imports it.

RFC 2104's keyed hash over pyminis' hashlib, as CPython's hmac gives it. (A game's client holds
no secret worth the name: sign requests on the game's server, pyminis.server.)
"""

from typing import Any

import hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC"]


def _constructor(digestmod: Any) -> Any:
    if digestmod is None or digestmod == "":
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda data=b"": hashlib.new(digestmod, data)
    return digestmod


class HMAC:
    def __init__(self, key: Any, msg: Any = None, digestmod: Any = "") -> None:
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        if len(key) > self.block_size:
            key = make(key).digest()
        key = bytes(key) + bytes(self.block_size - len(key))
        self._inner.update(bytes(b ^ 0x36 for b in key))
        self._outer.update(bytes(b ^ 0x5C for b in key))
        self.name = "hmac-" + self._inner.name
        if msg is not None:
            self.update(msg)

    def update(self, msg: Any) -> None:
        self._inner.update(msg)

    def copy(self) -> "HMAC":
        twin = HMAC.__new__(HMAC)
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        twin.digest_size, twin.block_size, twin.name = self.digest_size, self.block_size, self.name
        return twin

    def digest(self) -> bytes:
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()

    def hexdigest(self) -> str:
        return self.digest().hex()


def new(key: Any, msg: Any = None, digestmod: Any = "") -> HMAC:
    return HMAC(key, msg, digestmod)


def digest(key: Any, msg: Any, digest: Any) -> bytes:
    return HMAC(key, msg, digest).digest()


def compare_digest(a: Any, b: Any) -> bool:
    """Equality that looks at every item (CPython's takes as long whatever differs)."""
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError(f"unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    if len(a) != len(b):
        return False
    differ = 0
    for x, y in zip(a, b):
        differ |= (ord(x) ^ ord(y)) if isinstance(x, str) else (x ^ y)
    return differ == 0

"""base64 for games: staged as the game's `base64` when it imports it.

Base64 (RFC 4648, standard and URL-safe alphabets), Base32 and Base16 as CPython's base64
gives them: bytes in, bytes out (an ASCII str is taken where CPython takes one), the same
errors (`binascii.Error`, a ValueError).
"""

from typing import Any

import binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
           "urlsafe_b64decode", "b32encode", "b32decode", "b16encode", "b16decode", "encodebytes",
           "decodebytes"]

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


Error = binascii.Error  # (malformed input: a ValueError)


def _bytes_of(s: Any, what: str = "argument") -> bytes:
    """Bytes, or an ASCII str as bytes (as CPython's decoders take them)."""
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(f"{what} should be a bytes-like object or ASCII string, not '{type(s).__name__}'")


def _encoded(s: Any) -> bytes:
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")


def b64encode(s: Any, altchars: Any = None) -> bytes:
    encoded = binascii.b2a_base64(_encoded(s), newline=False)
    if altchars is not None:
        alt = _encoded(altchars)
        encoded = bytes(alt[0] if c == 43 else alt[1] if c == 47 else c for c in encoded)
    return encoded


def b64decode(s: Any, altchars: Any = None, validate: bool = False) -> bytes:
    data = _bytes_of(s)
    if altchars is not None:
        alt = _bytes_of(altchars)
        data = bytes(43 if c == alt[0] else 47 if c == alt[1] else c for c in data)
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s: Any) -> bytes:
    return b64encode(s)


def standard_b64decode(s: Any) -> bytes:
    return b64decode(s)


def urlsafe_b64encode(s: Any) -> bytes:
    return b64encode(s).replace(b"+", b"-").replace(b"/", b"_")


def urlsafe_b64decode(s: Any) -> bytes:
    return b64decode(_bytes_of(s).replace(b"-", b"+").replace(b"_", b"/"))


def encodebytes(s: Any) -> bytes:
    """Lines of at most 76 characters, each ended by a newline."""
    text = b64encode(s)
    return b"".join(text[i:i + 76] + b"\n" for i in range(0, len(text), 76))


def decodebytes(s: Any) -> bytes:
    return binascii.a2b_base64(_encoded(s))


def b32encode(s: Any) -> bytes:
    data = _encoded(s)
    out = []
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), "big")
        digits = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = [0, 2, 4, 5, 7, 8][len(chunk)]
        out.append("".join(digits[:used]) + "=" * (8 - used))
    return "".join(out).encode("ascii")


def b32decode(s: Any, casefold: bool = False, map01: Any = None) -> bytes:
    data = _bytes_of(s)
    if len(data) % 8:
        raise Error("Incorrect padding")
    if map01 is not None:
        data = data.replace(b"0", b"O").replace(b"1", _bytes_of(map01))
    if casefold:
        data = data.upper()
    body = data.rstrip(b"=")
    pad = len(data) - len(body)
    out = bytearray()
    for i in range(0, len(body), 8):
        group = body[i:i + 8]
        n = 0
        for c in group:
            digit = _B32.find(chr(c)) if c < 128 else -1
            if digit < 0:
                raise Error("Non-base32 digit found")
            n = (n << 5) | digit
        out += (n << (5 * (8 - len(group)))).to_bytes(5, "big")
    if pad not in (0, 1, 3, 4, 6):
        raise Error("Incorrect padding")
    if pad and out:
        del out[len(out) - 5 + {1: 4, 3: 3, 4: 2, 6: 1}[pad]:]
    return bytes(out)


def b16encode(s: Any) -> bytes:
    return _encoded(s).hex().upper().encode("ascii")


def b16decode(s: Any, casefold: bool = False) -> bytes:
    text = _bytes_of(s).decode("ascii")
    if casefold:
        text = text.upper()
    if any(c not in "0123456789ABCDEF" for c in text):
        raise Error("Non-base16 digit found")
    if len(text) % 2:
        raise Error("Odd-length string")
    return bytes(int(text[i:i + 2], 16) for i in range(0, len(text), 2))

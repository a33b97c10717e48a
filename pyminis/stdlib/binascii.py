"""binascii for games: staged as the game's `binascii` when it imports it.

Hex and Base64 conversions and CRC-32 as CPython's binascii gives them; `Error` is a
ValueError, as CPython's.
"""

from typing import Any

import zlib

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

__all__ = ["Error", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64", "a2b_base64", "crc32"]


class Error(ValueError):
    """Malformed input (base64's errors are this class too)."""


def _data(data: Any) -> Any:
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def hexlify(data: Any, sep: Any = None, bytes_per_sep: int = 1) -> bytes:
    text = _data(data).hex() if sep is None else _data(data).hex(sep, bytes_per_sep)
    return text.encode("ascii")


def unhexlify(hexstr: Any) -> bytes:
    text = hexstr if isinstance(hexstr, str) else _data(hexstr).decode("ascii")
    if len(text) % 2:
        raise Error("Odd-length string")
    if any(c not in "0123456789abcdefABCDEF" for c in text):
        raise Error("Non-hexadecimal digit found")
    return bytes(int(text[i:i + 2], 16) for i in range(0, len(text), 2))


def b2a_hex(data: Any, sep: Any = None, bytes_per_sep: int = 1) -> bytes:
    return hexlify(data, sep, bytes_per_sep)


def a2b_hex(hexstr: Any) -> bytes:
    return unhexlify(hexstr)


def b2a_base64(data: Any, *, newline: bool = True) -> bytes:
    """Base64 of the data (RFC 4648's standard alphabet, padded)."""
    data = _data(data)
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        quad = [_B64[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            quad[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(quad))
    return ("".join(out) + ("\n" if newline else "")).encode("ascii")


def a2b_base64(s: Any, *, strict_mode: bool = False) -> bytes:
    """Outside `strict_mode`, characters outside the alphabet are skipped and decoding stops at
    the padding that completes a group; with it, either is an error."""
    data = s.encode("ascii") if isinstance(s, str) else _data(s)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    filled = 0  # digits of the current group of four
    bits = 0  # what the group's digits left over for its next byte
    pads = 0
    padding = False
    for i, c in enumerate(data):
        if c == 61:  # "="
            padding = True
            if filled >= 2:
                pads += 1
                if filled + pads >= 4:  # the group is complete: the rest is not read
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        digit = _B64.find(chr(c)) if c < 128 else -1
        if digit < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if filled:
            out.append(((bits << (2 * filled)) | (digit >> (6 - 2 * filled))) & 0xFF)
        bits = digit & (0x3F >> (2 * filled)) if filled < 3 else 0
        filled = (filled + 1) % 4
        if filled == 0:
            bits = 0
    if filled == 1:
        raise Error(f"Invalid base64-encoded string: number of data characters ({len(out) // 3 * 4 + 1}) "
                    f"cannot be 1 more than a multiple of 4")
    if filled:
        raise Error("Incorrect padding")
    return bytes(out)



def crc32(data: Any, crc: int = 0) -> int:
    return zlib.crc32(data, crc)

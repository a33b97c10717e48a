"""zlib for games: its checksums, staged as the game's `zlib` when it imports it.

`crc32` and `adler32` as CPython's zlib computes them (running values too: `crc32(b, crc32(a))`
is `crc32(a + b)`). Compression is not offered: nothing a game sends or saves needs it.
"""

from typing import Any

__all__ = ["crc32", "adler32"]


def _crc_table() -> list[int]:
    """CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) of each byte value."""
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE: list[int] = []


def _data(data: Any) -> Any:
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def crc32(data: Any, value: int = 0) -> int:
    if not _CRC_TABLE:
        _CRC_TABLE.extend(_crc_table())
    crc = ~value & 0xFFFFFFFF
    for b in _data(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def adler32(data: Any, value: int = 1) -> int:
    a, b = value & 0xFFFF, (value >> 16) & 0xFFFF
    for byte in _data(data):
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

# pyminis: compile-plain
"""Flat arrays of small integers: typed arrays in games, bytearray / array in CPython.

Both index, assign and `len()` alike; `fill_range` is the one bulk write the canvas needs.
"""

from pyminis.engine._js import IN_JS

# __pragma__ ('skip')
from array import array as _array
from typing import Any

def __pragma__(*args: Any) -> Any:
    raise RuntimeError("JavaScript only")
# __pragma__ ('noskip')


def alloc(count: int, bits: int) -> Any:
    """`count` zeros: 8-bit values (image colours) or 16-bit (tilemap tiles)."""
    if IN_JS:
        if bits == 16:
            return __pragma__("js", "{}", "new Uint16Array(count)")
        return __pragma__("js", "{}", "new Uint8Array(count)")
    if bits == 16:
        return _array("H", bytes(2 * count))
    return bytearray(count)


def fill_range(data: Any, value: int, start: int, end: int) -> None:
    """data[start:end] = value."""
    if IN_JS:
        data.fill(value, start, end)
        return
    if end > start:
        if isinstance(data, bytearray):
            data[start:end] = bytes((value,)) * (end - start)
        else:
            data[start:end] = _array("H", (value,)) * (end - start)


def copy_of(data: Any) -> Any:
    if IN_JS:
        return data.slice(0)
    return data[:]

"""Where two recordings part: the first frame, and in it the first entry or state value, that
differ. Pure logic over recordings (job.py); report.py tells it.

What counts as the same (the one place both sides' values are normalised):
- numbers: an int and a float are one number (JavaScript has only one). In canvas calls and
  property sets (positions, sizes, alpha, line width, transforms) two numbers are the same
  within 1/1000: a thousandth of a backing-store pixel, below what a rasteriser positions to
  (Skia: 1/256 pixel) or what 8-bit alpha can hold (1/255). Elsewhere (SDK parameters, state)
  within a relative 1e-9: the same arithmetic gives the same double on both sides, but `sin`,
  `cos`, `log` of CPython's libm and V8 may differ in their last bit. NaN and the infinities
  are compared by name (JSON has none).
- colours (`fillStyle`, `strokeStyle`): compared as the canvas reads them: case and spaces
  ignored, `#abc` read as `#aabbcc`.
- fonts: runs of spaces are one space.
- errors: by exception class (`ZeroDivisionError`); the messages are shown, not compared.
- objects passed to the canvas that are neither images nor canvases: as "an object".
Strings (text drawn, printed, sent to the SDK) are compared exactly.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from pyminis.verify.job import Recording

CANVAS_TOLERANCE = 1e-3
RELATIVE_TOLERANCE = 1e-9
COLOUR_PROPERTIES = {"=fillStyle", "=strokeStyle"}
_SHORT_HEX = re.compile(r"^#([0-9a-f])([0-9a-f])([0-9a-f])([0-9a-f])?$")


@dataclass
class Difference:
    """The first difference: at `frame`, entry `index` (or state value `path`) is `python` on
    the CPython side and `compiled` on the compiled side (None: that side had no such entry)."""

    frame: int
    python: Any
    compiled: Any
    index: int | None = None
    path: str | None = None
    before: list[Any] = field(default_factory=list)  # the frame's entries before it (identical)

    @property
    def kind(self) -> str:
        return "state" if self.path is not None else "call"


def special(value: float) -> str | None:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return None


def colour(text: str) -> str:
    """A CSS colour as a canvas reads it: lower case, no spaces, short hex spelled out."""
    value = re.sub(r"\s+", "", text.lower())
    short = _SHORT_HEX.match(value)
    if short:
        value = "#" + "".join(part * 2 for part in short.groups() if part)
    return value


def same(a: Any, b: Any, tolerance: float | None) -> bool:
    """Whether two recorded values are the same (module doc): `tolerance` absolute, or None
    for the relative one."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        sa, sb = special(float(a)), special(float(b))
        if sa or sb:
            return sa == sb
        if tolerance is not None:
            return abs(a - b) <= tolerance
        return a == b or abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b))
    if isinstance(a, float) and isinstance(b, str) or isinstance(a, str) and isinstance(b, float):
        number = a if isinstance(a, float) else b
        return special(number) == (b if isinstance(b, str) else a)  # type: ignore[arg-type]
    if isinstance(a, dict) and isinstance(b, dict):
        if set(a) == {"object"} and set(b) == {"object"}:
            return True
        return a.keys() == b.keys() and all(same(a[k], b[k], tolerance) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y, tolerance) for x, y in zip(a, b))
    return bool(a == b)


def same_entry(a: list[Any], b: list[Any]) -> bool:
    if a == b:
        return True
    if len(a) != len(b) or not a or a[0] != b[0]:
        return False
    if a[0] == "error":
        return len(a) > 1 and a[1] == b[1]
    if isinstance(a[0], int) and not isinstance(a[0], bool):  # a canvas call or property set
        if a[1] != b[1]:
            return False
        if a[1] in COLOUR_PROPERTIES and isinstance(a[2], str) and isinstance(b[2], str):
            return colour(a[2]) == colour(b[2])
        if a[1] == "=font" and isinstance(a[2], str) and isinstance(b[2], str):
            return " ".join(a[2].split()) == " ".join(b[2].split())
        return same(a[2:], b[2:], CANVAS_TOLERANCE)
    return same(a, b, None)


def first_difference(python: Recording, compiled: Recording) -> Difference | None:
    """The first frame where the two recordings differ, or None if they never do."""
    for frame, (mine, theirs) in enumerate(zip(python.frames, compiled.frames)):
        if mine.entries != theirs.entries:
            for index in range(max(len(mine.entries), len(theirs.entries))):
                a = mine.entries[index] if index < len(mine.entries) else None
                b = theirs.entries[index] if index < len(theirs.entries) else None
                if a is None or b is None or not same_entry(a, b):
                    return Difference(frame, a, b, index=index, before=mine.entries[:index])
        for path in sorted(set(mine.state) | set(theirs.state)):
            a, b = mine.state.get(path), theirs.state.get(path)
            if not same(a, b, None):
                return Difference(frame, a, b, path=path)
    if len(python.frames) != len(compiled.frames):
        frame = min(len(python.frames), len(compiled.frames))
        return Difference(frame, None, None, index=0)
    return None

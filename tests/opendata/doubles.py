"""A recording canvas for CPython tests of the leaderboard (the browser tests use real ones).

Passed through the fake host as a live object (`__deepcopy__` returns itself), the way the
platform hands out its canvas rather than a copy.
"""

from __future__ import annotations

from typing import Any


class Style:
    """The CSS-like box the game sets on the shared canvas."""

    def __init__(self) -> None:
        self.left = self.top = self.width = self.height = self.display = ""


class Context:
    """Records text and rectangles with the fill colour they were drawn in."""

    def __init__(self) -> None:
        self.fillStyle = "#000000"
        self.texts: list[tuple[str, float, float, str]] = []
        self.rects: list[tuple[float, float, float, float, str]] = []

    def clearRect(self, *args: float) -> None:
        self.texts.clear()
        self.rects.clear()

    def fillText(self, text: str, x: float, y: float) -> None:
        self.texts.append((text, x, y, self.fillStyle))

    def fillRect(self, x: float, y: float, w: float, h: float) -> None:
        self.rects.append((x, y, w, h, self.fillStyle))

    def measureText(self, text: str) -> Any:  # noqa: N802
        """Every character 20 pixels wide: enough to check what is cut."""
        return type("TextMetrics", (), {"width": 20.0 * len(text)})()

    def __getattr__(self, name: str) -> Any:
        return lambda *args: None  # paths, clipping, state: nothing to record


class Canvas:
    def __init__(self, width: int = 750, height: int = 1000) -> None:
        self.width = width
        self.height = height
        self.style = Style()
        self.context = Context()

    def getContext(self, kind: str) -> Context:
        return self.context

    def __deepcopy__(self, memo: Any) -> Canvas:
        return self


class Image:
    def __init__(self) -> None:
        self.src = ""
        self.onload: Any = None

    def __deepcopy__(self, memo: Any) -> Image:
        return self

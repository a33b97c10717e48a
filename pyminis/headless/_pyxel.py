"""pyminis.pyxel's frames under CPython: palette indexes to RGBA bytes, through Pillow."""

from __future__ import annotations

from typing import Any

from PIL import Image


def rgba_bytes(data: Any, colors: list[int], width: int, height: int) -> bytes:
    """The RGBA bytes of a `width` x `height` screen of palette indexes in `colors`."""
    palette: list[int] = []
    for i in range(256):
        color = colors[i] if i < len(colors) else 0
        palette += [color >> 16 & 255, color >> 8 & 255, color & 255]
    image = Image.frombytes("P", (width, height), bytes(data))
    image.putpalette(palette)
    return image.convert("RGBA").tobytes()

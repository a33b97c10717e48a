"""pyminis.pyxel's frames under CPython: the indexed screen as a Pillow image to draw."""

from __future__ import annotations

from typing import Any

from PIL import Image


class FrameImage:
    """What the headless canvas' drawImage reads: `pixels`, an RGBA Pillow image."""

    def __init__(self, pixels: Image.Image) -> None:
        self.pixels = pixels
        self.width, self.height = pixels.size


def frame_image(screen: Any, colors: list[int]) -> FrameImage:
    """`screen` (width, height, data: palette indexes) in the colours of `colors`."""
    palette: list[int] = []
    for i in range(256):
        color = colors[i] if i < len(colors) else 0
        palette += [color >> 16 & 255, color >> 8 & 255, color & 255]
    image = Image.frombytes("P", (screen.width, screen.height), bytes(screen.data))
    image.putpalette(palette)
    return FrameImage(image.convert("RGBA"))

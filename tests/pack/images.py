"""Test images made on the fly (deterministic), so no binary files live in the repository."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image


def noisy(size: tuple[int, int], seed: int, alpha: bool = False, levels: int = 256) -> Image.Image:
    """An image whose pixels follow a seeded random walk: compressible, but not trivially."""
    rng = random.Random(seed)
    width, height = size
    mode = "RGBA" if alpha else "RGB"
    image = Image.new(mode, size)
    value = [rng.randrange(256) for _ in range(3)]
    step = max(256 // levels, 1)
    pixels = []
    for _ in range(width * height):
        value = [(v + rng.choice((-step, 0, step))) % 256 for v in value]
        colour = tuple(v - v % step for v in value)
        pixels.append(colour + ((rng.choice((0, 128, 255)),) if alpha else ()))
    image.putdata(pixels)
    return image


def gradient(size: tuple[int, int]) -> Image.Image:
    """A large smooth image, made in C (icon sources are big; a random walk would be slow)."""
    red = Image.linear_gradient("L").resize(size)
    green = Image.radial_gradient("L").resize(size)
    return Image.merge("RGB", (red, green, red.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))


def png_bytes(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", **options)
    return out.getvalue()


def write_png(path: Path, image: Image.Image, **options: object) -> bytes:
    """Save `image` as a deliberately unoptimised PNG (no compression) and return its bytes."""
    data = png_bytes(image, compress_level=0, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def pixels(data: bytes) -> bytes:
    """Decoded RGBA pixels: two files with equal pixels compare equal."""
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGBA").tobytes()

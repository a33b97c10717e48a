"""Sprite folders → one texture atlas image and its frame map (pure logic).

A folder `assets/NAME.atlas/` of images becomes `assets/NAME.png` (every frame, packed) and
`assets/NAME.json`, the frame map in the widely used "JSON hash" layout:

    {"frames": {"run/0": {"frame": {"x": 0, "y": 0, "w": 32, "h": 32}, "rotated": false,
                          "trimmed": false, "spriteSourceSize": {...}, "sourceSize": {...}}},
     "meta": {"app": "pyminis", "version": "1", "image": "NAME.png",
              "format": "RGBA8888", "size": {"w": 64, "h": 32}, "scale": "1"}}

A frame's name is its path inside the folder without the extension ("run/0" for
`hero.atlas/run/0.png`). Frames are never rotated or trimmed, so `frame` alone says where
to draw from and the frame keeps its size. One canvas `drawImage` per frame is all a reader needs.
Around each frame its edge pixels are repeated (extruded, outside the `frame` rectangle).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from PIL import Image

from pyminis.errors import BuildError

ATLAS_SUFFIX = ".atlas"
# Each frame's edge pixels are repeated this far around it: a scaled or rotated frame's
# smoothing reads just outside its rectangle, and finds there what it finds outside a whole
# image (the edge, clamped) instead of transparent padding or a neighbour (seams between
# tiles). Two pixels cover bilinear and bicubic reads; `benchmarks/atlas/run.py --extrude 0`
# shows edges differing by up to 77/255 without.
EXTRUDE = 2
# Transparent pixels between extruded frames: none needed, the extrusion keeps them apart.
PADDING = 0
# Larger textures fail to upload on some phones' GPUs.
MAX_SIDE = 4096


@dataclass(frozen=True)
class Frame:
    name: str
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class Atlas:
    image: Image.Image
    frames: tuple[Frame, ...]  # sorted by name


def _next_pow2(n: int) -> int:
    return 1 << max(n - 1, 0).bit_length()


def place(sizes: dict[str, tuple[int, int]], padding: int = PADDING) -> tuple[int, int, list[Frame]]:
    """Shelf packing: tallest frames first, rows left to right. Returns width, height, frames."""
    if not sizes:
        return 0, 0, []
    area = sum((w + padding) * (h + padding) for w, h in sizes.values())
    widest = max(w for w, _ in sizes.values())
    width = max(widest, _next_pow2(math.ceil(math.sqrt(area))))
    order = sorted(sizes, key=lambda n: (-sizes[n][1], -sizes[n][0], n))
    frames: list[Frame] = []
    x = y = shelf = 0
    for name in order:
        w, h = sizes[name]
        if x > 0 and x + w > width:
            x, y, shelf = 0, y + shelf + padding, 0
        frames.append(Frame(name, x, y, w, h))
        x += w + padding
        shelf = max(shelf, h)
    return width, y + shelf, sorted(frames, key=lambda f: f.name)


def _extrude(sheet: Image.Image, frame: Frame, image: Image.Image, by: int) -> None:
    """Paste `image` at `frame` and repeat its edge rows, columns and corners `by` pixels out."""
    x, y, w, h = frame.x, frame.y, frame.w, frame.h
    sheet.paste(image, (x, y))
    if by == 0:
        return
    near = Image.Resampling.NEAREST  # exact copies of the edge pixels
    sheet.paste(image.crop((0, 0, w, 1)).resize((w, by), near), (x, y - by))
    sheet.paste(image.crop((0, h - 1, w, h)).resize((w, by), near), (x, y + h))
    sheet.paste(image.crop((0, 0, 1, h)).resize((by, h), near), (x - by, y))
    sheet.paste(image.crop((w - 1, 0, w, h)).resize((by, h), near), (x + w, y))
    for cx, cy, left, top in ((0, 0, x - by, y - by), (w - 1, 0, x + w, y - by),
                              (0, h - 1, x - by, y + h), (w - 1, h - 1, x + w, y + h)):
        sheet.paste(image.crop((cx, cy, cx + 1, cy + 1)).resize((by, by), near), (left, top))


def build_atlas(images: dict[str, Image.Image], folder: str, extrude: int = EXTRUDE) -> Atlas:
    """Pack `images` (frame name → image) into one RGBA atlas, each frame's edges extruded
    `extrude` pixels; `folder` names it in errors."""
    if not images:
        raise BuildError(f"{folder}/ holds no images",
                         hint="put the frames (.png) of one sprite inside it, or remove the folder")
    grown = {name: (im.width + 2 * extrude, im.height + 2 * extrude) for name, im in images.items()}
    width, height, cells = place(grown)
    frames = [Frame(c.name, c.x + extrude, c.y + extrude, c.w - 2 * extrude, c.h - 2 * extrude)
              for c in cells]
    if width > MAX_SIDE or height > MAX_SIDE:
        raise BuildError(
            f"{folder}/ packs into a {width}x{height} atlas, larger than {MAX_SIDE}x{MAX_SIDE}",
            hint="split the sprite folder into several .atlas folders, or make the frames smaller")
    sheet = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    for frame in frames:
        _extrude(sheet, frame, images[frame.name].convert("RGBA"), extrude)
    return Atlas(sheet, tuple(frames))


def frame_map(atlas: Atlas, image_name: str) -> bytes:
    """The atlas' frame map as JSON bytes (deterministic: sorted keys, fixed layout)."""
    frames = {
        f.name: {
            "frame": {"x": f.x, "y": f.y, "w": f.w, "h": f.h},
            "rotated": False,
            "trimmed": False,
            "spriteSourceSize": {"x": 0, "y": 0, "w": f.w, "h": f.h},
            "sourceSize": {"w": f.w, "h": f.h},
        }
        for f in atlas.frames
    }
    width, height = atlas.image.size
    meta = {"app": "pyminis", "version": "1", "image": image_name, "format": "RGBA8888",
            "size": {"w": width, "h": height}, "scale": "1"}
    return (json.dumps({"frames": frames, "meta": meta}, sort_keys=True,
                       separators=(",", ":")) + "\n").encode()

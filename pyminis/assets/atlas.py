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
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from PIL import Image

from pyminis.errors import BuildError

ATLAS_SUFFIX = ".atlas"
# Frames sit this far apart, so smoothing at a frame's edge never samples its neighbour.
PADDING = 2
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


def build_atlas(images: dict[str, Image.Image], folder: str) -> Atlas:
    """Pack `images` (frame name → image) into one RGBA atlas; `folder` names it in errors."""
    if not images:
        raise BuildError(f"{folder}/ holds no images",
                         hint="put the frames (.png) of one sprite inside it, or remove the folder")
    width, height, frames = place({name: im.size for name, im in images.items()})
    if width > MAX_SIDE or height > MAX_SIDE:
        raise BuildError(
            f"{folder}/ packs into a {width}x{height} atlas, larger than {MAX_SIDE}x{MAX_SIDE}",
            hint="split the sprite folder into several .atlas folders, or make the frames smaller")
    sheet = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    for frame in frames:
        sheet.paste(images[frame.name].convert("RGBA"), (frame.x, frame.y))
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

"""A Canvas 2D context over Pillow: the subset the engine draws with (interface.js lists it).

CPython only (headless tests). Pixels are close to a browser's, not equal: good for checks
like "the bird moved", "the screen is not blank", not for pixel-exact comparisons.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PIL import Image, ImageColor, ImageDraw, ImageFont

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def _color(style: str, alpha: float) -> tuple[int, int, int, int]:
    rgba = ImageColor.getcolor(style, "RGBA")
    assert isinstance(rgba, tuple)
    return (rgba[0], rgba[1], rgba[2], round(rgba[3] * alpha))


class _Snapshot:
    def __init__(self, pixels: Image.Image) -> None:
        self.pixels = pixels


class TextMetrics:
    def __init__(self, width: float) -> None:
        self.width = width


class ImageData:
    """`createImageData(w, h)`: RGBA bytes, row by row (what putImageData copies)."""

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.data = bytearray(width * height * 4)


class HeadlessImage:
    """`createImage()`: loads `src` (relative to the project root) with Pillow, then calls
    `onload` on the platform's next frame, as a browser would, later."""

    def __init__(self, platform: Any) -> None:
        self._platform = platform
        self._src = ""
        self.pixels: Image.Image | None = None
        self.width = 0
        self.height = 0
        self.onload: Any = None
        self.onerror: Any = None

    @property
    def src(self) -> str:
        return self._src

    @src.setter
    def src(self, value: str) -> None:
        self._src = value
        path = Path(self._platform.root) / value
        try:
            made = getattr(self._platform, "memory_images", {}).get(value)
            self.pixels = (made if made is not None else Image.open(path)).convert("RGBA")
        except OSError:
            self._platform.later(lambda: self.onerror and self.onerror({"errMsg": f"{path}"}))
            return
        self.width, self.height = self.pixels.size
        self._platform.later(lambda: self.onload and self.onload())


class HeadlessCanvas:
    """`createCanvas()`: an RGBA Pillow image that resizes (and clears) when width/height change.

    Drawing is recorded and rasterised when `pixels` is read: a frame that starts by filling
    the whole canvas drops the frames before it, so stepping 1,000 frames costs one raster."""

    def __init__(self, width: int = 1, height: int = 1) -> None:
        self._pixels = Image.new("RGBA", (max(1, width), max(1, height)), (0, 0, 0, 0))
        self._context = Context2D(self)

    @property
    def pixels(self) -> Image.Image:
        self._context.flush()
        return self._pixels

    @property
    def width(self) -> int:
        return self._pixels.width

    @width.setter
    def width(self, value: float) -> None:
        self._context.ops.clear()
        self._pixels = Image.new("RGBA", (max(1, int(value)), self._pixels.height), (0, 0, 0, 0))

    @property
    def height(self) -> int:
        return self._pixels.height

    @height.setter
    def height(self, value: float) -> None:
        self._context.ops.clear()
        self._pixels = Image.new("RGBA", (self._pixels.width, max(1, int(value))), (0, 0, 0, 0))

    def getContext(self, kind: str) -> Context2D:  # noqa: N802  (the platform's name)
        if kind != "2d":
            raise ValueError("the headless canvas has only a '2d' context")
        return self._context


class Context2D:
    """The engine's subset of CanvasRenderingContext2D."""

    def __init__(self, canvas: HeadlessCanvas) -> None:
        self.canvas = canvas
        self.fillStyle = "#000000"
        self.strokeStyle = "#000000"
        self.lineWidth = 1.0
        self.globalAlpha = 1.0
        self.font = "10px sans-serif"
        self.textAlign = "left"
        self.textBaseline = "alphabetic"
        self.imageSmoothingEnabled = True
        self.matrix = IDENTITY
        self._saved: list[tuple[Any, ...]] = []
        self._path: list[tuple[str, list[tuple[float, float]]]] = []
        self.ops: list[tuple[Any, tuple[Any, ...], tuple[Any, ...]]] = []

    def _state(self) -> tuple[Any, ...]:
        return (self.fillStyle, self.strokeStyle, self.lineWidth, self.globalAlpha, self.font,
                self.textAlign, self.textBaseline, self.matrix)

    def _record(self, op: Any, *args: Any) -> None:
        self.ops.append((op, args, self._state()))

    def _covers_all(self, x: float, y: float, w: float, h: float) -> bool:
        points = self._polygon(x, y, w, h)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        size = self.canvas._pixels.size
        return min(xs) <= 0 and min(ys) <= 0 and max(xs) >= size[0] and max(ys) >= size[1]

    def flush(self) -> None:
        """Rasterise what was drawn since the last read."""
        ops, self.ops = self.ops, []
        if not ops:
            return
        current = self._state()
        for op, args, state in ops:
            (self.fillStyle, self.strokeStyle, self.lineWidth, self.globalAlpha, self.font,
             self.textAlign, self.textBaseline, self.matrix) = state
            op(*args)
        (self.fillStyle, self.strokeStyle, self.lineWidth, self.globalAlpha, self.font,
         self.textAlign, self.textBaseline, self.matrix) = current

    # State
    def save(self) -> None:
        self._saved.append((self.fillStyle, self.strokeStyle, self.lineWidth, self.globalAlpha,
                            self.font, self.textAlign, self.textBaseline, self.matrix))

    def restore(self) -> None:
        if self._saved:
            (self.fillStyle, self.strokeStyle, self.lineWidth, self.globalAlpha, self.font,
             self.textAlign, self.textBaseline, self.matrix) = self._saved.pop()

    def setTransform(self, a: float, b: float, c: float, d: float, e: float,  # noqa: N802
                     f: float) -> None:
        self.matrix = (a, b, c, d, e, f)

    def translate(self, x: float, y: float) -> None:
        self.matrix = _multiply(self.matrix, (1, 0, 0, 1, x, y))

    def scale(self, x: float, y: float) -> None:
        self.matrix = _multiply(self.matrix, (x, 0, 0, y, 0, 0))

    def rotate(self, angle: float) -> None:
        c, s = math.cos(angle), math.sin(angle)
        self.matrix = _multiply(self.matrix, (c, s, -s, c, 0, 0))

    def _point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.matrix
        return (a * x + c * y + e, b * x + d * y + f)

    # Drawing onto the image, blended with the current alpha
    def _paint(self, shape: Any, style: str, outline: bool = False) -> None:
        target = self.canvas._pixels
        color = _color(style, self.globalAlpha)
        width = max(1, round(self.lineWidth * math.hypot(self.matrix[0], self.matrix[1])))
        if color[3] == 255:  # opaque: drawing straight in equals compositing
            shape(ImageDraw.Draw(target), color, width if outline else 0)
            return
        layer = Image.new("RGBA", target.size, (0, 0, 0, 0))
        shape(ImageDraw.Draw(layer), color, width if outline else 0)
        target.alpha_composite(layer)

    def _polygon(self, x: float, y: float, w: float, h: float) -> list[tuple[float, float]]:
        return [self._point(x, y), self._point(x + w, y), self._point(x + w, y + h),
                self._point(x, y + h)]

    def fillRect(self, x: float, y: float, w: float, h: float) -> None:  # noqa: N802
        if self._covers_all(x, y, w, h) and self.globalAlpha >= 1:
            self.ops.clear()  # a new frame: what was under it can never show
        self._record(self._fillRect, x, y, w, h)

    def strokeRect(self, x: float, y: float, w: float, h: float) -> None:  # noqa: N802
        self._record(self._strokeRect, x, y, w, h)

    def clearRect(self, x: float, y: float, w: float, h: float) -> None:  # noqa: N802
        if self._covers_all(x, y, w, h):
            self.ops.clear()
        self._record(self._clearRect, x, y, w, h)

    def fill(self) -> None:
        self._record(self._fill, list(self._path))

    def stroke(self) -> None:
        self._record(self._stroke, list(self._path))

    def fillText(self, text: str, x: float, y: float) -> None:  # noqa: N802
        self._record(self._fillText, text, x, y)

    def drawImage(self, source: Any, *args: float) -> None:  # noqa: N802
        if isinstance(source, HeadlessCanvas):
            source = _Snapshot(source.pixels.copy())  # as drawn now, like a browser
        # Smoothing as it is now (recorded drawing is rasterised later).
        self._record(self._drawImage, source, self.imageSmoothingEnabled, *args)

    def createImageData(self, width: int, height: int) -> ImageData:  # noqa: N802
        return ImageData(int(width), int(height))

    def putImageData(self, image: ImageData, x: float, y: float) -> None:  # noqa: N802
        pixels = Image.frombytes("RGBA", (image.width, image.height), bytes(image.data))
        self._record(self._putImageData, pixels, x, y)

    def _putImageData(self, pixels: Image.Image, x: float, y: float) -> None:  # noqa: N802
        # As a browser: the pixels replace what is there, untransformed, unblended.
        self.canvas._pixels.paste(pixels, (int(x), int(y)))

    def _fillRect(self, x: float, y: float, w: float, h: float) -> None:  # noqa: N802
        points = self._polygon(x, y, w, h)
        self._paint(lambda draw, color, _: draw.polygon(points, fill=color), self.fillStyle)

    def _strokeRect(self, x: float, y: float, w: float, h: float) -> None:  # noqa: N802
        points = self._polygon(x, y, w, h)
        self._paint(lambda draw, color, width: draw.polygon(points, outline=color, width=width),
                    self.strokeStyle, outline=True)

    def _clearRect(self, x: float, y: float, w: float, h: float) -> None:  # noqa: N802
        xs, ys = zip(*self._polygon(x, y, w, h))
        box = (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)))
        self.canvas._pixels.paste((0, 0, 0, 0), box)

    def beginPath(self) -> None:  # noqa: N802
        self._path = []

    def closePath(self) -> None:  # noqa: N802
        pass

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self._path.append(("poly", self._polygon(x, y, w, h)))

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802
        self._path.append(("poly", [self._point(x, y)]))

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802
        if not self._path:
            self.moveTo(x, y)
        self._path[-1][1].append(self._point(x, y))

    def arc(self, x: float, y: float, r: float, start: float, end: float,
            ccw: bool = False) -> None:
        steps = max(8, int(abs(end - start) * max(r, 1) / 2))
        points = [self._point(x + r * math.cos(start + (end - start) * i / steps),
                              y + r * math.sin(start + (end - start) * i / steps))
                  for i in range(steps + 1)]
        self._path.append(("poly", points))

    def _fill(self, path: list[tuple[str, list[tuple[float, float]]]]) -> None:
        for _, points in path:
            if len(points) > 2:
                self._paint(lambda draw, color, _, p=points: draw.polygon(p, fill=color),
                            self.fillStyle)

    def _stroke(self, path: list[tuple[str, list[tuple[float, float]]]]) -> None:
        for _, points in path:
            if len(points) > 1:
                self._paint(lambda draw, color, width, p=points: draw.line(p, fill=color,
                                                                           width=width),
                            self.strokeStyle, outline=True)

    def _font(self) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        size = 10.0
        for part in self.font.split():
            if part.endswith("px"):
                size = float(part[:-2])
        scale = math.hypot(self.matrix[0], self.matrix[1])
        return ImageFont.load_default(max(1.0, size * scale))

    def measureText(self, text: str) -> TextMetrics:  # noqa: N802
        font = self._font()
        scale = math.hypot(self.matrix[0], self.matrix[1]) or 1
        return TextMetrics(font.getlength(str(text)) / scale)

    def _fillText(self, text: str, x: float, y: float) -> None:  # noqa: N802
        font = self._font()
        left, top = self._point(x, y)
        width = font.getlength(str(text))
        if self.textAlign in ("center", "middle"):
            left -= width / 2
        elif self.textAlign in ("right", "end"):
            left -= width
        anchor = {"top": "lt", "middle": "lm", "bottom": "lb"}.get(self.textBaseline, "ls")
        self._paint(lambda draw, color, _: draw.text((left, top), str(text), fill=color,
                                                     font=font, anchor=anchor), self.fillStyle)

    def _drawImage(self, source: Any, smooth: bool, *args: float) -> None:  # noqa: N802
        pixels: Image.Image | None = source.pixels
        if pixels is None:
            return
        if len(args) == 2:
            sx, sy, sw, sh = 0.0, 0.0, float(pixels.width), float(pixels.height)
            dx, dy, dw, dh = args[0], args[1], sw, sh
        elif len(args) == 4:
            sx, sy, sw, sh = 0.0, 0.0, float(pixels.width), float(pixels.height)
            dx, dy, dw, dh = args
        else:
            sx, sy, sw, sh, dx, dy, dw, dh = args
        part = pixels.crop((round(sx), round(sy), round(sx + sw), round(sy + sh)))
        a, b, c, d, e, f = self.matrix
        width = math.hypot(a, b) * dw
        height = math.hypot(c, d) * dh
        if round(abs(width)) < 1 or round(abs(height)) < 1:
            return
        # imageSmoothingEnabled = false: each source pixel a block of whole pixels.
        part = part.resize((round(abs(width)), round(abs(height))),
                           None if smooth else Image.Resampling.NEAREST)
        if self.globalAlpha < 1:
            alpha = part.getchannel("A").point(lambda v: round(v * self.globalAlpha))
            part.putalpha(alpha)
        angle = math.degrees(math.atan2(b, a))
        cx, cy = self._point(dx + dw / 2, dy + dh / 2)
        if abs(angle) > 0.01:
            part = part.rotate(-angle, expand=True, resample=Image.Resampling.BILINEAR)
        target = self.canvas._pixels
        target.paste(part, (round(cx - part.width / 2), round(cy - part.height / 2)), part)

# pyminis: compile-plain
"""Pyxel's Image and Tilemap: what `pyxel.images[n]`, `pyxel.screen` and `pyxel.tilemaps[n]`
are, with Pyxel's drawing methods (the module-level calls draw on `pyxel.screen`)."""

from pyminis.engine._js import IN_JS, jsmath
from pyminis.pyxel._canvas import Canvas, copy_area, ri, ru
from pyminis.pyxel._glyphs import GLYPHS
from pyminis.pyxel._mem import alloc
from pyminis.pyxel._res import image_of, image_rows, tilemap_of

# __pragma__ ('skip')
from typing import Any
# __pragma__ ('noskip')

TILE = 8
FONT_WIDTH = 4
FONT_HEIGHT = 6


class PyxelError(Exception):
    """A call Pyxel refuses (bad image data, a missing resource file)."""


def _identity() -> "Any":
    pal = alloc(256, 8)
    for i in range(256):
        pal[i] = i
    return pal


def _hex_rows(data: "Any", digits_per_cell: int, what: str) -> "Any":
    """Pyxel's `set` data: rows of hex digits, whitespace ignored, all of one width."""
    rows = []
    for raw in data:
        rows.append("".join(raw.split()).lower())
    if len(rows) == 0 or len(rows[0]) == 0:
        raise PyxelError("Invalid " + what + " data: no rows")
    width = len(rows[0])
    if width % digits_per_cell != 0:
        raise PyxelError("Invalid " + what + " data at row 0: hexadecimal digit count "
                         + str(width) + " is not divisible by " + str(digits_per_cell))
    for i in range(len(rows)):
        if len(rows[i]) != width:
            raise PyxelError("Invalid " + what + " data at row " + str(i) + ": expected "
                             + str(width) + " hexadecimal digits, got " + str(len(rows[i])))
    return rows


def _digit(ch: str, row: int, column: int, what: str) -> int:
    code = ord(ch)
    if 48 <= code <= 57:
        return code - 48
    if 97 <= code <= 102:
        return code - 87
    raise PyxelError("Invalid " + what + " data at row " + str(row) + ", column " + str(column)
                     + ": expected hexadecimal digit, got '" + ch + "'")


class Image(Canvas):
    """An indexed-colour image: `Image(width, height)`, or one of `pyxel.images`."""

    def __init__(self, width: int, height: int) -> None:
        Canvas.__init__(self, width, height, 8)
        self.pal_map = _identity()
        self.pal_mapped = False

    @staticmethod
    def from_image(filename: str, include_colors: bool = False) -> "Image":
        rows = image_rows(filename)
        image = Image(len(rows[0]), len(rows))
        image.set(0, 0, rows)
        return image

    # Data --------------------------------------------------------------------------------
    def set(self, x: int, y: int, data: "Any") -> None:
        rows = _hex_rows(data, 1, "image")
        part = Image(len(rows[0]), len(rows))
        pixels = part.data
        w = part.width
        for yi in range(len(rows)):
            row = rows[yi]
            for xi in range(w):
                pixels[yi * w + xi] = _digit(row[xi], yi, xi, "image")
        self.blt(x, y, part, 0, 0, part.width, part.height)

    def load(self, x: int, y: int, filename: str, include_colors: bool = False) -> None:
        self.set(x, y, image_rows(filename))

    # State -------------------------------------------------------------------------------
    def clip(self, x: "Any" = None, y: "Any" = None, w: "Any" = None, h: "Any" = None) -> None:
        if x is None:
            self.reset_clip()
        else:
            self.set_clip(x, y, w, h)

    def camera(self, x: "Any" = None, y: "Any" = None) -> None:
        if x is None:
            self.set_camera(0, 0)
        else:
            self.set_camera(x, y)

    def pal(self, col1: "Any" = None, col2: "Any" = None) -> None:
        if col1 is None:
            self.pal_map = _identity()
            self.pal_mapped = False
        else:
            self.pal_map[col1] = col2
            self.pal_mapped = True

    def dither(self, alpha: float) -> None:
        self.alpha = alpha

    # Drawing -----------------------------------------------------------------------------
    def cls(self, col: int) -> None:
        self.clear(self.pal_map[col])

    def pget(self, x: float, y: float) -> int:
        return self.value_at(x, y)

    def pset(self, x: float, y: float, col: int) -> None:
        self.set_value(x, y, self.pal_map[col])

    def line(self, x1: float, y1: float, x2: float, y2: float, col: int) -> None:
        self.draw_line(x1, y1, x2, y2, self.pal_map[col])

    def rect(self, x: float, y: float, w: float, h: float, col: int) -> None:
        self.draw_rect(x, y, w, h, self.pal_map[col])

    def rectb(self, x: float, y: float, w: float, h: float, col: int) -> None:
        self.draw_rectb(x, y, w, h, self.pal_map[col])

    def circ(self, x: float, y: float, r: float, col: int) -> None:
        self.draw_circ(x, y, r, self.pal_map[col], False)

    def circb(self, x: float, y: float, r: float, col: int) -> None:
        self.draw_circ(x, y, r, self.pal_map[col], True)

    def elli(self, x: float, y: float, w: float, h: float, col: int) -> None:
        self.draw_elli(x, y, w, h, self.pal_map[col], False)

    def ellib(self, x: float, y: float, w: float, h: float, col: int) -> None:
        self.draw_elli(x, y, w, h, self.pal_map[col], True)

    def tri(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float,
            col: int) -> None:
        self.draw_tri(x1, y1, x2, y2, x3, y3, self.pal_map[col])

    def trib(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float,
             col: int) -> None:
        self.draw_trib(x1, y1, x2, y2, x3, y3, self.pal_map[col])

    def fill(self, x: float, y: float, col: int) -> None:
        self.flood(x, y, self.pal_map[col])

    def blt(self, x: float, y: float, img: "Any", u: float, v: float, w: float, h: float,
            colkey: "Any" = None, rotate: float = 0, scale: float = 1) -> None:
        src = image_of(img)
        key = -1 if colkey is None else colkey
        pal = self.pal_map if self.pal_mapped else None
        if src is self:
            src = self.copy_region(u, v, w, h)
            u = 0
            v = 0
        if rotate != 0 or scale != 1:
            self.blit_transformed(x, y, src, u, v, w, h, key, pal, rotate, scale)
        else:
            self.blit(x, y, src, u, v, w, h, key, pal)

    def bltm(self, x: float, y: float, tm: "Any", u: float, v: float, w: float, h: float,
             colkey: "Any" = None, rotate: float = 0, scale: float = 1) -> None:
        tilemap = tilemap_of(tm)
        if rotate != 0 or scale != 1:
            # Pyxel renders the region first, then blits it transformed.
            part = Image(abs(ri(w)), abs(ri(h)))
            part.bltm(0, 0, tilemap, u, v, abs(ri(w)), abs(ri(h)))
            sw = part.width if w >= 0 else -part.width
            sh = part.height if h >= 0 else -part.height
            self.blt(x, y, part, 0, 0, sw, sh, colkey, rotate, scale)
            return
        image = image_of(tilemap.imgsrc)
        if image is self:
            image = self.copy_region(0, 0, self.width, self.height)
        area = copy_area(ri(x) - self.cam_x, ri(y) - self.cam_y, self.cl, self.ct, self.cr,
                         self.cb, ri(u), ri(v), tilemap.width * TILE - 1,
                         tilemap.height * TILE - 1, ri(w), ri(h))
        width = area[8]
        height = area[9]
        if width <= 0 or height <= 0:
            return
        dst_x = area[0]
        dst_y = area[1]
        start_x = area[2] + area[6]
        start_y = area[3] + area[7]
        sign_x = area[4]
        sign_y = area[5]
        key = -1 if colkey is None else colkey
        pal = self.pal_map if self.pal_mapped else None
        plain = self.alpha >= 1
        tiles = tilemap.data
        tw = tilemap.width
        iw = image.width
        ih = image.height
        pixels = image.data
        dw = self.width
        out = self.data
        for yi in range(height):
            ty = start_y + sign_y * yi
            tile_row = tw * (ty >> 3)
            py = ty & 7
            for xi in range(width):
                tx = start_x + sign_x * xi
                tile = tiles[tile_row + (tx >> 3)]
                ix = (tile >> 8) * TILE + (tx & 7)
                iy = (tile & 255) * TILE + py
                if ix >= iw or iy >= ih:
                    continue
                c = pixels[iw * iy + ix]
                if c == key:
                    continue
                if pal is not None:
                    c = pal[c]
                if plain or self.keeps(dst_x + xi, dst_y + yi):
                    out[dw * (dst_y + yi) + dst_x + xi] = c

    def text(self, x: float, y: float, s: str, col: int, font: "Any" = None) -> None:
        cx = ri(x) - self.cam_x
        cy = ri(y) - self.cam_y
        start_x = cx
        c = self.pal_map[col]
        for ch in s:
            code = ord(ch)
            if code == 10:
                cx = start_x
                cy += FONT_HEIGHT
                continue
            if code < 32 or code > 127:
                continue
            glyph = GLYPHS[code - 32]
            bit = 23
            for fy in range(FONT_HEIGHT):
                for fx in range(FONT_WIDTH):
                    if (glyph >> bit) & 1:
                        self.dot(cx + fx, cy + fy, c)
                    bit -= 1
            cx += FONT_WIDTH


class Tilemap(Canvas):
    """A grid of tiles (tx, ty) of 8x8 pixels read from image `imgsrc`."""

    def __init__(self, width: int, height: int, img: "Any") -> None:
        Canvas.__init__(self, width, height, 16)
        self.imgsrc = img

    def set(self, x: int, y: int, data: "Any") -> None:
        rows = _hex_rows(data, 4, "tilemap")
        part = Tilemap(jsmath.floor(len(rows[0]) / 4), len(rows), self.imgsrc)
        for yi in range(len(rows)):
            row = rows[yi]
            for xi in range(part.width):
                value = 0
                for k in range(4):
                    value = value * 16 + _digit(row[xi * 4 + k], yi, xi * 4 + k, "tilemap")
                part.data[yi * part.width + xi] = value
        self.blit(x, y, part, 0, 0, part.width, part.height, -1, None)

    def load(self, x: int, y: int, filename: str, layer: int) -> None:
        raise PyxelError("Tilemap.load reads Tiled files, which pyminis does not support: "
                         "save the map in a .pyxres file and pyxel.load it")

    def clip(self, x: "Any" = None, y: "Any" = None, w: "Any" = None, h: "Any" = None) -> None:
        if x is None:
            self.reset_clip()
        else:
            self.set_clip(x, y, w, h)

    def camera(self, x: "Any" = None, y: "Any" = None) -> None:
        if x is None:
            self.set_camera(0, 0)
        else:
            self.set_camera(x, y)

    def cls(self, tile: "Any") -> None:
        self.clear(tile[0] * 256 + tile[1])

    def pget(self, x: float, y: float) -> "Any":
        value = self.value_at(x, y)
        return (value >> 8, value & 255)

    def pset(self, x: float, y: float, tile: "Any") -> None:
        self.set_value(x, y, tile[0] * 256 + tile[1])

    def line(self, x1: float, y1: float, x2: float, y2: float, tile: "Any") -> None:
        self.draw_line(x1, y1, x2, y2, tile[0] * 256 + tile[1])

    def rect(self, x: float, y: float, w: float, h: float, tile: "Any") -> None:
        self.draw_rect(x, y, w, h, tile[0] * 256 + tile[1])

    def rectb(self, x: float, y: float, w: float, h: float, tile: "Any") -> None:
        self.draw_rectb(x, y, w, h, tile[0] * 256 + tile[1])

    def circ(self, x: float, y: float, r: float, tile: "Any") -> None:
        self.draw_circ(x, y, r, tile[0] * 256 + tile[1], False)

    def circb(self, x: float, y: float, r: float, tile: "Any") -> None:
        self.draw_circ(x, y, r, tile[0] * 256 + tile[1], True)

    def elli(self, x: float, y: float, w: float, h: float, tile: "Any") -> None:
        self.draw_elli(x, y, w, h, tile[0] * 256 + tile[1], False)

    def ellib(self, x: float, y: float, w: float, h: float, tile: "Any") -> None:
        self.draw_elli(x, y, w, h, tile[0] * 256 + tile[1], True)

    def tri(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float,
            tile: "Any") -> None:
        self.draw_tri(x1, y1, x2, y2, x3, y3, tile[0] * 256 + tile[1])

    def trib(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float,
             tile: "Any") -> None:
        self.draw_trib(x1, y1, x2, y2, x3, y3, tile[0] * 256 + tile[1])

    def fill(self, x: float, y: float, tile: "Any") -> None:
        self.flood(x, y, tile[0] * 256 + tile[1])

    def collide(self, x: float, y: float, w: float, h: float, dx: float, dy: float,
                walls: "Any") -> "Any":
        """How far a w x h box at (x, y) can move by (dx, dy) before entering a wall tile:
        the axis with the larger move first, as Pyxel resolves it."""
        packed = []
        for tile in walls:
            packed.append(tile[0] * 256 + tile[1])
        if abs(dx) >= abs(dy):
            dx = self.resolve(x, w, dx, jsmath.floor(y / TILE), jsmath.floor((y + h - 1) / TILE),
                              packed, True)
            dy = self.resolve(y, h, dy, jsmath.floor((x + dx) / TILE),
                              jsmath.floor((x + dx + w - 1) / TILE), packed, False)
        else:
            dy = self.resolve(y, h, dy, jsmath.floor(x / TILE), jsmath.floor((x + w - 1) / TILE),
                              packed, False)
            dx = self.resolve(x, w, dx, jsmath.floor((y + dy) / TILE),
                              jsmath.floor((y + dy + h - 1) / TILE), packed, True)
        return (dx, dy)

    def resolve(self, pos: float, size: float, delta: float, cross_start: int, cross_end: int,
                walls: "Any", along_x: bool) -> float:
        if delta == 0:
            return delta
        if delta > 0:
            start = jsmath.floor((pos + size - 1) / TILE) + 1
            end = jsmath.floor((pos + size - 1 + delta) / TILE)
            for primary in range(start, end + 1):
                for cross in range(cross_start, cross_end + 1):
                    if self.is_wall(primary, cross, walls, along_x):
                        return primary * TILE - size - pos
        else:
            start = jsmath.floor(pos / TILE) - 1
            end = jsmath.floor((pos + delta) / TILE)
            for primary in range(start, end - 1, -1):
                for cross in range(cross_start, cross_end + 1):
                    if self.is_wall(primary, cross, walls, along_x):
                        return (primary + 1) * TILE - pos
        return delta

    def is_wall(self, primary: int, cross: int, walls: "Any", along_x: bool) -> bool:
        tx = primary if along_x else cross
        ty = cross if along_x else primary
        if tx < 0 or ty < 0 or tx >= self.width or ty >= self.height:
            return False
        value = self.data[self.width * ty + tx]
        for wall in walls:
            if wall == value:
                return True
        return False

    def blt(self, x: float, y: float, tm: "Any", u: float, v: float, w: float, h: float,
            tilekey: "Any" = None, rotate: float = 0, scale: float = 1) -> None:
        src = tilemap_of(tm)
        key = -1 if tilekey is None else tilekey[0] * 256 + tilekey[1]
        if src is self:
            copy = Tilemap(self.width, self.height, self.imgsrc)
            copy.blit(0, 0, self, 0, 0, self.width, self.height, -1, None)
            src = copy
        self.blit(x, y, src, u, v, w, h, key, None)

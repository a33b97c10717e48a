# pyminis: compile-plain
"""The indexed canvas under every Pyxel image and tilemap: a flat array of small integers.

Drawing follows Pyxel 2's definitions pixel for pixel: coordinates are rounded half away
from zero, then moved by the camera; every write is clipped to the clip rectangle and, while
`dither(alpha)` is below 1, kept only where alpha beats Pyxel's 4x4 threshold matrix; lines
step along their long axis; circles and ellipses are filled column by column and row by row
from the ellipse's half-heights; triangles are filled by scanline spans; flood fill grows
horizontal spans. Pyxel computes in 32-bit floats, this in 64-bit: a rounding that lands
exactly on .5 may differ (docs/pyxel.md).

Compiled as written (`compile-plain`): these loops are the hot path of every Pyxel game, so
their arithmetic must stay plain JavaScript. The data is a Uint8Array / Uint16Array in games
and a bytearray / array in CPython (`_mem.py`), indexed the same way.
"""

from pyminis.engine._js import jsmath
from pyminis.pyxel._mem import alloc, fill_range

# Pyxel's ordered-dither thresholds, row y & 3, column x & 3.
DITHER = [1 / 16, 9 / 16, 3 / 16, 11 / 16, 13 / 16, 5 / 16, 15 / 16, 7 / 16,
          3 / 16, 11 / 16, 1 / 16, 9 / 16, 15 / 16, 7 / 16, 13 / 16, 5 / 16]
ELLIPSE_BIAS = 0.01


def ri(x: float) -> int:
    """Pyxel's float → int: round half away from zero."""
    if x >= 0:
        return jsmath.floor(x + 0.5)
    return -jsmath.floor(0.5 - x)


def ru(x: float) -> int:
    """Pyxel's float → unsigned: rounded, negatives become 0."""
    if x <= 0:
        return 0
    return jsmath.floor(x + 0.5)


class Canvas:
    """A width x height grid of values with Pyxel's clip rectangle, camera and dither."""

    def __init__(self, width: int, height: int, bits: int) -> None:
        self.width = width
        self.height = height
        self.data = alloc(width * height, bits)
        self.cl = 0  # clip rectangle, inclusive edges; empty when cl > cr
        self.ct = 0
        self.cr = width - 1
        self.cb = height - 1
        self.cam_x = 0
        self.cam_y = 0
        self.alpha = 1.0

    # Clip, camera, dither ----------------------------------------------------------------
    def set_clip(self, x: float, y: float, w: float, h: float) -> None:
        left = ri(x)
        top = ri(y)
        right = left + ru(w) - 1
        bottom = top + ru(h) - 1
        self.cl = max(left, 0)
        self.ct = max(top, 0)
        self.cr = min(right, self.width - 1)
        self.cb = min(bottom, self.height - 1)

    def reset_clip(self) -> None:
        self.cl = 0
        self.ct = 0
        self.cr = self.width - 1
        self.cb = self.height - 1

    def set_camera(self, x: float, y: float) -> None:
        self.cam_x = ri(x)
        self.cam_y = ri(y)

    def inside(self, x: int, y: int) -> bool:
        return self.cl <= x and x <= self.cr and self.ct <= y and y <= self.cb

    def keeps(self, x: int, y: int) -> bool:
        """Whether dithering lets a write at (x, y) through."""
        alpha = self.alpha
        if alpha >= 1:
            return True
        if alpha <= 0:
            return False
        return alpha > DITHER[(y & 3) * 4 + (x & 3)]

    # Raw writes (device coordinates) -----------------------------------------------------
    def dot(self, x: int, y: int, v: int) -> None:
        if self.cl <= x and x <= self.cr and self.ct <= y and y <= self.cb:
            if self.alpha >= 1 or self.keeps(x, y):
                self.data[self.width * y + x] = v

    def row(self, x1: int, x2: int, y: int, v: int) -> None:
        if y < self.ct or y > self.cb:
            return
        left = max(x1, self.cl)
        right = min(x2, self.cr)
        if left > right:
            return
        base = self.width * y
        if self.alpha >= 1:
            fill_range(self.data, v, base + left, base + right + 1)
            return
        for x in range(left, right + 1):
            if self.keeps(x, y):
                self.data[base + x] = v

    def column(self, y1: int, y2: int, x: int, v: int) -> None:
        if x < self.cl or x > self.cr:
            return
        top = max(y1, self.ct)
        bottom = min(y2, self.cb)
        w = self.width
        data = self.data
        for y in range(top, bottom + 1):
            if self.alpha >= 1 or self.keeps(x, y):
                data[w * y + x] = v

    # Primitives (game coordinates: rounded, then moved by the camera) -------------------
    def clear(self, v: int) -> None:
        fill_range(self.data, v, 0, self.width * self.height)

    def value_at(self, x: float, y: float) -> int:
        xi = ri(x)
        yi = ri(y)
        if self.inside(xi, yi):
            return self.data[self.width * yi + xi]
        return 0

    def set_value(self, x: float, y: float, v: int) -> None:
        self.dot(ri(x) - self.cam_x, ri(y) - self.cam_y, v)

    def draw_line(self, fx1: float, fy1: float, fx2: float, fy2: float, v: int) -> None:
        x1 = ri(fx1) - self.cam_x
        y1 = ri(fy1) - self.cam_y
        x2 = ri(fx2) - self.cam_x
        y2 = ri(fy2) - self.cam_y
        if y1 == y2:
            self.row(min(x1, x2), max(x1, x2), y1, v)
        elif x1 == x2:
            self.column(min(y1, y2), max(y1, y2), x1, v)
        elif abs(x1 - x2) > abs(y1 - y2):
            if x1 > x2:
                x1, y1, x2, y2 = x2, y2, x1, y1
            slope = (y2 - y1) / (x2 - x1)
            for i in range(x2 - x1 + 1):
                self.dot(x1 + i, y1 + ri(slope * i), v)
        else:
            if y1 > y2:
                x1, y1, x2, y2 = x2, y2, x1, y1
            slope = (x2 - x1) / (y2 - y1)
            for i in range(y2 - y1 + 1):
                self.dot(x1 + ri(slope * i), y1 + i, v)

    def draw_rect(self, fx: float, fy: float, fw: float, fh: float, v: int) -> None:
        x = ri(fx) - self.cam_x
        y = ri(fy) - self.cam_y
        w = ru(fw)
        h = ru(fh)
        left = max(x, self.cl)
        top = max(y, self.ct)
        right = min(x + w - 1, self.cr)
        bottom = min(y + h - 1, self.cb)
        if w == 0 or h == 0 or left > right or top > bottom:
            return
        for yi in range(top, bottom + 1):
            self.row(left, right, yi, v)

    def draw_rectb(self, fx: float, fy: float, fw: float, fh: float, v: int) -> None:
        x = ri(fx) - self.cam_x
        y = ri(fy) - self.cam_y
        w = ru(fw)
        h = ru(fh)
        right = x + w - 1
        bottom = y + h - 1
        if (w == 0 or h == 0 or max(x, self.cl) > min(right, self.cr)
                or max(y, self.ct) > min(bottom, self.cb)):
            return
        self.row(x, right, y, v)
        self.row(x, right, bottom, v)
        self.column(y, bottom, x, v)
        self.column(y, bottom, right, v)

    def draw_circ(self, fx: float, fy: float, fr: float, v: int, border: bool) -> None:
        x = ri(fx) - self.cam_x
        y = ri(fy) - self.cam_y
        radius = ru(fr)
        r = radius * 1.0
        for xi in range(radius + 1):
            a = ellipse_area(0, 0, r, r, xi)
            x1 = a[0]
            y1 = a[1]
            x2 = a[2]
            y2 = a[3]
            if border:
                self.dot(x + x1, y + y1, v)
                self.dot(x + x2, y + y1, v)
                self.dot(x + x1, y + y2, v)
                self.dot(x + x2, y + y2, v)
                self.dot(x + y1, y + x1, v)
                self.dot(x + y1, y + x2, v)
                self.dot(x + y2, y + x1, v)
                self.dot(x + y2, y + x2, v)
            else:
                self.column(y + y1, y + y2, x + x1, v)
                self.column(y + y1, y + y2, x + x2, v)
                self.row(x + y1, x + y2, y + x1, v)
                self.row(x + y1, x + y2, y + x2, v)

    def draw_elli(self, fx: float, fy: float, fw: float, fh: float, v: int, border: bool) -> None:
        x = ri(fx) - self.cam_x
        y = ri(fy) - self.cam_y
        w = ru(fw)
        h = ru(fh)
        if w == 0 or h == 0:
            return
        ra = (w - 1) / 2
        rb = (h - 1) / 2
        cx = x + ra
        cy = y + rb
        for xi in range(x, x + jsmath.floor(w / 2) + 1):
            a = ellipse_area(cx, cy, ra, rb, xi)
            if border:
                self.dot(a[0], a[1], v)
                self.dot(a[2], a[1], v)
                self.dot(a[0], a[3], v)
                self.dot(a[2], a[3], v)
            else:
                self.column(a[1], a[3], a[0], v)
                self.column(a[1], a[3], a[2], v)
        for yi in range(y, y + jsmath.floor(h / 2) + 1):
            a = ellipse_area(cy, cx, rb, ra, yi)
            # a = (y1, x1, y2, x2)
            if border:
                self.dot(a[1], a[0], v)
                self.dot(a[3], a[0], v)
                self.dot(a[1], a[2], v)
                self.dot(a[3], a[2], v)
            else:
                self.row(a[1], a[3], a[0], v)
                self.row(a[1], a[3], a[2], v)

    def draw_tri(self, fx1: float, fy1: float, fx2: float, fy2: float, fx3: float, fy3: float,
            v: int) -> None:
        x1 = ri(fx1) - self.cam_x
        y1 = ri(fy1) - self.cam_y
        x2 = ri(fx2) - self.cam_x
        y2 = ri(fy2) - self.cam_y
        x3 = ri(fx3) - self.cam_x
        y3 = ri(fy3) - self.cam_y
        if y1 > y2:
            x1, y1, x2, y2 = x2, y2, x1, y1
        if y1 > y3:
            x1, y1, x3, y3 = x3, y3, x1, y1
        if y2 > y3:
            x2, y2, x3, y3 = x3, y3, x2, y2
        if y1 == y3:
            self.row(min(x1, x2, x3), max(x1, x2, x3), y1, v)
            return
        slope12 = 0.0 if y2 == y1 else (x2 - x1) / (y2 - y1)
        slope13 = (x3 - x1) / (y3 - y1)
        slope23 = 0.0 if y3 == y2 else (x3 - x2) / (y3 - y2)
        x_split = ri(x1 + slope13 * (y2 - y1))
        for y in range(y1, y2 + 1):
            a = ri(x_split + slope13 * (y - y2))
            b = ri(x2 + slope12 * (y - y2))
            if x_split < x2:
                self.row(a, b, y, v)
            else:
                self.row(b, a, y, v)
        for y in range(y2 + 1, y3 + 1):
            a = ri(x_split + slope13 * (y - y2))
            b = ri(x2 + slope23 * (y - y2))
            if x_split < x2:
                self.row(a, b, y, v)
            else:
                self.row(b, a, y, v)

    def draw_trib(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float,
             v: int) -> None:
        self.draw_line(x1, y1, x2, y2, v)
        self.draw_line(x1, y1, x3, y3, v)
        self.draw_line(x2, y2, x3, y3, v)

    def flood(self, fx: float, fy: float, v: int) -> None:
        x = ri(fx) - self.cam_x
        y = ri(fy) - self.cam_y
        if not self.inside(x, y):
            return
        w = self.width
        data = self.data
        target = data[w * y + x]
        if target == v:
            return
        stack = [x, y]
        while len(stack) > 0:
            sy = stack.pop()
            sx = stack.pop()
            if not self.inside(sx, sy) or data[w * sy + sx] != target:
                continue
            left = sx
            right = sx
            while left > self.cl and data[w * sy + left - 1] == target:
                left -= 1
            while right < self.cr and data[w * sy + right + 1] == target:
                right += 1
            if self.alpha >= 1:
                fill_range(data, v, w * sy + left, w * sy + right + 1)
            else:
                for xi in range(left, right + 1):
                    if self.keeps(xi, sy):
                        data[w * sy + xi] = v
            for ny in [sy - 1, sy + 1]:
                if ny >= self.ct and ny <= self.cb:
                    inside = False
                    for nx in range(left, right + 1):
                        hit = data[w * ny + nx] == target
                        if hit and not inside:
                            stack.append(nx)
                            stack.append(ny)
                            inside = True
                        elif not hit:
                            inside = False

    # Copies ------------------------------------------------------------------------------
    def copy_region(self, fx: float, fy: float, fw: float, fh: float) -> "Canvas":
        """A new canvas holding a rectangle of this one (for blits of an image onto itself)."""
        w = ru(abs(fw))
        h = ru(abs(fh))
        part = Canvas(w, h, 8)
        part.blit(0, 0, self, fx, fy, w, h, -1, None)
        return part

    def blit(self, fx: float, fy: float, src: "Canvas", fu: float, fv: float, fw: float,
             fh: float, key: int, pal: object) -> None:
        """Copy a rectangle of `src` (negative width/height flip it); values equal to `key`
        (-1: none) are skipped, the rest mapped through `pal` (None: as they are)."""
        area = copy_area(ri(fx) - self.cam_x, ri(fy) - self.cam_y, self.cl, self.ct, self.cr,
                         self.cb, ri(fu), ri(fv), src.width - 1, src.height - 1, ri(fw), ri(fh))
        dst_x = area[0]
        dst_y = area[1]
        src_x = area[2]
        src_y = area[3]
        sign_x = area[4]
        sign_y = area[5]
        width = area[8]
        height = area[9]
        if width <= 0 or height <= 0:
            return
        start_x = src_x + area[6]
        start_y = src_y + area[7]
        dw = self.width
        sw = src.width
        sdata = src.data
        ddata = self.data
        plain = self.alpha >= 1
        for yi in range(height):
            si = sw * (start_y + sign_y * yi) + start_x
            di = dw * (dst_y + yi) + dst_x
            for xi in range(width):
                c = sdata[si + sign_x * xi]
                if c == key:
                    continue
                if pal is not None:
                    c = pal[c]
                if plain or self.keeps(dst_x + xi, dst_y + yi):
                    ddata[di + xi] = c

    def blit_transformed(self, fx: float, fy: float, src: "Canvas", fu: float, fv: float,
                         fw: float, fh: float, key: int, pal: object, rotate: float,
                         scale: float) -> None:
        """blt with rotate (degrees, clockwise) and scale about the rectangle's centre."""
        if scale < 1.1920929e-07:
            return
        x = ri(fx) - self.cam_x
        y = ri(fy) - self.cam_y
        u = ri(fu)
        v = ri(fv)
        sign_x = -1 if fw < 0 else 1
        sign_y = -1 if fh < 0 else 1
        w = abs(ri(fw))
        h = abs(ri(fh))
        half_w = (w - 1) / 2
        half_h = (h - 1) / 2
        src_cx = u + half_w
        src_cy = v + half_h
        dst_cx = x + half_w
        dst_cy = y + half_h
        angle = rotate * jsmath.PI / 180
        sin = -jsmath.sin(angle)
        cos = jsmath.cos(angle)
        bound_x = (half_w * abs(cos) + half_h * abs(sin) + 1) * scale
        bound_y = (half_w * abs(sin) + half_h * abs(cos) + 1) * scale
        cos_s = cos / scale
        sin_s = sin / scale
        x1 = max(ri(dst_cx - bound_x), self.cl)
        x2 = min(ri(dst_cx + bound_x), self.cr)
        y1 = max(ri(dst_cy - bound_y), self.ct)
        y2 = min(ri(dst_cy + bound_y), self.cb)
        ca_l = max(u, 0)
        ca_t = max(v, 0)
        ca_r = min(u + w - 1, src.width - 1)
        ca_b = min(v + h - 1, src.height - 1)
        if ca_l > ca_r or ca_t > ca_b:
            return
        step_x = sign_x * cos_s
        step_y = sign_x * sin_s
        sw = src.width
        sdata = src.data
        dw = self.width
        ddata = self.data
        plain = self.alpha >= 1
        for yi in range(y1, y2 + 1):
            ox = (x1 - dst_cx) * sign_x
            oy = (yi - dst_cy) * sign_y
            sx = src_cx + ox * cos_s - oy * sin_s
            sy = src_cy + ox * sin_s + oy * cos_s
            for xi in range(x1, x2 + 1):
                vx = ri(sx)
                vy = ri(sy)
                sx += step_x
                sy += step_y
                if vx >= ca_l and vx <= ca_r and vy >= ca_t and vy <= ca_b:
                    c = sdata[sw * vy + vx]
                    if c == key:
                        continue
                    if pal is not None:
                        c = pal[c]
                    if plain or self.keeps(xi, yi):
                        ddata[dw * yi + xi] = c


def ellipse_area(cx: float, cy: float, ra: float, rb: float, x: int) -> list:
    """[x1, y1, x2, y2]: the column of the ellipse at `x` and its mirror."""
    dx = x - cx
    if ra > 0:
        dy = rb * jsmath.sqrt(max(1 - dx * dx / (ra * ra), 0))
    else:
        dy = rb
    return [ri(cx - dx - ELLIPSE_BIAS), ri(cy - dy - ELLIPSE_BIAS),
            ri(cx + dx + ELLIPSE_BIAS), ri(cy + dy + ELLIPSE_BIAS)]


def copy_area(dst_x: int, dst_y: int, cl: int, ct: int, cr: int, cb: int, src_x: int,
              src_y: int, src_r: int, src_b: int, width: int, height: int) -> list:
    """Clip a copy of width x height (negative: flipped) against the destination's clip
    rectangle and the source's bounds (0..src_r, 0..src_b): [dst_x, dst_y, src_x, src_y,
    sign_x, sign_y, offset_x, offset_y, width, height]. A flipped copy reads its source
    backwards, so a source overhang trims the opposite edge."""
    flip_x = width < 0
    flip_y = height < 0
    width = abs(width)
    height = abs(height)
    src_left_cut = 0 - src_x
    src_top_cut = 0 - src_y
    src_right_cut = src_x + width - 1 - src_r
    src_bottom_cut = src_y + height - 1 - src_b
    left_cut = max(cl - dst_x, src_right_cut if flip_x else src_left_cut, 0)
    top_cut = max(ct - dst_y, src_bottom_cut if flip_y else src_top_cut, 0)
    right_cut = max(dst_x + width - 1 - cr, src_left_cut if flip_x else src_right_cut, 0)
    bottom_cut = max(dst_y + height - 1 - cb, src_top_cut if flip_y else src_bottom_cut, 0)
    width = max(width - left_cut - right_cut, 0)
    height = max(height - top_cut - bottom_cut, 0)
    sign_x = -1 if flip_x else 1
    sign_y = -1 if flip_y else 1
    offset_x = width - 1 if flip_x else 0
    offset_y = height - 1 if flip_y else 0
    return [dst_x + left_cut, dst_y + top_cut, src_x + (right_cut if flip_x else left_cut),
            src_y + (bottom_cut if flip_y else top_cut), sign_x, sign_y, offset_x, offset_y,
            width, height]

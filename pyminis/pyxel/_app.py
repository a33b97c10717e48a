"""The Pyxel loop on the platform: frames at Pyxel's fps, the screen blitted once per draw at
the largest whole scale that fits (letterbox around it), touches as the mouse or an on-screen
pad, keys where the platform has a keyboard.

The framebuffer (pyxel.screen: palette indexes) is turned into RGBA and put on an off-screen
canvas, which is drawn onto the screen with smoothing off: every Pyxel pixel a square of
whole device pixels. Under CPython (pyminis.headless) the same frame becomes a Pillow image.
"""

from pyminis.engine._js import IN_JS, has, jsmath, platform, publish

# __pragma__ ('skip')
from typing import Any

def __pragma__(*args: Any) -> Any:
    raise RuntimeError("JavaScript only")
# __pragma__ ('noskip')

BACKGROUND = "#202224"  # Pyxel's window background
MAX_FRAME_DELAY_MS = 100
PAD_ALPHA = 0.35


def _rgba_frame(target: "Any", data: "Any", colors: "Any", count: int) -> None:
    """Fill an ImageData's pixels from palette indexes (a Uint32Array view in JS)."""
    if not IN_JS:
        # __pragma__ ('skip')
        from pyminis.headless._pyxel import rgba_bytes

        target.data[:] = rgba_bytes(data, colors, target.width, target.height)
        return
        # __pragma__ ('noskip')
    __pragma__("js", "{}", """(function () {
    var out = new Uint32Array(target.data.buffer);
    var lut = new Uint32Array(256);
    var little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
    for (var i = 0; i < colors.length && i < 256; i++) {
        var c = colors[i] | 0;
        var r = (c >> 16) & 255, g = (c >> 8) & 255, b = c & 255;
        lut[i] = little ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0
                        : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
    }
    for (var j = 0; j < count; j++) { out[j] = lut[data[j]]; }
})()""")


class View:
    """Where the screen is, in the shape of pyminis.engine's viewport (tools that place
    touches by game coordinates read it: tests, `pyminis verify`): window CSS pixel =
    (game pixel * k + offset) / ratio."""

    def __init__(self) -> None:
        self.k = 1
        self.offset_x = 0
        self.offset_y = 0
        self.ratio = 1


class Loop:
    """Runs `tick(updates, draw)` at `fps` on the platform's frames and shows the screen."""

    def __init__(self, width: int, height: int, fps: int, tick: "Any", touch: "Any") -> None:
        host = platform()
        self.host = host
        self.width = width
        self.height = height
        self.frame_ms = 1000 / max(fps, 1)
        self.tick = tick
        self.touch_handler = touch
        self.canvas = host.createCanvas()
        self.ctx = self.canvas.getContext("2d")
        self.offscreen = None
        self.off_ctx = None
        self.image_data = None
        self.scale = 1
        self.left = 0
        self.top = 0
        self.pixel_ratio = 1
        self.last = -1.0
        self.pending = 0.0
        self.running = False
        self.hidden = False
        self.pad = None  # set by the module: pyminis.pyxel._pad.Pad or None
        self.frames = 0
        self.frame_callback = self.frame
        self.view = View()
        self.layout()
        host.onTouchStart(self.touch_start)
        host.onTouchMove(self.touch_move)
        host.onTouchEnd(self.touch_end)
        host.onTouchCancel(self.touch_end)
        host.onHide(self.on_hide)
        host.onShow(self.on_show)
        if has(host, "onWindowResize"):
            host.onWindowResize(self.on_resize)
        if has(host, "setPreferredFramesPerSecond"):
            host.setPreferredFramesPerSecond(60)
        publish(self)

    # Layout ------------------------------------------------------------------------------
    def layout(self) -> None:
        info = self.host.getSystemInfoSync()
        ratio = info.pixelRatio
        if ratio == None or ratio <= 0:  # noqa: E711
            ratio = 1
        self.pixel_ratio = ratio
        cw = self.canvas.width
        ch = self.canvas.height
        reserve = 0
        if self.pad is not None:
            reserve = self.pad.reserve(cw, ch)
        scale = jsmath.floor(min(cw / self.width, (ch - reserve) / self.height))
        if scale < 1:
            scale = jsmath.floor(min(cw / self.width, ch / self.height))
        self.scale = max(scale, 1)
        self.left = jsmath.floor((cw - self.width * self.scale) / 2)
        self.top = jsmath.floor((ch - reserve - self.height * self.scale) / 2)
        if self.pad is not None:
            self.pad.place(cw, ch, self.top + self.height * self.scale)
        view = self.view
        view.k = self.scale
        view.offset_x = self.left
        view.offset_y = self.top
        view.ratio = ratio

    def on_resize(self, size: "Any" = None) -> None:
        self.layout()

    def to_game_x(self, client_x: float) -> int:
        return jsmath.floor((client_x * self.pixel_ratio - self.left) / self.scale)

    def to_game_y(self, client_y: float) -> int:
        return jsmath.floor((client_y * self.pixel_ratio - self.top) / self.scale)

    # Frames ------------------------------------------------------------------------------
    def start(self) -> None:
        self.running = True
        self.last = -1.0
        self.host.requestAnimationFrame(self.frame_callback)

    def stop(self) -> None:
        self.running = False

    def frame(self, timestamp: float) -> None:
        if not self.running:
            return
        self.host.requestAnimationFrame(self.frame_callback)
        if self.hidden:
            self.last = timestamp
            return
        if self.last < 0:
            self.last = timestamp - self.frame_ms
        self.pending += timestamp - self.last
        self.last = timestamp
        # A hair of tolerance, so 60 Hz frames give exactly one 30 fps update every two.
        if self.pending < self.frame_ms - 0.01:
            return
        count = jsmath.floor((self.pending + 0.01) / self.frame_ms)
        if self.pending > MAX_FRAME_DELAY_MS:
            count = 1  # after a stall Pyxel updates once rather than catch up
            self.pending = 0
        else:
            self.pending -= count * self.frame_ms
        if self.pending < 0:
            self.pending = 0
        self.tick(count)

    def on_hide(self, event: "Any" = None) -> None:
        self.hidden = True

    def on_show(self, event: "Any" = None) -> None:
        self.hidden = False

    # Presenting --------------------------------------------------------------------------
    def present(self, screen: "Any", colors: "Any") -> None:
        """Show `screen` (an Image of palette indexes) scaled by a whole number."""
        ctx = self.ctx
        cw = self.canvas.width
        ch = self.canvas.height
        ctx.fillStyle = BACKGROUND
        ctx.fillRect(0, 0, cw, ch)
        w = screen.width
        h = screen.height
        if self.offscreen is None or self.offscreen.width != w or self.offscreen.height != h:
            self.offscreen = self.host.createCanvas()
            self.offscreen.width = w
            self.offscreen.height = h
            self.off_ctx = self.offscreen.getContext("2d")
            self.image_data = self.off_ctx.createImageData(w, h)
        _rgba_frame(self.image_data, screen.data, colors, w * h)
        self.off_ctx.putImageData(self.image_data, 0, 0)
        ctx.imageSmoothingEnabled = False
        ctx.drawImage(self.offscreen, self.left, self.top, w * self.scale, h * self.scale)
        if self.pad is not None:
            self.pad.draw(ctx)
        self.frames += 1

    # Touch ---------------------------------------------------------------------------------
    def touch_start(self, event: "Any") -> None:
        self.touches(event, 0)

    def touch_move(self, event: "Any") -> None:
        self.touches(event, 1)

    def touch_end(self, event: "Any") -> None:
        self.touches(event, 2)

    def touches(self, event: "Any", kind: int) -> None:
        for t in event.changedTouches:
            x = t.clientX
            if x == None:  # noqa: E711  (native runtimes give screenX)
                x = t.screenX
            y = t.clientY
            if y == None:  # noqa: E711
                y = t.screenY
            self.touch_handler(kind, t.identifier, x * self.pixel_ratio, y * self.pixel_ratio,
                               self.to_game_x(x), self.to_game_y(y))

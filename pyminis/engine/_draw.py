"""The draw hot path: every visible node, every frame, straight onto the canvas.

Defaults that cost nothing visible and save most of a frame on software canvases: positions
and sizes are rounded to whole backing-store pixels (a whole-pixel, unscaled drawImage is the
rasteriser's fastest path), nodes off the canvas are skipped, canvas state (alpha, colour,
transform) is only written when it changes, and cached groups are drawn once then blitted.
One function with plain loops: no method call per node.
"""

# pyminis: compile-plain
# (a hot path, written in the subset Transcrypt compiles faithfully: no guard rewrite)
# __pragma__ ('skip')
from typing import Any  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.engine._js import jsmath
from pyminis.engine._nodes import CIRCLE, GROUP, RECT, SPRITE, TEXT

TAU = jsmath.PI * 2
DEG = jsmath.PI / 180


class DrawState:
    """What the canvas was last set to, so unchanged state is not written again."""

    def __init__(self, ctx: Any, width: float, height: float) -> None:
        self.ctx = ctx
        self.width = width  # the canvas, in backing-store pixels: the culling bounds
        self.height = height
        self.alpha = 1.0
        self.fill = ""
        self.stroke = ""
        self.transformed = False
        self.drawn = 0  # nodes drawn this frame (culled ones are not counted)

    def reset(self) -> None:
        ctx = self.ctx
        ctx.setTransform(1, 0, 0, 1, 0, 0)
        ctx.globalAlpha = 1
        self.alpha = 1.0
        self.transformed = False
        self.fill = ""
        self.stroke = ""


def draw_nodes(state: DrawState, nodes: list, fixed_k: float, world_k: float, ox: float,
               oy: float, cam_x: float, cam_y: float, make_canvas: Any) -> None:
    """Draw `nodes` (already in z order): a world point (x, y) lands on the canvas at
    ((x - cam_x) * world_k + ox, (y - cam_y) * world_k + oy); fixed nodes ignore the camera
    (and its zoom): (x * fixed_k + ox, y * fixed_k + oy)."""
    ctx = state.ctx
    floor = jsmath.floor
    cw = state.width
    ch = state.height
    for n in nodes:
        if not n.visible or n.alpha <= 0:
            continue
        kind = n.kind
        if n.fixed:
            k = fixed_k
            px = n.x * k + ox
            py = n.y * k + oy
        else:
            k = world_k
            px = (n.x - cam_x) * k + ox
            py = (n.y - cam_y) * k + oy
        if kind == GROUP:
            _draw_group(state, n, k, px, py, make_canvas)
            continue
        if kind == SPRITE:
            img = n.image
            if img == None or not img.loaded:  # noqa: E711
                continue
            w = img.width * n.scale_x * k
            h = img.height * n.scale_y * k
        elif kind == CIRCLE:
            w = n.radius * 2 * n.scale_x * k
            h = n.radius * 2 * n.scale_y * k
        elif kind == TEXT:
            w = 0
            h = 0
        else:
            w = n.width * n.scale_x * k
            h = n.height * n.scale_y * k
        left = px - n.anchor_x * w
        top = py - n.anchor_y * h
        rotated = n.rotation != 0 or w < 0 or h < 0
        if kind != TEXT and not rotated:
            # Off-canvas: skip (rotated nodes are rare and drawn anyway).
            if left > cw or top > ch or left + w < 0 or top + h < 0:
                continue
        if n.alpha != state.alpha:
            ctx.globalAlpha = n.alpha
            state.alpha = n.alpha
        state.drawn += 1
        if rotated:
            angle = n.rotation * DEG
            c = jsmath.cos(angle)
            s = jsmath.sin(angle)
            sx = n.scale_x * k
            sy = n.scale_y * k
            ctx.setTransform(c * sx, s * sx, -s * sy, c * sy, px, py)
            state.transformed = True
            # Drawn in the node's own units around its anchor.
            uw = w / sx if sx != 0 else 0
            uh = h / sy if sy != 0 else 0
            _draw_shape(state, n, kind, -n.anchor_x * uw, -n.anchor_y * uh, uw, uh, 1)
            continue
        if state.transformed:
            ctx.setTransform(1, 0, 0, 1, 0, 0)
            state.transformed = False
        if kind == SPRITE:
            img = n.image
            x = floor(left + 0.5)
            y = floor(top + 0.5)
            if img.sx == 0 and img.sy == 0 and w == img.width and h == img.height and \
                    img.width == img.source.width and img.height == img.source.height:
                ctx.drawImage(img.source, x, y)
            else:
                ctx.drawImage(img.source, img.sx, img.sy, img.width, img.height, x, y,
                              floor(left + w + 0.5) - x, floor(top + h + 0.5) - y)
        else:
            _draw_shape(state, n, kind, floor(left + 0.5), floor(top + 0.5),
                        floor(w + 0.5), floor(h + 0.5), k)
    if state.transformed:
        ctx.setTransform(1, 0, 0, 1, 0, 0)
        state.transformed = False


def _draw_shape(state: DrawState, n: Any, kind: int, x: float, y: float, w: float,
                h: float, k: float) -> None:
    """A shape, text or (in a rotated frame) a sprite, with its top-left at (x, y)."""
    ctx = state.ctx
    if kind == SPRITE:
        img = n.image
        ctx.drawImage(img.source, img.sx, img.sy, img.width, img.height, x, y, w, h)
        return
    color = n.color
    if kind == TEXT:
        if state.fill != color:
            ctx.fillStyle = color
            state.fill = color
        weight = "bold " if n.bold else ""
        ctx.font = weight + str(jsmath.floor(n.size * k + 0.5)) + "px " + n.font
        ctx.textAlign = n.align
        ctx.textBaseline = "top"
        ctx.fillText(n.text, x, y)
        return
    if n.line_width > 0:
        if state.stroke != color:
            ctx.strokeStyle = color
            state.stroke = color
        ctx.lineWidth = n.line_width * k
        if kind == RECT:
            ctx.strokeRect(x, y, w, h)
        else:
            ctx.beginPath()
            ctx.arc(x + w / 2, y + h / 2, w / 2, 0, TAU)
            ctx.stroke()
        return
    if state.fill != color:
        ctx.fillStyle = color
        state.fill = color
    if kind == RECT:
        ctx.fillRect(x, y, w, h)
    else:
        ctx.beginPath()
        ctx.arc(x + w / 2, y + h / 2, w / 2, 0, TAU)
        ctx.fill()


def _draw_group(state: DrawState, group: Any, k: float, px: float, py: float,
                make_canvas: Any) -> None:
    """Children at the group's offset; a cached group renders once into its own canvas."""
    if not group.cache:
        draw_nodes(state, group.children, k, k, px, py, 0, 0, make_canvas)
        return
    width = jsmath.floor(group.width * k + 0.5)
    height = jsmath.floor(group.height * k + 0.5)
    if width <= 0 or height <= 0:
        return
    if group.canvas == None or group.dirty or group.canvas.width != width or \
            group.canvas.height != height:  # noqa: E711
        if group.canvas == None:  # noqa: E711
            group.canvas = make_canvas()
        layer = group.canvas
        layer.width = width
        layer.height = height
        inner = DrawState(layer.getContext("2d"), width, height)
        inner.ctx.clearRect(0, 0, width, height)
        draw_nodes(inner, group.children, k, k, 0, 0, 0, 0, make_canvas)
        group.dirty = False
    if state.transformed:
        state.ctx.setTransform(1, 0, 0, 1, 0, 0)
        state.transformed = False
    state.ctx.drawImage(group.canvas, jsmath.floor(px + 0.5), jsmath.floor(py + 0.5))

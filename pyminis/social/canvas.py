"""Where the shared canvas appears over the game: a responsive box in vw/vh (003/004).

The open data domain draws on the shared canvas; the platform composites it over the game at
the box the game sets here (h5), or, natively, the platform backend draws the open data
canvas into that box each frame. The game can place, show and hide it, but never read it.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata import _sdk


class CanvasError(Exception):
    """A box the platform cannot place (a unit other than vw, vh or px)."""


def css_px(value: str, window_width: float, window_height: float) -> float:
    """"80vw" / "40vh" / "120px" → CSS pixels for a window of the given size."""
    text = value.strip()
    if text.endswith("vw"):
        return float(text[:len(text) - 2]) * window_width / 100
    if text.endswith("vh"):
        return float(text[:len(text) - 2]) * window_height / 100
    if text.endswith("px"):
        return float(text[:len(text) - 2])
    raise CanvasError("shared canvas position '{}' has no unit; write it as '80vw', '40vh' or "
                      "'120px' (vw/vh keep it responsive, 003)".format(value))


class SharedCanvasView:
    """The shared canvas' box on screen and its drawing resolution.

    `resolution` is the canvas width in pixels the open data domain draws at; its height
    follows the box's aspect ratio, so rows are never stretched.
    """

    def __init__(self, left: str = "5vw", top: str = "15vh", width: str = "90vw",
                 height: str = "70vh", resolution: float = 750) -> None:
        self.left = left
        self.top = top
        self.width = width
        self.height = height
        self.resolution = resolution
        self.visible = False
        for value in [left, top, width, height]:
            css_px(value, 100, 100)  # fail now, where the box is written, not when shown

    def box(self) -> list:
        """[left, top, width, height] in CSS pixels for the current window."""
        size = _sdk.window_size()
        return [css_px(self.left, size[0], size[1]), css_px(self.top, size[0], size[1]),
                css_px(self.width, size[0], size[1]), css_px(self.height, size[0], size[1])]

    def canvas_size(self) -> list:
        box = self.box()
        if box[2] <= 0:
            return [self.resolution, self.resolution]
        return [self.resolution, round(self.resolution * box[3] / box[2])]

    def show(self) -> None:
        """Size the shared canvas and show it at the box."""
        canvas = _sdk.shared_canvas()
        size = self.canvas_size()
        canvas.width = size[0]
        canvas.height = size[1]
        self.visible = True
        style = canvas.style
        if style == None:  # noqa: E711 — (also JS undefined) a platform that places it itself
            return
        style.left = self.left
        style.top = self.top
        style.width = self.width
        style.height = self.height
        style.display = "block"

    def hide(self) -> None:
        self.visible = False
        style = _sdk.shared_canvas().style
        if style != None:  # noqa: E711
            style.display = "none"

    def to_canvas(self, client_x: float, client_y: float) -> Any:
        """A window point in shared-canvas pixels, or None when it is outside the box."""
        box = self.box()
        if box[2] <= 0 or box[3] <= 0:
            return None
        if client_x < box[0] or client_y < box[1] or client_x > box[0] + box[2] \
                or client_y > box[1] + box[3]:
            return None
        size = self.canvas_size()
        return [(client_x - box[0]) * size[0] / box[2], (client_y - box[1]) * size[1] / box[3]]

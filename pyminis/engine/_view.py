"""The logical screen: a game draws in its own resolution, the engine maps it to the window.

Pure arithmetic (no platform calls), shared by drawing and input. Modes:
- `letterbox`: the whole logical area is visible, centred, bars fill the rest of the window;
- `fit`: the same scale, but the logical area grows on the free axis to fill the window
  (no bars; read `game.width` / `game.height` for the size you got);
- `fill`: the logical area covers the window, cropped on one axis.
"""

# pyminis: compile-plain
# (plain arithmetic, written in the subset Transcrypt compiles faithfully: no guard rewrite)

MODES = ["letterbox", "fit", "fill"]


class Viewport:
    """Logical units → window CSS pixels → canvas backing-store pixels."""

    def __init__(self, width: float, height: float, mode: str) -> None:
        if mode not in MODES:
            raise ValueError("fit must be one of letterbox, fit, fill (got '" + str(mode) + "')")
        self.design_width = width
        self.design_height = height
        self.mode = mode
        self.width = width  # the logical size the game sees (fit grows one axis)
        self.height = height
        self.scale = 1.0  # CSS pixels per logical unit
        self.ratio = 1.0  # backing-store pixels per CSS pixel
        self.k = 1.0  # backing-store pixels per logical unit: scale * ratio
        self.offset_x = 0.0  # where logical (0, 0) lands, in backing-store pixels
        self.offset_y = 0.0
        self.window_width = width
        self.window_height = height

    def resize(self, window_width: float, window_height: float, ratio: float) -> None:
        """Recompute for a window of this CSS size and pixel ratio."""
        self.window_width = window_width
        self.window_height = window_height
        self.ratio = ratio
        sx = window_width / self.design_width
        sy = window_height / self.design_height
        scale = max(sx, sy) if self.mode == "fill" else min(sx, sy)
        self.scale = scale
        self.k = scale * ratio
        if self.mode == "fit":
            self.width = window_width / scale
            self.height = window_height / scale
        else:
            self.width = self.design_width
            self.height = self.design_height
        self.offset_x = (window_width - self.width * scale) / 2 * ratio
        self.offset_y = (window_height - self.height * scale) / 2 * ratio

    def to_logical_x(self, css_x: float) -> float:
        return (css_x * self.ratio - self.offset_x) / self.k

    def to_logical_y(self, css_y: float) -> float:
        return (css_y * self.ratio - self.offset_y) / self.k

    def letterboxed(self) -> bool:
        """Whether bars show beside the logical area."""
        return self.mode == "letterbox" and (self.offset_x > 0.5 or self.offset_y > 0.5)


class Box:
    """An axis-aligned rectangle in logical units (safe area, menu button, bounds)."""

    def __init__(self, x: float, y: float, width: float, height: float) -> None:
        self.x = x
        self.y = y
        self.width = width
        self.height = height

    def right(self) -> float:
        return self.x + self.width

    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return x >= self.x and x <= self.x + self.width and y >= self.y and y <= self.y + self.height

    def __repr__(self) -> str:
        return ("Box(" + str(self.x) + ", " + str(self.y) + ", " + str(self.width) + ", "
                + str(self.height) + ")")


def css_box_to_logical(view: Viewport, left: float, top: float, right: float,
                       bottom: float) -> Box:
    """A window rectangle (CSS pixels, as the platform reports it) in logical units."""
    x = view.to_logical_x(left)
    y = view.to_logical_y(top)
    return Box(x, y, view.to_logical_x(right) - x, view.to_logical_y(bottom) - y)

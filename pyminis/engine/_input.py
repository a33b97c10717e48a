"""Touches, mouse and keys, in logical units, with tap / drag / swipe recognised.

The platform reports touches in window CSS pixels (h5 turns mouse and pen into touches too);
the engine maps them through the viewport and calls the scene's handlers:
`on_touch_start(touch)`, `on_touch_move(touch)`, `on_touch_end(touch)`, `on_tap(x, y)`,
`on_drag(touch)` (each move once a touch travelled beyond a tap), `on_swipe(direction, touch)`
('left', 'right', 'up', 'down'), `on_key_down(key)`, `on_key_up(key)`.
"""

from typing import Any  # (the guard drops typing imports from games)

TAP_DISTANCE = 12  # logical units a tap may wander
TAP_SECONDS = 0.35
SWIPE_DISTANCE = 40
SWIPE_SECONDS = 0.6


class Touch:
    """One finger (or the mouse) while it is down."""

    def __init__(self, ident: int, x: float, y: float, time: float) -> None:
        self.id = ident
        self.x = x
        self.y = y
        self.start_x = x
        self.start_y = y
        self.start_time = time
        self.dx = 0.0  # movement since the previous event
        self.dy = 0.0
        self.dragging = False

    def moved(self) -> float:
        """Distance from where it went down."""
        ddx = self.x - self.start_x
        ddy = self.y - self.start_y
        return (ddx * ddx + ddy * ddy) ** 0.5


def swipe_direction(dx: float, dy: float) -> str:
    if abs(dx) >= abs(dy):
        return "right" if dx > 0 else "left"
    return "down" if dy > 0 else "up"


class Input:
    """What is held down now: `touches` (list of Touch), `held` (key name → True while held)."""

    def __init__(self) -> None:
        self.touches: list[Touch] = []
        self.held: dict[str, bool] = {}
        self.taps = 0  # taps recognised so far (tests read it)

    def find(self, ident: int) -> Any:
        for touch in self.touches:
            if touch.id == ident:
                return touch
        return None

    def is_down(self) -> bool:
        return len(self.touches) > 0

    def key(self, name: str) -> bool:
        """Whether key `name` ('ArrowLeft', ' ', 'a' …) is held."""
        return name in self.held and self.held[name]

    def press(self, ident: int, x: float, y: float, time: float) -> Any:
        # A touch id is unique while down: a second start means the platform lost the end
        # (a pointer released outside the page), and the stale touch must not swallow this one.
        stale = self.find(ident)
        if stale != None:  # noqa: E711
            self.touches.remove(stale)
        touch = Touch(ident, x, y, time)
        self.touches.append(touch)
        return touch

    def move(self, ident: int, x: float, y: float) -> Any:
        touch = self.find(ident)
        if touch == None:  # noqa: E711
            return None
        touch.dx = x - touch.x
        touch.dy = y - touch.y
        touch.x = x
        touch.y = y
        if not touch.dragging and touch.moved() > TAP_DISTANCE:
            touch.dragging = True
        return touch

    def release(self, ident: int, x: float, y: float) -> Any:
        touch = self.move(ident, x, y)
        if touch != None:  # noqa: E711
            self.touches.remove(touch)
        return touch

    def gesture(self, touch: Any, time: float) -> str:
        """'tap', 'swipe' or '' for a touch that just ended."""
        seconds = time - touch.start_time
        distance = touch.moved()
        if distance <= TAP_DISTANCE and seconds <= TAP_SECONDS:
            self.taps += 1
            return "tap"
        if distance >= SWIPE_DISTANCE and seconds <= SWIPE_SECONDS:
            return "swipe"
        return ""

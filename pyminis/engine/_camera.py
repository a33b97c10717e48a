"""The camera: which part of the world the screen shows."""

# pyminis: compile-plain
# (plain arithmetic, written in the subset Transcrypt compiles faithfully: no guard rewrite)
# __pragma__ ('skip')
from typing import Any  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.engine._js import jsmath


class Camera:
    """`x`, `y` is the world point at the screen's top-left; `zoom` > 1 magnifies."""

    def __init__(self) -> None:
        self.x = 0.0
        self.y = 0.0
        self.zoom = 1.0
        self.target = None
        self.lerp = 1.0
        self.offset_x = 0.0  # where on screen the followed node is kept (set by follow)
        self.offset_y = 0.0
        self.shake_amount = 0.0
        self.shake_time = 0.0
        self.shake_x = 0.0
        self.shake_y = 0.0

    def follow(self, node: Any, screen_x: float, screen_y: float, lerp: float = 1.0) -> None:
        """Keep `node` at (screen_x, screen_y) on screen; lerp < 1 follows smoothly."""
        self.target = node
        self.offset_x = screen_x
        self.offset_y = screen_y
        self.lerp = lerp

    def shake(self, amount: float, seconds: float) -> None:
        self.shake_amount = amount
        self.shake_time = seconds

    def step(self, dt: float) -> None:
        if self.target != None:  # noqa: E711
            want_x = self.target.x - self.offset_x / self.zoom
            want_y = self.target.y - self.offset_y / self.zoom
            self.x += (want_x - self.x) * self.lerp
            self.y += (want_y - self.y) * self.lerp
        if self.shake_time > 0:
            self.shake_time -= dt
            self.shake_x = (jsmath.random() * 2 - 1) * self.shake_amount
            self.shake_y = (jsmath.random() * 2 - 1) * self.shake_amount
        else:
            self.shake_x = 0.0
            self.shake_y = 0.0

# pyminis: compile-plain
"""The on-screen pad an author configures (`pyminis.pyxel.pad` in minigame.config.json):
a d-pad on the left pressing the arrow (or WASD) keys and the first gamepad's d-pad, and up
to four buttons on the right, each pressing the keys it names. On a portrait screen the pad
takes the bottom of the screen, under the game; otherwise it is drawn over the game's sides.
Touches outside it are Pyxel's mouse."""

from pyminis.engine._js import jsmath
from pyminis.pyxel import _keys

ARROWS = [[_keys.KEY_LEFT, _keys.GAMEPAD1_BUTTON_DPAD_LEFT],
          [_keys.KEY_RIGHT, _keys.GAMEPAD1_BUTTON_DPAD_RIGHT],
          [_keys.KEY_UP, _keys.GAMEPAD1_BUTTON_DPAD_UP],
          [_keys.KEY_DOWN, _keys.GAMEPAD1_BUTTON_DPAD_DOWN]]
WASD = [[_keys.KEY_A], [_keys.KEY_D], [_keys.KEY_W], [_keys.KEY_S]]


def _has(values: "object", key: int) -> bool:
    for v in values:
        if v == key:
            return True
    return False


def _add(held: "object", keys: "object") -> None:
    for k in keys:
        held.append(k)


class Pad:
    def __init__(self, settings: "object", post: "object") -> None:
        dpad = settings["dpad"]
        self.dpad = None if dpad is None else (ARROWS if dpad == "arrows" else WASD)
        self.buttons = settings["buttons"]
        self.post = post  # post(key, down)
        self.unit = 40.0
        self.dpad_x = 0.0
        self.dpad_y = 0.0
        self.button_xs = []
        self.button_ys = []
        self.touch_ids = []  # touches on the pad, with the keys each holds
        self.touch_keys = []

    def reserve(self, cw: float, ch: float) -> float:
        """Canvas pixels the pad takes at the bottom (portrait), else 0 (drawn over)."""
        if ch > cw:
            return jsmath.floor(min(ch * 0.3, cw * 0.55))
        return 0

    def place(self, cw: float, ch: float, game_bottom: float) -> None:
        unit = min(cw, ch) * 0.12
        self.unit = unit
        top = game_bottom if ch > cw else ch - unit * 3.2
        cy = top + (ch - top) / 2
        if ch <= cw:
            cy = ch - unit * 1.8
        self.dpad_x = unit * 1.8
        self.dpad_y = cy
        self.button_xs = []
        self.button_ys = []
        count = len(self.buttons)
        for i in range(count):
            # right to left, alternately lower and higher
            self.button_xs.append(cw - unit * 1.2 - i * unit * 1.5)
            self.button_ys.append(cy + (unit * 0.5 if i % 2 == 0 else -unit * 0.5))

    def keys_at(self, px: float, py: float) -> "object":
        """The keys a finger at canvas pixel (px, py) holds, or None when off the pad."""
        unit = self.unit
        if self.dpad is not None:
            dx = px - self.dpad_x
            dy = py - self.dpad_y
            if dx * dx + dy * dy <= unit * unit * 2.6 * 2.6:
                held = []
                dead = unit * 0.3
                if dx < -dead and abs(dy) < -dx * 2.4:
                    _add(held, self.dpad[0])
                if dx > dead and abs(dy) < dx * 2.4:
                    _add(held, self.dpad[1])
                if dy < -dead and abs(dx) < -dy * 2.4:
                    _add(held, self.dpad[2])
                if dy > dead and abs(dx) < dy * 2.4:
                    _add(held, self.dpad[3])
                return held
        for i in range(len(self.buttons)):
            dx = px - self.button_xs[i]
            dy = py - self.button_ys[i]
            if dx * dx + dy * dy <= unit * unit * 0.8 * 0.8:
                return self.buttons[i]["keys"]
        return None

    def touch(self, kind: int, ident: int, px: float, py: float) -> bool:
        """A touch (0 start, 1 move, 2 end); True when the pad took it."""
        slot = -1
        for i in range(len(self.touch_ids)):
            if self.touch_ids[i] == ident:
                slot = i
        if kind == 0:
            keys = self.keys_at(px, py)
            if keys is None:
                return False
            self.touch_ids.append(ident)
            self.touch_keys.append([])
            slot = len(self.touch_ids) - 1
        if slot < 0:
            return False
        now = [] if kind == 2 else self.keys_at(px, py)
        if now is None:
            now = []
        before = self.touch_keys[slot]
        for key in before:
            if not _has(now, key) and not self.held_elsewhere(key, slot):
                self.post(key, False)
        for key in now:
            if not _has(before, key) and not self.held_elsewhere(key, slot):
                self.post(key, True)
        if kind == 2:
            self.touch_ids.pop(slot)
            self.touch_keys.pop(slot)
        else:
            self.touch_keys[slot] = now
        return True

    def held_elsewhere(self, key: int, slot: int) -> bool:
        for i in range(len(self.touch_keys)):
            if i != slot and _has(self.touch_keys[i], key):
                return True
        return False

    def draw(self, ctx: "object") -> None:
        unit = self.unit
        ctx.globalAlpha = 0.35
        ctx.fillStyle = "#ffffff"
        if self.dpad is not None:
            for i in range(4):
                angle = [3.14159265, 0, -1.5707963, 1.5707963][i]
                ctx.beginPath()
                ctx.arc(self.dpad_x + jsmath.cos(angle) * unit * 1.3,
                        self.dpad_y + jsmath.sin(angle) * unit * 1.3, unit * 0.6, 0, 6.2831853)
                ctx.fill()
        for i in range(len(self.buttons)):
            ctx.beginPath()
            ctx.arc(self.button_xs[i], self.button_ys[i], unit * 0.7, 0, 6.2831853)
            ctx.fill()
        ctx.globalAlpha = 1

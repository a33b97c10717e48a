# pyminis: compile-plain
"""Pyxel's button states: btn / btnp (with hold and repeat) / btnr, exactly as Pyxel counts
them: a key remembers the frame of its last change and whether it went down, up, or both
within that frame. Events arrive between frames and are applied at the next update, with
that update's frame_count (as Pyxel applies the events it polls before each update)."""

PRESSED = 1
RELEASED = 2
PRESSED_AND_RELEASED = 3
RELEASED_AND_PRESSED = 4


class Buttons:
    def __init__(self) -> None:
        self.keys = []  # key codes seen (lists: key codes are large ints)
        self.frames = []  # frame of each key's last change
        self.states = []
        self.queue = []  # [key, down (1/0)] pairs waiting for the next update

    def reset(self) -> None:
        self.keys = []
        self.frames = []
        self.states = []
        self.queue = []

    def find(self, key: int) -> int:
        keys = self.keys
        for i in range(len(keys)):
            if keys[i] == key:
                return i
        return -1

    def post(self, key: int, down: bool) -> None:
        self.queue.append(key)
        self.queue.append(1 if down else 0)

    def apply(self, frame: int) -> None:
        """Apply the queued events at the start of update `frame`."""
        queue = self.queue
        self.queue = []
        for i in range(0, len(queue), 2):
            self.change(queue[i], queue[i + 1] == 1, frame)

    def change(self, key: int, down: bool, frame: int) -> None:
        i = self.find(key)
        if i < 0:
            self.keys.append(key)
            self.frames.append(frame)
            self.states.append(PRESSED if down else RELEASED)
            return
        same = self.frames[i] == frame
        if down:
            state = RELEASED_AND_PRESSED if same and self.states[i] == RELEASED else PRESSED
        else:
            state = PRESSED_AND_RELEASED if same and self.states[i] == PRESSED else RELEASED
        self.frames[i] = frame
        self.states[i] = state

    def btn(self, key: int, frame: int) -> bool:
        i = self.find(key)
        if i < 0:
            return False
        state = self.states[i]
        if state == PRESSED or state == RELEASED_AND_PRESSED:
            return True
        if state == PRESSED_AND_RELEASED:
            return self.frames[i] == frame
        return False

    def btnp(self, key: int, frame: int, hold: int, repeat: int) -> bool:
        i = self.find(key)
        if i < 0:
            return False
        state = self.states[i]
        if state == RELEASED:
            return False
        if self.frames[i] == frame:
            return True
        if state == PRESSED_AND_RELEASED or repeat <= 0:
            return False
        elapsed = frame - (self.frames[i] + hold)
        return elapsed >= 0 and elapsed % repeat == 0

    def btnr(self, key: int, frame: int) -> bool:
        i = self.find(key)
        if i < 0:
            return False
        if self.states[i] == PRESSED:
            return False
        return self.frames[i] == frame

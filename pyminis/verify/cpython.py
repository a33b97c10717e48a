"""The CPython side of `pyminis verify`: the game's Python on the recording platform.

`CPythonSide` runs the entry module (its sibling modules importable, `random` the compiled
game's twin), then plays frames: each `step()` gives the frame's inputs, runs one platform
frame and closes the frame's record. `PlanDriver` is the plan's view of it: the same `Driver`
methods the engine's scripted plans use (tests/engine/drivers.py), in the game's logical
units, so a plan written for the test drivers plays here unchanged.
"""

from __future__ import annotations

import copy
import hashlib
import json
import runpy
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from functools import reduce
from pathlib import Path
from typing import Any

from pyminis import headless
from pyminis.sdk import fake
from pyminis.verify.seeds import seeded
from pyminis.verify.job import FrameRecord, Job, Recording, Trace
from pyminis.verify.record import (PrintRecorder, RecordedCalls, Recorder, VerifyPlatform,
                                   make_platform)
from pyminis.verify.watch import AttributeWatch

MISSING = "<missing>"


class PlanFinished(Exception):
    """The frame budget (`--frames`) is spent: the plan stops there."""


def plain_state(value: Any, depth: int = 0) -> Any:
    """A state value as both sides report it: JSON's types; other objects by class name."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if depth > 4:
        return "<" + type(value).__name__ + ">"
    if isinstance(value, (list, tuple)):
        return [plain_state(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k): plain_state(v, depth + 1) for k, v in value.items()}
    return "<" + type(value).__name__ + ">"


def resolve(game: Any, path: str) -> Any:
    """`score` → game.scene.score; `bird.y` → game.scene.bird.y; `game.frames` → game.frames."""
    parts = path.split(".")
    target = game
    if parts[0] == "game":
        parts = parts[1:]
    else:
        target = getattr(game, "scene", None)
    for part in parts:
        target = getattr(target, part)
    return target


def _fixed_answer(answer: Any) -> Callable[[dict[str, Any]], Any]:
    """An outcome rule of the fake host answering `answer` (a copy) whatever the parameters."""

    def rule(params: dict[str, Any]) -> Any:
        return copy.deepcopy(answer)

    return rule


class CPythonSide:
    """`capture` asks the diagnosis pass for more at one frame: `{"frame": F, "entry": i}`
    the stack (and drawn node) at that frame's entry i, `{"frame": F, "state": path}` the
    writes of that value; both note every attribute write of the frame (watch.py)."""

    def __init__(self, root: Path, entry: Path, job: Job,
                 capture: dict[str, Any] | None = None) -> None:
        self.root = root
        self.entry = entry
        self.job = job
        self.capture = capture
        self.recorder = Recorder()
        self.trace = Trace()
        self.frames: list[FrameRecord] = []
        self.platform: VerifyPlatform | None = None
        self.watch: AttributeWatch | None = None
        self.watched: AttributeWatch | None = None  # the diagnosis frame's writes
        if capture is not None and "entry" in capture:
            self.recorder.capture = (int(capture["frame"]), int(capture["entry"]))

    @property
    def game(self) -> Any:
        return self.platform.game if self.platform is not None else None

    @property
    def frame(self) -> int:
        """The frame being played (its inputs are being given); 0 until the first step."""
        return self.recorder.frame

    @contextmanager
    def running(self) -> Iterator[CPythonSide]:
        job = self.job
        platform = make_platform(self.root, job.device, self.recorder, job.target)
        self.platform = platform
        host = fake.FakeHost(missing=job.missing, js_tasks=True)
        host.calls = RecordedCalls(self.recorder)
        for key, answer in job.outcomes.items():
            host.outcomes[key] = _fixed_answer(answer)
        with seeded(job.seed), headless.game_imports(self.entry), headless.use(platform, host), \
                redirect_stdout(PrintRecorder(self.recorder, "print", sys.stdout)), \
                redirect_stderr(PrintRecorder(self.recorder, "log", sys.stderr)):  # type: ignore[type-var]
            self._begin_frame()
            platform.task(lambda: runpy.run_path(str(self.entry), run_name="__main__"))
            self._close_frame()
            yield self
        if self.watch is not None:
            self.watch.stop()

    def give(self, action: list[Any]) -> None:
        """An input of the frame being played, given now and written into the trace."""
        if len(self.frames) > self.job.frames:
            raise PlanFinished()
        assert self.platform is not None
        kind = action[0]
        if kind == "touch":
            self.platform.touch(action[1], action[2], action[3], action[4])
        elif kind == "key":
            if self.job.target != "h5":
                return  # the native runtime has no keyboard: neither side gets the key
            self.platform.key(action[1], action[2])
        elif kind == "visibility":
            self.platform.visibility(bool(action[1]))
        else:
            raise ValueError(f"unknown input {action!r}")
        self.trace.add(self.frame, action)

    def step(self) -> None:
        """Play the current frame and close its record."""
        if len(self.frames) > self.job.frames:
            raise PlanFinished()
        assert self.platform is not None
        self.platform.step(self.job.ms)
        self._close_frame()

    def finish(self) -> Recording:
        """Step to the frame budget (the plan may end earlier); the recording."""
        while len(self.frames) <= self.job.frames:
            self.step()
        captured: dict[str, Any] | None = None
        if self.capture is not None:
            captured = dict(self.recorder.captured or {})
            captured["watch"] = self.watched
            captured["owner"] = self.capture.get("owner")
        return Recording(self.frames, captured, dict(self.recorder.tracebacks))

    def _begin_frame(self) -> None:
        capture = self.capture
        if capture is None or capture.get("frame") != self.frame:
            return
        owner = None
        path = capture.get("state")
        if path:
            parent = path.rsplit(".", 1)[0] if "." in path else ""
            try:
                owner = resolve(self.game, parent) if parent else self.game.scene
            except AttributeError:
                owner = None
            capture["owner"] = owner
        self.watch = AttributeWatch(self.root)
        self.watch.start(owner)
        self.watched = self.watch

    def _close_frame(self) -> None:
        state = {}
        for path in self.job.state:
            try:
                state[path] = plain_state(resolve(self.game, path))
            except AttributeError:
                state[path] = MISSING
        self.frames.append(FrameRecord(self.recorder.entries, state))
        self.recorder.entries = []
        self.recorder.frame += 1
        if self.watch is not None:
            self.watch.stop()
            self.watch = None
        self._begin_frame()


class PlanDriver:
    """The plan's hands on the CPython side (tests/engine/drivers.py's `Driver`): touches in
    the game's logical units, frames, and reads of the game's Python state."""

    def __init__(self, side: CPythonSide) -> None:
        self.side = side

    @property
    def game(self) -> Any:
        return self.side.game

    def window_point(self, x: float, y: float) -> tuple[float, float]:
        """A logical point of the game in window CSS pixels (what a finger touches)."""
        view = self.game.view
        return ((x * view.k + view.offset_x) / view.ratio, (y * view.k + view.offset_y) / view.ratio)

    def touch(self, kind: str, x: float, y: float, ident: int = 1) -> None:
        wx, wy = self.window_point(x, y)
        self.side.give(["touch", kind, wx, wy, ident])

    def tap(self, x: float, y: float) -> None:
        self.touch("start", x, y)
        self.step()
        self.touch("end", x, y)

    def key(self, kind: str, key: str) -> None:
        self.side.give(["key", kind, key])

    def visibility(self, hidden: bool) -> None:
        self.side.give(["visibility", hidden])

    def step(self, frames: int = 1) -> None:
        for _ in range(frames):
            self.side.step()

    def run(self, touches: list[tuple[str, float, float]], frames: int,
            read: list[str]) -> list[Any]:
        for kind, x, y in touches:
            self.touch(kind, x, y)
        self.step(frames)
        return [self.value(path) for path in read]

    def value(self, path: str) -> Any:
        return reduce(getattr, path.split("."), self.game)

    def length(self, path: str) -> int:
        return len(self.value(path))

    def call(self, path: str) -> Any:
        return self.value(path)()

    def frame(self) -> tuple[int, str]:
        """The last frame's number of platform calls and a digest of them (plans written for
        the pixel drivers sample frames; here a frame is its calls)."""
        last = self.side.frames[-1].entries
        digest = hashlib.sha1(json.dumps(last, default=str).encode()).hexdigest()
        return len(last), digest

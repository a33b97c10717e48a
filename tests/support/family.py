"""A native package in the family-runtime mock (tests/support/family_runtime.js), from Python.

The mock is node running game.js in a context with only ECMAScript's globals and a runtime API
shaped from the WeChat / Douyin typings, in one of the family's variations (clock, frame
callbacks, where `tt` lives, touch fields). `FamilyDriver` plays the engine's scripted plans
(tests/engine/plans.py) there through the mock's own frames and touches, never the
platform's manual-stepping hooks, so the runtime's clock and frame callbacks are what the
game runs on.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MOCK = Path(__file__).with_name("family_runtime.js")

# The four shapes the issue names (clock × frame callbacks), then the other variations.
SHAPES: dict[str, dict[str, str]] = {
    "performance+timestamp": {"clock": "performance", "frames": "timestamp"},
    "performance+bare": {"clock": "performance", "frames": "bare"},
    "getPerformance+timestamp": {"clock": "getPerformance", "frames": "timestamp"},
    "getPerformance+bare": {"clock": "getPerformance", "frames": "bare"},
}
OTHER_SHAPES: dict[str, dict[str, str]] = {
    "date+bare+wx": {"clock": "date", "frames": "bare", "api": "wx", "touch": "screen"},
    # The clock reads real time; the frames carry the runtime's own timeline.
    "real-clock+virtual-timestamps": {"clock": "performance-real", "frames": "timestamp"},
    # A developer tool: getPerformance() in milliseconds, frames at the real pace.
    "getPerformance-ms+GameGlobal.tt": {"clock": "getPerformance-ms", "frames": "bare",
                                        "api": "GameGlobal.tt", "touch": "screen", "pace": "real"},
}


class FamilyError(AssertionError):
    """The mock answered with an error (the game threw, or a bad request)."""


class FamilyRuntime:
    """One node process running one game."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def ask(self, **request: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise FamilyError("the runtime mock exited: " + (self.process.stderr.read()
                                                              if self.process.stderr else ""))
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply:
            raise FamilyError(reply["error"])
        return reply

    def eval(self, source: str) -> Any:
        return self.ask(op="eval", source=source)["value"]

    def frames(self, count: int = 1, touches: list[list[Any]] | None = None) -> None:
        self.ask(op="frames", count=count, touches=touches or [])

    def state(self) -> dict[str, Any]:
        return self.ask(op="state")


@contextmanager
def run_family(package: Path, shape: dict[str, str],
               window: dict[str, float] | None = None) -> Iterator[FamilyRuntime]:
    """Load `package` (a built native folder) into the mock with `shape`; yields once game.js
    ran (raises FamilyError if it threw)."""
    node = shutil.which("node")
    assert node, "node is needed for the family-runtime mock"
    process = subprocess.Popen([node, str(MOCK)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    runtime = FamilyRuntime(process)
    try:
        loaded = runtime.ask(op="load", package=str(package), shape=shape, window=window or {})
        if not loaded["ok"]:
            raise FamilyError(loaded["error"])
        yield runtime
    finally:
        if process.stdin:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class FamilyDriver:
    """The plans' Driver (tests/engine/drivers.py) over the mock: touches at logical points
    through the runtime's touch listeners, frames through its requestAnimationFrame."""

    def __init__(self, runtime: FamilyRuntime) -> None:
        self.runtime = runtime

    def _path(self, path: str) -> str:
        return "pyminisGame." + path

    def run(self, touches: list[tuple[str, float, float]], frames: int,
            read: list[str]) -> list[Any]:
        for kind, x, y in touches:
            self.touch(kind, x, y)
        self.step(frames)
        return [self.value(path) for path in read]

    def step(self, frames: int = 1) -> None:
        self.runtime.frames(frames)

    def touch(self, kind: str, x: float, y: float, ident: int = 1) -> None:
        self.runtime.ask(op="touchLogical", kind=kind, x=x, y=y, id=ident)

    def value(self, path: str) -> Any:
        return self.runtime.eval(self._path(path))

    def length(self, path: str) -> int:
        return int(self.runtime.eval(self._path(path) + ".length"))

    def call(self, path: str) -> Any:
        return self.runtime.eval(self._path(path) + "()")

    def frame(self) -> tuple[int, str]:
        drawn = self.runtime.ask(op="frame")
        return int(drawn["colours"]), str(drawn["digest"])

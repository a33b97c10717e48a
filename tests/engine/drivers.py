"""One way to play a game frame by frame, in a real browser or headless in CPython.

A plan (tests/engine/plans.py) is written once against `Driver` and played on both: the
browser driver steps the compiled game through `pyminisPlatform.__step` / `__touch` (manual
frames), the headless driver steps the same Python game through `pyminis.headless`.
Coordinates given to a driver are the game's logical units; it maps them to the window.
"""

from __future__ import annotations

import hashlib
from functools import reduce
from pathlib import Path
from typing import Any, Protocol

from pyminis.headless import HeadlessPlatform
from tests.support.browser import serve
from tests.support.emulator import run_native

MANUAL_FRAMES = "globalThis.__pyminisManualFrames = true;"


class Driver(Protocol):
    def run(self, touches: list[tuple[str, float, float]], frames: int,
            read: list[str]) -> list[Any]: ...
    def step(self, frames: int = 1) -> None: ...
    def touch(self, kind: str, x: float, y: float, ident: int = 1) -> None: ...
    def value(self, path: str) -> Any: ...
    def length(self, path: str) -> int: ...
    def call(self, path: str) -> Any: ...
    def frame(self) -> tuple[int, str]: ...


def tap(driver: Driver, x: float, y: float) -> None:
    """A finger down and up one frame later, at a logical point."""
    driver.touch("start", x, y)
    driver.step()
    driver.touch("end", x, y)


_FRAME_JS = """() => {
  const c = pyminisGame.canvas;
  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const colors = new Set();
  let hash = 2166136261;
  for (let y = 0; y < c.height; y += 3) {
    for (let x = 0; x < c.width; x += 3) {
      const i = (y * c.width + x) * 4;
      const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      colors.add(rgb);
      hash = Math.imul(hash ^ rgb, 16777619) >>> 0;
    }
  }
  return [colors.size, hash.toString(16)];
}"""


# A float with an integral value is a PyFloat box in the compiled game (docs/architecture.md,
# "Value model"): read it as its number, as the headless driver reads Python's float.
_UNBOX = "const unbox = (v) => v !== null && typeof v === 'object' && typeof v.valueOf() === 'number' ? v.valueOf() : v; "
_RUN_JS = """([touches, frames, read]) => {
  """ + _UNBOX + """
  const v = pyminisGame.view;
  for (const [kind, x, y] of touches) {
    pyminisPlatform.__touch(kind, (x * v.k + v.offset_x) / v.ratio, (y * v.k + v.offset_y) / v.ratio, 1);
  }
  for (let i = 0; i < frames; i++) pyminisPlatform.__step();
  return read.map((p) => unbox(p.split('.').reduce((o, k) => o[k], pyminisGame)));
}"""


class BrowserDriver:
    """A compiled game in a Playwright page opened with MANUAL_FRAMES as an init script."""

    def __init__(self, page: Any) -> None:
        self.page = page

    def run(self, touches: list[tuple[str, float, float]], frames: int,
            read: list[str]) -> list[Any]:
        """Touches, then frames, then reads: one round trip to the page."""
        return list(self.page.evaluate(_RUN_JS, [touches, frames, read]))

    def step(self, frames: int = 1) -> None:
        self.page.evaluate("n => { for (let i = 0; i < n; i++) pyminisPlatform.__step(); }", frames)

    def touch(self, kind: str, x: float, y: float, ident: int = 1) -> None:
        self.page.evaluate(
            """([kind, x, y, id]) => { const v = pyminisGame.view;
                 pyminisPlatform.__touch(kind, (x * v.k + v.offset_x) / v.ratio,
                                         (y * v.k + v.offset_y) / v.ratio, id); }""",
            [kind, x, y, ident])

    def value(self, path: str) -> Any:
        return self.page.evaluate("p => { " + _UNBOX + "return unbox(p.split('.').reduce((o, k) => o[k], pyminisGame)); }",
                                  path)

    def length(self, path: str) -> int:
        return int(self.page.evaluate(
            "p => p.split('.').reduce((o, k) => o[k], pyminisGame).length", path))

    def call(self, path: str) -> Any:
        """Call a method without arguments, e.g. 'scene.next_pipe_gap'."""
        return self.page.evaluate("p => { " + _UNBOX + """const parts = p.split('.'); const name = parts.pop();
                      return unbox(parts.reduce((o, k) => o[k], pyminisGame)[name]()); }""", path)

    def frame(self) -> tuple[int, str]:
        colors, digest = self.page.evaluate(_FRAME_JS)
        return int(colors), str(digest)


class HeadlessDriver:
    """The same game's Python, run by pyminis.headless."""

    def __init__(self, play: HeadlessPlatform) -> None:
        self.play = play

    def run(self, touches: list[tuple[str, float, float]], frames: int,
            read: list[str]) -> list[Any]:
        for kind, x, y in touches:
            self.touch(kind, x, y)
        self.step(frames)
        return [self.value(path) for path in read]

    def step(self, frames: int = 1) -> None:
        self.play.steps(frames)

    def touch(self, kind: str, x: float, y: float, ident: int = 1) -> None:
        view = self.play.game.view
        self.play.touch(kind, (x * view.k + view.offset_x) / view.ratio,
                        (y * view.k + view.offset_y) / view.ratio, ident)

    def value(self, path: str) -> Any:
        return reduce(getattr, path.split("."), self.play.game)

    def length(self, path: str) -> int:
        return len(self.value(path))

    def call(self, path: str) -> Any:
        return self.value(path)()

    def frame(self) -> tuple[int, str]:
        image = self.play.snapshot().convert("RGB")
        sampled = image.resize((image.width // 3, image.height // 3), 0)
        colors = sampled.getcolors(1 << 20) or []
        return len(colors), hashlib.sha1(sampled.tobytes()).hexdigest()


def after_first_frames(page: Any, package: Path, target: str, script: str) -> Any:
    """Open a built package (h5 in the page, native in the emulator), step the game with
    manual frames until it has drawn twice, then evaluate `script` where the game runs."""
    if target == "h5":
        with serve(package) as url:
            page.add_init_script(MANUAL_FRAMES)
            page.goto(url + "/index.html")
            page.wait_for_function("typeof pyminisGame !== 'undefined'")
            page.wait_for_function("(pyminisPlatform.__step(), pyminisGame.frames > 1)")
            return page.evaluate(script)
    with run_native(page, package, manual=True) as emulator:
        worker = emulator.game_worker()
        for _ in range(200):
            worker.evaluate("pyminisPlatform.__step()")
            if worker.evaluate("pyminisGame.frames > 1"):
                break
        return worker.evaluate(script)

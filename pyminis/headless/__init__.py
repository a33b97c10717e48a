"""The headless backend: run a pyminis game in CPython, step it frame by frame, look at it.

    from pyminis import headless

    with headless.run_game("examples/flyer") as play:
        play.steps(30)                 # 30 frames of 1/60 s
        play.tap(180, 400)             # window CSS pixels, like a finger
        play.steps(10)
        assert play.game.scene.score == 0
        play.snapshot().save("frame.png")

It implements the platform interface (runtime_js/platform/interface.js) with a virtual clock
(always in manual mode), a Pillow canvas, recorded audio and in-memory storage; pyminis.tt
talks to the SDK's fake host (`play.host`) meanwhile. CPython only: it lives outside the
game-facing packages so it is never staged into a game.
"""

from __future__ import annotations

import copy
import json
import runpy
import sys
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterator

from PIL import Image

from pyminis.assets.atlas import ATLAS_SUFFIX, build_atlas, frame_map

from pyminis.headless._canvas import HeadlessCanvas, HeadlessImage
from pyminis.pipeline.atlases import frame_rows
from pyminis.sdk import fake

FRAME_MS = 1000 / 60


class HeadlessAudio:
    """An InnerAudioContext that records what the game asked of it."""

    def __init__(self) -> None:
        self.src = ""
        self.loop = False
        self.volume = 1.0
        self.paused = True
        self.log: list[str] = []

    def play(self) -> None:
        self.paused = False
        self.log.append("play")

    def pause(self) -> None:
        self.paused = True
        self.log.append("pause")

    def stop(self) -> None:
        self.paused = True
        self.log.append("stop")

    def seek(self, seconds: float) -> None:
        self.log.append(f"seek {seconds}")

    def destroy(self) -> None:
        self.log.append("destroy")

    def onCanplay(self, callback: Callable[[], None]) -> None:  # noqa: N802
        pass

    def onEnded(self, callback: Callable[[], None]) -> None:  # noqa: N802
        pass

    def onError(self, callback: Callable[[Any], None]) -> None:  # noqa: N802
        pass


class HeadlessPlatform:
    """`pyminisPlatform` for CPython. Sizes in CSS pixels; `ratio` backing pixels per CSS pixel."""

    kind = "headless"

    def __init__(self, root: Path | str = ".", width: int = 390, height: int = 844,
                 ratio: float = 1.0, safe_top: float = 0, needs_unlock: bool = True) -> None:
        self.root = Path(root)
        self.window = (width, height)
        self.ratio = ratio
        self.safe_top = safe_top
        self.clock = 0.0
        self.game: Any = None  # the Game, once one is made (engine._js.publish)
        self.host: Any = None  # the SDK's fake host while `use` is active
        self.screen: HeadlessCanvas | None = None
        self.audios: list[HeadlessAudio] = []
        self.storage: dict[str, Any] = {}
        self.fonts: list[str] = []
        self.errors: list[str] = []  # what the engine reported (e.g. an image that did not load)
        self.memory_images: dict[str, Image.Image] = {}  # made here (atlases), by package path
        self._frames: dict[int, Callable[[float], None]] = {}
        self._next_frame = 1
        self._later: list[Callable[[], None]] = []
        self._listeners: dict[str, list[Callable[[Any], None]]] = {}
        self._active: dict[int, SimpleNamespace] = {}
        if needs_unlock:
            self.unlockAudio = self._unlock  # optional member: browsers need it, natives not
        self.unlocked = False

    # Interface members ----------------------------------------------------------------------
    def createCanvas(self) -> HeadlessCanvas:  # noqa: N802
        if self.screen is None:
            self.screen = HeadlessCanvas(round(self.window[0] * self.ratio),
                                         round(self.window[1] * self.ratio))
            return self.screen
        return HeadlessCanvas()

    def createImage(self) -> HeadlessImage:  # noqa: N802
        return HeadlessImage(self)

    def atlas_frames(self, path: str) -> list[list[Any]] | None:
        """`game.load_atlas(path)`: pack `path`.atlas/ as the asset stage does (same packer,
        same frame map) and keep the sheet in memory, where createImage finds `path`.png."""
        folder = self.root / (path + ATLAS_SUFFIX)
        if not folder.is_dir():
            return None
        images: dict[str, Image.Image] = {
            p.relative_to(folder).with_suffix("").as_posix(): Image.open(p)
            for p in sorted(folder.rglob("*.png"))}
        packed = build_atlas(images, path + ATLAS_SUFFIX)
        self.memory_images[path + ".png"] = packed.image
        return frame_rows(json.loads(frame_map(packed, Path(path).name + ".png")))

    def loadFont(self, path: str) -> str | None:  # noqa: N802
        if not (self.root / path).is_file():
            return None
        self.fonts.append(path)
        return f"pyminis-font-{len(self.fonts)}"

    def getSystemInfoSync(self) -> SimpleNamespace:  # noqa: N802
        width, height = self.window
        area = SimpleNamespace(left=0, top=self.safe_top, right=width, bottom=height, width=width,
                               height=height - self.safe_top)
        return SimpleNamespace(windowWidth=width, windowHeight=height, screenWidth=width,
                               screenHeight=height, pixelRatio=self.ratio,
                               devicePixelRatio=self.ratio, safeArea=area,
                               statusBarHeight=self.safe_top, platform="headless", language="en")

    def requestAnimationFrame(self, callback: Callable[[float], None]) -> int:  # noqa: N802
        ident = self._next_frame
        self._next_frame += 1
        self._frames[ident] = callback
        return ident

    def cancelAnimationFrame(self, ident: int) -> None:  # noqa: N802
        self._frames.pop(ident, None)

    def setPreferredFramesPerSecond(self, fps: float) -> None:  # noqa: N802
        pass

    def now(self) -> float:
        return self.clock

    def createInnerAudioContext(self) -> HeadlessAudio:  # noqa: N802
        audio = HeadlessAudio()
        self.audios.append(audio)
        return audio

    def _unlock(self) -> None:
        self.unlocked = True

    def getStorageSync(self, key: str) -> Any:  # noqa: N802
        return copy.deepcopy(self.storage.get(key, ""))

    def setStorageSync(self, key: str, value: Any) -> None:  # noqa: N802
        self.storage[key] = copy.deepcopy(value)

    def removeStorageSync(self, key: str) -> None:  # noqa: N802
        self.storage.pop(key, None)

    def _on(self, kind: str) -> Callable[[Callable[[Any], None]], None]:
        return lambda callback: self._listeners.setdefault(kind, []).append(callback)

    def _off(self, kind: str) -> Callable[[Callable[[Any], None]], None]:
        def off(callback: Callable[[Any], None]) -> None:
            if callback in self._listeners.get(kind, []):
                self._listeners[kind].remove(callback)
        return off

    def _emit(self, kind: str, payload: Any) -> None:
        for callback in list(self._listeners.get(kind, [])):
            callback(payload)

    def log(self, message: str) -> None:
        self.errors.append(message)
        sys.stderr.write(message + "\n")

    def later(self, callback: Callable[[], None]) -> None:
        """Run `callback` at the start of the next step (image loads, like a browser's)."""
        self._later.append(callback)

    # Test controls ---------------------------------------------------------------------------
    def step(self, ms: float = FRAME_MS) -> None:
        """Advance the clock by `ms`: finish loads, let the SDK host answer, run one frame."""
        self.clock += ms
        later, self._later = self._later, []
        for callback in later:
            callback()
        fake.current().advance(ms)
        due, self._frames = self._frames, {}
        for frame in due.values():
            frame(self.clock)

    def steps(self, count: int, ms: float = FRAME_MS) -> None:
        for _ in range(count):
            self.step(ms)

    def touch(self, kind: str, x: float, y: float, ident: int = 1) -> None:
        """Dispatch a touch ('start', 'move', 'end', 'cancel') at window CSS pixels."""
        point = SimpleNamespace(identifier=ident, clientX=x, clientY=y, screenX=x, screenY=y)
        if kind in ("start", "move"):
            self._active[ident] = point
        else:
            self._active.pop(ident, None)
        self._emit("touch" + kind, SimpleNamespace(touches=list(self._active.values()),
                                                   changedTouches=[point], timeStamp=self.clock))

    def tap(self, x: float, y: float, ident: int = 1) -> None:
        """A finger down and up at one point, one frame apart."""
        self.touch("start", x, y, ident)
        self.step()
        self.touch("end", x, y, ident)

    def key(self, kind: str, key: str) -> None:
        self._emit("key" + kind, SimpleNamespace(key=key, code=key))

    def visibility(self, hidden: bool) -> None:
        self._emit("hide" if hidden else "show", {})

    def snapshot(self) -> Image.Image:
        """The on-screen canvas as it is now (a copy)."""
        if self.screen is None:
            raise RuntimeError("the game has not created its canvas yet")
        return self.screen.pixels.copy()


_EVENTS = {"TouchStart": "touchstart", "TouchMove": "touchmove", "TouchEnd": "touchend",
           "TouchCancel": "touchcancel", "Show": "show", "Hide": "hide", "KeyDown": "keydown",
           "KeyUp": "keyup"}


def _listener_property(kind: str, off: bool) -> property:
    if off:
        return property(lambda self: self._off(kind))
    return property(lambda self: self._on(kind))


for _name, _kind in _EVENTS.items():
    setattr(HeadlessPlatform, "on" + _name, _listener_property(_kind, False))
    setattr(HeadlessPlatform, "off" + _name, _listener_property(_kind, True))
# The interface's test hooks, under their JavaScript names.
for _alias, _method in (("__step", "step"), ("__touch", "touch"), ("__key", "key"),
                        ("__visibility", "visibility")):
    setattr(HeadlessPlatform, _alias, getattr(HeadlessPlatform, _method))

_current: list[HeadlessPlatform] = []


def current() -> HeadlessPlatform:
    """The platform a game made in CPython talks to (one is made if none is installed)."""
    if not _current:
        _current.append(HeadlessPlatform())
    return _current[-1]


@contextmanager
def use(platform: HeadlessPlatform,
        host: fake.FakeHost | None = None) -> Iterator[HeadlessPlatform]:
    """Make games created inside the block run on `platform`, with `host` as the SDK's fake
    host (a fresh one by default)."""
    _current.append(platform)
    try:
        with fake.use(host) as host:
            platform.host = host
            yield platform
    finally:
        _current.remove(platform)


@contextmanager
def game_imports(main: Path) -> Iterator[None]:
    """Inside the block, the entry module's folder is on sys.path (its sibling modules import);
    afterwards the game's own modules are forgotten, so each run imports them fresh."""
    saved_path = list(sys.path)
    saved_modules = set(sys.modules)
    sys.path.insert(0, str(main.parent))
    saved_pyxel = sys.modules.get("pyxel")
    if _imports_pyxel(main.parent):
        # `import pyxel` in a game is pyminis.pyxel, in CPython as in the build.
        import pyminis.pyxel

        sys.modules["pyxel"] = pyminis.pyxel
    try:
        yield
    finally:
        sys.path[:] = saved_path
        for name in set(sys.modules) - saved_modules:  # the game's own modules, fresh each run
            if not name.startswith("pyminis"):
                del sys.modules[name]
        if saved_pyxel is not None:
            sys.modules["pyxel"] = saved_pyxel


@contextmanager
def run_game(project: Path | str, width: int = 390, height: int = 844, ratio: float = 1.0,
             entry: str = "src/main.py", host: fake.FakeHost | None = None,
             **options: Any) -> Iterator[HeadlessPlatform]:
    """Run a game project's entry module headless; yields the platform, whose `game` is the
    Game the module made. Nothing runs until the test steps frames, but the module's own
    top-level calls (a sign-in started at import) reach the SDK at once: to script their
    answers, pass a `host` whose `outcomes` are already set."""
    root = Path(project).resolve()
    main = root / entry
    platform = HeadlessPlatform(root, width, height, ratio, **options)
    with game_imports(main), use(platform, host):
        runpy.run_path(str(main), run_name="__main__")
        yield platform


def _imports_pyxel(folder: Path) -> bool:
    from pyminis.pipeline.pyxel_data import imports_pyxel

    return imports_pyxel([p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.py"))])

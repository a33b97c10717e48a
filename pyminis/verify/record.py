"""The recording layer of the CPython side: the platform interface, standing in and recording.

`pyminis verify` plays a game twice, under CPython and compiled, and compares what each asked
of its platform. Both sides stand in for the same things in the same way, at the platform
interface (runtime_js/platform/interface.js) the engine already talks to; the JavaScript twin
is runtime_js/verify/harness.js. What is recorded, per frame, as plain lists:

    [canvas, "fillRect", 0, 0, 780, 1688]   a context call (canvas: 0 the screen, 1… others)
    [canvas, "=fillStyle", "#161823"]       a context or canvas property set
    ["audio", 1, "play"] / ["audio", 1, "=src", "assets/hit.mp3"]
    ["sdk", "login", {}]                    an SDK call (the fake host's / the stand-in's record)
    ["print", "text"] / ["log", "text"]     print() / console.error of the engine
    ["error", "ZeroDivisionError", "…"]     an exception that reached the platform

Stood in identically on both sides: the canvas (nothing is drawn here; `measureText` is
`len(text) × font px × 0.5`), images (their size from the file, `onload` at the start of the
next frame), fonts (`pyminis-font-N`), audio (recorded, never playing), system info (the
verify device), time (a fixed step per frame), SDK answers (the fake host with JavaScript's
timing, `FakeHost(js_tasks=True)`).
"""

from __future__ import annotations

import copy
import functools
import sys
import traceback
import zlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace, TracebackType
from typing import Any

from PIL import Image as PILImage

from pyminis.headless import FRAME_MS, HeadlessPlatform
from pyminis.sdk import fake

# The context's members the engine uses (interface.js); nothing else exists on either side.
CONTEXT_METHODS = ("save", "restore", "setTransform", "translate", "rotate", "scale", "fillRect",
                   "clearRect", "strokeRect", "beginPath", "arc", "rect", "moveTo", "lineTo",
                   "closePath", "fill", "stroke", "fillText", "drawImage")
CONTEXT_PROPERTIES = {"globalAlpha": 1.0, "fillStyle": "#000000", "strokeStyle": "#000000",
                      "lineWidth": 1.0, "font": "10px sans-serif", "textAlign": "start",
                      "textBaseline": "alphabetic", "imageSmoothingEnabled": True}
# SDK calls neither side records: those the stand-in passes straight through, the page's own
# init, and the platform's objects asked for by the backend compiled and by pyminis.tt in
# CPython: the system info (the device's on both sides) and the open data domain's shared
# canvas (native_open_data.js asks the SDK for it its own way; the harness also leaves out
# the calls made inside the backend's getSharedCanvas).
UNRECORDED_SDK = {"requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout",
                  "init", "TTMinis.init", "getSystemInfoSync", "getSharedCanvas"}
TEXT_WIDTH_PER_PX = 0.5


def text_width(text: str, font: str) -> float:
    """measureText's width on both sides: code points × the font's px size × 0.5."""
    size = 10.0
    for part in font.split():
        if part.endswith("px"):
            try:
                size = float(part[:-2])
            except ValueError:
                pass
    return len(text) * size * TEXT_WIDTH_PER_PX


def plain_arg(value: Any) -> Any:
    """A call argument as recorded: numbers, strings, booleans as they are; images and
    canvases by name; anything else by its type."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, VerifyImage):
        return {"image": value.src}
    if isinstance(value, RecordingCanvas):
        return {"canvas": value.ident}
    if isinstance(value, (list, tuple)):
        return [plain_arg(v) for v in value]
    return {"object": type(value).__name__}


class Recorder:
    """The entries of the frame being played, and what the diagnosis pass asked to capture."""

    def __init__(self) -> None:
        self.frame = 0  # 0: the module's own top-level run, before the first step
        self.entries: list[list[Any]] = []
        self.capture: tuple[int, int] | None = None  # (frame, entry index) to capture
        self.captured: dict[str, Any] | None = None
        self.tracebacks: dict[tuple[int, int], list[traceback.FrameSummary]] = {}
        self.playing = False  # the game's code runs (a plan's own prints are not the game's)

    def add(self, entry: list[Any]) -> None:
        if self.capture == (self.frame, len(self.entries)):
            self.captured = {"stack": traceback.extract_stack()[:-1],
                             "node": _drawn_node(sys._getframe(1))}
        self.entries.append(entry)

    def error(self, error: BaseException) -> None:
        """An exception that reached the platform: recorded, its traceback kept."""
        tb: TracebackType | None = error.__traceback__
        self.tracebacks[(self.frame, len(self.entries))] = traceback.extract_tb(tb)
        self.add(["error", type(error).__name__, str(error)])


class RecordingContext:
    """The 2D context stand-in: records every call and property set, draws nothing."""

    _recorder: Recorder
    _ident: int
    font: str

    def __init__(self, recorder: Recorder, ident: int) -> None:
        object.__setattr__(self, "_recorder", recorder)
        object.__setattr__(self, "_ident", ident)
        for name, value in CONTEXT_PROPERTIES.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in CONTEXT_PROPERTIES:
            self._recorder.add([self._ident, "=" + name, plain_arg(value)])
        object.__setattr__(self, name, value)

    def reset(self) -> None:
        """A canvas whose size is set starts over with a fresh context state."""
        for name, value in CONTEXT_PROPERTIES.items():
            object.__setattr__(self, name, value)

    def createImageData(self, width: int, height: int) -> SimpleNamespace:  # noqa: N802
        return SimpleNamespace(width=width, height=height, data=bytearray(width * height * 4))

    def putImageData(self, image: Any, x: float, y: float) -> None:  # noqa: N802
        # Pixels put whole (pyminis.pyxel's framebuffer): compared by CRC-32, as harness.js.
        self._recorder.add([self._ident, "putImageData",
                            {"crc32": zlib.crc32(bytes(image.data)), "size": [image.width, image.height]},
                            plain_arg(x), plain_arg(y)])

    def measureText(self, text: str) -> SimpleNamespace:  # noqa: N802  (the platform's name)
        text = str(text)
        self._recorder.add([self._ident, "measureText", text])
        return SimpleNamespace(width=text_width(text, self.font))


def _context_method(name: str) -> Callable[..., None]:
    def call(self: RecordingContext, *args: Any) -> None:
        self._recorder.add([self._ident, name, *[plain_arg(a) for a in args]])
    call.__name__ = name
    return call


for _name in CONTEXT_METHODS:
    setattr(RecordingContext, _name, _context_method(_name))


def _canvas_size(value: Any) -> int:
    """A canvas keeps its size as an unsigned 32-bit integer (the fraction dropped)."""
    try:
        return int(value) & 0xFFFFFFFF
    except (TypeError, ValueError, OverflowError):
        return 0


class RecordingCanvas:
    """`createCanvas()`: a size and a recording context."""

    def __init__(self, recorder: Recorder, ident: int, width: int, height: int) -> None:
        self._recorder = recorder
        self.ident = ident
        self._width = width
        self._height = height
        self._context = RecordingContext(recorder, ident)

    @property
    def width(self) -> int:
        return self._width

    @width.setter
    def width(self, value: int) -> None:
        self._recorder.add([self.ident, "=width", plain_arg(value)])
        self._width = _canvas_size(value)
        self._context.reset()

    @property
    def height(self) -> int:
        return self._height

    @height.setter
    def height(self, value: int) -> None:
        self._recorder.add([self.ident, "=height", plain_arg(value)])
        self._height = _canvas_size(value)
        self._context.reset()

    def getContext(self, kind: str) -> RecordingContext:  # noqa: N802
        if kind != "2d":
            raise ValueError("the verify canvas has only a '2d' context")
        return self._context


class VerifyImage:
    """`createImage()`: size 0 and `complete` false until the start of the next frame, when
    `onload` (or `onerror`) runs; as the compiled side's image stand-in does."""

    def __init__(self, platform: VerifyPlatform) -> None:
        self._platform = platform
        self._src = ""
        self.width = 0
        self.height = 0
        self.complete = False
        self.onload: Any = None
        self.onerror: Any = None
        self.pixels: Any = None  # headless snapshots and drawImage read it (never set here)

    @property
    def src(self) -> str:
        return self._src

    @src.setter
    def src(self, value: str) -> None:
        self._src = str(value)
        size = self._platform.image_size(self._src)
        self._platform.later(lambda: self._deliver(size))

    def _deliver(self, size: tuple[int, int] | None) -> None:
        if size is None:
            if self.onerror is not None:
                self.onerror({"errMsg": f"cannot load {self._src}"})
            return
        self.width, self.height = size
        self.complete = True
        if self.onload is not None:
            self.onload()


class RecordingAudio:
    """An InnerAudioContext stand-in: records what the game asks, never plays."""

    _recorder: Recorder
    _ident: int

    def __init__(self, recorder: Recorder, ident: int) -> None:
        object.__setattr__(self, "_recorder", recorder)
        object.__setattr__(self, "_ident", ident)
        object.__setattr__(self, "src", "")
        object.__setattr__(self, "loop", False)
        object.__setattr__(self, "volume", 1.0)
        object.__setattr__(self, "paused", True)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("src", "loop", "volume"):
            self._recorder.add(["audio", self._ident, "=" + name, plain_arg(value)])
        object.__setattr__(self, name, value)

    def _op(self, name: str, *args: Any) -> None:
        self._recorder.add(["audio", self._ident, name, *[plain_arg(a) for a in args]])

    def play(self) -> None:
        object.__setattr__(self, "paused", False)
        self._op("play")

    def pause(self) -> None:
        object.__setattr__(self, "paused", True)
        self._op("pause")

    def stop(self) -> None:
        object.__setattr__(self, "paused", True)
        self._op("stop")

    def seek(self, seconds: float) -> None:
        self._op("seek", seconds)

    def destroy(self) -> None:
        self._op("destroy")

    def onCanplay(self, callback: Callable[[], None]) -> None:  # noqa: N802
        pass

    def onEnded(self, callback: Callable[[], None]) -> None:  # noqa: N802
        pass

    def onError(self, callback: Callable[[Any], None]) -> None:  # noqa: N802
        pass


class RecordedCalls(list):  # type: ignore[type-arg]
    """The fake host's `calls`, each one also recorded in the frame where it is made."""

    def __init__(self, recorder: Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    def append(self, call: Any) -> None:
        super().append(call)
        if call.name not in UNRECORDED_SDK:
            self.recorder.add(["sdk", call.name, copy.deepcopy(call.params)])


def _drawn_node(frame: Any) -> Any:
    """The node the engine's draw path is drawing at this point of the stack, if any."""
    while frame is not None:
        if frame.f_code.co_name in ("_draw_shape", "draw_nodes", "_draw_group"):
            found = frame.f_locals.get("n", frame.f_locals.get("group"))
            if found is not None:
                return found
        frame = frame.f_back
    return None


class VerifyPlatform(HeadlessPlatform):
    """`pyminisPlatform` of the CPython side: the headless backend with the stand-ins above,
    shaped as h5.js (`make_platform` gives native.js's shape: no keyboard)."""

    kind = "headless"

    def __init__(self, root: Path, device: dict[str, Any], recorder: Recorder,
                 target: str) -> None:
        ratio = float(device["pixelRatio"])
        super().__init__(root, int(device["windowWidth"]), int(device["windowHeight"]), ratio)
        self.device = device
        self.recorder = recorder
        self.target = target
        self._canvases = 0
        self._audios = 0
        self._fonts = 0
        self._sizes: dict[str, tuple[int, int] | None] = {}

    def onWindowResize(self, callback: Callable[[Any], None]) -> None:  # noqa: N802
        pass  # h5.js has it; the verify window never changes size

    def offWindowResize(self, callback: Callable[[Any], None]) -> None:  # noqa: N802
        pass

    # Interface members ----------------------------------------------------------------------
    def createCanvas(self) -> RecordingCanvas:  # type: ignore[override]  # noqa: N802
        ident = self._canvases
        self._canvases += 1
        if ident == 0:
            width, height = self.window
            return RecordingCanvas(self.recorder, 0, round(width * self.ratio),
                                   round(height * self.ratio))
        return RecordingCanvas(self.recorder, ident, 1, 1)

    def createImage(self) -> VerifyImage:  # type: ignore[override]  # noqa: N802
        return VerifyImage(self)

    def image_size(self, src: str) -> tuple[int, int] | None:
        if src not in self._sizes:
            made = self.memory_images.get(src)
            if made is not None:
                self._sizes[src] = made.size
            else:
                try:
                    with PILImage.open(self.root / src) as image:
                        self._sizes[src] = image.size
                except OSError:
                    self._sizes[src] = None
        return self._sizes[src]

    def loadFont(self, path: str) -> str:  # noqa: N802
        self._fonts += 1
        return f"pyminis-font-{self._fonts}"

    def getSystemInfoSync(self) -> SimpleNamespace:  # noqa: N802
        return _namespace(copy.deepcopy(self.device))

    def createInnerAudioContext(self) -> RecordingAudio:  # type: ignore[override]  # noqa: N802
        self._audios += 1
        return RecordingAudio(self.recorder, self._audios)

    def log(self, message: str) -> None:
        self.errors.append(message)
        self.recorder.add(["log", message])

    # Tasks, as JavaScript runs them --------------------------------------------------------
    def task(self, callback: Callable[[], Any]) -> None:
        """Run `callback` as one JavaScript task: an exception is recorded (the compiled side
        reports it and goes on), then the microtasks it queued run."""
        playing, self.recorder.playing = self.recorder.playing, True
        try:
            try:
                callback()
            except Exception as error:  # noqa: BLE001  (any exception of the game is a record)
                self.recorder.error(error)
            host = fake.current()
            while host.microtasks:
                try:
                    host.drain()
                except Exception as error:  # noqa: BLE001
                    self.recorder.error(error)
        finally:
            self.recorder.playing = playing

    def step(self, ms: float = FRAME_MS) -> None:
        """One frame, in the compiled side's order: images that arrived, SDK timers, then the
        clock moves and the animation-frame callbacks run."""
        later, self._later = self._later, []
        for callback in later:
            self.task(callback)
        fake.current().advance(ms, run=self.task)
        self.clock += ms
        due, self._frames = self._frames, {}
        for frame in due.values():
            self.task(functools.partial(frame, self.clock))

    def touch(self, kind: str, x: float, y: float, ident: int = 1) -> None:
        self.task(lambda: HeadlessPlatform.touch(self, kind, x, y, ident))

    def key(self, kind: str, key: str) -> None:
        self.task(lambda: HeadlessPlatform.key(self, kind, key))

    def visibility(self, hidden: bool) -> None:
        self.task(lambda: HeadlessPlatform.visibility(self, hidden))


class NativeVerifyPlatform(VerifyPlatform):
    """native.js's shape: no keyboard and no window resizing, so `has(platform, "onKeyDown")`
    is false on both sides."""

    onKeyDown = onKeyUp = offKeyDown = offKeyUp = None  # type: ignore[assignment]
    onWindowResize = offWindowResize = None  # type: ignore[assignment]


def make_platform(root: Path, device: dict[str, Any], recorder: Recorder,
                  target: str) -> VerifyPlatform:
    kind = VerifyPlatform if target == "h5" else NativeVerifyPlatform
    return kind(root, device, recorder, target)


def _namespace(value: Any) -> Any:
    if isinstance(value, dict):
        return SimpleNamespace(**{k: _namespace(v) for k, v in value.items()})
    return value


class PrintRecorder:
    """sys.stdout (or stderr) while the game is played: each line the game prints is an entry,
    `print` (compiled: console.log) or `log` (stderr; compiled: console.error); what the plan
    prints goes to the real stream."""

    def __init__(self, recorder: Recorder, kind: str, real: Any) -> None:
        self.recorder = recorder
        self.kind = kind
        self.real = real
        self.pending = ""

    def write(self, text: str) -> int:
        if not self.recorder.playing:
            return int(self.real.write(text))
        self.pending += text
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            self.recorder.add([self.kind, line])
        return len(text)

    def flush(self) -> None:
        if not self.recorder.playing:
            self.real.flush()

"""Native packages in a mock of the WeChat / Douyin runtime family (tests/support/family_runtime.js).

The mock is shaped from the family's public typings, not from the pyminis emulator: only
ECMAScript's globals and the runtime's API, virtual time, and each variation the family shows
(the clock: `performance` in ms, `getPerformance()` in µs or, in a developer tool, ms, only
`Date`; frame callbacks with or without a timestamp; `tt` global, only on GameGlobal, or
`wx`; touch points with client or screen coordinates). The flyer must play in every shape:
before runtime_js/platform/native.js read the clock's unit and ignored the frame argument,
a microsecond clock made every tap an 80-second press and bare frame callbacks froze time.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pyminis.pipeline import build
from tests.conftest import EXAMPLES
from tests.engine.plans import play_flyer
from tests.native.conftest import ProjectMaker
from tests.support.family import OTHER_SHAPES, SHAPES, FamilyDriver, run_family

NAMES = sorted(p.name for p in EXAMPLES.iterdir() if (p / "src" / "main.py").is_file())
# The strictest shape: no performance, a µs clock, bare frames, tt only on GameGlobal.
STRICTEST = {"clock": "getPerformance", "frames": "bare", "api": "GameGlobal.tt", "touch": "screen"}
WEB_GLOBALS = ["URL", "TextEncoder", "TextDecoder", "atob", "btoa", "structuredClone", "crypto",
               "performance", "document", "window", "navigator", "location", "fetch", "Image",
               "queueMicrotask", "self"]


@pytest.fixture(scope="module")
def natives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every example built for native once (release builds: what ships)."""
    built = {}
    for name in NAMES:
        root = tmp_path_factory.mktemp("family") / name
        shutil.copytree(EXAMPLES / name, root,
                        ignore=shutil.ignore_patterns("dist", "dist-*", ".pyminis", "__pycache__"))
        built[name] = build(root, "native").output_dir
    return built


@pytest.mark.parametrize("shape", [*SHAPES, *OTHER_SHAPES])
def test_flyer_plays_in_every_shape_of_the_family(shape: str, natives: dict[str, Path]) -> None:
    with run_family(natives["flyer"], {**SHAPES, **OTHER_SHAPES}[shape]) as runtime:
        seen = play_flyer(FamilyDriver(runtime))
        state = runtime.state()
    assert state["errors"] == []
    assert seen.states == ["ready", "playing", "playing", "over"]
    assert seen.numbers["score"] >= 2
    assert seen.numbers["flaps"] > 5
    assert seen.numbers["bird_y_at_rest"] == 580 - 16
    assert min(c for c, _ in seen.frames) > 2, "a frame was blank"
    assert len({d for _, d in seen.frames}) == len(seen.frames), "frames stopped changing"


@pytest.mark.parametrize("name", NAMES)
def test_every_example_runs_with_only_ecmascript_globals(name: str, natives: dict[str, Path]) -> None:
    with run_family(natives[name], STRICTEST) as runtime:
        # The context really lacks the web's globals (else this test could not fail).
        kinds = runtime.eval("[%s]" % ", ".join(f"typeof {g}" for g in WEB_GLOBALS))
        assert kinds == ["undefined"] * len(WEB_GLOBALS)
        runtime.frames(30)
        width, height = runtime.eval("[GameGlobal.tt.getWindowInfo().windowWidth,"
                                     " GameGlobal.tt.getWindowInfo().windowHeight]")
        runtime.frames(2, [["start", width / 2, height * 0.7, 1]])
        runtime.frames(30, [["end", width / 2, height * 0.7, 1]])
        drawn = runtime.ask(op="frame")
        frames = runtime.eval("pyminisGame.frames")
        state = runtime.state()
    assert state["errors"] == [], f"{name} failed with only ECMAScript globals"
    assert frames > 50 and drawn["colours"] > 1, f"{name} drew nothing"
    # The screen got the window's backing-store size (window × pixelRatio 2).
    assert runtime_screen_ok(natives[name])


def runtime_screen_ok(package: Path) -> bool:
    with run_family(package, STRICTEST, {"width": 400, "height": 800, "pixelRatio": 2}) as runtime:
        runtime.frames(2)
        return bool(runtime.eval("pyminisGame.canvas.width === 800 && pyminisGame.canvas.height === 1600"))


MUSIC_GAME = """
from pyminis.engine import Game, Scene

class Play(Scene):
    def setup(self) -> None:
        self.music = self.game.load_music("assets/song.mp3")
        self.music.play()

Game(360, 640).run(Play())
"""


def test_music_resumes_after_an_audio_interruption(native_project: ProjectMaker) -> None:
    root = native_project(MUSIC_GAME, files={"assets/song.mp3": b"ID3 not really music"})
    package = build(root, "native").output_dir
    with run_family(package, STRICTEST) as runtime:
        runtime.frames(3, [["start", 100, 100, 1], ["end", 100, 100, 1]])
        before = runtime.state()["calls"]
        runtime.ask(op="interrupt", phase="begin")
        during = runtime.state()["calls"][len(before):]
        runtime.frames(3)
        runtime.ask(op="interrupt", phase="end")
        after = runtime.state()["calls"][len(before) + len(during):]
    assert "audio.play" in before
    assert during == ["audio.pause"]
    assert after == ["audio.play"], "the music did not come back after the call"


def test_a_game_without_the_runtime_api_fails_naming_it(tmp_path: Path, natives: dict[str, Path]) -> None:
    package = tmp_path / "bare"
    shutil.copytree(natives["hello"], package)
    shape: dict[str, Any] = {**STRICTEST, "api": "none"}
    with pytest.raises(AssertionError, match="found no native API"):
        with run_family(package, shape):
            pass


CLOCK_GAME = """
import time
from pyminis.engine import Game, Scene

class Play(Scene):
    def setup(self) -> None:
        self.start = time.perf_counter()
        self.first = time.monotonic_ns()
        self.frames = 0

    def update(self, dt: float) -> None:
        self.frames += 1
        if self.frames == 30:
            print("elapsed", round(time.perf_counter() - self.start, 1),
                  time.monotonic_ns() > self.first, time.time() > 1.7e9)

Game(360, 640).run(Play())
"""


def test_the_time_module_reads_the_runtimes_clock(native_project: ProjectMaker) -> None:
    # Transcrypt's time module read a global `performance`, which the strictest runtime lacks.
    package = build(native_project(CLOCK_GAME), "native").output_dir
    with run_family(package, STRICTEST) as runtime:
        runtime.frames(40)
        state = runtime.state()
    assert state["errors"] == []
    lines = [text for _, text in state["console"] if text.startswith("elapsed")]
    assert lines == ["elapsed 0.5 True True"]  # 29 frames of 1/60 s after setup's read

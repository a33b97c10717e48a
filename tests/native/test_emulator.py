"""Native packages run in the emulator: a Worker with no DOM, native globals, the SDK stand-in."""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from PIL import Image

from pyminis.pipeline import build
from tests.native.conftest import ProjectMaker
from tests.support.emulator import run_native

pytestmark = pytest.mark.browser

# A game on the platform layer alone: frames animate a square, taps grow a bar.
ANIMATED = '''
platform = pyminisPlatform
canvas = platform.createCanvas()
ctx = canvas.getContext("2d")
state = {"frames": 0, "taps": 0, "x": -1, "y": -1}


def frame(now):
    state["frames"] += 1
    ctx.fillStyle = "#101010"
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.fillStyle = "#ff3b5c"
    ctx.fillRect((state["frames"] * 7) % 300, 100, 40, 40)
    ctx.fillStyle = "#25f4ee"
    ctx.fillRect(0, 200, 30 * state["taps"], 30)
    platform.setStorageSync("state", state)
    platform.requestAnimationFrame(frame)


def on_start(event):
    touch = event.changedTouches[0]
    state["taps"] += 1
    state["x"] = touch.clientX
    state["y"] = touch.clientY
    print("tap at", touch.clientX, touch.clientY)


platform.onTouchStart(on_start)
platform.requestAnimationFrame(frame)
'''


def game_state(emu: Any) -> dict[str, Any]:
    return dict(emu.storage.get("state") or {})


def test_frames_are_drawn_and_real_taps_are_handled(page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(ANIMATED), "native")
    with run_native(page, result.output_dir) as emu:
        assert emu.loaded_ok and emu.errors == []
        page.wait_for_function("(emulator.storage.state || {}).frames >= 5")
        first = emu.pixels()
        assert (first["width"], first["height"]) == (390, 844)  # window × pixelRatio 1
        assert first["colours"] >= 2, "the screen is blank"
        page.wait_for_function(f"emulator.storage.state.frames >= {game_state(emu)['frames'] + 3}")
        assert emu.pixels()["hash"] != first["hash"], "frames do not change the screen"

        emu.tap(120, 300)  # a real pointer on the page → a native touch event in the worker
        page.wait_for_function("emulator.storage.state.taps === 1")
        assert (game_state(emu)["x"], game_state(emu)["y"]) == (120, 300)
        page.wait_for_function("emulator.console.some(([, t]) => t === 'tap at 120 300')")
        assert emu.pixel(15, 215)[:3] == [0x25, 0xF4, 0xEE], "the tap's bar was not drawn"
        assert emu.stats()["touches"] == 2  # start and end, as a phone sends them
    assert page.log.console_errors == []


def test_manual_frames_advance_only_when_stepped(page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(ANIMATED), "native")
    with run_native(page, result.output_dir, manual=True) as emu:
        page.wait_for_timeout(100)
        assert game_state(emu) == {}, "a frame ran before the test stepped"
        emu.step(count=3)
        page.wait_for_function("emulator.storage.state.frames === 3")
        emu.inject("start", 40, 50)
        emu.step()
        page.wait_for_function("emulator.storage.state.taps === 1")
        assert game_state(emu) == {"frames": 4, "taps": 1, "x": 40, "y": 50}


DOM_AT_LOAD = '''
platform = pyminisPlatform
canvas = platform.createCanvas()
document.title = "my game"
'''


def test_a_game_touching_document_fails_with_a_clear_message(
        page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(DOM_AT_LOAD), "native", dev=True)
    with run_native(page, result.output_dir) as emu:
        assert emu.loaded_ok is False
        [message] = emu.errors
        assert message.startswith("the game touched `document` at game.js:")
        assert "(Python: src/main.py:4)" in message
        assert "the native runtime has no DOM" in message and "tt.createCanvas()" in message
    # The same Python runs in a browser page: the h5 build is where the DOM exists.
    assert "build with --target h5" in message


DOM_ON_TAP = '''
platform = pyminisPlatform
canvas = platform.createCanvas()


def on_tap(event):
    width = window.innerWidth
    print("never", width)


platform.onTouchStart(on_tap)
'''


def test_a_dom_access_inside_a_handler_is_reported_when_it_happens(
        page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(DOM_ON_TAP), "native", dev=True)
    with run_native(page, result.output_dir) as emu:
        assert emu.loaded_ok and emu.errors == []
        emu.tap(10, 10)
        page.wait_for_function("emulator.errors.length > 0")
        assert emu.errors[0].startswith("the game touched `window` at game.js:")
        assert "(Python: src/main.py:7)" in emu.errors[0]
        assert not any("never" in text for _, text in emu.console)


PROBE = '''
import time

found = []
for name, probe in [
        ("document", lambda: document), ("window", lambda: window), ("fetch", lambda: fetch),
        ("navigator", lambda: navigator), ("XMLHttpRequest", lambda: XMLHttpRequest),
        ("importScripts", lambda: importScripts), ("OffscreenCanvas", lambda: OffscreenCanvas)]:
    try:
        probe()
        found.append(name)
    except:  # noqa: E722  (JS errors are caught by a bare except only)
        pass
print("web globals:", ",".join(found) if len(found) > 0 else "none")
print("native:", tt == wx, tt == TTMinis.game, GameGlobal.tt == tt, tt.init == None)
print("clock:", time.time() > 0)
'''


def test_the_game_sees_native_globals_and_no_web_ones(page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(PROBE), "native")
    with run_native(page, result.output_dir) as emu:
        assert emu.loaded_ok and emu.errors == []
        texts = [text for _, text in emu.console]
        assert texts == ["web globals: none", "native: True True True True", "clock: True"]


SDK_AND_DEVICE = '''
platform = pyminisPlatform
canvas = platform.createCanvas()
sound = tt.createInnerAudioContext()
sound.src = "assets/blip.wav"


def answered(kind):
    def report(result):
        print("login", kind, JSON.stringify(result))
    return report


def on_tap(event):
    sound.play()
    tt.vibrateShort({"type": "light"})
    tt.login({"success": answered("ok"), "fail": answered("fail")})


platform.onTouchStart(on_tap)
'''


def test_sdk_calls_reach_the_recording_stand_in_and_device_calls_are_logged(
        page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(SDK_AND_DEVICE), "native")
    with run_native(page, result.output_dir) as emu:
        emu.outcome("login", {"fail": {"error": {"error_code": 7, "error_msg": "no network"}}})
        emu.tap(50, 50)
        page.wait_for_function("emulator.console.some(([, t]) => t.startsWith('login'))")
        assert [t for _, t in emu.console] == [
            'login fail {"error":{"error_code":7,"error_msg":"no network"}}']
        [call] = emu.calls("login")
        assert call["answer"] == {"fail": {"error": {"error_code": 7, "error_msg": "no network"}}}
        ops = [(a["op"], a.get("key")) for a in emu.audio]
        assert ops[:3] == [("create", None), ("set", "src"), ("play", None)]
        assert emu.audio[1]["value"].endswith("/assets/blip.wav")
        [vibration] = emu.calls("vibrateShort")  # the stand-in answers what it implements
        assert vibration["params"] == {"type": "light"}


SUBPACKAGE_MAIN = '''
platform = pyminisPlatform
progress = []


def on_progress(value):
    progress.append(value)


def loaded(result):
    print("loaded; last progress", progress[len(progress) - 1], "level:", GameGlobal.level_two)


def failed(error):
    print("failed", error)


platform.loadSubpackage("level2", on_progress).then(loaded, failed)
'''


def test_a_subpackage_loads_with_progress_and_runs_its_own_game_js(
        page: Any, native_project: ProjectMaker) -> None:
    root = native_project(SUBPACKAGE_MAIN, config={
        "pyminis": {"subpackages": [{"name": "level2", "root": "subpackages/level2"}]}}, files={
        "subpackages/level2/main.py": 'print("level two runs")\nGameGlobal.level_two = "ready"\n',
    })
    result = build(root, "native")
    with run_native(page, result.output_dir) as emu:
        page.wait_for_function("emulator.console.length >= 2")
        assert [t for _, t in emu.console] == ["level two runs", "loaded; last progress 1 level: ready"]
        assert emu.errors == []
        assert {"name": "loadSubpackage", "params": {"name": "level2"}} in emu.stats()["deviceLog"]


SNAPSHOT = '''
platform = pyminisPlatform
screen = platform.createCanvas()
small = platform.createCanvas()
small.width = 4
small.height = 3
ctx = small.getContext("2d")
ctx.fillStyle = "#ff0000"
ctx.fillRect(0, 0, 2, 3)
ctx.fillStyle = "#0000ff"
ctx.fillRect(2, 0, 2, 3)
print(small.toDataURL())
print(screen.toDataURL()[:22])
'''


def test_canvases_answer_to_data_url_at_once_with_a_real_png(
        page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(SNAPSHOT), "native")
    with run_native(page, result.output_dir) as emu:
        assert emu.loaded_ok, emu.errors
        small, screen = [text for _, text in emu.console]
    assert screen == "data:image/png;base64,"
    image = Image.open(io.BytesIO(base64.b64decode(small.split(",", 1)[1])))
    assert image.size == (4, 3)
    rgba = image.convert("RGBA")
    assert [rgba.getpixel((x, 1)) for x in range(4)] == [(255, 0, 0, 255)] * 2 + [(0, 0, 255, 255)] * 2


LIFECYCLE = '''
platform = pyminisPlatform
info = platform.getSystemInfoSync()
print("window", info.windowWidth, info.windowHeight)
platform.onHide(lambda event: print("hidden"))
platform.onShow(lambda event: print("shown"))
'''


def test_the_app_going_to_the_background_and_back_reaches_the_game(
        page: Any, native_project: ProjectMaker) -> None:
    root = native_project(LIFECYCLE, config={"orientation": "landscape"})
    result = build(root, "native")
    with run_native(page, result.output_dir) as emu:
        emu.set_hidden(True)
        emu.set_hidden(False)
        page.wait_for_function("emulator.console.length >= 3")
        # A landscape game gets a landscape window, as the phone turns for it.
        assert [text for _, text in emu.console] == ["window 844 390", "hidden", "shown"]


STRICT_PROBE = '''
web = []
for name, probe in [
        ("URL", lambda: URL), ("TextEncoder", lambda: TextEncoder), ("atob", lambda: atob),
        ("structuredClone", lambda: structuredClone), ("crypto", lambda: crypto),
        ("performance", lambda: performance), ("self", lambda: self),
        ("queueMicrotask", lambda: queueMicrotask), ("TTMinis", lambda: TTMinis),
        ("WebAssembly", lambda: WebAssembly), ("addEventListener", lambda: addEventListener)]:
    try:
        probe()
        web.append(name)
    except:  # noqa: E722  (JS errors are caught by a bare except only)
        pass
print("web globals:", ",".join(web) if len(web) > 0 else "none")
info = tt.getSystemInfoSync()
print("ratio:", info.pixelRatio, info.devicePixelRatio == None)
clock = tt.getPerformance()
start = clock.now()


def later():
    print("microseconds:", clock.now() - start > 150000)


setTimeout(later, 200)


def on_frame(stamp=None):
    print("frame argument:", "none" if stamp == None else "given")


requestAnimationFrame(on_frame)


def on_start(event):
    point = event.changedTouches[0]
    fields = ["identifier", "clientX", "clientY", "force", "pageX", "pageY", "screenX", "screenY"]
    print("touch:", ",".join([name for name in fields if point[name] != None]))
    print("url:", URL != None)


tt.onTouchStart(on_start)
'''


@pytest.mark.parametrize("profile", ["tiktok", "strict"])
def test_the_strict_profile_is_the_family_at_its_strictest(page: Any, native_project: ProjectMaker,
                                                           profile: str) -> None:
    result = build(native_project(STRICT_PROBE), "native", dev=True)
    with run_native(page, result.output_dir, profile=profile) as emu:
        assert emu.loaded_ok, emu.errors
        page.wait_for_function("emulator.console.length >= 4")
        emu.tap(50, 60)
        page.wait_for_function("emulator.console.length >= 5 || emulator.errors.length > 0")
        texts = dict(text.split(": ", 1) for _, text in emu.console)
        if profile == "strict":
            page.wait_for_function("emulator.errors.length > 0")
            error = emu.errors[0]
    assert texts["microseconds"] == "True"
    if profile == "tiktok":
        assert texts["web globals"] == "URL,TextEncoder,atob,structuredClone,crypto,performance,self," \
            "queueMicrotask,TTMinis,WebAssembly,addEventListener"
        assert texts["frame argument"] == "given"
        assert texts["touch"] == "identifier,screenX,screenY"
        assert texts["url"] == "True"
        return
    assert texts["web globals"] == "none"
    assert texts["ratio"] == "2 True"
    assert texts["frame argument"] == "none"
    assert texts["touch"] == "identifier,clientX,clientY,force,pageX,pageY"
    assert error.startswith("the game used `URL` at game.js:")
    assert "(Python: src/main.py:39)" in error and "web API" in error


ON_ERROR = '''
seen = []


def listener(error):
    seen.append(error.message)
    print("onError:", error.message.split("\\n")[0])


tt.onError(listener)


def on_start(event):
    raise ValueError("no enemy at index 3")


tt.onTouchStart(on_start)
'''


@pytest.mark.parametrize("profile", ["tiktok", "strict"])
def test_an_uncaught_error_reaches_on_error_and_the_page_with_its_python_line(
        page: Any, native_project: ProjectMaker, profile: str) -> None:
    result = build(native_project(ON_ERROR), "native", dev=True)
    with run_native(page, result.output_dir, profile=profile) as emu:
        assert emu.loaded_ok, emu.errors
        emu.tap(40, 40)
        page.wait_for_function("emulator.errors.length > 0 && emulator.console.length > 0")
        raw = page.evaluate("emulator.errorReports[0]")
        errors, console = emu.errors, emu.console
    assert console == [("log", "onError: no enemy at index 3")]
    assert errors[0].startswith("the game threw ValueError: no enemy at index 3 at game.js:")
    assert "(Python: src/main.py:14)" in errors[0]
    assert raw["message"] == "no enemy at index 3" and "game.js:" in raw["stack"]

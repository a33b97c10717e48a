"""The game: a canvas, a fixed-timestep loop, input, audio, assets and the current scene.

    game = Game(360, 640, fit="letterbox", background="#161823")
    bird = game.load_image("assets/bird.png")
    game.run(Play())

Updates run at a fixed rate (`fps`, default 60) whatever the display does; drawing happens once
per display frame. Hidden games pause (and their audio); they resume on show.
Tests drive it frame by frame through the platform's manual mode (`__step`, `__touch`), or
call `advance()` and `render()` directly.
"""

from typing import Any  # (the guard drops typing imports from games)

from pyminis.engine._assets import Loader
from pyminis.engine._atlas import Atlas
from pyminis.engine._audio import Audio, Sound
from pyminis.engine._draw import DrawState, draw_nodes
from pyminis.engine._input import Input, swipe_direction
from pyminis.engine._js import (has, log_error, menu_button_rect, platform, publish,
                                 set_loading_progress, start)
from pyminis.engine._nodes import Image
from pyminis.engine._scene import Scene
from pyminis.engine._view import Box, Viewport, css_box_to_logical

MAX_STEPS_PER_FRAME = 5  # after a long stall, drop time rather than spiral


class Game:
    def __init__(self, width: float = 360, height: float = 640, fit: str = "letterbox",
                 background: str = "#000000", bars: str = "#000000", fps: int = 60) -> None:
        host = platform()
        self.platform = host
        self.canvas = host.createCanvas()
        self.ctx = self.canvas.getContext("2d")
        self.view = Viewport(width, height, fit)
        self.width = width  # the logical size; `fit` may grow one axis to the window's shape
        self.height = height
        self.background = background
        self.bars = bars
        self.step_seconds = 1 / fps
        self.step_ms = 1000 / fps
        self.input = Input()
        self.audio = Audio(host, has(host, "unlockAudio"))
        self.loader = Loader(host)
        self.scene: Any = None
        self.next_scene: Any = None
        self.started = False
        self.paused = False  # by the player's app going to the background
        self.held = False  # by the game: pause() / resume()
        self.frames = 0  # frames drawn
        self.steps = 0  # fixed steps run
        self.first_frame_ms = -1.0  # platform time when the first frame was drawn
        self.reported = -1.0
        self.safe_area = Box(0, 0, width, height)
        self.menu_box: Any = None  # menu_button's answer, once asked
        self.menu_asked = False
        self.last = 0.0
        self.pending = 0.0
        self.state = DrawState(self.ctx, self.canvas.width, self.canvas.height)
        # Bound once: Transcrypt makes a new function on every attribute access.
        self.frame_callback = self.frame
        self.make_canvas = host.createCanvas
        self.resize()
        host.onTouchStart(self.touch_start)
        host.onTouchMove(self.touch_move)
        host.onTouchEnd(self.touch_end)
        host.onTouchCancel(self.touch_end)
        host.onHide(self.hide)
        host.onShow(self.show)
        if has(host, "onKeyDown"):
            host.onKeyDown(self.key_down)
            host.onKeyUp(self.key_up)
        if has(host, "onWindowResize"):
            host.onWindowResize(self.window_resized)
        if has(host, "onAudioInterruptionEnd"):
            host.onAudioInterruptionBegin(self.audio_interrupted)
            host.onAudioInterruptionEnd(self.audio_back)
        publish(self)

    # Assets -------------------------------------------------------------------------------
    def load_image(self, path: str) -> Image:
        """An image from the package (e.g. 'assets/bird.png'); the game starts once loaded."""
        return self.loader.image(path)

    def load_atlas(self, path: str) -> Atlas:
        """A texture atlas packed from the folder `path`.atlas/ (e.g. "assets/hero"):
        `atlas.frame("idle")`, `atlas.frames("run/")` (an animation, in number order)."""
        return self.loader.atlas(path)

    def load_sound(self, path: str, volume: float = 1.0) -> Sound:
        return self.audio.load(path, volume, False)

    def load_music(self, path: str, volume: float = 1.0) -> Sound:
        """A looping track; `play()` before the first touch starts it at that touch."""
        return self.audio.load(path, volume, True)

    def load_font(self, path: str, fallback: str = "sans-serif") -> str:
        return self.loader.font(path, fallback)

    def load_subpackage(self, name: str) -> None:
        """Download subpackage `name` (pyminis.subpackages: its code runs, its assets become
        loadable) before the first scene; counted in the loading progress."""
        self.loader.subpackage(name)

    # Running ------------------------------------------------------------------------------
    def run(self, scene: Scene) -> None:
        """Start the loop; `scene` begins once every asset has loaded."""
        self.next_scene = scene
        self.last = self.platform.now()
        self.platform.requestAnimationFrame(self.frame_callback)

    def switch(self, scene: Scene) -> None:
        """Go to another scene at the start of the next step."""
        self.next_scene = scene

    def pause(self) -> None:
        self.held = True
        if self.scene != None:  # noqa: E711
            start(self.scene.on_pause())

    def resume(self) -> None:
        self.held = False
        self.last = self.platform.now()
        if self.scene != None:  # noqa: E711
            start(self.scene.on_resume())

    def frame(self, timestamp: float) -> None:
        """One display frame: fixed steps for the time that passed, then one draw."""
        self.platform.requestAnimationFrame(self.frame_callback)
        if not self.started:
            if not self.loaded():
                return
            self.last = timestamp
        if self.paused or self.held:
            self.last = timestamp
            return
        elapsed = timestamp - self.last
        self.last = timestamp
        self.pending += min(elapsed, self.step_ms * MAX_STEPS_PER_FRAME)
        steps = 0
        # A hair of tolerance so a 16.67 ms frame always runs exactly one 60 Hz step.
        while self.pending >= self.step_ms - 0.01 and steps < MAX_STEPS_PER_FRAME:
            self.advance()
            self.pending -= self.step_ms
            steps += 1
        if self.pending < 0:
            self.pending = 0
        self.render()

    def loaded(self) -> bool:
        """Report loading progress; at 1, start the first scene."""
        progress = self.loader.progress()
        if progress != self.reported:
            self.reported = progress
            set_loading_progress(progress)
        if not self.loader.finished():
            return False
        for message in self.loader.errors:
            log_error("pyminis.engine: " + message)
        self.started = True
        self.enter_next()
        return True

    def enter_next(self) -> None:
        scene = self.next_scene
        self.next_scene = None
        self.scene = scene
        scene.game = self
        start(scene.setup())

    def advance(self, dt: float = 0) -> None:
        """One fixed step of the current scene (tests and benchmarks may call it directly)."""
        if self.next_scene != None:  # noqa: E711
            self.enter_next()
        self.scene.step(self.step_seconds if dt == 0 else dt)
        self.steps += 1

    def render(self) -> None:
        """Draw the current scene once."""
        view = self.view
        ctx = self.ctx
        state = self.state
        canvas = self.canvas
        state.width = canvas.width
        state.height = canvas.height
        state.drawn = 0
        state.reset()
        ctx.fillStyle = self.background
        ctx.fillRect(0, 0, canvas.width, canvas.height)
        scene = self.scene
        if scene != None:  # noqa: E711
            scene.sort_nodes()
            cam = scene.camera
            draw_nodes(state, scene.nodes, view.k, view.k * cam.zoom, view.offset_x,
                       view.offset_y, cam.x + cam.shake_x, cam.y + cam.shake_y,
                       self.make_canvas)
        if view.letterboxed():
            self.draw_bars()
        self.frames += 1
        if self.first_frame_ms < 0:
            self.first_frame_ms = self.platform.now()

    def draw_bars(self) -> None:
        view = self.view
        ctx = self.ctx
        ctx.globalAlpha = 1
        ctx.fillStyle = self.bars
        self.state.fill = self.bars
        w = self.canvas.width
        h = self.canvas.height
        right = view.offset_x + view.width * view.k
        bottom = view.offset_y + view.height * view.k
        if view.offset_x > 0:
            ctx.fillRect(0, 0, view.offset_x, h)
            ctx.fillRect(right, 0, w - right, h)
        if view.offset_y > 0:
            ctx.fillRect(0, 0, w, view.offset_y)
            ctx.fillRect(0, bottom, w, h - bottom)

    # Window, safe area, menu button --------------------------------------------------------
    def resize(self) -> None:
        info = self.platform.getSystemInfoSync()
        self.view.resize(info.windowWidth, info.windowHeight, info.pixelRatio)
        self.width = self.view.width
        self.height = self.view.height
        area = info.safeArea
        if area != None:  # noqa: E711
            self.safe_area = css_box_to_logical(self.view, area.left, area.top, area.right,
                                                area.bottom)
        self.menu_asked = False  # in the new window's units, at its next use

    @property
    def menu_button(self) -> Any:
        """Box of the platform's menu button (logical units), or None where it has none (or
        answers an all-zero rect: no capsule over the game).
        Asked at first use: a synchronous platform call the first frame need not wait for."""
        if not self.menu_asked:
            self.menu_asked = True
            self.menu_box = None
            try:
                rect = menu_button_rect()
                # All zeros: no capsule over the game (001: navbar style "default" answers 0s).
                if rect[0] != 0 or rect[1] != 0 or rect[2] != 0 or rect[3] != 0:
                    self.menu_box = css_box_to_logical(self.view, rect[0], rect[1], rect[2],
                                                       rect[3])
            except:  # noqa: E722  (native runtimes may lack it; JS errors need a bare except)
                self.menu_box = None
        return self.menu_box

    def window_resized(self, size: Any = None) -> None:
        self.resize()

    # Input and lifecycle -------------------------------------------------------------------
    def now_seconds(self) -> float:
        return self.platform.now() / 1000

    def touch_start(self, event: Any) -> None:
        self.audio.unlock()
        scene = self.scene
        for t in event.changedTouches:
            touch = self.input.press(t.identifier, self.view.to_logical_x(t.clientX),
                                     self.view.to_logical_y(t.clientY), self.now_seconds())
            if scene != None and self.started:  # noqa: E711
                start(scene.on_touch_start(touch))

    def touch_move(self, event: Any) -> None:
        scene = self.scene
        for t in event.changedTouches:
            touch = self.input.move(t.identifier, self.view.to_logical_x(t.clientX),
                                    self.view.to_logical_y(t.clientY))
            if touch != None and scene != None and self.started:  # noqa: E711
                start(scene.on_touch_move(touch))
                if touch.dragging:
                    start(scene.on_drag(touch))

    def touch_end(self, event: Any) -> None:
        scene = self.scene
        for t in event.changedTouches:
            touch = self.input.release(t.identifier, self.view.to_logical_x(t.clientX),
                                       self.view.to_logical_y(t.clientY))
            if touch == None or scene == None or not self.started:  # noqa: E711
                continue
            start(scene.on_touch_end(touch))
            gesture = self.input.gesture(touch, self.now_seconds())
            if gesture == "tap":
                start(scene.on_tap(touch.x, touch.y))
            elif gesture == "swipe":
                start(scene.on_swipe(_direction(touch), touch))

    def key_down(self, event: Any) -> None:
        self.input.held[event.key] = True
        if self.scene != None and self.started:  # noqa: E711
            start(self.scene.on_key_down(event.key))

    def key_up(self, event: Any) -> None:
        self.input.held[event.key] = False
        if self.scene != None and self.started:  # noqa: E711
            start(self.scene.on_key_up(event.key))

    def hide(self, event: Any = None) -> None:
        self.paused = True
        self.audio.on_hide()
        if self.scene != None:  # noqa: E711
            start(self.scene.on_pause())

    def audio_interrupted(self, event: Any = None) -> None:
        """A phone call or another app took the audio: the runtime paused it."""
        self.audio.on_interruption(True)

    def audio_back(self, event: Any = None) -> None:
        """The interruption ended: the runtime does not resume audio by itself."""
        self.audio.on_interruption(False)

    def show(self, event: Any = None) -> None:
        self.paused = False
        self.last = self.platform.now()
        self.audio.on_show()
        if self.scene != None and not self.held:  # noqa: E711
            start(self.scene.on_resume())


def _direction(touch: Any) -> str:
    return swipe_direction(touch.x - touch.start_x, touch.y - touch.start_y)

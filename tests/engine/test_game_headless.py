"""The engine's behaviour under the headless platform: loop, input, audio, lifecycle, drawing."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
from PIL import Image as PILImage

from pyminis import headless, tt
from pyminis.engine import Circle, Game, Group, Rect, Scene, Sprite, Text
from pyminis.headless import HeadlessPlatform


class Recorder(Scene):
    """A scene that writes down what happened to it."""

    def setup(self) -> None:
        self.events: list[tuple[Any, ...]] = []
        self.updates = 0

    def update(self, dt: float) -> None:
        self.updates += 1

    def on_tap(self, x: float, y: float) -> None:
        self.events.append(("tap", round(x), round(y)))

    def on_swipe(self, direction: str, touch: Any) -> None:
        self.events.append(("swipe", direction))

    def on_drag(self, touch: Any) -> None:
        self.events.append(("drag", round(touch.x)))

    def on_pause(self) -> None:
        self.events.append(("pause",))

    def on_resume(self) -> None:
        self.events.append(("resume",))


@pytest.fixture
def play(tmp_path: Path) -> Iterator[HeadlessPlatform]:
    with headless.use(HeadlessPlatform(tmp_path, 360, 640)) as platform:
        yield platform


def start(play: HeadlessPlatform, scene: Scene, **options: Any) -> Game:
    game = Game(360, 640, **options)
    game.run(scene)
    play.step()
    return game


def test_fixed_steps_follow_the_clock_not_the_frame_rate(play: HeadlessPlatform) -> None:
    scene = Recorder()
    game = start(play, scene)
    play.steps(60)
    assert scene.updates == 60 and game.frames == 61
    play.steps(10, ms=50)  # a 20 fps display: three 60 Hz steps per frame
    assert scene.updates == 60 + 30
    play.step(ms=5000)  # a long stall is capped, not replayed
    assert scene.updates == 90 + 5


def test_tap_swipe_and_drag_are_recognised_in_logical_units(play: HeadlessPlatform) -> None:
    scene = Recorder()
    start(play, scene)
    play.tap(100, 200)
    play.touch("start", 50, 300)
    play.touch("move", 80, 300)
    play.touch("move", 150, 300)
    play.touch("end", 150, 300)
    assert scene.events == [("tap", 100, 200), ("drag", 80), ("drag", 150), ("swipe", "right")]
    assert play.game.input.taps == 1


def test_a_touch_whose_end_was_lost_does_not_swallow_the_next_tap(play: HeadlessPlatform) -> None:
    """A pointer released outside the page never sends its end: the next press with the same
    id (a mouse is always id 1) starts a new touch, and its tap is a tap."""
    scene = Recorder()
    start(play, scene)
    play.touch("start", 100, 500)  # its end is lost
    play.tap(200, 100)
    assert scene.events == [("tap", 200, 100)]
    assert len(play.game.input.touches) == 0


def test_hide_pauses_steps_audio_and_the_scene_then_show_resumes(play: HeadlessPlatform) -> None:
    scene = Recorder()
    game = start(play, scene)
    music = game.load_music("assets/theme.mp3")
    music.play()
    play.tap(10, 10)  # the first touch unlocks audio; the waiting music starts
    audio = play.audios[0]
    assert play.unlocked and audio.log == ["play"] and audio.loop
    updates = scene.updates
    play.visibility(True)
    play.steps(30)
    assert scene.updates == updates and audio.paused
    play.visibility(False)
    play.steps(3)
    assert scene.updates == updates + 3
    assert audio.log == ["play", "pause", "play"]
    assert scene.events[-2:] == [("pause",), ("resume",)]


def test_sound_effects_before_the_first_touch_are_dropped(play: HeadlessPlatform) -> None:
    game = start(play, Recorder())
    jump = game.load_sound("assets/jump.mp3")
    jump.play()
    assert play.audios[0].log == []
    play.tap(10, 10)
    jump.play()
    assert play.audios[0].log == ["seek 0", "play"]


def test_runtimes_without_unlock_play_at_once(tmp_path: Path) -> None:
    with headless.use(HeadlessPlatform(tmp_path, needs_unlock=False)) as play:
        game = start(play, Recorder())
        game.load_sound("a.mp3").play()
        assert play.audios[0].log == ["seek 0", "play"]


def test_loading_reports_progress_and_names_a_missing_image(play: HeadlessPlatform,
                                                           tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    PILImage.new("RGBA", (4, 4), (255, 0, 0, 255)).save(tmp_path / "assets" / "a.png")
    game = Game(360, 640)
    good = game.load_image("assets/a.png")
    game.load_image("assets/missing.png")
    scene = Recorder()
    game.run(scene)
    assert not game.started
    play.step()
    progress = [c.params["progress"] for c in play.host.calls if c.name == "setLoadingProgress"]
    assert progress == [1]  # both settled before the first frame: one report, at 1
    assert game.started and good.loaded and (good.width, good.height) == (4, 4)
    assert len(play.errors) == 1 and "assets/missing.png" in play.errors[0]


def test_progress_is_reported_while_images_arrive(play: HeadlessPlatform, tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"")  # unreadable: counts as settled, with an error
    game = Game(360, 640)
    game.run(Recorder())
    play.step()  # nothing to load yet
    game.load_image("a.png")
    progress = [c.params["progress"] for c in play.host.calls if c.name == "setLoadingProgress"]
    assert progress == [1]


def test_an_async_handler_awaits_the_sdk(play: HeadlessPlatform) -> None:
    class LogsIn(Scene):
        code = ""

        async def on_tap(self, x: float, y: float) -> None:
            answer = await tt.login()
            self.code = answer.code

    scene = LogsIn()
    start(play, scene)
    play.host.outcomes["login"] = lambda params: {"ok": {"code": "code-for-this-test"}}
    play.tap(5, 5)
    play.steps(3)
    assert scene.code == "code-for-this-test"


def test_safe_area_and_menu_button_in_logical_units(tmp_path: Path) -> None:
    with headless.use(HeadlessPlatform(tmp_path, 720, 1280, ratio=2, safe_top=88)) as play:
        game = start(play, Recorder())
        assert play.screen is not None and play.screen.width == 1440
        assert game.view.k == pytest.approx(4)
        assert game.safe_area.y == pytest.approx(44)
        rect = tt.get_menu_button_bounding_client_rect()
        assert game.menu_button is not None
        assert game.menu_button.x == pytest.approx(rect.left / 2)
        assert game.menu_button.width == pytest.approx(rect.width / 2)


def rgb(image: PILImage.Image, x: int, y: int) -> tuple[int, int, int]:
    pixel = image.getpixel((x, y))
    assert isinstance(pixel, tuple)
    return (pixel[0], pixel[1], pixel[2])


def drawn_images(play: HeadlessPlatform) -> list[tuple[Any, ...]]:
    """Each drawImage call as (source, *coordinates); the smoothing recorded beside it is left out."""
    assert play.screen is not None
    ctx = play.screen.getContext("2d")
    return [(args[0], *args[2:]) for op, args, _ in ctx.ops if op.__name__ == "_drawImage"]


def test_sprites_land_on_whole_pixels_and_off_screen_ones_are_skipped(
        play: HeadlessPlatform, tmp_path: Path) -> None:
    PILImage.new("RGBA", (10, 10), (0, 255, 0, 255)).save(tmp_path / "s.png")

    class Two(Scene):
        def setup(self) -> None:
            self.add(Sprite(image, 20.4, 30.6, anchor=0))
            self.add(Sprite(image, 500, 30, anchor=0))  # beyond the 360-wide canvas

    game = Game(360, 640)
    image = game.load_image("s.png")
    scene = Two()
    game.run(scene)
    play.step()
    assert image.loaded
    calls = drawn_images(play)
    assert [c[1:] for c in calls] == [(20, 31)]
    assert game.state.drawn == 1


def test_z_order_decides_what_is_on_top_even_after_a_change(play: HeadlessPlatform) -> None:
    class Stack(Scene):
        def setup(self) -> None:
            self.red = self.add(Rect(0, 0, 50, 50, "#ff0000"))
            self.blue = self.add(Rect(0, 0, 50, 50, "#0000ff"))

    scene = Stack()
    start(play, scene)
    assert rgb(play.snapshot(), 25, 25) == (0, 0, 255)
    scene.red.z = 1
    play.step()
    assert rgb(play.snapshot(), 25, 25) == (255, 0, 0)


def test_camera_zoom_and_fixed_nodes(play: HeadlessPlatform) -> None:
    class World(Scene):
        def setup(self) -> None:
            self.thing = self.add(Rect(100, 100, 10, 10, "#ff0000"))
            self.hud = self.add(Text("hud", 0, 0))
            self.hud.fixed = True
            self.camera.x = 50
            self.camera.zoom = 2

    start(play, World())
    image = play.snapshot()
    assert rgb(image, 105, 205) == (255, 0, 0)  # ((100 - 50) * 2, 100 * 2)
    assert rgb(image, 95, 195) != (255, 0, 0)
    assert rgb(image, 118, 218) == (255, 0, 0)  # 10 units are 20 pixels
    assert rgb(image, 122, 222) != (255, 0, 0)


def test_a_cached_group_draws_its_children_once(play: HeadlessPlatform) -> None:
    class Backdrop(Scene):
        def setup(self) -> None:
            self.layer = Group(cache=True)
            self.layer.width, self.layer.height = 360, 640
            for i in range(20):
                self.layer.add(Rect(0, i * 30, 360, 10, "#334455"))
            self.add(self.layer)

    scene = Backdrop()
    start(play, scene)
    layer_canvas = scene.layer.canvas
    assert layer_canvas is not None
    play.steps(5)
    assert scene.layer.canvas is layer_canvas and not scene.layer.dirty
    assert len(drawn_images(play)) == 1  # this frame: one blit, no 20 rectangles
    assert rgb(play.snapshot(), 5, 5) == (0x33, 0x44, 0x55)


def test_animation_frames_advance_at_their_rate(play: HeadlessPlatform, tmp_path: Path) -> None:
    PILImage.new("RGBA", (40, 10)).save(tmp_path / "sheet.png")
    game = Game(360, 640)
    sheet = game.load_image("sheet.png")
    scene = Recorder()
    game.run(scene)
    play.step()
    frames = sheet.frames(10, 10)
    assert [f.sx for f in frames] == [0, 10, 20, 30]
    runner = scene.add(Sprite(frames=frames, fps=10))
    play.steps(12)  # 0.2 s at 10 fps: two frames on
    assert runner.frame == 2 and runner.image is frames[2]


def test_nodes_removed_during_a_step_leave_after_it(play: HeadlessPlatform) -> None:
    class Shrink(Scene):
        def setup(self) -> None:
            self.dots = [self.add(Circle(i * 10, 10, 4)) for i in range(5)]

        def update(self, dt: float) -> None:
            if len(self.dots) > 0:
                self.dots.pop().kill()

    scene = Shrink()
    start(play, scene)
    play.steps(2)
    assert len(scene.nodes) == 5 - 2  # the first frame only draws; two steps, two gone


def test_rotation_and_alpha_are_drawn(play: HeadlessPlatform) -> None:
    class Turned(Scene):
        def setup(self) -> None:
            bar = self.add(Rect(100, 100, 80, 10, "#ffffff").set_anchor(0.5, 0.5))
            bar.rotation = 90  # now 10 wide, 80 tall
            faint = self.add(Rect(200, 200, 20, 20, "#ffffff"))
            faint.alpha = 0.5

    start(play, Turned())
    image = play.snapshot()
    assert rgb(image, 100, 65) == (255, 255, 255)  # inside the turned bar
    assert rgb(image, 130, 100) == (0, 0, 0)  # where the bar was before turning
    assert 100 < rgb(image, 210, 210)[0] < 160  # half of white over black

"""What the engine does before its first frame: only what that frame needs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pyminis import headless
from pyminis.engine import Game, Scene
from pyminis.engine._assets import Loader
from pyminis.headless import HeadlessPlatform
from pyminis.pipeline import build
from tests.build.test_preload import add_start_up_image
from tests.support.browser import QuietHandler, serve

MENU = "getMenuButtonBoundingClientRect"


def test_the_menu_button_is_asked_at_first_use_not_at_start(tmp_path: Path) -> None:
    with headless.use(HeadlessPlatform(tmp_path, 720, 1280, ratio=2)) as play:
        game = Game(360, 640)
        game.run(Scene())
        play.step()
        assert game.started and game.frames == 1
        assert MENU not in play.host.names()  # a sync platform call the first frame skipped

        box = game.menu_button
        assert box is not None and game.menu_button is box
        assert play.host.names().count(MENU) == 1  # asked once, then kept

        play.window = (360, 640)  # half the CSS pixels: one logical unit per CSS pixel now
        game.window_resized()
        assert play.host.names().count(MENU) == 1  # not at the resize either
        again = game.menu_button
        assert play.host.names().count(MENU) == 2
        assert again.width == pytest.approx(2 * box.width)


def test_no_menu_button_where_the_platform_has_none(tmp_path: Path) -> None:
    with headless.use(HeadlessPlatform(tmp_path, 360, 640)) as play:
        play.host.missing.add(MENU)
        game = Game(360, 640)
        game.run(Scene())
        play.step()
        assert game.menu_button is None


def test_an_all_zero_menu_rect_means_no_capsule(tmp_path: Path) -> None:
    # 001: with the navbar's default style the rect's fields are all 0.
    with headless.use(HeadlessPlatform(tmp_path, 360, 640)) as play:
        zero = {"left": 0, "top": 0, "right": 0, "bottom": 0, "width": 0, "height": 0}
        play.host.outcomes[MENU] = lambda params: {"ok": zero}
        game = Game(360, 640)
        game.run(Scene())
        play.step()
        assert game.menu_button is None
        assert MENU in play.host.names()


class _CachedImage:
    """A platform image whose file is already in memory: complete as soon as `src` is set,
    its load event a task later (browsers do this for cached and preloaded images)."""

    def __init__(self) -> None:
        self.complete = False
        self.width = 0
        self.height = 0
        self.onload: Any = None
        self.onerror: Any = None

    @property
    def src(self) -> str:
        return ""

    @src.setter
    def src(self, value: str) -> None:
        self.complete, self.width, self.height = True, 26, 37


class _Cached:
    def __init__(self) -> None:
        self.images: list[_CachedImage] = []

    def createImage(self) -> _CachedImage:  # the platform's name
        self.images.append(_CachedImage())
        return self.images[-1]


def test_an_image_complete_before_its_load_event_counts_at_once() -> None:
    platform = _Cached()
    loader = Loader(platform)
    image = loader.image("assets/bunny.png")
    assert loader.progress() == 1.0 and loader.finished()
    assert image.loaded and (image.width, image.height) == (26, 37)
    platform.images[0].onload()  # the event, later: counted once
    assert loader.done == 1 and loader.progress() == 1.0


def test_an_image_still_loading_waits_for_its_event() -> None:
    platform = _Cached()
    loader = Loader(platform)
    loader.image("assets/a.png")
    platform.images[0].complete = False  # still arriving
    assert loader.progress() == 0.0 and not loader.finished()
    platform.images[0].complete = True
    platform.images[0].onload()
    assert loader.finished()


class _Cacheable(QuietHandler):
    """Files a page may keep in its memory cache, as a real host's assets are."""

    def end_headers(self) -> None:
        super(QuietHandler, self).end_headers()  # without QuietHandler's no-store


@pytest.mark.browser
def test_a_cached_image_starts_the_game_without_waiting_for_its_event(
        page: Any, example_copy: Callable[[str], Path]) -> None:
    project = example_copy("hello")
    add_start_up_image(project)
    with serve(build(project, "h5").output_dir, _Cacheable) as url:
        page.goto(url + "/index.html")
        page.wait_for_function("typeof pyminisGame !== 'undefined' && pyminisGame.started")
        # The same file again: in the memory cache now, as a preloaded one is at start. All in
        # one task, so no load event can have run in between.
        state = page.evaluate("""() => {
            const loader = pyminisGame.loader;
            const image = loader.image('assets/dot.png');
            const complete = image.source.complete;
            loader.progress();
            return {complete, finished: loader.finished(), width: image.width};
        }""")
    assert state == {"complete": True, "finished": True, "width": 8}
    assert page.log.console_errors == []

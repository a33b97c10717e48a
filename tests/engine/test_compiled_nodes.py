"""Compiled, sprites' own `update` methods and frame animations run (not only in CPython)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pyminis.pipeline import build
from tests.engine.drivers import MANUAL_FRAMES
from tests.support.browser import serve

pytestmark = pytest.mark.browser

GAME = '''
from pyminis.engine import Game, Image, Rect, Scene, Sprite


class Walker(Sprite):
    def update(self, dt: float) -> None:
        self.x += 60 * dt


class Plain(Rect):
    pass


class Walk(Scene):
    def setup(self) -> None:
        sheet = self.game.canvas  # any drawable: a 4-frame strip cut from the screen canvas
        frames = Image(sheet, 0, 0, 40, 10).frames(10, 10)
        self.walker = self.add(Walker(frames=frames, fps=10, x=10, y=10))
        self.plain = self.add(Plain(5, 5, 4, 4))


game = Game(360, 640)
game.run(Walk())
'''


def test_update_methods_and_animations_run_compiled(page: Any, tmp_path: Path) -> None:
    project = tmp_path / "walk"
    (project / "src").mkdir(parents=True)
    (project / "src" / "main.py").write_text(GAME, encoding="utf-8")
    (project / "minigame.config.json").write_text('{"dev": {"clientKey": "walk-key"}}',
                                                  encoding="utf-8")
    result = build(project, "h5")
    with serve(result.output_dir) as url:
        page.add_init_script(MANUAL_FRAMES)
        page.goto(url + "/index.html")
        page.wait_for_function("typeof pyminisGame !== 'undefined'")
        page.evaluate("for (let i = 0; i < 31; i++) pyminisPlatform.__step()")
        x, frame, plain_x = page.evaluate(
            "[pyminisGame.scene.walker.x, pyminisGame.scene.walker.frame, pyminisGame.scene.plain.x]")
    assert x == pytest.approx(10 + 60 * 30 / 60)  # 30 steps after the first frame
    assert frame == 1  # 0.5 s at 10 fps: five frames on, looping over four: 1, 2, 3, 0, 1
    assert plain_x == 5
    assert page.log.console_errors == []

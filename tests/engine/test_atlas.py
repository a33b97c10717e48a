"""Texture atlases: `game.load_atlas` cuts the packed sheet by its frame map, the same way
headless (CPython), compiled for h5 in Chromium, and compiled for native in the emulator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from pyminis import headless
from pyminis.pipeline import build
from pyminis.pipeline.atlases import atlas_table, frame_rows, prelude_text
from tests.engine.drivers import after_first_frames

GAME = '''
from pyminis.engine import Game, Scene, Sprite


class Show(Scene):
    def setup(self) -> None:
        run = hero.frames("run/")
        self.count = len(run)
        self.runner = self.add(Sprite(run[2], 30, 50))  # natural order: run/2, not run/10
        self.idle = self.add(Sprite(hero.frame("idle"), 70, 50))
        try:
            hero.frame("jump")
            self.missing = ""
        except KeyError as error:
            self.missing = str(error)


game = Game(100, 100, fit="letterbox", background="#000000")
hero = game.load_atlas("assets/hero")
game.run(Show())
'''

RUN_COLOUR = (50, 200, 0)  # run/2; run/i has red 20 * i + 10
IDLE_COLOUR = (0, 0, 255)

# Where each sprite's centre lands on the canvas, and that pixel's colour (RGB).
PIXELS = """() => {
  const g = pyminisGame, v = g.view, s = g.scene;
  const at = (n) => Array.from(g.ctx.getImageData(Math.floor(n.x * v.k + v.offset_x),
                                                   Math.floor(n.y * v.k + v.offset_y), 1, 1).data).slice(0, 3);
  return [at(s.runner), at(s.idle), s.count, s.missing];
}"""


def make_project(root: Path) -> Path:
    frames = root / "assets" / "hero.atlas"
    (frames / "run").mkdir(parents=True)
    for i in range(11):
        Image.new("RGBA", (8, 8), (20 * i + 10, 200, 0, 255)).save(frames / "run" / f"{i}.png")
    Image.new("RGBA", (6, 10), IDLE_COLOUR + (255,)).save(frames / "idle.png")
    (root / "src").mkdir()
    (root / "src" / "main.py").write_text(GAME, encoding="utf-8")
    (root / "minigame.config.json").write_text('{"dev": {"clientKey": "atlas-key"}}',
                                               encoding="utf-8")
    return root


def check(runner: list[int], idle: list[int], count: int, missing: str) -> None:
    assert tuple(runner) == RUN_COLOUR
    assert tuple(idle) == IDLE_COLOUR
    assert count == 11
    assert "no frame 'jump'" in missing and "idle" in missing and "run/10" in missing


def test_frame_rows_in_natural_order() -> None:
    hash_map = {"frames": {name: {"frame": {"x": i, "y": 0, "w": 4, "h": 5}}
                           for i, name in enumerate(["run/10", "run/2", "idle", "run/0"])}}
    assert frame_rows(hash_map) == [["idle", 2, 0, 4, 5], ["run/0", 3, 0, 4, 5],
                                    ["run/2", 1, 0, 4, 5], ["run/10", 0, 0, 4, 5]]
    files = {"assets/a.json": b'{"frames": {"x": {"frame": {"x": 1, "y": 2, "w": 3, "h": 4}}}}'}
    table = atlas_table(files, ["assets/a.json"])
    assert table == {"assets/a": [["x", 1, 2, 3, 4]]}
    assert prelude_text(table) == 'globalThis.pyminisAtlases = {"assets/a":[["x",1,2,3,4]]};\n'


def test_atlas_headless(tmp_path: Path) -> None:
    project = make_project(tmp_path / "atlas")
    with headless.run_game(project, width=100, height=100) as play:
        play.steps(3)
        game = play.game
        scene = game.scene
        image = play.snapshot()
        k, ox, oy = game.view.k, game.view.offset_x, game.view.offset_y
        runner = image.getpixel((int(scene.runner.x * k + ox), int(scene.runner.y * k + oy)))
        idle = image.getpixel((int(scene.idle.x * k + ox), int(scene.idle.y * k + oy)))
        check(list(runner[:3]), list(idle[:3]), scene.count, scene.missing)
        assert play.errors == []


def test_missing_atlas_is_reported_headless(tmp_path: Path) -> None:
    project = make_project(tmp_path / "atlas")
    main = project / "src" / "main.py"
    main.write_text(main.read_text().replace('"assets/hero"', '"assets/villain"'))
    with headless.run_game(project, width=100, height=100) as play:
        with pytest.raises(KeyError):  # the scene asks the empty atlas for frames
            play.steps(3)
        assert any("no texture atlas 'assets/villain'" in e and "assets/villain.atlas/" in e
                   for e in play.errors)


@pytest.mark.browser
def test_atlas_h5(page: Any, tmp_path: Path) -> None:
    result = build(make_project(tmp_path / "atlas"), "h5")
    assert "assets/hero.png" in result.files and "assets/hero.json" in result.files
    check(*after_first_frames(page, result.output_dir, "h5", PIXELS))
    assert page.log.console_errors == []


@pytest.mark.browser
def test_atlas_native(page: Any, tmp_path: Path) -> None:
    result = build(make_project(tmp_path / "atlas"), "native")
    check(*after_first_frames(page, result.output_dir, "native", PIXELS))

"""Texture atlases extrude each frame's edges, so a scaled frame's edges are sampled like the
same image drawn alone: never towards the sheet's transparent space or a neighbour (seams)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from pyminis.assets import process_assets
from pyminis.assets.atlas import EXTRUDE, build_atlas
from pyminis.pipeline import build
from tests.engine.drivers import after_first_frames
from tests.pack.images import noisy, write_png


def test_frames_are_surrounded_by_their_own_edge_pixels(tmp_path: Path) -> None:
    sizes = {"a": (9, 5), "b": (1, 7), "c": (12, 12), "d/e": (3, 1)}
    sources = {}
    for index, (name, size) in enumerate(sizes.items()):
        sources[name] = noisy(size, seed=40 + index, alpha=True)
        write_png(tmp_path / "assets" / "set.atlas" / f"{name}.png", sources[name])
    result = process_assets(tmp_path / "assets", tmp_path / "cache")
    frames = json.loads(result.files["assets/set.json"])["frames"]
    with Image.open(io.BytesIO(result.files["assets/set.png"])) as decoded:
        sheet = decoded.convert("RGBA")
    for name, image in sources.items():
        rect = frames[name]["frame"]
        x, y, w, h = rect["x"], rect["y"], rect["w"], rect["h"]
        assert (w, h) == image.size
        for dy in range(-EXTRUDE, h + EXTRUDE):
            for dx in range(-EXTRUDE, w + EXTRUDE):
                clamped = (min(max(dx, 0), w - 1), min(max(dy, 0), h - 1))
                assert sheet.getpixel((x + dx, y + dy)) == image.getpixel(clamped), (name, dx, dy)


def test_extruded_frames_stay_inside_the_sheet_and_apart() -> None:
    images = {f"f{i}": noisy((2 + (i * 7) % 23, 1 + (i * 11) % 19), seed=i) for i in range(30)}
    packed = build_atlas(images, "many.atlas")
    width, height = packed.image.size
    cells = [(f.x - EXTRUDE, f.y - EXTRUDE, f.x + f.w + EXTRUDE, f.y + f.h + EXTRUDE)
             for f in packed.frames]
    for left, top, right, bottom in cells:
        assert left >= 0 and top >= 0 and right <= width and bottom <= height
    for i, a in enumerate(cells):
        for b in cells[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


# Two opaque tiles of one colour each, packed side by side; the red one drawn 2.3x larger.
GAME = '''
from pyminis.engine import Game, Scene, Sprite


class Show(Scene):
    def setup(self) -> None:
        self.tile = self.add(Sprite(tiles.frame("red"), 20, 20, anchor=0))
        self.tile.set_scale(2.3)
        self.add(Sprite(tiles.frame("blue"), 70, 70))


game = Game(100, 100, fit="letterbox", background="#000000")
tiles = game.load_atlas("assets/tiles")
game.run(Show())
'''

RED = (220, 30, 60)

# Every pixel of the scaled tile's whole-pixel rectangle, as the draw path rounds it.
TILE_PIXELS = """() => {
  const g = pyminisGame, v = g.view, n = g.scene.tile, k = v.k;
  const left = n.x * k + v.offset_x, top = n.y * k + v.offset_y;
  const x = Math.floor(left + 0.5), y = Math.floor(top + 0.5);
  const w = Math.floor(left + n.image.width * n.scale_x * k + 0.5) - x;
  const h = Math.floor(top + n.image.height * n.scale_y * k + 0.5) - y;
  const d = g.ctx.getImageData(x, y, w, h).data, seen = {};
  for (let i = 0; i < d.length; i += 4) seen[[d[i], d[i + 1], d[i + 2], d[i + 3]].join(',')] = 1;
  return [w * h, Object.keys(seen)];
}"""


def make_project(root: Path) -> Path:
    tiles = root / "assets" / "tiles.atlas"
    tiles.mkdir(parents=True)
    Image.new("RGB", (10, 10), RED).save(tiles / "red.png")
    Image.new("RGB", (10, 10), (20, 60, 230)).save(tiles / "blue.png")
    (root / "src").mkdir()
    (root / "src" / "main.py").write_text(GAME, encoding="utf-8")
    (root / "minigame.config.json").write_text('{"dev": {"clientKey": "edges-key"}}',
                                               encoding="utf-8")
    return root


def check(area: int, colours: list[str]) -> None:
    assert area > 2000  # 2.3 x 10 units at 3.9 canvas pixels per unit, squared
    assert colours == [",".join(str(c) for c in RED + (255,))]  # no see-through or blue edge


@pytest.mark.browser
def test_scaled_frame_has_no_bleeding_edge_h5(page: Any, tmp_path: Path) -> None:
    result = build(make_project(tmp_path / "edges"), "h5")
    check(*after_first_frames(page, result.output_dir, "h5", TILE_PIXELS))
    assert page.log.console_errors == []


@pytest.mark.browser
def test_scaled_frame_has_no_bleeding_edge_native(page: Any, tmp_path: Path) -> None:
    result = build(make_project(tmp_path / "edges"), "native")
    check(*after_first_frames(page, result.output_dir, "native", TILE_PIXELS))

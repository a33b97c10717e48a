"""Images, atlases, sounds and fonts arrive the same way on both sides: an image's size is
known and `onload` runs at the start of the next frame, an atlas's frames are the packer's,
sounds are recorded as the game asks them to play."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from pyminis.verify import verify_project
from tests.verify.conftest import GameMaker

GAME = '''\
from pyminis.engine import Game, Scene, Sprite, Text

game = Game(360, 640)
bird = game.load_image("assets/bird.png")
hero = game.load_atlas("assets/hero")
missing = game.load_image("assets/nowhere.png")
hit = game.load_sound("assets/hit.mp3")
font = game.load_font("assets/pixel.ttf")


class Play(Scene):
    def setup(self) -> None:
        self.taps = 0
        self.bird = self.add(Sprite(bird, 100, 200))
        self.hero = self.add(Sprite(hero.frame("run/1"), 200, 300, frames=hero.frames("run/"),
                                    fps=8))
        self.label = self.add(Text(str(bird.width) + "x" + str(bird.height), 10, 10, font=font))

    def on_tap(self, x: float, y: float) -> None:
        self.taps += 1
        hit.play()
        self.bird.x = x


game.run(Play())
'''


def assets(root: Path) -> None:
    folder = root / "assets"
    (folder / "hero.atlas" / "run").mkdir(parents=True)
    Image.new("RGBA", (34, 24), (255, 200, 0, 255)).save(folder / "bird.png")
    for i, size in enumerate([(16, 20), (18, 20), (20, 22)], 1):
        Image.new("RGBA", size, (40 * i, 90, 200, 255)).save(folder / "hero.atlas" / "run" / f"{i}.png")
    (folder / "hit.mp3").write_bytes(b"ID3" + bytes(64))
    (folder / "pixel.ttf").write_bytes(bytes(64))


@pytest.mark.parametrize("target", ["native", pytest.param("h5", marks=pytest.mark.browser)])
def test_assets_arrive_the_same_way(make_game: GameMaker, target: str) -> None:
    root = make_game(GAME, name=f"assets_{target}")
    assets(root)
    result = verify_project(root, frames=120, target=target, state=["taps", "label.text"])
    assert result.identical, result.report
    assert result.state()["label.text"] == "34x24"
    assert result.python is not None
    calls = [e for frame in result.python.frames for e in frame.entries]
    drawn = {e[2]["image"] for e in calls if e[1:2] == ["drawImage"]}
    assert drawn == {"assets/bird.png", "assets/hero.png"}
    assert any(e[:3] == ["audio", 1, "play"] for e in calls), "a tap plays the sound"
    assert ["log", "pyminis.engine: could not load image 'assets/nowhere.png': check that the "
            "file exists (paths are relative to the project folder, e.g. assets/bird.png)"] in calls

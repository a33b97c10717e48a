"""Texture atlases: one packed image, many named frames (`game.load_atlas("assets/hero")`).

The asset stage packs `assets/hero.atlas/run/0.png …` into `assets/hero.png` and a frame
map; the build inlines the map into the game (pyminis/pipeline/atlases.py), so frames are
known at once and draw once the image has loaded, like any `load_image`.

    hero = game.load_atlas("assets/hero")
    Sprite(hero.frame("idle"), 100, 200)
    sprite.play(hero.frames("run/"), fps=12)    # run/0, run/1 … run/10, in number order
"""

from typing import Any  # (the guard drops typing imports from games)

from pyminis.engine._nodes import Image


class Atlas:
    def __init__(self, path: str, image: Image, rows: list) -> None:
        self.path = path
        self.image = image  # the whole packed sheet
        self.names: list[Any] = []  # frame names, in natural order ("run/2" before "run/10")
        self.regions: dict = {}
        for row in rows:  # [name, x, y, w, h]
            name = row[0]
            self.names.append(name)
            self.regions[name] = Image(image.source, row[1], row[2], row[3], row[4])

    def frame(self, name: str) -> Image:
        """The frame called `name` (its path inside NAME.atlas/, without .png)."""
        if name not in self.regions:
            raise KeyError("atlas '" + self.path + "' has no frame '" + name + "' (it has: "
                           + ", ".join(self.names) + ")")
        return self.regions[name]

    def frames(self, prefix: str = "") -> list:
        """Every frame whose name starts with `prefix`, in natural order: an animation."""
        result = []
        for name in self.names:
            if name.startswith(prefix):
                result.append(self.regions[name])
        if len(result) == 0:
            raise KeyError("atlas '" + self.path + "' has no frame starting with '" + prefix
                           + "' (it has: " + ", ".join(self.names) + ")")
        return result

"""Loading images, sounds and fonts before the game starts, with progress.

The loader counts what was asked for and what arrived; the game reports the fraction to the
platform's loading screen (tt.set_loading_progress) and starts the first scene at 1.
"""

from typing import Any  # (the guard drops typing imports from games)

from pyminis.engine._atlas import Atlas
from pyminis.engine._js import atlas_frames, has
from pyminis.engine._nodes import Image


class Loader:
    def __init__(self, platform: Any) -> None:
        self.platform = platform
        self.total = 0
        self.done = 0
        self.errors: list[Any] = []  # messages of assets that failed, each naming its path
        self.downloads: list[Any] = []  # [fraction] per subpackage in flight (lists: cells closures update)
        self.waiting: list[Any] = []  # Images asked for whose load event has not run yet

    def progress(self) -> float:
        self.poll()
        if self.total == 0:
            return 1.0
        partial = 0.0
        for cell in self.downloads:  # subpackages still downloading: their fraction so far
            partial += cell[0]
        return (self.done + partial) / self.total

    def finished(self) -> bool:
        return self.done >= self.total

    def image(self, path: str) -> Image:
        """An Image at once; its size is known (and it draws) once the file has loaded."""
        source = self.platform.createImage()
        image = Image(source, 0, 0, 0, 0)
        self.total += 1

        def loaded() -> None:
            self.arrived(image)

        def failed(error: Any = None) -> None:
            if image.loaded:  # counted in already (a runtime that reports both)
                return
            self.waiting.remove(image)
            self.errors.append("could not load image '" + path + "': check that the file exists "
                               "(paths are relative to the project folder, e.g. assets/bird.png)")
            self.done += 1

        source.onload = loaded
        source.onerror = failed
        self.waiting.append(image)
        source.src = path
        return image

    def arrived(self, image: Image) -> None:
        """Count `image` in, once: from its load event or from `poll`, whichever comes first."""
        if image.loaded:
            return
        image.width = image.source.width
        image.height = image.source.height
        image.loaded = True
        self.waiting.remove(image)
        self.done += 1

    def poll(self) -> None:
        """Count in the images that are complete though their load event has not run: a
        preloaded or cached image is complete as soon as it is asked for, but its event comes
        a task later, often after the animation frame that could already start the game."""
        if len(self.waiting) == 0:
            return
        for image in list(self.waiting):
            source = image.source
            if has(source, "complete") and source.complete and source.width > 0:
                self.arrived(image)

    def atlas(self, path: str) -> Atlas:
        """The atlas packed from `path`.atlas/ (e.g. "assets/hero"): its image loads like
        any other; its frames are known at once."""
        rows = atlas_frames(path)
        if rows == None:  # noqa: E711
            self.errors.append("no texture atlas '" + path + "': put its frames in a folder "
                               + path + ".atlas/ (one .png per frame) and load it without "
                               "an extension, e.g. game.load_atlas(\"assets/hero\")")
            return Atlas(path, Image(None, 0, 0, 0, 0), [])
        return Atlas(path, self.image(path + ".png"), rows)

    def subpackage(self, name: str) -> None:
        """Load subpackage `name` (pyminis.subpackages) before the game starts; its download
        counts in the progress. Where the platform has no subpackages (headless), the files
        are already there."""
        self.total += 1
        if not has(self.platform, "loadSubpackage"):
            self.done += 1
            return
        cell = [0.0]
        self.downloads.append(cell)

        def progressed(fraction: float) -> None:
            cell[0] = fraction

        def finish() -> None:
            self.downloads.remove(cell)
            self.done += 1

        def loaded(result: Any = None) -> None:
            finish()

        def failed(error: Any = None) -> None:
            self.errors.append("could not load subpackage '" + name + "': check that "
                               "pyminis.subpackages in minigame.config.json names it")
            finish()

        self.platform.loadSubpackage(name, progressed).then(loaded, failed)

    def font(self, path: str, fallback: str = "sans-serif") -> str:
        """A font family for Text(font=…); `fallback` where the platform cannot load fonts."""
        family = self.platform.loadFont(path) if has(self.platform, "loadFont") else None
        if family == None or family == "":  # noqa: E711
            return fallback
        return family + ", " + fallback

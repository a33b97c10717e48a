"""Start-up images: found in the game's Python, preloaded by the h5 page so they arrive while
game.js is still being fetched and compiled (bunnymark's cold first frame)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from pyminis.pipeline import build
from pyminis.targets.preload import startup_images
from tests.build.test_build import head_of
from tests.support.browser import serve

FILES = {"assets/a.png": b"a", "assets/b.png": b"b", "assets/hero.png": b"h",
         "game.js": b"", "sub/index.html": b""}


def found(text: str, files: dict[str, bytes] = FILES, html_entry: str = "index.html") -> list[str]:
    return startup_images([("src/main.py", text)], files, html_entry)


def test_module_level_loads_in_order_each_once() -> None:
    text = ('game = Game()\nb = game.load_image("assets/b.png")\n'
            'a = game.load_image(path="assets/a.png")\nagain = game.load_image("assets/b.png")\n'
            'if DEBUG:\n    hero = game.load_atlas("assets/hero")\n')
    assert found(text) == ["assets/b.png", "assets/a.png", "assets/hero.png"]


def test_loads_in_functions_count_only_when_the_module_calls_them() -> None:
    text = ('def main():\n    game.load_image("assets/a.png")\n    helper()\n'
            'def helper():\n    game.load_image("assets/b.png")\n'
            'def later():\n    game.load_image("assets/hero.png")\n'
            'class Play(Scene):\n    def setup(self):\n        self.game.load_image("assets/hero.png")\n'
            'main()\n')
    assert found(text) == ["assets/a.png", "assets/b.png"]
    assert found(text.replace("main()\n", "")) == []


def test_only_literal_paths_of_files_the_package_holds() -> None:
    text = ('name = "assets/a.png"\ngame.load_image(name)\ngame.load_image("assets/missing.png")\n'
            'game.load_image("https://cdn.example.com/x.png")\ngame.load_image("/assets/a.png")\n'
            'game.load_image("../assets/a.png")\nload_image("assets/b.png")\n'
            'game.load_sound("assets/a.png")\n')
    assert found(text) == []


def test_paths_resolve_against_the_pages_folder() -> None:
    text = 'game.load_image("../assets/a.png")\ngame.load_image("assets/b.png")\n'
    assert found(text, html_entry="sub/index.html") == ["../assets/a.png"]


def test_a_file_that_does_not_parse_is_skipped() -> None:
    sources = [("src/bad.py", "def (:\n"), ("src/main.py", 'game.load_image("assets/a.png")\n')]
    assert startup_images(sources, FILES) == ["assets/a.png"]


def add_start_up_image(project: Path) -> None:
    """hello, plus one image it loads at start-up and draws."""
    (project / "assets").mkdir(exist_ok=True)
    picture = io.BytesIO()
    Image.new("RGBA", (8, 8), (255, 0, 0, 255)).save(picture, "PNG")
    (project / "assets" / "dot.png").write_bytes(picture.getvalue())
    main = project / "src" / "main.py"
    text = main.read_text(encoding="utf-8")
    assert "game.run(" in text
    main.write_text(text.replace("game.run(", 'dot = game.load_image("assets/dot.png")\ngame.run(', 1),
                    encoding="utf-8")


def test_the_page_preloads_start_up_images_after_the_sdk(example_copy: Callable[[str], Path]) -> None:
    project = example_copy("hello")
    add_start_up_image(project)
    result = build(project, "h5")  # the build's own restriction scan passes too
    head = head_of(result.files["index.html"])
    assert head[0][0] == "script" and "connect.tiktok-minis.com" in str(head[0][1].get("src"))
    links = [attrs for tag, attrs, _ in head if tag == "link"]
    assert links == [{"rel": "preload", "as": "image", "href": "assets/dot.png"}]


def test_no_preload_without_start_up_images(example_copy: Callable[[str], Path]) -> None:
    result = build(example_copy("hello"), "h5")
    assert b"preload" not in result.files["index.html"]


@pytest.mark.browser
def test_the_image_is_fetched_once_before_the_script_has_arrived(
        page: Any, example_copy: Callable[[str], Path]) -> None:
    project = example_copy("hello")
    add_start_up_image(project)
    result = build(project, "h5")
    with serve(result.output_dir) as url:
        page.goto(url + "/index.html")
        page.wait_for_function("typeof pyminisGame !== 'undefined' && pyminisGame.frames > 0")
        entries = page.evaluate("""() => performance.getEntriesByType('resource')
            .map((e) => ({name: e.name.split('/').slice(3).join('/'), start: e.startTime,
                          end: e.responseEnd}))""")
        loaded = page.evaluate("() => pyminisGame.loader.done === pyminisGame.loader.total")
    images = [e for e in entries if e["name"] == "assets/dot.png"]
    script = next(e for e in entries if e["name"] == "game.js")
    # One request: the game's own load found the preloaded image (same URL, same mode).
    assert len(images) == 1
    # Without the preload the game asks for it only once game.js has arrived and run.
    assert images[0]["start"] < script["end"]
    assert loaded
    assert page.log.console_errors == []

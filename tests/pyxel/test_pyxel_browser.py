"""A Pyxel game compiled for h5 plays a scripted plan in Chromium with the same pixels as
under CPython (the whole canvas, byte for byte), and its whole package stays small."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path
from typing import Any

import pytest

from pyminis.pipeline import build
from tests.pyxel.plans import play_browser, play_headless

pytestmark = pytest.mark.browser

SHAPES = Path(__file__).parent / "games" / "shapes"
PLAN = [("frames", 3), ("key", "down", "ArrowRight"), ("frames", 10),
        ("touch", "start", 150, 300), ("frames", 2), ("touch", "end", 150, 300),
        ("key", "up", "ArrowRight"), ("frames", 5),
        ("touch", "start", 60 + 1.3 * 0.12 * 390, 640), ("frames", 4),
        ("touch", "end", 60 + 1.3 * 0.12 * 390, 640), ("frames", 2)]


def test_shapes_plays_the_same_pixels_compiled_and_in_cpython(page: Any, tmp_path: Path) -> None:
    game = tmp_path / "shapes"
    shutil.copytree(SHAPES, game, ignore=shutil.ignore_patterns("dist*", ".pyminis"))
    result = build(game, "h5")
    compiled = play_browser(page, result.output_dir, PLAN)
    headless = play_headless(game, PLAN)
    assert compiled["frame_count"] == headless["frame_count"] == 13
    assert compiled["screen"] == headless["screen"]
    assert compiled["canvas"] == headless["canvas"]
    assert page.log.console_errors == []
    # The text moved right while the key was held: the game saw the key, compiled too.
    assert compiled["screen"] != play_headless(game, [("frames", 26)])["screen"]


def test_a_pyxel_package_is_small(tmp_path: Path) -> None:
    game = tmp_path / "shapes"
    shutil.copytree(SHAPES, game, ignore=shutil.ignore_patterns("dist*", ".pyminis"))
    result = build(game, "h5")
    total = sum(len(gzip.compress(data, 9)) for data in result.files.values())
    assert total <= 40_000, f"the whole h5 package is {total} bytes min+gzip"


@pytest.mark.parametrize("profile", ["tiktok", "strict"])
def test_shapes_plays_natively_in_the_emulator(page: Any, tmp_path: Path, profile: str) -> None:
    """The native package in the runtime emulator (no DOM; the strict profile: no web globals):
    the screen after the same frames equals the headless run's, the canvas shows it."""
    from tests.support.emulator import run_native

    game = tmp_path / "shapes"
    shutil.copytree(SHAPES, game, ignore=shutil.ignore_patterns("dist*", ".pyminis"))
    result = build(game, "native")
    with run_native(page, result.output_dir, manual=True, profile=profile) as emulator:
        emulator.step(count=12)
        worker = emulator.game_worker()
        frame_count, screen = worker.evaluate(
            "(() => { const s = pyminisGame.pyxel_state(); return [s[0], Array.from(s[1])]; })()")
        left, top, scale = worker.evaluate("[pyminisGame.left, pyminisGame.top, pyminisGame.scale]")
        corner = emulator.pixel(left + scale // 2, top + scale // 2)
        assert emulator.errors == []
    headless = play_headless(game, [("frames", 12)])
    assert frame_count == headless["frame_count"] == 6
    assert bytes(screen) == headless["screen"]
    assert corner[:3] == [0x2B, 0x33, 0x5F]  # colour 1 (navy): the cleared screen's corner


RANDOM_DOTS = """import pyxel
import random

pyxel.init(16, 16)


def draw():
    pyxel.pset(pyxel.rndi(0, 15), random.randint(0, 15), pyxel.rndi(1, 15))


pyxel.run(lambda: None, draw)
"""


def test_random_draws_match_natively_and_in_the_browser(page: Any, tmp_path: Path) -> None:
    """Seeded alike (the emulator's `seed`, the page's `__pyminisRandomSeed`, seeded() in CPython),
    rndi and the random module draw the same dots in all three."""
    import json

    from tests.pyxel.plans import play_native

    game = tmp_path / "dots"
    (game / "src").mkdir(parents=True)
    (game / "src" / "main.py").write_text(RANDOM_DOTS, encoding="utf-8")
    (game / "minigame.config.json").write_text(json.dumps({"dev": {"clientKey": "pyxel-test-key"}}),
                                               encoding="utf-8")
    plan = [("frames", 40)]
    headless = play_headless(game, plan, seed=5)
    native = play_native(page, build(game, "native").output_dir, plan, seed=5)
    compiled = play_browser(page, build(game, "h5").output_dir, plan, seed=5)
    assert native["errors"] == []
    assert native["frame_count"] == compiled["frame_count"] == headless["frame_count"] == 20
    assert native["screen"] == compiled["screen"] == headless["screen"]
    assert headless["screen"] != play_headless(game, plan, seed=6)["screen"]
    assert len(set(headless["screen"])) > 5  # dots of many colours were drawn

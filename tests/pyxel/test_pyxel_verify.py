"""`pyminis verify` plays a Pyxel game compiled and under CPython frame by frame: every
frame's framebuffer is compared by its pixels (putImageData's CRC-32), not only the calls."""

from __future__ import annotations

import shutil
from pathlib import Path

from pyminis.verify import verify_project

SHAPES = Path(__file__).parent / "games" / "shapes"


def test_shapes_plays_the_same_pixels_every_frame(tmp_path: Path) -> None:
    game = tmp_path / "shapes"
    shutil.copytree(SHAPES, game, ignore=shutil.ignore_patterns("dist*", ".pyminis"))
    result = verify_project(game, frames=240)
    assert result.identical, result.report
    puts = [entry for frame in result.python.frames for entry in frame.entries
            if entry[1] == "putImageData"] if result.python else []
    assert len(puts) == 120  # one framebuffer a Pyxel frame (30 of the 60 display frames)
    assert len({str(p[2]) for p in puts}) > 1, "the pixels should change as the game plays"

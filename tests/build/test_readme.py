"""The README's game snippet is a real game: it runs headless and builds for both targets."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pyminis import headless
from pyminis.pipeline import build

REPO = Path(__file__).resolve().parents[2]


def readme_game() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## A game", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "README's 'A game' section has no python block"
    return match.group(1)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.py").write_text(readme_game(), encoding="utf-8")
    shutil.copy(REPO / "examples" / "hello" / "minigame.config.json", tmp_path)
    return tmp_path


def test_readme_game_reacts_to_taps_headless(project: Path) -> None:
    with headless.run_game(project, width=360, height=640) as play:
        play.steps(2)
        play.tap(100, 200)
        play.tap(50, 60)
        play.steps(1)
        scene = play.game.scene
        assert scene.taps == 2
        assert (round(scene.dot.x), round(scene.dot.y)) == (50, 60)
        assert scene.label.text == "taps: 2"


@pytest.mark.parametrize("target", ["native", "h5"])
def test_readme_game_builds(project: Path, target: str) -> None:
    files = build(project, target).files
    assert "game.js" in files

"""The game builds for both targets and packs into a ZIP the upload checks accept."""

import shutil
import zipfile
from pathlib import Path

import pytest

from pyminis.pack import pack
from pyminis.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of this project, so the tests never touch your dist/ folders."""
    copy = tmp_path / ROOT.name
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        "dist", "dist-*", "*.zip", ".pyminis", "__pycache__", ".pytest_cache"))
    return copy


def test_builds_for_the_browser(project: Path) -> None:
    result = build(project, "h5", dev=True)
    assert {"index.html", "game.js", "minigame.config.json"} <= set(result.files)


def test_packs_for_the_native_runtime(project: Path) -> None:
    """A release build with every upload check (login, no empty files, config files)."""
    result = pack(project, "native")
    with zipfile.ZipFile(result.zip_path) as archive:
        names = archive.namelist()
    assert {"game.js", "game.json", "project.config.json"} <= set(names)

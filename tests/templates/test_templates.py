"""`pyminis new`: every template renders, and the project it makes passes its own tests
(headless game tests, a browser build and a native pack) exactly as generated."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pyminis.cli import app
from pyminis.cli.new import new_project, template_names
from pyminis.errors import UsageError
from tests.templates.snippets import environment

TEMPLATES = ["leaderboard", "minimal", "monetized"]


def test_the_three_templates_are_shipped() -> None:
    assert template_names() == TEMPLATES


@pytest.mark.parametrize("template", TEMPLATES)
def test_generated_project_passes_its_own_tests(template: str, tmp_path: Path) -> None:
    root = new_project("my-game", template, tmp_path)
    assert (root / "minigame.config.json").is_file() and (root / "src" / "main.py").is_file()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          cwd=root, env=environment(), capture_output=True, text=True, timeout=900,
                          check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    summary = re.search(r"(\d+) passed", output)
    assert summary is not None and int(summary[1]) >= 4, output
    assert "skipped" not in output and "xfail" not in output, output


def test_names_and_key_reach_the_config(tmp_path: Path) -> None:
    root = new_project("space_race", "minimal", tmp_path, client_key="ck-123")
    config = json.loads((root / "minigame.config.json").read_text())
    assert config["dev"]["clientKey"] == "ck-123"
    assert config["dev"]["name"] == "Space Race"
    assert root == tmp_path / "space_race"


def test_refusals_say_what_to_do(tmp_path: Path) -> None:
    new_project("taken", "minimal", tmp_path)
    with pytest.raises(UsageError, match="already exists"):
        new_project("taken", "minimal", tmp_path)
    with pytest.raises(UsageError) as caught:
        new_project("fresh", "platformer", tmp_path)
    assert "use one of: leaderboard, minimal, monetized" in str(caught.value)
    with pytest.raises(UsageError, match="start with a letter"):
        new_project("../escape", "minimal", tmp_path)
    assert not (tmp_path / "fresh").exists()


def test_cli_new(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["new", "t1", "--template", "leaderboard",
                                      "--output-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t1" / "open_data" / "main.py").is_file()
    again = CliRunner().invoke(app, ["new", "t1", "--output-dir", str(tmp_path)])
    assert again.exit_code == 2 and "already exists" in again.output

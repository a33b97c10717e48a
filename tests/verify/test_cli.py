"""`pyminis verify`: the report on stdout, exit 0 identical, 1 a difference, 2 bad usage,
3 a missing tool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pyminis.cli import app
from pyminis.paths import RUNTIME_JS_ENV
from tests.verify.conftest import GameMaker


def test_identical_exits_0_and_says_so(make_game: GameMaker) -> None:
    done = CliRunner().invoke(app, ["verify", str(make_game()), "--frames", "30",
                                    "--state", "ticks, label.text"])
    assert done.exit_code == 0, done.output
    assert "identical: 30 frames" in done.output and "target native" in done.output


def test_a_difference_exits_1(make_game: GameMaker, planted_runtime: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RUNTIME_JS_ENV, str(planted_runtime))
    done = CliRunner().invoke(app, ["verify", str(make_game()), "--frames", "50"])
    assert done.exit_code == 1, done.output
    assert "DIFFERENT at frame 41" in done.output


@pytest.mark.parametrize(("args", "message"), [
    (["--target", "minis"], "verify plays --target native or h5"),
    (["--frames", "0"], "--frames must be at least 1"),
    (["--plan", "missing.json"], "missing.json does not exist"),
])
def test_bad_usage_exits_2(make_game: GameMaker, args: list[str], message: str) -> None:
    done = CliRunner().invoke(app, ["verify", str(make_game()), *args])
    assert done.exit_code == 2, done.output
    assert message in done.output


def test_a_bad_plan_names_its_step(make_game: GameMaker, tmp_path: Path) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"steps": [{"wait": 1}, {"tap": "middle"}]}))
    done = CliRunner().invoke(app, ["verify", str(make_game()), "--plan", str(plan)])
    assert done.exit_code == 2 and "step 2: a point is [x, y]" in done.output


def test_without_node_exits_3(make_game: GameMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_game()
    assert CliRunner().invoke(app, ["verify", str(root), "--frames", "5"]).exit_code == 0
    monkeypatch.setenv("PATH", "")  # the build is cached: only the compiled side needs node
    done = CliRunner().invoke(app, ["verify", str(root), "--frames", "5"])
    assert done.exit_code == 3, done.output
    assert "node is not installed" in done.output

"""`pyminis scan PATH [--config FILE] [--target h5|native] [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pyminis.cli import app


def package(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["scan", *args])
    return result.exit_code, result.output


def test_findings_print_path_line_col_rule_and_exit_1(tmp_path: Path) -> None:
    out = package(tmp_path / "dist", {
        "index.html": '<html><head><script src="https://cdn.example.com/x.js"></script></head></html>',
        "game.js": 'let a = 1;\nsetTimeout("tick()", 5);\n',
        "style.css": "body { margin: 0 }",
        "blank.txt": "",
    })
    code, output = run(str(out))
    assert code == 1
    assert "game.js:2:1: string-timer: " in output
    assert "index.html:1:13: foreign-script: " in output
    assert "blank.txt:1:1: zero-byte-file: " in output
    assert "style.css" not in output
    assert "3 finding(s)" in output


def test_a_clean_folder_exits_0(tmp_path: Path) -> None:
    out = package(tmp_path / "dist", {"game.js": "setTimeout(() => 1, 5);\n"})
    code, output = run(str(out))
    assert code == 0, output
    assert "clean" in output


def test_json_gives_the_same_findings(tmp_path: Path) -> None:
    out = package(tmp_path / "dist", {"game.js": 'eval("1");\nnavigator.vibrate(5);\n'})
    code, output = run(str(out), "--json")
    assert code == 1
    data = json.loads(output)
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in data["findings"]] == [
        ("game.js", 1, 1, "eval"), ("game.js", 2, 1, "vibrate")]
    assert data["clean"] is False and data["target"] == "h5"


def test_target_native_allows_vibration_and_is_guessed_from_game_json(tmp_path: Path) -> None:
    out = package(tmp_path / "dist-native", {"game.js": "navigator.vibrate(5);\n",
                                             "game.json": "{}"})
    assert run(str(out))[0] == 0
    assert run(str(out), "--target", "h5")[0] == 1
    assert run(str(out), "--target", "wasm")[0] == 2


def test_trusted_domains_and_allowances_come_from_the_config(tmp_path: Path) -> None:
    out = package(tmp_path / "dist", {"game.js": 'fetch("https://api.mine.example/x");\n',
                                      "vendor/lib.js": 'eval("1");\n'})
    assert run(str(out))[0] == 1
    config = tmp_path / "minigame.config.json"  # beside the output: found by default
    config.write_text(json.dumps({
        "domain": {"trustedDomains": ["https://api.mine.example"]},
        "pyminis": {"scan": {"allow": [
            {"path": "vendor/lib.js", "rule": "eval", "reason": "reviewed REPL"}]}},
    }), encoding="utf-8")
    code, output = run(str(out))
    assert code == 0, output
    assert "reviewed REPL" in output
    elsewhere = tmp_path / "other.json"
    elsewhere.write_text("{}", encoding="utf-8")
    assert run(str(out), "--config", str(elsewhere))[0] == 1


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    code, output = run(str(tmp_path / "nowhere"))
    assert code == 2
    assert "does not exist" in output

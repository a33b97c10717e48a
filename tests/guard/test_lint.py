"""The lint: every problem of a run, each at its line, and `pyminis lint` exits 1."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pyminis.cli import app
from pyminis.guard import Module, check

FIVE_PROBLEMS = '''import pickle

class Tally:
    global total

if open("n"):
    print(eval("n"))
first, *(second, last) = [1, 2, 3]
'''


def test_lint_reports_every_problem_with_its_line() -> None:
    problems = check([Module("game", "src/game.py", FIVE_PROBLEMS)])
    found = [(p.code, p.location.line) for p in problems]
    assert found == [("PM111", 1), ("PM122", 4), ("PM118", 6), ("PM108", 7), ("PM106", 8)]
    for problem in problems:
        text = str(problem)
        assert text.startswith(f"src/game.py:{problem.location.line}:")
        assert "; " in text  # what is wrong; how to write it instead


def test_pyminis_lint_prints_five_errors_and_exits_1(tmp_path: Path) -> None:
    script = tmp_path / "bad.py"
    script.write_text(FIVE_PROBLEMS, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", str(script)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if ": PM1" in line]
    assert len(lines) == 5, result.output


def test_clean_code_passes_and_pyminis_modules_may_use_pragmas(tmp_path: Path) -> None:
    assert check([Module("ok", "ok.py", "x = [1, 2]\nprint(x[-1])\n")]) == []
    pragma = "__pragma__ ('js', '{}', 'var a = 1;')\n"
    assert [p.code for p in check([Module("g", "g.py", pragma)])] == ["PM109"]
    assert check([Module("pyminis.tt", "pyminis/tt/__init__.py", pragma, trusted=True)]) == []
    script = tmp_path / "good.py"
    script.write_text("print(1)\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["lint", str(script)]).exit_code == 0


def test_syntax_errors_are_located() -> None:
    (problem,) = check([Module("g", "src/g.py", "x = (\n")])
    assert problem.code == "PM001" and problem.location.line == 1

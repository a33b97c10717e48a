"""`match` statements rewritten to if/elif (pyminis/guard/match_statements.py): every statement
keeps its line, and what CPython's compiler refuses in a pattern is refused at its line.
(What the rewritten code does is tested against CPython in tests/guard/cases/match.cases.)"""

from __future__ import annotations

import ast

from pyminis.guard import Module, check, match_to_if
from tests.guard.cases import load_cases

CASES = [c for c in load_cases() if c.topic == "match" and c.refused is None]


def statement_lines(tree: ast.AST) -> list[tuple[int, int | None, str]]:
    """(line, end line, kind) of every statement a `match` does not replace."""
    return sorted((s.lineno, s.end_lineno, type(s).__name__) for s in ast.walk(tree)
            if isinstance(s, ast.stmt) and not isinstance(s, (ast.Match, ast.If, ast.Assign)))


def test_every_case_keeps_its_lines_and_parses() -> None:
    assert CASES
    for case in CASES:
        (module,) = match_to_if([Module("game", "src/game.py", case.source)])
        assert "match " not in module.text.replace("_pm_match", ""), case.name
        assert module.text.count("\n") == case.source.count("\n"), case.name
        assert statement_lines(ast.parse(module.text)) == statement_lines(ast.parse(case.source)), case.name


def test_case_headers_become_elif_on_the_case_lines() -> None:
    source = "match x:\n    case 1:\n        a = 1\n    case [y,\n          z]:\n        pass\n    case _:\n        pass\n"
    (module,) = match_to_if([Module("game", "src/game.py", source)])
    lines = module.text.splitlines()
    assert lines[0].startswith("_pm_s1 = (x")
    assert lines[1].startswith("if ") and lines[3].startswith("elif (") and lines[6] == "else:"
    assert len(lines) == len(source.splitlines())


def test_a_pattern_cpython_refuses_is_refused_at_its_line() -> None:
    source = "x = 1\nmatch x:\n    case [a, a]:\n        pass\n    case y:\n        pass\n    case 2:\n        pass\n"
    problems = check([Module("game", "src/game.py", source)])
    assert [(p.code, p.location.line) for p in problems] == [("PM102", 3)]
    assert "multiple assignments to name 'a'" in problems[0].message


def test_a_module_without_match_is_left_alone() -> None:
    module = Module("game", "src/game.py", "match = 1\nprint(match)\n")
    assert match_to_if([module]) == [module]

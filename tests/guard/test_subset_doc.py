"""docs/python-subset.md matches the differential suite and the lint's rules."""

from __future__ import annotations

import re
from pathlib import Path

from pyminis.guard.lint import RULES
from tests.guard.cases import load_cases

DOC = Path(__file__).resolve().parents[2] / "docs" / "python-subset.md"


def section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"## {title}")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else len(text)]


def test_every_case_named_in_works_runs_compared_with_cpython() -> None:
    cases = {c.name: c for c in load_cases(every=True)}
    rows = [line for line in section("Works as in CPython").splitlines()
            if line.startswith("| ") and not line.startswith("| construct")]
    named = [name for row in rows for name in re.findall(r"`([a-z0-9_]+)`", row.rstrip(" |").rsplit(" | ", 1)[1])]
    assert named, "the Works table names no cases"
    unknown = [n for n in named if n not in cases]
    assert unknown == [], f"docs/python-subset.md names cases that do not exist: {unknown}"
    refused = [n for n in named if cases[n].refused]
    assert refused == [], f"cases listed as working are refused: {refused}"


def test_refused_table_is_the_lint_rules_with_a_case_each() -> None:
    cases = {c.name: c for c in load_cases(every=True)}
    rows = re.findall(r"^\| (PM\d+) \|.*\| `([a-z0-9_]+)` \|$", section("Refused"), re.MULTILINE)
    assert sorted(code for code, _ in rows) == sorted(RULES), "Refused table ≠ pyminis/guard/lint.py RULES"
    for code, case in rows:
        assert cases[case].refused == code, f"{case} must be refused with {code}"


def test_every_refused_case_uses_a_documented_code() -> None:
    documented = set(re.findall(r"^\| (PM\d+) \|", section("Refused"), re.MULTILINE))
    for case in load_cases(every=True):
        if case.refused:
            assert case.refused in documented, case.name

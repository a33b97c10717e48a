"""Python guard: lint what Transcrypt would get wrong, rewrite what can be made to work.

`check(modules)` returns every problem of a run; `rewrite(text)` turns natural Python into
Python that Transcrypt compiles faithfully, keeping every statement on its original line so
source maps and errors name the author's lines.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from pyminis.errors import Location, Problem


@dataclass(frozen=True)
class Module:
    """One Python module of a game, as the guard sees it."""

    name: str  # dotted module name: "main", "levels.one"
    display: str  # the path shown to the author: "src/main.py"
    text: str
    trusted: bool = False  # pyminis' own game-facing modules may use pragmas


def check(modules: list[Module]) -> list[Problem]:
    """Every problem in every module (syntax first; the lint adds its own codes)."""
    problems: list[Problem] = []
    for module in modules:
        try:
            ast.parse(module.text, filename=module.display)
        except SyntaxError as error:
            problems.append(Problem(
                Location(module.display, error.lineno, error.offset),
                "PM001", f"syntax error: {error.msg}", "fix the Python syntax at this line",
            ))
    return problems


def rewrite(text: str) -> str:
    """Natural Python → Python that Transcrypt compiles faithfully (same line numbers)."""
    return text

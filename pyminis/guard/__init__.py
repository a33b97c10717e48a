"""Python guard: lint what Transcrypt would get wrong, rewrite what can be made to work.

`check(modules)` returns every problem of a run; `rewrite_all(modules)` turns natural Python
into Python that Transcrypt compiles faithfully, keeping every statement on its original line
so source maps and errors name the author's lines. docs/python-subset.md describes the result.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from pyminis.errors import Location, Problem
from pyminis.guard.facts import Facts, gather
from pyminis.guard.lint import RULES, lint_tree
from pyminis.guard.rewrite import RUNTIME_MODULE, rewrite_module

__all__ = ["RULES", "RUNTIME_MODULE", "Facts", "Module", "check", "rewrite", "rewrite_all"]


@dataclass(frozen=True)
class Module:
    """One Python module of a game, as the guard sees it."""

    name: str  # dotted module name: "main", "levels.one"
    display: str  # the path shown to the author: "src/main.py"
    text: str
    trusted: bool = False  # pyminis' own game-facing modules may use pragmas


def _parse(module: Module) -> ast.Module | Problem:
    try:
        return ast.parse(module.text, filename=module.display)
    except SyntaxError as error:
        return Problem(Location(module.display, error.lineno, error.offset), "PM001",
                       f"syntax error: {error.msg}", "fix the Python syntax at this line")


def check(modules: list[Module]) -> list[Problem]:
    """Every problem in every module: syntax errors, then what the lint refuses."""
    own = {m.name for m in modules} | {m.name.split(".")[0] for m in modules}
    problems: list[Problem] = []
    for module in modules:
        tree = _parse(module)
        if isinstance(tree, Problem):
            problems.append(tree)
        else:
            problems += lint_tree(tree, module.display, module.trusted, own)
    return problems


def rewrite_all(modules: list[Module]) -> tuple[dict[str, str], Facts]:
    """(module name → rewritten text, facts), facts gathered over all modules (methods, keywords)."""
    trees = {m.name: ast.parse(m.text, filename=m.display) for m in modules}
    facts = gather(list(trees.values()))
    return {m.name: rewrite_module(m.text, trees[m.name], facts) for m in modules}, facts


def rewrite(text: str, facts: Facts | None = None) -> str:
    """Natural Python → Python that Transcrypt compiles faithfully (same line numbers)."""
    tree = ast.parse(text)
    return rewrite_module(text, tree, facts if facts is not None else gather([tree]))

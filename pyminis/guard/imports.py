"""Imports within a game's own packages, in the forms Transcrypt compiles.

Transcrypt resolves neither relative imports (`from . import util`, `from .util import f`: it
looks for `util` at the top of the search path) nor `from pkg import sub` of a submodule (it
imports the name `sub` from `pkg/__init__`, which does not export it). Before the rewrite,
each such statement becomes its absolute equivalent on the same lines: `from pkg.util import
f`, and `import pkg.sub as sub` for a submodule. A relative import CPython cannot resolve (in
a top-level module, or beyond the top package) is a located problem instead.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from pyminis.errors import Location, Problem
from pyminis.guard import splice


@dataclass(frozen=True)
class Where:
    """A module's own name and whether it is a package's `__init__`."""

    name: str
    is_package: bool

    @property
    def package(self) -> str:
        return self.name if self.is_package else self.name.rpartition(".")[0]


def resolved(where: Where, node: ast.ImportFrom) -> str | None:
    """The absolute module `node` imports from; None when CPython cannot resolve it."""
    if not node.level:
        return node.module or ""
    parts = where.package.split(".") if where.package else []
    keep = len(parts) - (node.level - 1)
    if not parts or keep <= 0:
        return None
    return ".".join(parts[:keep] + ([node.module] if node.module else []))


def problems(where: Where, display: str, tree: ast.Module) -> list[Problem]:
    """Relative imports CPython refuses (ImportError), at their line."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level and resolved(where, node) is None:
            dots = "." * node.level + (node.module or "")
            reason = ("this module is not in a package" if not where.package
                      else f"it goes above the top package '{where.package.split('.')[0]}'")
            found.append(Problem(
                Location(display, node.lineno, node.col_offset + 1), "PM003",
                f"relative import `from {dots} import …` has no package to start from: {reason} "
                "(CPython raises ImportError)",
                "import it by its absolute name from src/ (`from levels.util import f`), or "
                "move this module into the package"))
    return found


def absolute(where: Where, text: str, tree: ast.Module, modules: frozenset[str]) -> str:
    """`text` with its relative imports and submodule imports (`modules`: the game's module
    names) in the forms Transcrypt compiles, every statement on its original lines."""
    edits: list[splice.Edit] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        base = resolved(where, node)
        if not base:
            continue
        statements = replacement(base, node, modules)
        if statements is None:
            continue
        assert node.end_lineno is not None and node.end_col_offset is not None
        # Backslash continuations keep a multi-line statement's lines (and so every later line).
        new = "; ".join(statements) + " \\\n" * (node.end_lineno - node.lineno)
        edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, new))
    return splice.edited(text, edits)


def replacement(base: str, node: ast.ImportFrom, modules: frozenset[str]) -> list[str] | None:
    """The statements standing for `node` (importing from `base`), or None to keep it."""
    submodule = [f"{base}.{a.name}" in modules for a in node.names]
    if not node.level and not any(submodule):
        return None
    statements: list[str] = []
    names: list[str] = []

    def flush() -> None:
        if names:
            statements.append(f"from {base} import {', '.join(names)}")
            names.clear()

    for alias, is_module in zip(node.names, submodule):
        if is_module:
            flush()
            statements.append(f"import {base}.{alias.name} as {alias.asname or alias.name}")
        else:
            names.append(alias.name + (f" as {alias.asname}" if alias.asname else ""))
    flush()
    return statements

"""Names whose calls need no callable check: every binding of them in the module is a `def`,
a `class` or an import.

A call of any other name the module binds (a parameter, a variable, a name a `def` shares with
an assignment, as doctests do: `color = 1` then `color(...)`) may call a value that is not
callable; JavaScript then says "color is not a function", CPython "'int' object is not
callable". The rewrite calls such names through `_pm_fn` (runtime_js/python/pmrt/calls.js),
a `typeof` test V8 inlines, unless the types prove a function.
"""

from __future__ import annotations

import ast


def plain_callees(tree: ast.Module) -> frozenset[str]:
    """The names bound in `tree` only by def, class and import statements."""
    defined: set[str] = set()
    other: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            defined.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            other.add(node.id)
        elif isinstance(node, ast.arg):
            other.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            other.add(node.name)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            other.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            other.add(node.rest)
    return frozenset(defined - other)

"""Imports a program tries and survives without: `try: from itertools import izip` / `except
ImportError: izip = zip`, `try: import numpy` / `except ImportError: numpy = None`.

CPython raises ImportError there when the module or the name is not to be had, and the
program goes on with its fallback. Where CPython lacks it as well (a Python 2 name, a package
that is not part of CPython: a game ships no packages but its own modules), the game raises the
same ImportError at that line instead of being refused. A standard module CPython has and games
do not (`readline`, `decimal`) stays refused: CPython would import it and never run the fallback.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
from collections.abc import Collection

from pyminis.guard import modules

# Handlers that catch ImportError (and ModuleNotFoundError, its subclass): bare, or naming it
# or a base of it.
IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})


def catches_import_error(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(k is None or isinstance(k, ast.Name) and k.id in IMPORT_ERRORS for k in kinds)


def guarded(tree: ast.Module) -> set[int]:
    """Ids of the import statements in the body of a try with a handler for ImportError."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(catches_import_error(h) for h in node.handlers):
            found |= {id(n) for s in node.body for n in ast.walk(s) if isinstance(n, (ast.Import, ast.ImportFrom))}
    return found


def cpython_lacks_module(name: str) -> bool:
    """Not a module of CPython's standard library (the same list on every machine, whatever is
    installed there)."""
    return name.split(".")[0] not in sys.stdlib_module_names


def cpython_lacks_member(module: str, name: str) -> bool:
    """Does CPython's standard module `module` (one games have: safe to import here) lack
    `name`, as a value or a submodule?"""
    try:
        found = importlib.import_module(module)
    except ImportError:
        return False
    if hasattr(found, name):
        return False
    try:
        return importlib.util.find_spec(f"{module}.{name}") is None
    except (ImportError, ValueError):
        return True  # not a package: no submodules


def raise_statement(node: ast.Import | ast.ImportFrom, game_modules: Collection[str]) -> str | None:
    """The `raise` a guarded import of a module neither CPython nor the game has becomes (its
    first module decides, as in CPython), or None."""
    name = node.names[0].name if isinstance(node, ast.Import) else node.module
    if isinstance(node, ast.ImportFrom) and node.level or not name or not cpython_lacks_module(name) \
            or modules.allowed(name) or name in game_modules or name.split(".")[0] in game_modules:
        return None
    return f"raise ModuleNotFoundError({'No module named ' + repr(name.split('.')[0])!r})"

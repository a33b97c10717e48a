"""`from module import *` takes what CPython takes (a game's module, pyxel, math, random…).

Of a standard module (pyxel and the modules the lint lets a game import), the star takes the
names of it the importing module uses (`from pyxel import *` then `cls(0)`); a name CPython's
module has and pyminis' lacks is refused where it is used (`missing`, the lint's PM125).

CPython takes the module's `__all__`, or else every module-level name not starting with `_`,
including the names the module itself imports (`import math` in vec.py, then `from vec import *`
gives `math`). Transcrypt took only the names the module assigns, and those starting with `_`
too: `math.pi` after the star import failed with "math is not defined" (jay-kumogata's Pyxel
Asteroids). Before the rewrite, each such statement is written out as the names it takes
(`expanded`), and every game module exports the names it binds by importing (`reexported`),
which Transcrypt's import bindings never are, so `from vec import math` resolves.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable

from pyminis.guard import modules as standard
from pyminis.guard import pyxel_names, splice
from pyminis.guard.global_names import global_names
from pyminis.guard.shapes import _own_nodes

# Imports the rewrite removes (guard/rewrite.py REMOVED_IMPORTS): their names exist only for
# the type checker, not in the compiled module.
TYPING_ONLY = frozenset({"__future__", "typing", "typing_extensions"})


def _literal_all(tree: ast.Module) -> list[str] | None:
    """The module's `__all__` when it is one list or tuple of strings assigned once."""
    found: list[str] | None = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__"
                                                for t in node.targets):
            value = node.value
            if isinstance(value, (ast.List, ast.Tuple)) and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
                found = [e.value for e in value.elts]  # type: ignore[attr-defined]
    return found


def top_level_bindings(tree: ast.Module) -> tuple[set[str], set[str], list[str]]:
    """(names bound by imports, names bound otherwise, modules star-imported) at module level."""
    imported: set[str] = set()
    other: set[str] = set(global_names(tree).declared)
    stars: list[str] = []
    for node in _own_nodes(tree.body):
        if isinstance(node, ast.Import):
            imported |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.module in TYPING_ONLY:
                continue
            for alias in node.names:
                if alias.name == "*":
                    stars.append(node.module or "")
                else:
                    imported.add(alias.asname or alias.name)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            other.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            other.add(node.name)
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            other.add(node.name)
    return imported, other, stars


def module_defined_names(tree: ast.Module) -> set[str]:
    """The names a module binds at module level other than by imports (def, class, =, for…)."""
    return top_level_bindings(tree)[1]


def reexported(tree: ast.Module, game_modules: frozenset[str] = frozenset()) -> list[str]:
    """The names a module binds only by importing them (to be exported as it assigns others);
    a module-level `from <game module> import x` assigns a copy (guard/module_objects.py),
    which Transcrypt exports itself."""
    imported, other, _ = top_level_bindings(tree)
    copied = {a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom)
              and n.level == 0 and (n.module in game_modules or n.module == "pyxel") for a in n.names}
    return sorted(imported - other - copied)


def public_names(name: str, tree_of: Callable[[str], ast.Module | None],
                 seen: frozenset[str] = frozenset()) -> list[str]:
    """What `from <name> import *` takes (`tree_of`: a game module's tree, None otherwise)."""
    tree = tree_of(name)
    if tree is None:
        return []
    listed = _literal_all(tree)
    if listed is not None:
        return listed
    imported, other, stars = top_level_bindings(tree)
    names = imported | other
    for source in stars:
        if source not in seen:
            names |= set(public_names(source, tree_of, seen | {name}))
    return sorted(n for n in names if not n.startswith("_"))


def missing(module: str) -> frozenset[str]:
    """Names CPython's `module` gives a star import that pyminis' does not offer."""
    have = offered(module) or frozenset()
    if module == "pyxel":
        return frozenset(set(pyxel_names.UNSUPPORTED) | set(pyxel_names.PYXEL1)) - have
    try:
        import importlib

        real = importlib.import_module(module)
    except ImportError:
        return frozenset()
    names = getattr(real, "__all__", None) or [n for n in dir(real) if not n.startswith("_")]
    return frozenset(names) - have


@functools.lru_cache(maxsize=1)
def _math_names() -> frozenset[str]:
    """What runtime_js/python/math.js (the games' math) exports."""
    from pyminis.paths import runtime_js_dir

    text = (runtime_js_dir() / "python" / "math.js").read_text(encoding="utf-8")
    return frozenset(re.findall(r"^export (?:const|function|let|var) (\w+)", text, re.MULTILINE))


def offered(module: str) -> frozenset[str] | None:
    """The names a game may take from a standard module (None: not known)."""
    return _math_names() if module == "math" else standard.members(module)


def standard_names(module: str, tree: ast.Module) -> list[str] | None:
    """The names `from module import *` of a standard module takes here: those of it the
    module uses (None: not a standard module with known names)."""
    names = offered(module)
    if names is None:
        return None
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return sorted(used & names)


def expanded(text: str, tree: ast.Module, tree_of: Callable[[str], ast.Module | None]) -> str:
    """`text` with each star import of a game module written out, on its own line."""
    edits: list[splice.Edit] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
                and any(a.name == "*" for a in node.names)):
            continue
        if tree_of(node.module) is not None:
            names = public_names(node.module, tree_of)
        else:
            found = standard_names(node.module, tree)
            if found is None:
                continue
            names = found
        # No name to take: still import it (its statements run), under a reserved name.
        new = (f"from {node.module} import {', '.join(names)}" if names
               else f"import {node.module} as _pm_star_{node.module.replace('.', '_')}")
        assert node.end_lineno is not None and node.end_col_offset is not None
        edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
                      new + " \\\n" * (node.end_lineno - node.lineno)))
    return splice.edited(text, edits)

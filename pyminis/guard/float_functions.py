"""Reads of standard modules' members, and those naming functions returning floats.

pyminis' math, random and time functions return raw JavaScript numbers: the types know a direct
call `math.sqrt(x)` gives a float and box it where int and float could be told apart. Read as a
value (`map(math.sqrt, xs)`, `key=math.fabs`, `f = random.random`), the function is called
where nothing is known, and `list(map(math.sqrt, [4.0]))` printed [2] (CPython: [2.0]). The
rewrite wraps such reads in `_pm_fnbox` (runtime_js/python/pmrt/numbers.js).
"""

from __future__ import annotations

import ast

from pyminis.guard.facts import Facts
from pyminis.guard.modules import BUILTIN_MODULES, stdlib_names
from pyminis.guard.types.evaluate import (
    MATH_BOOL,
    MATH_CONSTANTS,
    MATH_INT,
    MATH_OTHER,
    MATH_ROUNDING,
    MATH_TUPLE,
    RANDOM_FLOAT,
    TIME_FLOAT,
)

# The math names that are not functions returning a float.
_MATH_NOT_FLOAT = MATH_INT | MATH_ROUNDING | MATH_BOOL | MATH_TUPLE | MATH_OTHER | MATH_CONSTANTS \
    | {"isqrt", "prod"}
MODULES = ("math", "random", "time")
# Modules the rewrite turns into nothing or into runtime helpers: no object to read.
NOT_MODULES = frozenset({"typing", "typing_extensions", "__future__", "pyminis", "pyxel"})


def returns_float(module: str, name: str) -> bool:
    if module == "math":
        return name not in _MATH_NOT_FLOAT and not name.startswith("_")
    return name in (RANDOM_FLOAT if module == "random" else TIME_FLOAT)


def float_functions(reads: dict[int, tuple[str, str]]) -> set[int]:
    """ids of the reads (standard_reads) naming such a function."""
    return {node for node, (module, name) in reads.items()
            if module in MODULES and name and returns_float(module, name)}


def standard_reads(tree: ast.Module, facts: Facts) -> dict[int, tuple[str, str]]:
    """(module, name) of each Name and Attribute node naming a member of a standard module
    (`math.sqrt`, `sqrt` after `from math import sqrt`): a name bound only by its import, the
    module not one of the game's own. A module's own name reads ("math", "")."""
    modules = (stdlib_names() | BUILTIN_MODULES) - facts.game_modules - NOT_MODULES
    if facts.own_random:
        modules -= {"random"}
    bound: dict[str, int] = {}  # how many times each name is bound, anywhere
    module_names: dict[str, str] = {}  # `import math as m`: m → math
    member_names: dict[str, tuple[str, str]] = {}  # `from math import sqrt as s`: s → (math, sqrt)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound[node.id] = bound.get(node.id, 0) + 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] = bound.get(node.name, 0) + 1
        elif isinstance(node, ast.arg):
            bound[node.arg] = bound.get(node.arg, 0) + 1
        elif isinstance(node, ast.alias):
            local = (node.asname or node.name).split(".")[0]
            bound[local] = bound.get(local, 0) + 1
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules and (alias.asname or "." not in alias.name):
                    module_names[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in modules:
            for alias in node.names:
                member_names[alias.asname or alias.name] = (node.module, alias.name)
    found: dict[int, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and bound.get(node.value.id) == 1 and node.value.id in module_names:
            found[id(node)] = (module_names[node.value.id], node.attr)
        elif isinstance(node, ast.Name) and bound.get(node.id) == 1:
            if node.id in member_names:
                found[id(node)] = member_names[node.id]
            elif node.id in module_names:
                found[id(node)] = (module_names[node.id], "")
    return found

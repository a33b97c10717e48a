"""Standard functions returning floats, where a module reads them as values.

pyminis' math, random and time functions return raw JavaScript numbers: the types know a direct
call `math.sqrt(x)` gives a float and box it where int and float could be told apart. Read as a
value (`map(math.sqrt, xs)`, `key=math.fabs`, `f = random.random`), the function is called
where nothing is known, and `list(map(math.sqrt, [4.0]))` printed [2] (CPython: [2.0]). The
rewrite wraps such reads in `_pm_fnbox` (runtime_js/python/pmrt/numbers.js).
"""

from __future__ import annotations

import ast

from pyminis.guard.facts import Facts
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


def returns_float(module: str, name: str) -> bool:
    if module == "math":
        return name not in _MATH_NOT_FLOAT and not name.startswith("_")
    return name in (RANDOM_FLOAT if module == "random" else TIME_FLOAT)


def float_functions(tree: ast.Module, facts: Facts) -> set[int]:
    """ids of the Name and Attribute nodes naming such a function (a name bound only by its
    import, the module not one of the game's own)."""
    modules = {m for m in MODULES if m not in facts.game_modules and not (m == "random" and facts.own_random)}
    bound: dict[str, int] = {}  # how many times each name is bound, anywhere
    module_names: dict[str, str] = {}  # `import math as m`: m → math
    function_names: dict[str, tuple[str, str]] = {}  # `from math import sqrt as s`: s → (math, sqrt)
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
                if alias.name in modules:
                    module_names[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in modules:
            for alias in node.names:
                if returns_float(node.module, alias.name):
                    function_names[alias.asname or alias.name] = (node.module, alias.name)
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and bound.get(node.value.id) == 1 and node.value.id in module_names \
                and returns_float(module_names[node.value.id], node.attr):
            found.add(id(node))
        elif isinstance(node, ast.Name) and bound.get(node.id) == 1 and node.id in function_names:
            found.add(id(node))
    return found

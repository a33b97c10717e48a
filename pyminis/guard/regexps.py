"""Regular expressions written as literals, checked before compiling (PM129).

A game's `re` (pyminis/stdlib/re/) translates each pattern to JavaScript's syntax when it runs;
the lint runs the same translation here, under CPython, on every pattern a program writes as a
literal in a call of `re` (`re.sub(r"(\\w+)@", …)`, `re.compile("…", re.I)`), and asks CPython's
own `re` too: a pattern CPython rejects, or one JavaScript cannot run as CPython does (a scoped
`(?i:…)`, a conditional, `\\N{…}`), is refused at its line instead of failing as the game runs.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
from pathlib import Path
from types import ModuleType

# The functions of `re` taking a pattern first, and where each takes `flags` positionally.
FLAGS_AT = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
            "split": 3, "sub": 4, "subn": 4}
PARSER = Path(__file__).resolve().parent.parent / "stdlib" / "re" / "_parser.py"


@functools.lru_cache(maxsize=1)
def _parser() -> ModuleType:
    """The game's translation module, loaded from its file (its package imports the runtime)."""
    spec = importlib.util.spec_from_file_location("_pyminis_re_parser", PARSER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def flags_value(node: ast.expr | None, re_names: set[str], flag_names: set[str]) -> int | None:
    """The value of a flags argument written with `re.I`, `re.M | re.S`, imported flag names or
    ints; None where it is not written so."""
    if node is None:
        return 0
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in re_names:
        value = getattr(re, node.attr, None)
        return int(value) if isinstance(value, int) else None
    if isinstance(node, ast.Name) and node.id in flag_names:
        return int(getattr(re, node.id))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
        left = flags_value(node.left, re_names, flag_names)
        right = flags_value(node.right, re_names, flag_names)
        return None if left is None or right is None else left | right
    return None


def problem(function: str, call: ast.Call, re_names: set[str], flag_names: set[str]) -> str | None:
    """Why the literal pattern of this call of `re.<function>` is refused, or None."""
    if not call.args or not isinstance(call.args[0], ast.Constant) or not isinstance(call.args[0].value, str):
        return None
    pattern = call.args[0].value
    at = FLAGS_AT[function]
    given = call.args[at] if len(call.args) > at else next(
        (k.value for k in call.keywords if k.arg == "flags"), None)
    flags = flags_value(given, re_names, flag_names)
    if flags is None:
        return None
    try:
        re.compile(pattern, flags)
    except re.error as error:
        return f"{pattern!r}: {error} (CPython raises re.error)"
    except (ValueError, TypeError):
        return None
    try:
        _parser().translate(pattern, flags)
    except _parser().error as error:
        return f"{pattern!r}: {error}"
    return None

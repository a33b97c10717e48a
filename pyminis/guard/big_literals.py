"""Int literals beyond 2**53 as JavaScript BigInts, wherever they stand.

An int is a JS number within ±(2**53 - 1) and a BigInt beyond (docs/architecture.md, "Value
model"). Transcrypt writes a literal's digits as they are, so `37107287533902102798797998220837590246510135740250`
became the nearest double: every use of it (a list item, a default, a dict key, `sum`) then
computed with a float. The rewrite writes such a literal as a BigInt literal, which the int
helpers (pmrt/ints.js) and every other helper already take; a literal that fits stays a number.
"""

from __future__ import annotations

import ast

from pyminis.guard.splice import Splicer

MAX_SAFE = 2**53 - 1


def is_big(node: ast.AST) -> bool:
    """An int literal JavaScript numbers cannot hold exactly (not a bool)."""
    return isinstance(node, ast.Constant) and type(node.value) is int and abs(node.value) > MAX_SAFE


def big_literals(tree: ast.AST, out: Splicer) -> None:
    """Register the splices: each big int literal (decimal, hex, `_` separated) → `<digits>n`."""
    for node in ast.walk(tree):
        if is_big(node):
            digits = str(node.value)  # type: ignore[attr-defined]
            out.replace(node, lambda render, d=digits: f"__pragma__ ('js', '{{}}', '{d}n')", pad=False)

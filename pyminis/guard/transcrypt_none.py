"""`x is None` compiles to `x == null`: a JavaScript function that ends without `return`
(every Python function falling off its end, `return` alone, a JS method like `list.sort`)
gives `undefined`, which Transcrypt's `x === null` took for not-None. `== null` is true for
exactly null and undefined, so `f() is None` holds as in CPython, at native speed
(transcrypt_run.py installs this on Transcrypt's generator for the game's modules).
"""

from __future__ import annotations

import ast
from typing import Any

LOOSE = {ast.Is: ("==", 10), ast.IsNot: ("!=", 10)}


def is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def visit_compare(self: Any, node: ast.Compare, original: Any) -> None:
    """One comparison `a is None` / `None is not a` with the loose operators, else Transcrypt's."""
    if not (len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot))
            and (is_none(node.left) or is_none(node.comparators[0]))):
        original(self, node)
        return
    strict = self.operators
    self.operators = {**strict, **LOOSE}
    try:
        original(self, node)
    finally:
        self.operators = strict

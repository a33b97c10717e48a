"""Complex numbers in games: the builtin `complex` is Python (pyminis/stdlib/_complex.py),
staged as module `_pm_complex` only in a program that uses complex numbers, so other games do
not grow. A module using them gets `complex` bound by the rewrite's import line, and each
literal `2j` becomes the call `_pm_cx(0.0, 2.0)`.
"""

from __future__ import annotations

import ast
import math

COMPLEX_MODULE = "_pm_complex"  # the staged module's name
COMPLEX_FILE = "_complex"  # pyminis/stdlib/_complex.py (underscored: games cannot import it)
LITERAL = "_pm_cx"


def uses_complex(tree: ast.Module) -> bool:
    """A complex literal, or the name `complex` read (its own `complex` included: staging the
    module then costs nothing the bundler keeps)."""
    return any(isinstance(node, ast.Constant) and isinstance(node.value, complex)
               or isinstance(node, ast.Name) and node.id == "complex"
               for node in ast.walk(tree))


def literal(value: complex) -> str:
    """The call a literal becomes: Python's imaginary literals have a real part 0.0."""
    imag = value.imag
    return f"{LITERAL}(0.0, {'1e999' if math.isinf(imag) else repr(imag)})"

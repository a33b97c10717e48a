"""The rewrite keeps every statement on its line and leaves plain numeric code native."""

from __future__ import annotations

import ast

from pyminis import guard
from pyminis.compile.python import GuardCache
from pyminis.guard import rewrite

SOURCE = '''from typing import (
    Optional,
    List,
)
name = f"""{1:03d}
{2!r}"""
xs = [1, 2, 3]
last = xs[-1]
if xs:
    total = 0
    for i in range(len(xs)):
        total += xs[i] * 2
print(total, last, name)
'''


def statement_lines(text: str) -> list[int]:
    return sorted(node.lineno for node in ast.walk(ast.parse(text)) if isinstance(node, ast.stmt))


def test_every_statement_keeps_its_line() -> None:
    out = rewrite(SOURCE)
    original = statement_lines(SOURCE)
    # The rewrite appends one import line at the end, after every original statement.
    assert statement_lines(out)[:len(original)] == original
    assert out.count("\n") == SOURCE.count("\n") + 1


def test_plain_numbers_stay_native_and_python_meaning_uses_helpers() -> None:
    out = rewrite(SOURCE)
    assert "_pm_gi(xs, -1)" in out  # a[-1] as in Python
    assert "_pm_truth(xs)" in out  # empty list is false
    assert "_pm_mul(xs[i], 2)" in out  # in-range index in a range(len()) loop: plain JS
    assert "_pm_fmt(1, '03d')" in out


def test_methods_escaping_as_values_are_bound() -> None:
    out = rewrite("class A:\n    def jump(self):\n        pass\na = A()\ncb = a.jump\na.jump()\n")
    assert "cb = _pm_bind(a, 'jump')" in out
    assert "a.jump()" in out


def test_the_dev_cache_rewrites_as_a_full_build_does() -> None:
    plain = guard.Module("pyminis.fast", "pyminis/fast.py",
                         "# pyminis: compile-plain\ndef f(a, b):\n    return a * b\n", trusted=True)
    game = guard.Module("main", "src/main.py", "def g(xs):\n    return xs[-1] * 2\n")
    texts, _ = GuardCache().rewrite_all([plain, game])
    assert texts == guard.rewrite_all([plain, game])[0]
    assert texts["pyminis.fast"] == plain.text and "_pm_gi" in texts["main"]

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
    # 'i': jump takes self (read through the class, it is the function taking self first).
    assert "cb = _pm_bind(a, 'jump', 'i')" in out
    assert "a.jump()" in out


def test_the_dev_cache_rewrites_as_a_full_build_does() -> None:
    plain = guard.Module("pyminis.fast", "pyminis/fast.py",
                         "# pyminis: compile-plain\ndef f(a, b):\n    return a * b\n", trusted=True)
    game = guard.Module("main", "src/main.py", "def g(xs):\n    return xs[-1] * 2\n")
    texts, _ = GuardCache().rewrite_all([plain, game])
    assert texts == guard.rewrite_all([plain, game])[0]
    assert texts["pyminis.fast"] == plain.text and "_pm_gi" in texts["main"]


def test_dict_displays_keep_their_order_whatever_their_keys() -> None:
    # String keys that are not array indexes stay Transcrypt's object literal (its order is
    # theirs); any other key goes through a flat list in Python's evaluation order.
    assert "_pm_dkv" not in rewrite('d = {"a": 1, "b": 2}\n')
    for source in ('d = {3: "a", 1: "b"}\n', 'd = {"b": 1, "1": 2}\n', 'd = {(0, 1): f()}\n'):
        assert "_pm_dkv([" in rewrite(source), source


def test_comparisons_use_python_ordering_unless_both_sides_are_proven() -> None:
    out = rewrite("def f(a, b):\n    return a < b, a <= 1, 1 < 2, 'a' < 'b', [1] > [0]\n")
    assert "_pm_lt(a, b)" in out and "_pm_le(a, 1)" in out and "_pm_gt([1], [0])" in out
    assert "1 < 2" in out and "'a' < 'b'" in out


def test_a_chain_with_a_call_in_the_middle_evaluates_it_once() -> None:
    out = rewrite("def f(lo, hi):\n    return lo < g() < hi\n")
    assert "_pm_chain(lo, ['<', '<'], [lambda: g(), lambda: hi])" in out


def test_set_displays_of_constants_are_built_as_cpython_compiles_them() -> None:
    assert "_pm_setc([3, 1, 2])" in rewrite("s = {3, 1, 2}\n")
    assert "_pm_setc" not in rewrite("s = {a, 1, 2}\n") and "_pm_setc" not in rewrite("s = {1, 2}\n")


def test_view_set_operators_bring_the_view_sets_module() -> None:
    assert guard.VIEW_SETS_MODULE in rewrite("a = {}\nprint(a.keys() - {1})\n")
    assert guard.VIEW_SETS_MODULE in rewrite("a = {}\nks = a.items()\nprint(ks & {1})\n")
    assert guard.VIEW_SETS_MODULE not in rewrite("a = {}\nprint(list(a.keys()), 3 - 1)\n")


def test_arguments_of_javascript_globals_become_plain_objects() -> None:
    out = rewrite('tt.vibrateShort({"type": "light"})\nMath.floor(x)\nprint({"a": 1})\n')
    assert '_pm_js({"type": "light"})' in out
    assert "_pm_js(x)" not in out and '_pm_js({"a": 1})' not in out

"""Which local dicts become one local per key (guard/records.py), and which must stay dicts."""

from __future__ import annotations

import textwrap

import pytest

from pyminis import syntax
from pyminis.guard.records import scalarized


def rewritten(source: str) -> str:
    source = textwrap.dedent(source)
    return scalarized(source, syntax.parse(source))


def test_a_record_dict_becomes_locals_keeping_lines() -> None:
    out = rewritten('''
        def f(n):
            s = {"x": 0.0,
                 "vx": 1.5}
            for i in range(n):
                s["x"] += s["vx"] * 0.016
            return s["x"]
        ''')
    assert "_pm_rec0_0 += _pm_rec0_1 * 0.016" in out
    assert "return _pm_rec0_0" in out
    assert "{" not in out
    assert out.count("\n") == 7  # every later statement on its line
    compile(out, "f.py", "exec")


@pytest.mark.parametrize("body", [
    's = {"x": 1}\n    g(s)\n    return s["x"]',  # passed to a call
    's = {"x": 1}\n    return s',  # returned
    's = {"x": 1}\n    return s["y"]',  # a key the display lacks: KeyError
    's = {"x": 1}\n    del s["x"]\n    return 0',  # deletes a key
    's = {"x": 1}\n    return len(s)',
    's = {"x": 1}\n    return "x" in s',
    's = {"x": 1}\n    k = "x"\n    return s[k]',  # a computed key
    's = {"x": 1}\n    return lambda: s["x"]',  # a closure
    's = {"x": 1}\n    return [s["x"] for _ in range(2)]',  # a comprehension's scope
    's = {"x": 1}\n    s = {"x": 2}\n    return s["x"]',  # bound twice
    'if c:\n        s = {"x": 1}\n    return s["x"]',  # not at the top of the body
    's = {"x": 1, "x": 2}\n    return s["x"]',  # a repeated key
    's = {1: 1}\n    return s[1]',  # not a string key (1 == 1.0 == True)
    's = {"x": 1, **o}\n    return s["x"]',
    'global s\n    s = {"x": 1}\n    return s["x"]',
    's = {"x": 1}\n    return locals()',
    's = {"x": 1}\n    s["x"]: int = 2\n    return s["x"]',
])
def test_a_dict_that_may_be_seen_stays_a_dict(body: str) -> None:
    source = f"def f(c, o, g):\n    {body}\n"
    assert rewritten(source) == source


def test_a_parameter_of_that_name_is_no_record() -> None:
    source = 'def f(s):\n    s = {"x": 1}\n    return s["x"]\n'
    assert rewritten(source) == source

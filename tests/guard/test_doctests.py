"""The docstrings pyminis/guard/doctests.py finds are the ones CPython's DocTestFinder finds,
with the same names and line numbers (CPython, importing the same module, is the oracle)."""

from __future__ import annotations

import ast
import doctest
import importlib.util
from pathlib import Path

from pyminis.guard import doctests

SAMPLE = '''"""Module.

>>> 1
1
"""
import functools


def plain(x):
    """
    >>> plain(2)
    2
    """
    return x


@functools.lru_cache(maxsize=None)
def cached(n):
    """>>> cached(3)
    3
    """
    return n


def undocumented():
    return 0


class Shape:
    """A shape.

    >>> Shape().sides
    0
    """

    sides = 0

    def area(self):
        """
        >>> Shape().area()
        0
        """
        return 0

    @staticmethod
    def unit():
        """>>> Shape.unit()
        1
        """
        return 1

    @property
    def name(self):
        """
        >>> Shape().name
        'shape'
        """
        return "shape"

    @name.setter
    def name(self, value):
        pass

    class Inner:
        """
        >>> Shape.Inner.x
        2
        """
        x = 2


square = lambda x: x * x

if True:
    def inside_if():
        """
        >>> inside_if()
        """
'''


def test_the_docstrings_found_are_cpythons(tmp_path: Path) -> None:
    path = tmp_path / "sample_module.py"
    path.write_text(SAMPLE, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("sample_module", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cpython = {(t.name, t.lineno, len(t.examples)) for t in doctest.DocTestFinder(exclude_empty=False).find(module)}
    ours = {("sample_module" + f.name, f.lineno, len(doctest.DocTestParser().get_examples(f.docstring)))
            for f in doctests.find(ast.parse(SAMPLE), SAMPLE.splitlines())}
    assert ours == cpython


def test_testmod_calls_get_the_suite_and_the_names_the_examples_read() -> None:
    tree = ast.parse(SAMPLE + "\nimport doctest\ndoctest.testmod(verbose=True)\n")
    suite = doctests.suite(tree, SAMPLE.splitlines())
    assert {"plain", "cached", "Shape", "inside_if"} <= suite.used
    assert "functools" not in suite.used  # imported: the suite imports it itself
    assert "import functools" in suite.text
    assert [ast.unparse(c) for c in doctests.testmod_calls(tree)] == ["doctest.testmod(verbose=True)"]

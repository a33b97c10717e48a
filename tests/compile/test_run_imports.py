"""`pyminis run` imports the script's own modules and packages, as CPython finds them beside
the script, and only those the script imports (transitively)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pyminis.errors import CompileError
from pyminis.pipeline.run import run_script


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_sibling_modules_and_packages_run_as_in_cpython(tmp_path: Path) -> None:
    write(tmp_path / "code", {
        "main.py": """
            import helper
            from shapes import SIDES, area
            from shapes.circle import area as circle_area
            import shapes.grid as grid

            print(helper.double(21), SIDES["square"], area(2), circle_area(1), grid.cells(3))
            print(helper.count, helper.Counter().next(), helper.Counter().next())
        """,
        "helper.py": """
            from shapes.grid import cells

            count = cells(2)


            class Counter:
                made = 0

                def next(self) -> int:
                    Counter.made += 1
                    return Counter.made


            def double(x: int) -> int:
                return x * 2
        """,
        "shapes/__init__.py": """
            from shapes.circle import area

            SIDES = {"square": 4}
        """,
        "shapes/circle.py": """
            import math


            def area(r: float) -> float:
                return round(math.pi * r * r, 3)
        """,
        "shapes/grid.py": """
            def cells(n: int) -> list:
                return [(x, y) for x in range(n) for y in range(n) if x <= y]
        """,
        "unused.py": "this is not Python, and nothing imports it\n",
    })
    script = tmp_path / "code" / "main.py"
    compiled = run_script(script, tmp_path / "work")
    reference = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                               check=True)
    assert compiled.code == 0, compiled.stderr
    assert compiled.stdout == reference.stdout
    assert compiled.stdout.startswith("42 4 12.566 3.142")


def test_a_refused_construct_in_a_sibling_names_its_file(tmp_path: Path) -> None:
    write(tmp_path, {"main.py": "import helper\nprint(helper.f())\n",
                     "helper.py": "def f():\n    return eval('1')\n"})
    with pytest.raises(CompileError) as caught:
        run_script(tmp_path / "main.py", tmp_path / "work")
    where = [str(p.location) for p in caught.value.problems]
    assert any(w.startswith(str(tmp_path / "helper.py") + ":2") for w in where), where


def test_a_missing_module_is_still_refused(tmp_path: Path) -> None:
    write(tmp_path, {"main.py": "import nowhere_to_be_found\n"})
    with pytest.raises(CompileError, match="PM111"):
        run_script(tmp_path / "main.py", tmp_path / "work")


def test_relative_and_submodule_imports_run_as_in_cpython(tmp_path: Path) -> None:
    # Transcrypt resolves neither form itself; guard/imports.py makes them absolute.
    write(tmp_path / "code", {
        "main.py": """
            from levels import board
            from levels.board import run
            print(run(), board.run())
        """,
        "levels/__init__.py": "",
        "levels/util.py": "K = 10\n\n\ndef helper(x):\n    return x * 3\n",
        "levels/board.py": """
            from . import util
            from .util import (
                helper,
                K as KK,
            )
            from .deep import tiles


            def run():
                return helper(1) + util.K + KK + tiles.f()
        """,
        "levels/deep/__init__.py": "from .. import util as u\nfrom . import tiles\n",
        "levels/deep/tiles.py": "from ..util import helper\n\n\ndef f():\n    return helper(100)\n",
    })
    script = tmp_path / "code" / "main.py"
    compiled = run_script(script, tmp_path / "work")
    reference = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                               check=True)
    assert compiled.code == 0, compiled.stderr
    assert compiled.stdout == reference.stdout == "323 323\n"


def test_a_relative_import_without_a_package_is_refused_at_its_line(tmp_path: Path) -> None:
    write(tmp_path, {"main.py": "import pkg.bad\n", "pkg/__init__.py": "",
                     "pkg/bad.py": "x = 1\nfrom ... import y\n"})
    with pytest.raises(CompileError) as caught:
        run_script(tmp_path / "main.py", tmp_path / "work")
    (problem,) = caught.value.problems
    assert problem.code == "PM003" and str(problem.location) == f"{tmp_path / 'pkg' / 'bad.py'}:2:1"
    assert "above the top package 'pkg'" in problem.message and "absolute name" in problem.hint


def test_names_bound_in_blocks_and_rebound_import_as_in_cpython(tmp_path: Path) -> None:
    # Transcrypt exports a name only where it is first bound at the top level: a class or def
    # in a try/if/for, or defined twice, had no export (or two) and the bundler failed.
    write(tmp_path, {
        "main.py": """
            from compat import dumps, Shape, LIMIT, last, Point, name
            import compat

            print(dumps([1]), Shape.kind, LIMIT, last, Point(2).x, compat.Point(3).x, name)
        """,
        "compat.py": """
            try:
                from json import dumps
            except ImportError:
                def dumps(value):
                    return repr(value)
            if LIMIT := 3:
                class Shape:
                    kind = "square"
            else:
                class Shape:
                    kind = "circle"
            for last in range(2):
                pass


            class Point:
                def __init__(self, x):
                    self.x = x


            class Point:
                def __init__(self, x):
                    self.x = -x

            while True:
                name = "n"
                break
        """,
    })
    script = tmp_path / "main.py"
    compiled = run_script(script, tmp_path / "work")
    reference = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                               check=True)
    assert compiled.code == 0, compiled.stderr
    assert compiled.stdout == reference.stdout == "[1] square 3 1 -2 -3 n\n"

"""Programs of several modules, CPython the oracle: `from m import *` of a game's module and
names a module binds by importing (guard/star_imports.py); storing another module's variable
and `from m import x` copying the value (guard/module_objects.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pyminis.pipeline.run import compile_scripts, run_bundle

VEC = """import math
import random as rnd
from math import pi as PI, sqrt
from collections import deque
_hidden = 1
class Vec:
    def __init__(self, x):
        self.x = x
def start():
    global made
    made = "made"
"""
SETTINGS = 'score = 0\nplay = False\ndef bump():\n    global score\n    score += 1\ndef current():\n    return score\n'
PROGRAMS = {
    "star_takes_imported_names_not_private_ones": ({"vec.py": VEC}, """from vec import *
print(math.floor(2.5), PI > 3, sqrt(16.0), Vec(2).x, deque([1]).popleft(), rnd.random() < 1)
x = math.cos(0) * 3
print(x, math.sqrt(4.0) + 1)
try:
    print(_hidden)
except NameError:
    print("no _hidden")
"""),
    "star_follows_all_and_chains": ({
        "shapes.py": "import math\nfrom base import *\n__all__ = ['area', 'unit']\ndef area(r):\n"
                     "    return math.pi * r * r\nunit = 1.0\nsecret = 2\n",
        "base.py": "WIDTH = 160\nfrom colors import *\n",
        "colors.py": "RED = 8\n_DARK = 1\n",
        "more.py": "from base import *\n"}, """from shapes import *
print(area(1) > 3, unit)
try:
    print(secret)
except NameError:
    print("no secret")
from more import *
print(WIDTH, RED)
"""),
    "imported_names_are_members": ({"vec.py": VEC}, """import vec
from vec import math as m, sqrt
print(vec.math.floor(3.5), m.ceil(1.2), sqrt(9.0), vec.PI > 3)
vec.start()
from vec import *
print(made)
"""),
    "from_import_copies_the_value": ({"settings.py": SETTINGS}, 'from settings import score\nimport settings\nsettings.bump()\nprint(score, settings.score)\n'),
    "another_modules_variables_are_stored": ({"settings.py": SETTINGS}, 'import settings, math\nimport settings as s\nfrom settings import current\nsettings.play = True\nsettings.score += 5\ns.score *= 2\nprint(settings.play, s.score, current(), settings.current(), math.floor(1.5))\ndef f():\n    from settings import score as sc\n    return sc\nprint(f())\nsettings.bump()\nprint(f(), settings.__name__)\n'),
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs_of_several_modules_print_what_cpython_prints(name: str, tmp_path: Path) -> None:
    files, main = PROGRAMS[name]
    for file, text in files.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    script = tmp_path / "main.py"
    script.write_text(main, encoding="utf-8")
    expected = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                              timeout=30, check=True).stdout
    (compiled,) = compile_scripts([script], tmp_path / "work")
    assert compiled.error is None, str(compiled.error)
    assert compiled.bundle is not None
    ran = run_bundle(compiled.bundle, argv=[str(script)])
    assert (ran.stdout, ran.code) == (expected, 0), ran.stderr


MISSING = {
    "enemies.py": "import math\nfrom colors import *\nclass Boss:\n    pass\ndef spawn():\n    global wave\n    wave = 1\n",
    "colors.py": "RED = 8\n",
}


@pytest.mark.parametrize("main, line, message, fix", [
    ("from enemies import Bos\n", 1, "`enemies` has no `Bos` (CPython raises ImportError)", "did you mean `Boss`?"),
    ("import enemies\n\nprint(enemies.Boss, enemies.boss_hp)\n", 3, "`enemies` has no `boss_hp` (CPython raises AttributeError)",
     "define it there; it has Boss, RED, math, spawn, wave"),
])
def test_a_name_a_game_module_never_binds_is_refused_at_its_line(main: str, line: int, message: str, fix: str,
                                                                 tmp_path: Path) -> None:
    for file, text in MISSING.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    script = tmp_path / "main.py"
    script.write_text(main, encoding="utf-8")
    (compiled,) = compile_scripts([script], tmp_path / "work")
    assert compiled.error is not None
    (problem,) = compiled.error.problems
    assert (problem.code, problem.location.line) == ("PM005", line)
    assert message in problem.message and problem.hint == fix


def test_names_a_module_gets_otherwise_are_not_refused(tmp_path: Path) -> None:
    # bound by a star import, by a function's `global`, stored from outside, or a submodule
    for file, text in MISSING.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    script = tmp_path / "main.py"
    script.write_text("import enemies\nfrom enemies import RED, spawn\nenemies.lives = 3\nspawn()\n"
                      "print(RED, enemies.wave, enemies.lives, enemies.math.floor(1.5))\n", encoding="utf-8")
    (compiled,) = compile_scripts([script], tmp_path / "work")
    assert compiled.error is None, str(compiled.error)
    assert compiled.bundle is not None
    assert run_bundle(compiled.bundle, argv=[str(script)]).stdout == "8 1 3 1\n"

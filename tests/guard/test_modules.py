"""The standard modules games import: which exist, what they offer, how they are staged.

pyminis/stdlib/NAME.py is staged as the game's module NAME when the game imports it
(guard.standard_modules); its `__all__` is what the lint lets a game take from it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from pyminis.guard import Module, check, standard_modules
from pyminis.guard import modules as standard
from pyminis.pipeline.run import compile_scripts


def codes(source: str, *others: Module) -> list[tuple[str, int | None]]:
    problems = check([Module("game", "src/game.py", source), *others])
    return [(p.code, p.location.line) for p in problems]


def test_every_stdlib_module_defines_what_its_all_names() -> None:
    assert {"itertools", "functools", "collections", "operator", "bisect", "heapq", "copy",
            "string"} <= standard.stdlib_names()
    for name in standard.stdlib_names():
        tree = ast.parse(standard.stdlib_file(name).read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
        defined |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
                    if isinstance(t, ast.Name)}
        defined |= {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
        defined |= {a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom) for a in n.names}
        missing = standard.stdlib_members(name) - defined
        assert not missing, f"pyminis/stdlib/{name}.py: __all__ names undefined {missing}"


def test_a_module_games_lack_is_refused_with_what_to_use_instead() -> None:
    problems = check([Module("game", "src/game.py", "import pickle\nfrom os import path\n")])
    assert [(p.code, p.location.line) for p in problems] == [("PM111", 1), ("PM111", 2)]
    assert "json" in problems[0].hint and "storage" in problems[1].hint
    assert codes("import json.decoder_thing\n")[0][0] == "PM111"


def test_a_name_a_module_does_not_offer_is_refused_at_its_line() -> None:
    assert codes("from itertools import chain, batched\n") == [("PM125", 1)]
    assert codes("import itertools as it\nx = it.islice([], 1)\ny = it.batched([], 2)\n") == [("PM125", 3)]
    (problem,) = check([Module("game", "src/game.py", "import functools\nfunctools.singledispatchmethod\n")])
    assert problem.code == "PM125" and "lru_cache" in problem.hint  # the names it offers
    (problem,) = check([Module("game", "src/game.py", "from itertools import batched\n")])
    assert "islice" in problem.hint
    assert codes("import random\nrandom.SystemRandom(3)\n") == [("PM125", 2)]
    assert codes("import random\nrandom.Random(3)\n") == []  # instances with their own state
    assert codes("import random\nrandom.getrandbits(3)\n") == []  # offered: random.js is CPython's generator


def test_a_games_own_module_of_that_name_wins() -> None:
    own = Module("itertools", "src/itertools.py", "def batched(xs):\n    return xs\n")
    assert codes("from itertools import batched\n", own) == []
    game = Module("game", "src/game.py", "import itertools\n")
    assert standard_modules([game, own]) == []


def test_only_imported_modules_are_staged_with_what_they_import() -> None:
    game = Module("game", "src/game.py", "from functools import lru_cache\nimport copy\n")
    staged = standard_modules([game])
    # functools makes its CacheInfo with collections.namedtuple, and collections takes
    # UserDict's views from collections.abc (as CPython's); copy is staged under another name
    # (Transcrypt's own runtime imports a module `copy`); ChainMap is collections' own file.
    assert sorted(m.name for m in staged) == ["_pm_copy", "collections", "collections._chainmap",
                                              "collections.abc", "functools"]
    assert all(m.trusted and m.display.startswith("pyminis/stdlib/") for m in staged)
    assert standard_modules([Module("game", "src/game.py", "import math\n")]) == []


def test_classes_of_a_module_a_game_does_not_use_do_not_ship(tmp_path: Path) -> None:
    script = tmp_path / "queue_only.py"
    script.write_text("from collections import deque\nq = deque([1])\nq.append(2)\nprint(q)\n",
                      encoding="utf-8")
    (compiled,) = compile_scripts([script], tmp_path / "work")
    assert compiled.bundle is not None
    bundle = compiled.bundle.read_text(encoding="utf-8")
    assert "'deque'" in bundle or '"deque"' in bundle
    assert "_Record" not in bundle and "_pm_record" not in bundle
    # ChainMap and the collections.abc classes it derives from ship only with games using them.
    assert "ChainMap" not in bundle and "MutableMapping" not in bundle


def test_a_class_with_properties_ships_only_where_used(tmp_path: Path) -> None:
    # deque's maxlen and ChainMap's parents are properties, defined after their class by
    # Transcrypt; folded into the class's pure definition, they do not keep it in the bundle.
    script = tmp_path / "counter_only.py"
    script.write_text("from collections import Counter\nprint(Counter('abca').most_common(1))\n",
                      encoding="utf-8")
    (compiled,) = compile_scripts([script], tmp_path / "work")
    assert compiled.bundle is not None
    bundle = compiled.bundle.read_text(encoding="utf-8")
    assert "most_common" in bundle
    assert "maxlen" not in bundle and "parents" not in bundle


def test_hashlib_new_is_refused_for_exactly_the_algorithms_hashlib_lacks() -> None:
    tree = ast.parse((standard.STDLIB_DIR / "hashlib.py").read_text(encoding="utf-8"))
    table = next(n.value for n in tree.body if isinstance(n, ast.Assign)
                 and isinstance(n.targets[0], ast.Name) and n.targets[0].id == "_ALGORITHMS")
    assert isinstance(table, ast.Dict)
    assert {k.value for k in table.keys if isinstance(k, ast.Constant)} == standard.HASHLIB_ALGORITHMS
    assert codes("import hashlib\nhashlib.new('sha3_256')\nhashlib.new('SHA1')\n") == [("PM125", 2)]

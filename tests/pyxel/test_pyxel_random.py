"""pyxel.rndi / rndf / rseed draw the same numbers compiled and under CPython from a seed, the
seed of `pyminis verify` (and the tests' plans) starts them, and a Pyxel game that does not
import `random` ships no Mersenne Twister."""

from __future__ import annotations

import gzip
import json
import runpy
import sys
from pathlib import Path

from pyminis import headless
from pyminis.pipeline import build
from pyminis.pipeline.run import run_script
from pyminis.verify.seeds import seeded

DRAWS = """import pyxel

for seed in [0, 1, 7, -5, 123456789, 2 ** 40 + 3]:
    pyxel.rseed(seed)
    print(seed, [pyxel.rndi(-3, 4) for _ in range(40)], [pyxel.rndi(9, 2) for _ in range(3)],
          [int(pyxel.rndf(0, 1000) * 1000) for _ in range(5)])
"""


def test_draws_are_the_same_compiled_and_in_cpython(tmp_path: Path, monkeypatch) -> None:
    script = tmp_path / "draws.py"
    script.write_text(DRAWS, encoding="utf-8")
    compiled = run_script(script, tmp_path / "work")
    assert compiled.code == 0, compiled.stderr

    import pyminis.pyxel

    monkeypatch.setitem(sys.modules, "pyxel", pyminis.pyxel)
    from contextlib import redirect_stdout
    from io import StringIO

    out = StringIO()
    with redirect_stdout(out):
        runpy.run_path(str(script))
    assert compiled.stdout == out.getvalue()
    rows = [json.loads("[" + line.split(" ", 1)[1].replace("] [", "], [") + "]")
            for line in out.getvalue().splitlines()]
    for small, swapped, floats in rows:
        assert set(small) == set(range(-3, 5))  # both ends included, every value drawn
        assert all(2 <= n <= 9 for n in swapped)  # rndi(9, 2) is rndi(2, 9), as Pyxel's
        assert all(0 <= n < 1_000_000 for n in floats)
    assert len({json.dumps(row) for row in rows}) == len(rows)  # each seed its own numbers


FIRST = """import pyxel

pyxel.init(8, 8)
pyxel.drawn = [pyxel.rndi(0, 1000) for _ in range(8)]
pyxel.rseed(SEED)
pyxel.again = [pyxel.rndi(0, 1000) for _ in range(8)]
pyxel.run(lambda: None, lambda: None)
"""


def game(tmp_path: Path, main: str) -> Path:
    root = tmp_path / "game"
    (root / "src").mkdir(parents=True)
    (root / "src" / "main.py").write_text(main, encoding="utf-8")
    (root / "minigame.config.json").write_text(json.dumps({"dev": {"clientKey": "pyxel-test-key"}}),
                                               encoding="utf-8")
    return root


def test_the_verify_seed_starts_the_draws(tmp_path: Path) -> None:
    """Inside seeded(n) the game draws as after rseed(n): the same n on both sides of
    `pyminis verify` (compiled, `__pyminisRandomSeed` = n) gives the same numbers."""
    root = game(tmp_path, FIRST.replace("SEED", "11"))
    import pyminis.pyxel as pyxel

    with seeded(11), headless.run_game(root) as play:
        play.steps(1)
        assert pyxel.drawn == pyxel.again
    with seeded(12), headless.run_game(root) as play:
        play.steps(1)
        assert pyxel.drawn != pyxel.again


NOISY = """import pyxel

pyxel.init(8, 8)
pyxel.rseed(3)
pyxel.run(lambda: None, lambda: pyxel.pset(pyxel.rndi(0, 7), pyxel.rndi(0, 7), pyxel.rndi(0, 15)))
"""


def test_a_game_without_random_ships_no_mersenne_twister(tmp_path: Path) -> None:
    files = build(game(tmp_path, NOISY), "h5").files
    (tmp_path / "game" / "src" / "main.py").write_text("import random\n" + NOISY.replace(
        "pyxel.rseed(3)", "random.seed(3)"), encoding="utf-8")
    with_random = build(tmp_path / "game", "h5").files
    size = sum(len(gzip.compress(data, 9)) for data in files.values())
    bigger = sum(len(gzip.compress(data, 9)) for data in with_random.values())
    # 2567483615 = 0x9908B0DF, the Mersenne Twister's matrix: in the module only
    assert b"2567483615" not in files["game.js"] and b"2567483615" in with_random["game.js"]
    assert bigger - size > 2000, (size, bigger)

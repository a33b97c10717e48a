"""Both sides start from one seed: the game's random is CPython's on both (random.js is the
Mersenne Twister, tests/guard/cases/random_cpython.cases), and the engine's Math.random is
the same sfc32 stream in the harness and in pyminis/verify/seeds.py."""

from __future__ import annotations

import json
import random
import subprocess

from pyminis.compile import toolchain
from pyminis.engine._js import jsmath
from pyminis.paths import runtime_js_dir
from pyminis.verify.seeds import MathRandom, seeded


def test_math_random_stream_is_the_harness_one() -> None:
    harness = runtime_js_dir() / "verify" / "harness.js"
    program = (f"require('vm').runInThisContext(require('fs').readFileSync({json.dumps(str(harness))}, 'utf8'));"
               "const out = {}; for (const seed of [1, 2, 99, 2 ** 40]) {"
               " const r = pyminisVerify.mathRandom(seed); out[seed] = [r(), r(), r(), r()]; }"
               "console.log(JSON.stringify(out));")
    done = subprocess.run([toolchain.node(), "-e", program], capture_output=True, text=True,
                          check=True)
    streams = json.loads(done.stdout)
    for seed in (1, 2, 99, 2 ** 40):
        mine = MathRandom(seed)
        assert streams[str(seed)] == [mine() for _ in range(4)]
    assert streams["1"] != streams["2"]


def test_seeded_sets_both_streams_and_restores_them() -> None:
    before = random.getstate()
    with seeded(5):
        game = [random.random() for _ in range(3)]
        engine = [jsmath.random() for _ in range(3)]
    random.seed(5)
    assert game == [random.random() for _ in range(3)]
    stream = MathRandom(5)
    assert engine == [stream() for _ in range(3)]
    random.setstate(before)
    with seeded(5):
        pass
    assert random.getstate() == before
    assert jsmath.random() != MathRandom(5)()  # the engine's own generator is back

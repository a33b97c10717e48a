"""The compiled game's random and its CPython twin draw the same numbers.

A script drawing from every function of `random` after several kinds of seed is compiled and
run under node (random.js), then run under CPython with pyminis/verify/twin_random.py as its
`random`: the printed draws must be the same (gauss within the last bits: libm's log and cos
are not V8's). And the verify seed's `Math.random` stream is the same in the harness and in
the twin.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from pathlib import Path

from pyminis.compile import toolchain
from pyminis.paths import runtime_js_dir
from pyminis.pipeline.run import run_script
from pyminis.verify.twin_random import MathRandom, installed

SCRIPT = '''import random

for s in [0, 1, 5, -7, 123456789012, 2.5, "hello", "h\\u00e9llo w\\u00f6rld", True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.randrange(3, 50, 4),
          random.randrange(10), random.uniform(2, 9))
    xs = [1, 2, 3, 4, 5, 6, 7]
    random.shuffle(xs)
    print(xs, random.choice("abcdef"), random.sample([1, 2, 3, 4, 5], 3),
          random.choices([1, 2, 3], [1, 5, 2], k=4), random.choices("xyz", k=2))
    print("gauss", random.gauss(0, 1), random.gauss(10, 2))
'''


def test_seeded_draws_match_random_js(tmp_path: Path) -> None:
    script = tmp_path / "draws.py"
    script.write_text(SCRIPT, encoding="utf-8")
    compiled = run_script(script, tmp_path / "work")
    assert compiled.code == 0, compiled.stderr
    printed = io.StringIO()
    with installed(1), contextlib.redirect_stdout(printed):
        exec(compile(SCRIPT, "draws.py", "exec"), {})  # noqa: S102  (our own script)
    mine, theirs = printed.getvalue().splitlines(), compiled.stdout.splitlines()
    assert len(mine) == len(theirs) == 27
    for a, b in zip(mine, theirs):
        if a.startswith("gauss"):
            for x, y in zip(a.split()[1:], b.split()[1:]):
                assert abs(float(x) - float(y)) <= 1e-12 * max(1.0, abs(float(x)))
        else:
            assert a == b


def test_math_random_stream_is_the_harness_one(tmp_path: Path) -> None:
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


def test_unseeded_draws_come_from_the_verify_stream() -> None:
    with installed(7):
        import random

        first = [random.random() for _ in range(3)]
    with installed(7):
        import random

        again = [random.random() for _ in range(3)]
    stream = MathRandom(7)
    assert first == again == [stream() for _ in range(3)]

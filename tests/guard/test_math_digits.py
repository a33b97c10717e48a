"""The math module's floats digit for digit against CPython's (runtime_js/python/pmrt/libm.js).

CPython's exp, log, sin, atan2, pow… are the C library's, correctly rounded but for rare inputs;
JavaScript's Math is within an ulp, and printed another last digit for one input in ten (exp)
to one in two (cbrt). A compiled program prints the repr of each result over seeded inputs in
the ranges games use; CPython runs the same program. A glibc result is not always correctly
rounded (nor, for cosh, sinh and log10, meant to be), so a few inputs in a thousand may differ,
by an ulp or two; Math's results differed on hundreds.
"""

from __future__ import annotations

import math
from pathlib import Path

from tests.support.against_cpython import outputs

PROGRAM = '''
import math, random

rng = random.Random(20261206)
def spread(lo, hi, n=1500):
    return [rng.uniform(lo, hi) for _ in range(n)]
def scales(lo, hi, n=1500):
    return [math.exp(rng.uniform(math.log(lo), math.log(hi))) for _ in range(n)]
one = {
    "exp": spread(-20, 20) + spread(-745, 709), "log": scales(1e-300, 1e300) + spread(0.5, 2),
    "log2": scales(1e-300, 1e300), "log10": scales(1e-300, 1e300), "cbrt": spread(-1000, 1000),
    "sin": spread(-10, 10) + spread(-1e5, 1e5), "cos": spread(-10, 10) + spread(-1e5, 1e5),
    "tan": spread(-10, 10), "atan": spread(-10, 10) + scales(1e-8, 1e12), "asin": spread(-1, 1),
    "acos": spread(-1, 1) + spread(0.999, 1), "cosh": spread(-30, 30), "sinh": spread(-30, 30),
}
for name, xs in one.items():
    f = getattr(math, name)
    for x in xs:
        print(name, repr(f(x)))
for y, x in zip(spread(-10, 10), spread(-10, 10)):
    print("atan2", repr(math.atan2(y, x)))
for x, y in zip(scales(1e-4, 1e4), spread(-30, 30)):
    print("pow", repr(x ** y))
    print("math.pow", repr(math.pow(x, y)))
for _ in range(1500):
    print("gauss", repr(rng.gauss(0, 1)), repr(rng.expovariate(2.0)))
'''


def test_math_floats_print_cpythons_digits(tmp_path: Path) -> None:
    got_text, want_text = outputs(PROGRAM, tmp_path, "math_digits")
    expected, got = want_text.splitlines(), got_text.splitlines()
    assert len(got) == len(expected)
    counts: dict[str, int] = {}
    differ: dict[str, int] = {}
    for want, have in zip(expected, got):
        name, *wanted = want.split()
        assert have.split()[0] == name
        counts[name] = counts.get(name, 0) + 1
        for w, h in zip(wanted, have.split()[1:]):
            if w != h:
                differ[name] = differ.get(name, 0) + 1
                a, b = float(w), float(h)
                assert abs(a - b) <= 2 * math.ulp(a), f"{name}: {h} where CPython prints {w}"
    print({name: f"{differ.get(name, 0)}/{counts[name]}" for name in counts})
    for name, count in counts.items():
        assert differ.get(name, 0) <= count * 0.005, f"{name}: {differ[name]} of {count} differ from CPython"

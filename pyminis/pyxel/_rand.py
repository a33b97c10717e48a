# pyminis: compile-plain
"""pyxel.rndi / rndf / rseed: Park and Miller's minimal standard generator (multiplier 48271).

Its products stay below 2**47, so JavaScript's numbers compute it exactly as CPython's ints: a
game draws the same numbers compiled and under CPython from the same seed. It is small: the
`random` module's Mersenne Twister would ship in every Pyxel game (2.8 KB min+gzip). Pyxel's
own generator is another one: the numbers are not Pyxel's, their ranges are.

The first seed is the one `pyminis verify` and the tests' plans give both sides
(`__pyminisRandomSeed` compiled, pyminis.verify.seeds.seeded under CPython), else a random one.
"""

from pyminis.engine._js import IN_JS, jsmath

# __pragma__ ('skip')
from typing import Any

def __pragma__(*args: Any) -> Any:
    raise RuntimeError("JavaScript only")
# __pragma__ ('noskip')

MODULUS = 2147483647
_state = [1]


def seed(value: int) -> None:
    """Any int (negative or beyond 32 bits too) to a state in 1..MODULUS-1 (never 0: MINSTD's
    fixed point): its low 31 bits, as JavaScript's `&` and CPython's agree on them."""
    _state[0] = (value & 0x7FFFFFFF) % (MODULUS - 1) + 1


def first_seed() -> int:
    if IN_JS:
        return __pragma__("js", "{}", """(typeof globalThis.__pyminisRandomSeed === 'number'
    ? globalThis.__pyminisRandomSeed : Math.floor(Math.random() * 2147483647))""")
    # __pragma__ ('skip')
    import random

    from pyminis.verify import seeds
    return seeds.current if seeds.current is not None else random.getrandbits(31)
    # __pragma__ ('noskip')


def uniform() -> float:
    """The next number of [0, 1)."""
    state = (_state[0] * 48271) % MODULUS
    _state[0] = state
    return (state - 1) / (MODULUS - 1)


def between(a: int, b: int) -> int:
    """An int of a..b, both included (a <= b)."""
    return a + jsmath.floor(uniform() * (b - a + 1))

"""One seed for both sides of `pyminis verify`.

The game's `random` is CPython's own on both sides once seeded (runtime_js/python/random.js
is the Mersenne Twister with Lib/random.py's algorithms): the CPython side seeds the real
module with the verify seed, the compiled one starts seeded with it (the harness sets
`__pyminisRandomSeed` before the game loads). The engine's own randomness (a camera shake)
is JavaScript's `Math.random()` compiled; under verify both sides draw it from `MathRandom`,
an sfc32 stream of the same seed (runtime_js/verify/harness.js `mathRandom` is its twin).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager

_MASK = 0xFFFFFFFF
TWO_32 = 4294967296
TWO_53 = 9007199254740992
current: int | None = None  # the seed of the `seeded` block running (pyminis.pyxel's rndi reads it)


def _imul(a: int, b: int) -> int:
    """JavaScript's Math.imul, as an unsigned 32-bit result."""
    return ((a & _MASK) * (b & _MASK)) & _MASK


def _mix(h: int) -> int:
    """murmur3's finaliser: nearby seeds give unrelated states."""
    h &= _MASK
    h = _imul(h ^ (h >> 16), 0x85EBCA6B)
    h = _imul(h ^ (h >> 13), 0xC2B2AE35)
    return (h ^ (h >> 16)) & _MASK


class MathRandom:
    """`Math.random` under verify: sfc32 (Chris Doty-Humphrey's small fast chaotic PRNG) from
    a seed's two 32-bit words, 53 bits per float."""

    def __init__(self, seed: int) -> None:
        n = abs(seed)
        lo, hi = n % TWO_32, (n // TWO_32) % TWO_32
        self.a = _mix(lo ^ 0x9E3779B9)
        self.b = _mix(hi ^ 0x243F6A88)
        self.c = _mix(((lo + 0x7F4A7C15) & _MASK) ^ (hi >> 1))
        self.d = 1
        for _ in range(15):
            self.next32()

    def next32(self) -> int:
        a, b, c, d = self.a, self.b, self.c, self.d
        t = (a + b + d) & _MASK
        self.d = (d + 1) & _MASK
        self.a = b ^ (b >> 9)
        self.b = (c + (c << 3)) & _MASK
        c = ((c << 21) | (c >> 11)) & _MASK
        self.c = (c + t) & _MASK
        return t

    def __call__(self) -> float:
        return ((self.next32() >> 5) * 67108864 + (self.next32() >> 6)) / TWO_53


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Inside the block the game's `random` is seeded with `seed` and the engine's
    `jsmath.random` is the seeded `Math.random` stream; both restored afterwards."""
    from pyminis.engine._js import jsmath

    global current
    saved_state = random.getstate()
    saved_math = jsmath.__dict__.get("random")
    saved_seed = current
    random.seed(seed)
    current = seed
    setattr(jsmath, "random", staticmethod(MathRandom(seed)))  # noqa: B010
    try:
        yield
    finally:
        random.setstate(saved_state)
        current = saved_seed
        if saved_math is not None:
            setattr(jsmath, "random", saved_math)  # noqa: B010

"""The compiled game's `random` (runtime_js/python/random.js), in CPython: the same numbers.

A compiled game's `random` is not CPython's: unseeded it is `Math.random()`, and after
`seed(x)` an sfc32 generator. `pyminis verify` plays a game under CPython and compiled with
the same inputs, so the CPython side gets this module as its `random` (and the engine's
`jsmath.random`): `seed(x)` gives the sequence random.js gives, draw for draw, and the unseeded
functions draw from `math_random`, a stream seeded by the verify seed, which the compiled side
installs as `Math.random` (runtime_js/verify/harness.js implements the same stream).

Every function here is a line-for-line port of random.js; tests/verify/test_twin_random.py
compiles a script that prints seeded draws and checks this module prints the same.
"""

from __future__ import annotations

import math
import random as _std
import struct
import sys
from collections.abc import Callable, Iterator, MutableSequence, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any

_MASK = 0xFFFFFFFF
TWO_32 = 4294967296
TWO_53 = 9007199254740992


def _imul(a: int, b: int) -> int:
    """JavaScript's Math.imul, as an unsigned 32-bit result."""
    return ((a & _MASK) * (b & _MASK)) & _MASK


def _mix(h: int) -> int:
    """murmur3's finaliser (random.js `mix`)."""
    h &= _MASK
    h = _imul(h ^ (h >> 16), 0x85EBCA6B)
    h = _imul(h ^ (h >> 13), 0xC2B2AE35)
    return (h ^ (h >> 16)) & _MASK


class Sfc32:
    """sfc32: four 32-bit words, as random.js keeps them."""

    def __init__(self) -> None:
        self.a = self.b = self.c = self.d = 0

    def next32(self) -> int:
        a, b, c, d = self.a, self.b, self.c, self.d
        t = (a + b + d) & _MASK
        self.d = (d + 1) & _MASK
        self.a = b ^ (b >> 9)
        self.b = (c + (c << 3)) & _MASK
        c = ((c << 21) | (c >> 11)) & _MASK
        self.c = (c + t) & _MASK
        return t

    def float(self) -> float:
        """53 random bits in [0, 1), as random.js `seededFloat`."""
        return ((self.next32() >> 5) * 67108864 + (self.next32() >> 6)) / TWO_53

    def seed_words(self, lo: int, hi: int) -> None:
        lo &= _MASK
        hi &= _MASK
        self.a = _mix(lo ^ 0x9E3779B9)
        self.b = _mix(hi ^ 0x243F6A88)
        self.c = _mix(((lo + 0x7F4A7C15) & _MASK) ^ (hi >> 1))
        self.d = 1
        for _ in range(15):  # sfc32's warm-up
            self.next32()


def seed_words(a: Any) -> tuple[int, int]:
    """The two 32-bit words random.js derives from a seed (int, float or str)."""
    if isinstance(a, bool):
        a = int(a)
    if isinstance(a, float) and a.is_integer() and abs(a) < 2 ** 63:
        a = int(a)  # compiled, 3.0 is the number 3: Number.isInteger says yes
    if isinstance(a, int):
        n = abs(a)
        if n >= 2 ** 53:  # compiled, such an int is already a rounded double
            whole = float(n)
            return int(math.fmod(whole, TWO_32)), int(math.fmod(math.floor(whole / TWO_32), TWO_32))
        return n % TWO_32, (n // TWO_32) % TWO_32
    if isinstance(a, float):
        packed = struct.pack(">d", a)
        hi, lo = struct.unpack(">II", packed)
        return lo, hi ^ 0x5BD1E995
    if isinstance(a, str):
        lo = 0x811C9DC5
        hi = 0x01000193 ^ len(a.encode("utf-16-le")) // 2
        units = a.encode("utf-16-le")
        for i in range(0, len(units), 2):
            unit = units[i] | (units[i + 1] << 8)
            lo = _imul(lo ^ unit, 0x01000193)
            hi = _imul(hi ^ unit, 0x0100019D)
        return lo, hi
    raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")


class MathRandom:
    """`Math.random` of the compiled side under verify: an sfc32 stream seeded like
    `random.seed(seed)` (an int seed)."""

    def __init__(self, seed: int) -> None:
        self.generator = Sfc32()
        self.generator.seed_words(*seed_words(seed))

    def __call__(self) -> float:
        return self.generator.float()


class TwinRandom:
    """The functions of random.js, over one sfc32 state and a `Math.random` stand-in."""

    def __init__(self, math_random: Callable[[], float]) -> None:
        self.math_random = math_random
        self.generator = Sfc32()
        self.seeded = False

    def _float(self) -> float:
        return self.generator.float() if self.seeded else self.math_random()

    def _below(self, n: int) -> int:
        return math.floor(self._float() * n)

    def random(self) -> float:
        return self._float()

    def seed(self, a: Any = None, version: int = 2) -> None:
        if a is None:
            self.seeded = False
            return
        self.generator.seed_words(*seed_words(a))
        self.seeded = True

    @staticmethod
    def _integral(value: Any, what: str) -> int:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, (int, float)):
            if float(value).is_integer():
                return int(value)
            raise ValueError(f"non-integer {what} for randrange()")
        if isinstance(value, str):
            raise ValueError(f"invalid literal for int() with base 10: {value!r}")
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")

    def randrange(self, start: Any, stop: Any = None, step: Any = 1) -> int:
        start = self._integral(start, "arg 1")
        if stop is None:
            if start > 0:
                return self._below(start)
            raise ValueError("empty range for randrange()")
        stop = self._integral(stop, "stop")
        step = self._integral(step, "step")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._below(width)
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
        if step == 0:
            raise ValueError("zero step for randrange()")
        if step > 0:
            n = math.floor((width + step - 1) / step)
        else:
            n = math.floor((width + step + 1) / step)
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._below(n)

    def randint(self, a: Any, b: Any) -> int:
        if (isinstance(a, (int, float)) and isinstance(b, (int, float))
                and not isinstance(a, bool) and not isinstance(b, bool)
                and float(a).is_integer() and float(b).is_integer() and b >= a):
            return int(a) + self._below(int(b) - int(a) + 1)
        return self.randrange(a, b + 1)

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self._float()

    def choice(self, seq: Sequence[Any]) -> Any:
        if len(seq) == 0:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._below(len(seq))]

    def shuffle(self, x: MutableSequence[Any]) -> None:
        for i in range(len(x) - 1, 0, -1):
            j = self._below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population: Sequence[Any], k: int, *,
               counts: Sequence[int] | None = None) -> list[Any]:
        if not isinstance(population, (list, tuple, str)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        pool = list(population)
        if counts is not None:
            if len(counts) != len(pool):
                raise ValueError("The number of counts does not match the population")
            pool = [item for item, count in zip(pool, counts) for _ in range(max(0, count))]
        if k < 0 or k > len(pool):
            raise ValueError("Sample larger than population or is negative")
        for i in range(k):
            j = i + self._below(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]

    def choices(self, population: Sequence[Any], weights: Sequence[float] | None = None, *,
                cum_weights: Sequence[float] | None = None, k: int = 1) -> list[Any]:
        items = list(population)
        n = len(items)
        if weights is None and cum_weights is None:
            out = []
            for _ in range(k):
                if n == 0:
                    raise IndexError("list index out of range")
                out.append(items[self._below(n)])
            return out
        if weights is not None and cum_weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        cum: list[float]
        if cum_weights is None:
            assert weights is not None
            cum, total = [], 0.0
            for w in weights:
                total += w
                cum.append(total)
        else:
            cum = list(cum_weights)
        if len(cum) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum[n - 1]
        if not total > 0:
            raise ValueError("Total of weights must be greater than zero")
        if not math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        out = []
        for _ in range(k):
            target = self._float() * total
            lo, hi = 0, n - 1
            while lo < hi:
                mid = (lo + hi) >> 1
                if target < cum[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            out.append(items[lo])
        return out

    def gauss(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        u = 1 - self._float()
        v = self._float()
        z = math.sqrt(-2 * math.log(u)) * math.cos(2 * math.pi * v)
        return mu + z * sigma


EXPORTS = ("random", "seed", "randrange", "randint", "uniform", "choice", "shuffle", "sample",
           "choices", "gauss")


def twin_module(twin: TwinRandom) -> ModuleType:
    """A module named `random` whose functions are `twin`'s; anything else (`Random`, used by
    libraries) is the standard module's, so CPython code around the game keeps working."""
    module = ModuleType("random", "pyminis verify: the compiled game's random, in CPython")
    for name in EXPORTS:
        setattr(module, name, getattr(twin, name))

    def fallback(name: str) -> Any:
        return getattr(_std, name)

    setattr(module, "__getattr__", fallback)  # noqa: B010  (a module-level __getattr__)
    return module


@contextmanager
def installed(seed: int) -> Iterator[TwinRandom]:
    """Inside the block, `import random` gives the twin and the engine's `jsmath.random` is
    the seeded `Math.random` stream."""
    from pyminis.engine._js import jsmath

    math_random = MathRandom(seed)
    twin = TwinRandom(math_random)
    saved_module = sys.modules.get("random")
    saved_math = jsmath.__dict__.get("random")
    sys.modules["random"] = twin_module(twin)
    setattr(jsmath, "random", staticmethod(math_random))  # noqa: B010
    try:
        yield twin
    finally:
        if saved_module is not None:
            sys.modules["random"] = saved_module
        if saved_math is not None:
            setattr(jsmath, "random", saved_math)  # noqa: B010

"""statistics for games: staged as the game's `statistics` when it imports it.

CPython 3.11's results: `mean`, `variance`, `pvariance` sum exactly (as Fractions) and give the
data's type back (ints and Fractions stay exact where the result is whole or a Fraction, floats
give floats); `stdev`/`pstdev` are the correctly rounded square root of the exact variance;
`fmean` is math.fsum's; medians and modes as CPython picks them.
"""

import math
from collections import Counter
from fractions import Fraction
from typing import Any

from _pmrt import _pm_numm  # type: ignore[import-not-found]

__all__ = ["StatisticsError", "fmean", "mean", "median", "median_high", "median_low", "mode", "multimode",
           "pstdev", "pvariance", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _exact(x: Any) -> tuple:
    """(numerator, denominator) of a number; (x, None) for a float infinity or NaN."""
    if isinstance(x, Fraction):
        return (x.numerator, x.denominator)
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return (x, None)
        return _pm_numm(x).as_integer_ratio()
    if hasattr(x, "numerator") and hasattr(x, "denominator"):
        return (x.numerator, x.denominator)
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _common(t: Any, s: Any) -> Any:
    """The type a result of data of types t and s is given in (CPython's coercion rules)."""
    if t is s or s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError(f"don't know how to coerce {t.__name__} and {s.__name__}")


class _Sums:
    """Exact sums of the data and of its squares, by denominator, and the result type."""

    def __init__(self, data: Any, squares: bool) -> None:
        self.count = 0
        self.kind: Any = int
        self.sums: dict = {}
        self.squares: dict = {}
        self.special: Any = None  # the sum of infinities and NaNs, if any
        types: list = []
        for x in data:
            t = type(x)
            if t not in types:
                types.append(t)
            n, d = _exact(x)
            self.count += 1
            if d is None:
                self.special = n if self.special is None else self.special + n
                continue
            self.sums[d] = self.sums.get(d, 0) + n
            if squares:
                self.squares[d] = self.squares.get(d, 0) + n * n
        for t in types:
            self.kind = _common(self.kind, t)

    def total(self) -> Any:
        if self.special is not None:
            return self.special
        return sum([Fraction(n, d) for d, n in self.sums.items()], Fraction(0))

    def deviations(self) -> Any:
        """The sum of squared deviations from the mean, exactly."""
        if not self.count:
            return Fraction(0)
        if self.special is not None:
            return self.special
        sx = self.total()
        sxx = sum([Fraction(n, d * d) for d, n in self.squares.items()], Fraction(0))
        return (self.count * sxx - sx * sx) / self.count


def _convert(value: Any, kind: Any) -> Any:
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sqrt_of_fraction(n: int, m: int) -> float:
    """sqrt(n/m) correctly rounded: an integer root with 2 * 53 + 3 bits, its last bit
    rounded to odd, then one correctly rounded division."""
    shift = (_pm_numm(n).bit_length() - _pm_numm(m).bit_length() - 109) // 2  # int methods on first use
    if shift >= 0:
        root = _isqrt_odd(n, m << 2 * shift) << shift
        return root / 1
    return _isqrt_odd(n << -2 * shift, m) / (1 << -shift)


def _isqrt_odd(n: int, m: int) -> int:
    a = math.isqrt(n // m)
    return a | (1 if a * a * m != n else 0)


def _squared_deviations(data: Any, center: Any) -> tuple:
    """(type, exact sum of squared deviations, count); about `center` when it is given."""
    if center is not None:
        sums = _Sums([(x - center) * (x - center) for x in data], False)
        return (sums.kind, sums.total(), sums.count)
    sums = _Sums(data, True)
    return (sums.kind, sums.deviations(), sums.count)


def mean(data: Any) -> Any:
    sums = _Sums(data, False)
    if sums.count < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(sums.total() / sums.count, sums.kind)


def fmean(data: Any, weights: Any = None) -> float:
    values = list(data)
    if weights is None:
        total = math.fsum(values)
        if not values:
            raise StatisticsError("fmean requires at least one data point")
        return total / len(values)
    weights = list(weights)
    numerator = math.fsum([x * w for x, w in zip(values, weights)])
    if len(values) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    denominator = math.fsum(weights)
    if not denominator:
        raise StatisticsError("sum of weights must be non-zero")
    return numerator / denominator


def median(data: Any) -> Any:
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data: Any) -> Any:
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data: Any) -> Any:
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def mode(data: Any) -> Any:
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data: Any) -> list:
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def variance(data: Any, xbar: Any = None) -> Any:
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), kind)


def pvariance(data: Any, mu: Any = None) -> Any:
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, kind)


def stdev(data: Any, xbar: Any = None) -> float:
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def pstdev(data: Any, mu: Any = None) -> float:
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    mss = ss / n
    return _sqrt_of_fraction(mss.numerator, mss.denominator)

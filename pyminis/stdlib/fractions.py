"""fractions for games: staged as the game's `fractions` when it imports it.

`Fraction` as CPython 3.11's: exact rationals over Python ints (exact at any size), always in
lowest terms with a positive denominator; mixed with ints they stay exact, mixed with floats
they give floats; `==`, ordering and `hash` agree with equal ints and floats (CPython's numeric
hash: Fraction(1, 2) hashes as 0.5 does); CPython's errors and messages.
"""

import math
from typing import Any

from _pmrt import _pm_numm  # type: ignore[import-not-found]

__all__ = ["Fraction"]

# CPython's numeric hash works modulo this prime (sys.hash_info.modulus); a denominator that is
# a multiple of it hashes as infinity does.
_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _sign(n: int) -> int:
    return (n > 0) - (n < 0)


def _digits(text: str) -> bool:
    """Decimal digits, single underscores between them allowed (PEP 515)."""
    if not text or text[0] == "_" or text[-1] == "_" or "__" in text:
        return False
    return text.replace("_", "").isdecimal()


def _parse(text: str) -> Any:
    """[sign] int ['/' int]  or  [sign] decimal [exponent], surrounding whitespace allowed;
    (numerator, denominator) or None."""
    s = text.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        top, _, bottom = s.partition("/")
        if not _digits(top) or not _digits(bottom):
            return None
        return sign * int(top.replace("_", "")), int(bottom.replace("_", ""))
    exponent = 0
    cut = max(s.find("e"), s.find("E"))
    if cut >= 0:
        power = s[cut + 1:]
        s = s[:cut]
        power_sign = 1
        if power[:1] in ("+", "-"):
            power_sign = -1 if power[0] == "-" else 1
            power = power[1:]
        if not _digits(power):
            return None
        exponent = power_sign * int(power.replace("_", ""))
    whole, dot, part = s.partition(".")
    if (whole and not _digits(whole)) or (part and not _digits(part)) or not (whole or part):
        return None
    numerator = int((whole + part).replace("_", ""))
    exponent -= len(part.replace("_", ""))
    if exponent >= 0:
        return sign * numerator * 10 ** exponent, 1
    return sign * numerator, 10 ** -exponent


def _made(numerator: int, denominator: int) -> "Fraction":
    """A Fraction already in lowest terms (no checks)."""
    result = object.__new__(Fraction)
    result._numerator = numerator
    result._denominator = denominator
    return result


def _reduced(numerator: int, denominator: int) -> "Fraction":
    g = math.gcd(numerator, denominator)
    if denominator < 0:
        g = -g
    return _made(numerator // g, denominator // g)


def _is_complex(x: Any) -> bool:
    """The builtin complex (told by its name: naming it would ship it with every Fraction;
    `type(x)(…)` makes one)."""
    kind = type(x)
    return kind.__name__ == "complex" and kind.__module__ == "builtins"


def _pair(x: Any) -> Any:
    """(numerator, denominator) of an int or Fraction, else None."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return int(x), 1
    return None


class Fraction:
    """A rational number numerator/denominator."""

    __slots__ = ("_numerator", "_denominator")

    def __init__(self, numerator: Any = 0, denominator: Any = None) -> None:
        if denominator is None:
            if isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, float):
                n, d = _pm_numm(numerator).as_integer_ratio()  # float methods on first use
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: " + repr(numerator))
                n, d = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            top = _pair(numerator)
            bottom = _pair(denominator)
            if top is None or bottom is None:
                raise TypeError("both arguments should be Rational instances")
            n, d = top[0] * bottom[1], bottom[0] * top[1]
        if d == 0:
            raise ZeroDivisionError(f"Fraction({n}, 0)")
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def from_float(cls, f: Any) -> "Fraction":
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(f)

    @property
    def numerator(self) -> int:
        return self._numerator

    @property
    def denominator(self) -> int:
        return self._denominator

    @property
    def real(self) -> "Fraction":
        return self

    @property
    def imag(self) -> int:
        return 0

    def as_integer_ratio(self) -> tuple:
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator: int = 1000000) -> "Fraction":
        """The closest Fraction with a denominator at most max_denominator (walking the
        continued fraction, then the best of the two last candidates; ties keep the
        convergent)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return _made(self._numerator, self._denominator)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        far = _reduced(p0 + k * p1, q0 + k * q1)
        near = _reduced(p1, q1)
        if abs(near - self) <= abs(far - self):
            return near
        return far

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._numerator}, {self._denominator})"

    def __str__(self) -> str:
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    def __format__(self, spec: str) -> str:
        if spec:
            raise TypeError(f"unsupported format string passed to {type(self).__name__}.__format__")
        return str(self)

    # Arithmetic: ints and Fractions exactly, floats as floats, anything else NotImplemented.

    def __add__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            return _reduced(self._numerator * b[1] + b[0] * self._denominator, self._denominator * b[1])
        if isinstance(other, float):
            return float(self) + other
        if _is_complex(other):  # as CPython's: complex(self) + other
            return type(other)(float(self)) + other
        return NotImplemented

    def __radd__(self, other: Any) -> Any:
        if isinstance(other, int):
            return _reduced(other * self._denominator + self._numerator, self._denominator)
        if isinstance(other, float):
            return other + float(self)
        if _is_complex(other):
            return other + type(other)(float(self))
        return NotImplemented

    def __sub__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            return _reduced(self._numerator * b[1] - b[0] * self._denominator, self._denominator * b[1])
        if isinstance(other, float):
            return float(self) - other
        if _is_complex(other):  # as CPython's: complex(self) - other
            return type(other)(float(self)) - other
        return NotImplemented

    def __rsub__(self, other: Any) -> Any:
        if isinstance(other, int):
            return _reduced(other * self._denominator - self._numerator, self._denominator)
        if isinstance(other, float):
            return other - float(self)
        if _is_complex(other):
            return other - type(other)(float(self))
        return NotImplemented

    def __mul__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            return _reduced(self._numerator * b[0], self._denominator * b[1])
        if isinstance(other, float):
            return float(self) * other
        if _is_complex(other):  # as CPython's: complex(self) * other
            return type(other)(float(self)) * other
        return NotImplemented

    def __rmul__(self, other: Any) -> Any:
        if isinstance(other, int):
            return _reduced(other * self._numerator, self._denominator)
        if isinstance(other, float):
            return other * float(self)
        if _is_complex(other):
            return other * type(other)(float(self))
        return NotImplemented

    def __truediv__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            return _divided(self._numerator, self._denominator, b[0], b[1])
        if isinstance(other, float):
            return float(self) / other
        if _is_complex(other):  # as CPython's: complex(self) / other
            return type(other)(float(self)) / other
        return NotImplemented

    def __rtruediv__(self, other: Any) -> Any:
        if isinstance(other, int):
            return _divided(other, 1, self._numerator, self._denominator)
        if isinstance(other, float):
            return other / float(self)
        if _is_complex(other):
            return other / type(other)(float(self))
        return NotImplemented

    def __floordiv__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            return (self._numerator * b[1]) // (self._denominator * b[0])
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other: Any) -> Any:
        if isinstance(other, int):
            return (other * self._denominator) // self._numerator
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            return _reduced((self._numerator * b[1]) % (b[0] * self._denominator), self._denominator * b[1])
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other: Any) -> Any:
        if isinstance(other, int):
            return _reduced((other * self._denominator) % self._numerator, self._denominator)
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            q, r = divmod(self._numerator * b[1], self._denominator * b[0])
            return (q, _reduced(r, self._denominator * b[1]))
        if isinstance(other, float):
            return divmod(float(self), other)
        return NotImplemented

    def __rdivmod__(self, other: Any) -> Any:
        if isinstance(other, int):
            q, r = divmod(other * self._denominator, self._numerator)
            return (q, _reduced(r, self._denominator))
        if isinstance(other, float):
            return divmod(other, float(self))
        return NotImplemented

    def __pow__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None and b[1] == 1:
            power = b[0]
            n, d = self._numerator, self._denominator
            if power >= 0:
                return _made(n ** power, d ** power)
            if n == 0:
                raise ZeroDivisionError("Fraction(1, 0)")
            if n > 0:
                return _made(d ** -power, n ** -power)
            return _made((-d) ** -power, (-n) ** -power)
        if b is not None or isinstance(other, float):
            return float(self) ** float(other)
        if _is_complex(other):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other: Any) -> Any:
        if _is_complex(other):  # as CPython's: an integral power stays one
            return other ** self._numerator if self._denominator == 1 else other ** float(self)
        if self._denominator == 1 and self._numerator >= 0:
            if isinstance(other, (int, float)):
                return other ** self._numerator
            return NotImplemented
        if isinstance(other, int):
            return _made(int(other), 1) ** self
        if isinstance(other, float):
            return other ** float(self)
        return NotImplemented

    def __pos__(self) -> "Fraction":
        return _made(self._numerator, self._denominator)

    def __neg__(self) -> "Fraction":
        return _made(-self._numerator, self._denominator)

    def __abs__(self) -> "Fraction":
        return _made(abs(self._numerator), self._denominator)

    # Conversions and rounding.

    def __int__(self) -> int:
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __float__(self) -> float:
        return self._numerator / self._denominator

    def __bool__(self) -> bool:
        return self._numerator != 0

    def __trunc__(self) -> int:
        return self.__int__()

    def __floor__(self) -> int:
        return self._numerator // self._denominator

    def __ceil__(self) -> int:
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits: Any = None) -> Any:
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            if rest * 2 < self._denominator or (rest * 2 == self._denominator and whole % 2 == 0):
                return whole
            return whole + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return _reduced(round(self * shift), shift)
        return _made(round(self / shift) * shift, 1)

    # Comparisons and hashing agree with ints and floats of the same value.

    def __hash__(self) -> int:
        inverse = pow(self._denominator, _MODULUS - 2, _MODULUS)
        if inverse == 0:
            result = _HASH_INF
        else:
            result = abs(self._numerator) % _MODULUS * inverse % _MODULUS
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def _pm_number(self) -> Any:
        """The int or float equal to this Fraction, if there is one: dicts key it as that
        number, so Fraction(2) and 2 are one key (pmrt/dicts.js)."""
        n, d = self._numerator, self._denominator
        if d == 1:
            return n
        if d & (d - 1) == 0:
            f = n / d
            if not math.isinf(f) and _pm_numm(f).as_integer_ratio() == (n, d):
                return f
        return None

    def __eq__(self, other: Any) -> Any:
        b = _pair(other)
        if b is not None:
            return self._numerator == b[0] and self._denominator == b[1]
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False
            return self == Fraction(other)
        if _is_complex(other):  # by its real part where its imaginary part is 0, as CPython's
            return other.imag == 0 and self == other.real
        return NotImplemented

    def _compare(self, other: Any) -> Any:
        """self - other as a number whose sign orders them, None where it cannot be
        known (NotImplemented), or a float infinity or NaN to compare 0.0 with."""
        b = _pair(other)
        if b is not None:
            return self._numerator * b[1] - b[0] * self._denominator
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return -other
            return self._compare(Fraction(other))
        return None

    def __lt__(self, other: Any) -> Any:
        difference = self._compare(other)
        return NotImplemented if difference is None else difference < 0

    def __le__(self, other: Any) -> Any:
        difference = self._compare(other)
        return NotImplemented if difference is None else difference <= 0

    def __gt__(self, other: Any) -> Any:
        difference = self._compare(other)
        return NotImplemented if difference is None else difference > 0

    def __ge__(self, other: Any) -> Any:
        difference = self._compare(other)
        return NotImplemented if difference is None else difference >= 0

    def __copy__(self) -> "Fraction":
        return self if type(self) is Fraction else type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo: Any) -> "Fraction":
        return self.__copy__()


def _divided(na: int, da: int, nb: int, db: int) -> Fraction:
    """(na/da) / (nb/db), with CPython's message for a zero divisor."""
    if nb == 0:
        raise ZeroDivisionError(f"Fraction({_sign(na)}, 0)")
    return _reduced(na * db, da * nb)

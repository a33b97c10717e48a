"""The builtin `complex` for games: staged as module `_pm_complex` only in a program that uses
complex numbers (a literal `2j`, the name `complex`, or cmath); the rewrite binds `complex`
and makes each literal a call of `_pm_cx`.

CPython 3.11's complex: a pair of floats, mixed with ints, floats and bools by converting them
to (x, 0.0) first (so signed zeros come out as CPython's); Smith's division, CPython's integer
powers by repeated squaring up to 100, its numeric hash (equal to the float's where the imaginary
part is 0, so 1+0j and 1 are one dict key), its repr and format, its errors and messages.
"""

import math
from typing import Any

from _pmrt import _pm_float_pair_maker  # type: ignore[import-not-found]

__all__ = ["complex", "_pm_cx"]

_HASH_IMAG = 1000003
_WIDTH = 2 ** 64


def _pm_cx(real: float, imag: float) -> "complex":
    """A literal: `2j` is `_pm_cx(0.0, 2.0)`."""
    return _made(float(real), float(imag))


def _parts(x: Any) -> Any:
    """(real, imag) of a complex, int, float or bool; None for anything else."""
    if isinstance(x, complex):
        return x._real, x._imag
    if isinstance(x, (int, float)):
        return float(x), 0.0
    return None


def _not_repeat(other: Any) -> Any:
    """`'ab' * 1j`: CPython's error for a sequence repeated by a complex (the runtime would
    name the operator instead)."""
    if isinstance(other, (str, list, tuple)):
        raise TypeError("can't multiply sequence by non-int of type 'complex'")
    return NotImplemented


def _real_part(x: Any) -> float:
    """float(x) of an object with __float__ or __index__."""
    if hasattr(x, "__float__"):
        return float(x)
    return float(x.__index__())


def _negative(x: float) -> bool:
    """x < 0 or -0.0 (NaN counts as positive, as CPython prints it)."""
    return x < 0 or x == 0 and math.copysign(1.0, x) < 0


def _short(x: float) -> str:
    """A part as CPython's repr writes it: the float's repr without a trailing `.0`."""
    text = repr(x)
    return text[:-2] if text.endswith(".0") else text


def _float_text(text: str) -> float:
    """A float written in a complex string (float() rules, its ValueError as complex's)."""
    try:
        return float(text)
    except ValueError:
        raise ValueError("complex() arg is a malformed string") from None


def _parse(text: str) -> tuple:
    """CPython's complex(str): [(] real | imag'j' | real(+|-)imag'j' [)], spaces around."""
    if "_" in text:
        # CPython's rule for numbers in strings: each underscore between two digits
        for i, c in enumerate(text):
            if c == "_" and not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
                raise ValueError("could not convert string to complex: " + repr(text))
        text = text.replace("_", "")
    s = text.strip()
    if s[:1] == "(" and s[-1:] == ")":
        s = s[1:-1].strip()
    if not s or any(c.isspace() for c in s):
        raise ValueError("complex() arg is a malformed string")
    if s[-1] not in "jJ":
        if s[-1] in "+-" or "j" in s or "J" in s:
            raise ValueError("complex() arg is a malformed string")
        return _float_text(s), 0.0
    body = s[:-1]
    # the sign that starts the imaginary part: not the first character, not an exponent's
    cut = -1
    for i in range(len(body) - 1, 0, -1):
        if body[i] in "+-" and body[i - 1] not in "eE":
            cut = i
            break
    real_text, imag_text = (body[:cut], body[cut:]) if cut > 0 else ("", body)
    if imag_text in ("", "+", "-"):
        imag_text += "1"
    elif imag_text[0] in "+-" and imag_text[1:2] in ("+", "-"):
        raise ValueError("complex() arg is a malformed string")
    real = _float_text(real_text) if real_text else 0.0
    return real, _float_text(imag_text)


def _product(ar: float, ai: float, br: float, bi: float) -> tuple:
    return ar * br - ai * bi, ar * bi + ai * br


def _quotient(ar: float, ai: float, br: float, bi: float) -> tuple:
    """CPython's _Py_c_quot (Smith's method)."""
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return math.nan, math.nan


def _power(ar: float, ai: float, br: float, bi: float) -> "complex":
    """CPython's complex_pow: integral exponents up to 100 by repeated squaring, others
    through polar form."""
    if bi == 0.0 and br == math.floor(br) and abs(br) <= 100.0:
        n = int(br)
        rr, ri = 1.0, 0.0
        pr, pi = ar, ai
        m = -n if n < 0 else n
        mask = 1
        while mask > 0 and m >= mask:
            if m & mask:
                rr, ri = _product(rr, ri, pr, pi)
            mask <<= 1
            pr, pi = _product(pr, pi, pr, pi)
        if n < 0:
            if rr == 0.0 and ri == 0.0:
                raise ZeroDivisionError("0.0 to a negative or complex power")
            rr, ri = _quotient(1.0, 0.0, rr, ri)
    elif br == 0.0 and bi == 0.0:
        rr, ri = 1.0, 0.0
    elif ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        rr, ri = 0.0, 0.0
    else:
        vabs = math.hypot(ar, ai)
        length = math.pow(vabs, br)
        at = math.atan2(ai, ar)
        phase = at * br
        if bi != 0.0:
            length /= math.exp(at * bi)
            phase += bi * math.log(vabs)
        rr, ri = length * math.cos(phase), length * math.sin(phase)
    if math.isinf(rr) or math.isinf(ri):
        raise OverflowError("complex exponentiation")
    return _made(rr, ri)


def _format(z: "complex", spec: str) -> str:
    """format(z, spec) as CPython's: each part as a float of the spec's type (repr's digits
    without a type), the imaginary part always signed, parentheses without a type."""
    fill, align, i = " ", "", 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align, i = spec[0], 1
    sign = ""
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    if spec[i:i + 1] == "z":
        i += 1
    alternate = ""
    if spec[i:i + 1] == "#":
        alternate = "#"
        i += 1
    if spec[i:i + 1] == "0":
        raise ValueError("Zero padding is not allowed in complex format specifier")
    j = i
    while spec[j:j + 1].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    grouping = ""
    if spec[j:j + 1] in (",", "_"):
        grouping = spec[j]
        j += 1
    precision = -1
    if spec[j:j + 1] == ".":
        k = j + 1
        while spec[k:k + 1].isdigit():
            k += 1
        if k == j + 1:
            raise ValueError("Format specifier missing precision")
        precision = int(spec[j + 1:k])
        j = k
    kind = spec[j:]
    if len(kind) > 1:
        raise ValueError("Invalid format specifier '" + spec + "' for object of type 'complex'")
    if kind and kind not in "eEfFgGn":
        raise ValueError("Unknown format code '" + kind + "' for object of type 'complex'")
    if align == "=":
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    real, imag = z._real, z._imag
    skip_real = False
    parens = False
    if not kind:
        kind = "r"
        if real == 0.0 and math.copysign(1.0, real) == 1.0:
            skip_real = True
        else:
            parens = True
    if kind == "n":
        kind = "g"
    if precision >= 0 and kind == "r":
        kind = "g"
    if precision < 0 and kind != "r":
        precision = 6

    def digits(x: float) -> str:
        if kind == "r":
            text = _short(abs(x))
            if grouping:
                whole, dot, rest = text.partition(".")
                if whole.isdigit():
                    text = format(int(whole), grouping) + dot + rest
            if alternate and "." not in text and text[:1].isdigit():
                mantissa, e, power = text.partition("e")
                text = mantissa + "." + e + power
            return text
        return format(abs(x), alternate + grouping + "." + str(precision) + kind)

    def signed(x: float, mark: str) -> str:
        if _negative(x) and not math.isnan(x):
            return "-"
        return "" if mark == "-" else mark

    text = ""
    if not skip_real:
        text = signed(real, sign) + digits(real)
    text += signed(imag, sign if skip_real else "+") + digits(imag) + "j"
    if parens:
        text = "(" + text + ")"
    if len(text) < width:
        pad = width - len(text)
        if align == "<":
            text = text + fill * pad
        elif align == "^":
            text = fill * (pad // 2) + text + fill * (pad - pad // 2)
        else:
            text = fill * pad + text
    return text


_MISSING: Any = object()


class complex:
    """A complex number: real + imag*1j, both floats."""

    __slots__ = ("_real", "_imag")
    __module__ = "builtins"

    def __init__(self, real: Any = _MISSING, imag: Any = _MISSING) -> None:
        if real is _MISSING:
            real = 0
        if isinstance(real, str):
            if imag is not _MISSING:
                raise TypeError("complex() can't take second arg if first is a string")
            self._real, self._imag = _parse(real)
            return
        if isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        first = _parts(real)
        first_complex = isinstance(real, complex)
        if first is None:
            # CPython's order: __complex__, then __float__ (a Fraction), then __index__
            hook = getattr(real, "__complex__", None)
            if hook is not None:
                made = hook()
                first = made._real, made._imag
                first_complex = True
            elif hasattr(real, "__float__") or hasattr(real, "__index__"):
                first = _real_part(real), 0.0
            else:
                raise TypeError("complex() first argument must be a string or a number, not '"
                                + type(real).__name__ + "'")
        if imag is _MISSING:
            self._real, self._imag = first
            return
        second = _parts(imag)
        if second is None and (hasattr(imag, "__float__") or hasattr(imag, "__index__")):
            second = _real_part(imag), 0.0
        if second is None:
            raise TypeError("complex() second argument must be a number, not '" + type(imag).__name__ + "'")
        # CPython adds the parts a complex argument brings, and only those (signed zeros stay)
        re = first[0] - second[1] if isinstance(imag, complex) else first[0]
        im = second[0] + first[1] if first_complex else second[0]
        self._real, self._imag = re, im

    @property
    def real(self) -> float:
        return self._real

    @real.setter
    def real(self, value: Any) -> None:
        raise AttributeError("readonly attribute")

    @property
    def imag(self) -> float:
        return self._imag

    @imag.setter
    def imag(self, value: Any) -> None:
        raise AttributeError("readonly attribute")

    def conjugate(self) -> "complex":
        return _made(self._real, float(-self._imag))

    def __repr__(self) -> str:
        real, imag = self._real, self._imag
        im = ("-" if _negative(imag) and not math.isnan(imag) else "+") + _short(abs(imag)) + "j"
        if real == 0.0 and math.copysign(1.0, real) == 1.0:
            return im[1:] if im[0] == "+" else im
        return "(" + ("-" if _negative(real) and not math.isnan(real) else "") + _short(abs(real)) + im + ")"

    def __str__(self) -> str:
        return self.__repr__()

    def __format__(self, spec: str) -> str:
        return self.__repr__() if not spec else _format(self, spec)

    def __hash__(self) -> int:
        h = (hash(self._real) + _HASH_IMAG * hash(self._imag)) % _WIDTH
        if h >= _WIDTH // 2:
            h -= _WIDTH
        return -2 if h == -1 else h

    def _pm_number(self) -> Any:
        """The float equal to this complex, if there is one: dicts key it as that number, so
        1+0j and 1 are one key (pmrt/dicts.js)."""
        return self._real if self._imag == 0.0 else None

    def __bool__(self) -> bool:
        return self._real != 0.0 or self._imag != 0.0

    def __eq__(self, other: Any) -> Any:
        if isinstance(other, complex):
            return self._real == other._real and self._imag == other._imag
        if isinstance(other, (int, float)):
            return self._imag == 0.0 and self._real == other
        return NotImplemented

    def __ne__(self, other: Any) -> Any:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __pos__(self) -> "complex":
        return _made(self._real, self._imag)

    def __neg__(self) -> "complex":
        # float(): -(-0.0) is 0.0, which the runtime's negation of an untyped value gives as an int 0
        return _made(float(-self._real), float(-self._imag))

    def __abs__(self) -> float:
        # hypot is inf where a part is, else nan where a part is (CPython's rules)
        result = math.hypot(self._real, self._imag)
        if math.isinf(result) and math.isfinite(self._real) and math.isfinite(self._imag):
            raise OverflowError("absolute value too large")
        return result

    # Two complex numbers take the shortest path (Mandelbrot's `z * z + c` runs millions of times).

    def __add__(self, other: Any) -> Any:
        if type(other) is complex:
            return _made(self._real + other._real, self._imag + other._imag)
        b = _parts(other)
        if b is None:
            return NotImplemented
        return _made(self._real + b[0], self._imag + b[1])

    def __radd__(self, other: Any) -> Any:
        a = _parts(other)
        if a is None:
            return NotImplemented
        return _made(a[0] + self._real, a[1] + self._imag)

    def __sub__(self, other: Any) -> Any:
        if type(other) is complex:
            return _made(self._real - other._real, self._imag - other._imag)
        b = _parts(other)
        if b is None:
            return NotImplemented
        return _made(self._real - b[0], self._imag - b[1])

    def __rsub__(self, other: Any) -> Any:
        a = _parts(other)
        if a is None:
            return NotImplemented
        return _made(a[0] - self._real, a[1] - self._imag)

    def __mul__(self, other: Any) -> Any:
        if type(other) is complex:
            ar = self._real
            ai = self._imag
            br = other._real
            bi = other._imag
            return _made(ar * br - ai * bi, ar * bi + ai * br)
        b = _parts(other)
        if b is None:
            return _not_repeat(other)
        real, imag = _product(self._real, self._imag, b[0], b[1])
        return _made(real, imag)

    def __rmul__(self, other: Any) -> Any:
        a = _parts(other)
        if a is None:
            return _not_repeat(other)
        real, imag = _product(a[0], a[1], self._real, self._imag)
        return _made(real, imag)

    def __truediv__(self, other: Any) -> Any:
        b = _parts(other)
        if b is None:
            return NotImplemented
        real, imag = _quotient(self._real, self._imag, b[0], b[1])
        return _made(real, imag)

    def __rtruediv__(self, other: Any) -> Any:
        a = _parts(other)
        if a is None:
            return NotImplemented
        real, imag = _quotient(a[0], a[1], self._real, self._imag)
        return _made(real, imag)

    def __pow__(self, other: Any, modulo: Any = None) -> Any:
        if modulo is not None:
            raise ValueError("complex modulo")
        b = _parts(other)
        if b is None:
            return NotImplemented
        return _power(self._real, self._imag, b[0], b[1])

    def __rpow__(self, other: Any) -> Any:
        a = _parts(other)
        if a is None:
            return NotImplemented
        return _power(a[0], a[1], self._real, self._imag)

    # No floor division nor modulo: divmod() raises CPython's TypeError naming divmod().
    def __divmod__(self, other: Any) -> Any:
        return NotImplemented

    def __rdivmod__(self, other: Any) -> Any:
        return NotImplemented

    def __complex__(self) -> "complex":
        return self

    def __copy__(self) -> "complex":
        return self

    def __deepcopy__(self, memo: Any) -> "complex":
        return self


# `_made(real, imag)`: a complex of two floats, no checks; complex numbers made by arithmetic
# skip object.__new__'s (pmrt/number_objects.js)
_made: Any = _pm_float_pair_maker(complex, "_real", "_imag")

"""cmath for games: staged as the game's `cmath` when it imports it.

CPython 3.11's algorithms (Modules/cmathmodule.c) over pyminis' math functions, which give
glibc's results digit for digit: the same branch cuts and signed zeros, the same scaling for
huge and tiny parts, and for infinite and NaN parts CPython's special-value tables (written
below from CPython's own results), its ValueError ("math domain error") and OverflowError
("math range error").
"""

import math
from typing import Any

__all__ = ["pi", "e", "tau", "inf", "nan", "infj", "nanj", "sqrt", "exp", "log", "log10", "phase", "polar",
           "rect", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
           "atanh", "isclose", "isfinite", "isinf", "isnan"]

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0  # CM_LARGE_DOUBLE
_SQRT_LARGE = math.sqrt(_LARGE)
_LOG_LARGE = math.log(_LARGE)  # CM_LOG_LARGE_DOUBLE
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046

# Results for an infinite or NaN part: for each function, the 7 x 7 cells of CPython's table by
# the kinds of the real and imaginary parts (-inf, negative, -0, +0, positive, +inf, nan),
# cells "re im" ("D": ValueError; empty: finite inputs, or computed from the value).
_SPECIAL_TEXT = {
    "sqrt": "I -I|0 -I|0 -I|0 I|0 I|I I|N I|I -I|||||I I|N N|I -I|||||I I|N N|I -I|||||I I|N N|I -I|||||I I|N N|I -I|I -0|I -0|I 0|I 0|I I|I N|I -I|N N|N N|N N|N N|I I|N N",
    "log": "I -T|I -P|I -P|I P|I P|I T|I N|I -H|||||I H|N N|I -H|||||I H|N N|I -H|||||I H|N N|I -H|||||I H|N N|I -Q|I -0|I -0|I 0|I 0|I Q|I N|I N|N N|N N|N N|N N|I N|N N",
    "acos": "T I|P I|P I|P -I|P -I|T -I|N I|H I|||||H -I|N N|H I|||||H -I|H N|H I|||||H -I|H N|H I|||||H -I|N N|Q I|0 I|0 I|0 -I|0 -I|Q -I|N I|N I|N N|N N|N N|N N|N -I|N N",
    "acosh": "I -T|I -P|I -P|I P|I P|I T|I N|I -H|||||I H|N N|I -H|||||I H|N N|I -H|||||I H|N N|I -H|||||I H|N N|I -Q|I -0|I -0|I 0|I 0|I Q|I N|I N|N N|N N|N N|N N|I N|N N",
    "asinh": "-I -Q|-I -0|-I -0|-I 0|-I 0|-I Q|-I N|-I -H|||||-I H|N N|-I -H|||||-I H|N N|I -H|||||I H|N N|I -H|||||I H|N N|I -Q|I -0|I -0|I 0|I 0|I Q|I N|I N|N N|N -0|N 0|N N|I N|N N",
    "atanh": "-0 -H|-0 -H|-0 -H|-0 H|-0 H|-0 H|-0 N|-0 -H|||||-0 H|N N|-0 -H|||||-0 H|-0 N|0 -H|||||0 H|0 N|0 -H|||||0 H|N N|0 -H|0 -H|0 -H|0 H|0 H|0 H|0 N|0 -H|N N|N N|N N|N N|0 H|N N",
    "exp": "0 0||0 -0|0 0||0 0|0 0|D|||||D|N N|D|||||D|N N|D|||||D|N N|D|||||D|N N|D||I -0|I 0||D|I N|N N|N N|N -0|N 0|N N|N N|N N",
    "cosh": "D||I 0|I -0||D|I N|D|||||D|N N|D|||||D|N 0|D|||||D|N 0|D|||||D|N N|D||I -0|I 0||D|I N|N N|N N|N 0|N 0|N N|N N|N N",
    "sinh": "D||-I -0|-I 0||D|I N|D|||||D|N N|D|||||D|0 N|D|||||D|0 N|D|||||D|N N|D||I -0|I 0||D|I N|N N|N N|N -0|N 0|N N|N N|N N",
    "tanh": "-1 0||-1 -0|-1 0||-1 0|-1 0|D|||||D|N N|D|||||D|N N|D|||||D|N N|D|||||D|N N|1 0||1 -0|1 0||1 0|1 0|N N|N N|N -0|N 0|N N|N N|N N",
    "rect": "D||-I 0|-I -0||D|I N|D|||||D|N N|0 0|||||0 0|0 0|0 0|||||0 0|0 0|D|||||D|N N|D||I -0|I 0||D|I N|N N|N N|N 0|N 0|N N|N N|N N",
}
_WORDS = {"I": math.inf, "-I": -math.inf, "N": math.nan, "0": 0.0, "-0": -0.0, "1": 1.0, "-1": -1.0,
          "P": math.pi, "-P": -math.pi, "H": math.pi / 2, "-H": -math.pi / 2, "Q": math.pi / 4,
          "-Q": -math.pi / 4, "T": 3 * math.pi / 4, "-T": -3 * math.pi / 4}
_special: dict = {}


def _asinh_real(x: float) -> float:
    """glibc's asinh (its formulas over a correctly rounded log: JavaScript's Math.asinh
    differs from it in the last digit)."""
    xa = abs(x)
    if xa < 2.0 ** -28 or not math.isfinite(x):
        return x
    if xa >= 2.0 ** 28 + 256.0:  # (the high word above 2**28's)
        w = math.log(xa) + _LN2
    elif xa >= 2.0 + 2.0 ** -19:  # (the high word above 2.0's)
        w = math.log(2.0 * xa + 1.0 / (math.sqrt(xa * xa + 1.0) + xa))
    else:
        t = xa * xa
        w = math.log1p(xa + t / (1.0 + math.sqrt(1.0 + t)))
    return math.copysign(w, x)


def _kind(x: float) -> int:
    if math.isnan(x):
        return 6
    if math.isinf(x):
        return 0 if x < 0 else 5
    if x == 0.0:
        return 2 if math.copysign(1.0, x) < 0 else 3
    return 1 if x < 0 else 4


def _table(name: str, re: float, im: float) -> complex:
    """CPython's special value for these parts (ValueError where CPython sets EDOM)."""
    if name not in _special:
        _special[name] = _SPECIAL_TEXT[name].split("|")
    cell = _special[name][_kind(re) * 7 + _kind(im)]
    if cell == "D":
        raise ValueError("math domain error")
    real, _, imag = cell.partition(" ")
    return complex(_WORDS[real], _WORDS[imag])


def _floats(re: Any, im: Any) -> tuple:
    """The parts as floats, each function's first step: a negated -0.0 (`-im`) reaches them as
    a 0.0 that the runtime's negation of an untyped value tags as an int, whose own negation
    would lose the sign of zero these algorithms keep."""
    return float(re), float(im)


def _finite(re: float, im: float) -> bool:
    return math.isfinite(re) and math.isfinite(im)


def _parts(z: Any) -> tuple:
    """(re, im) of a number, as CPython's cmath takes arguments (`__complex__`, `__float__`)."""
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, (int, float)):
        return float(z), 0.0
    if hasattr(z, "__complex__"):
        made = z.__complex__()
        return made.real, made.imag
    if hasattr(z, "__float__"):
        return float(z), 0.0
    raise TypeError("must be real number, not " + type(z).__name__)


def _checked(re: float, im: float) -> complex:
    """A result overflowing from finite parts raises as CPython's (ERANGE)."""
    if math.isinf(re) or math.isinf(im):
        raise OverflowError("math range error")
    return complex(re, im)


def _sqrt(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        return _table("sqrt", re, im)
    if re == 0.0 and im == 0.0:
        return complex(0.0, im)
    ax = abs(re)
    ay = abs(im)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if re >= 0.0:
        return complex(s, math.copysign(d, im))
    return complex(d, math.copysign(s, im))


def _log(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        return _table("log", re, im)
    ax = abs(re)
    ay = abs(im)
    if ax > _LARGE or ay > _LARGE:
        real = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(math.hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, math.atan2(im, re))


def _exp(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        if math.isinf(re) and math.isfinite(im) and im != 0.0:
            if re > 0:
                return complex(math.copysign(math.inf, math.cos(im)), math.copysign(math.inf, math.sin(im)))
            return complex(math.copysign(0.0, math.cos(im)), math.copysign(0.0, math.sin(im)))
        return _table("exp", re, im)
    if re > _LOG_LARGE:
        size = math.exp(re - 1.0)
        return _checked(size * math.cos(im) * math.e, size * math.sin(im) * math.e)
    size = math.exp(re)
    return _checked(size * math.cos(im), size * math.sin(im))


def _cosh(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        if math.isinf(re) and math.isfinite(im) and im != 0.0:
            if re > 0:
                return complex(math.copysign(math.inf, math.cos(im)), math.copysign(math.inf, math.sin(im)))
            return complex(math.copysign(math.inf, math.cos(im)), -math.copysign(math.inf, math.sin(im)))
        return _table("cosh", re, im)
    if abs(re) > _LOG_LARGE:
        x = re - math.copysign(1.0, re)
        return _checked(math.cos(im) * math.cosh(x) * math.e, math.sin(im) * math.sinh(x) * math.e)
    return _checked(math.cos(im) * math.cosh(re), math.sin(im) * math.sinh(re))


def _sinh(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        if math.isinf(re) and math.isfinite(im) and im != 0.0:
            if re > 0:
                return complex(math.copysign(math.inf, math.cos(im)), math.copysign(math.inf, math.sin(im)))
            return complex(-math.copysign(math.inf, math.cos(im)), math.copysign(math.inf, math.sin(im)))
        return _table("sinh", re, im)
    if abs(re) > _LOG_LARGE:
        x = re - math.copysign(1.0, re)
        return _checked(math.cos(im) * math.sinh(x) * math.e, math.sin(im) * math.cosh(x) * math.e)
    return _checked(math.cos(im) * math.sinh(re), math.sin(im) * math.cosh(re))


def _tanh(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        if math.isinf(re) and math.isfinite(im) and im != 0.0:
            return complex(1.0 if re > 0 else -1.0, math.copysign(0.0, 2.0 * math.sin(im) * math.cos(im)))
        return _table("tanh", re, im)
    if abs(re) > _LOG_LARGE:
        return complex(math.copysign(1.0, re), 4.0 * math.sin(im) * math.cos(im) * math.exp(-2.0 * abs(re)))
    tx = math.tanh(re)
    ty = math.tan(im)
    cx = 1.0 / math.cosh(re)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _asinh(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        return _table("asinh", re, im)
    if abs(re) > _LARGE or abs(im) > _LARGE:
        size = math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0
        real = math.copysign(size, re) if im >= 0.0 else -math.copysign(size, -re)
        return complex(real, math.atan2(im, abs(re)))
    s1 = _sqrt(1.0 + im, -re)
    s2 = _sqrt(1.0 - im, re)
    return complex(_asinh_real(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(im, s1.real * s2.real - s1.imag * s2.imag))


def _acos(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        return _table("acos", re, im)
    if abs(re) > _LARGE or abs(im) > _LARGE:
        size = math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0
        imag = -math.copysign(size, im) if re < 0 else math.copysign(size, -im)
        return complex(math.atan2(abs(im), re), imag)
    s1 = _sqrt(1.0 - re, -im)
    s2 = _sqrt(1.0 + re, im)
    return complex(2.0 * math.atan2(s1.real, s2.real), _asinh_real(s2.real * s1.imag - s2.imag * s1.real))


def _acosh(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        return _table("acosh", re, im)
    if abs(re) > _LARGE or abs(im) > _LARGE:
        return complex(math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, math.atan2(im, re))
    s1 = _sqrt(re - 1.0, im)
    s2 = _sqrt(re + 1.0, im)
    return complex(_asinh_real(s1.real * s2.real + s1.imag * s2.imag), 2.0 * math.atan2(s1.imag, s2.real))


def _atanh(re: float, im: float) -> complex:
    re, im = _floats(re, im)
    if not _finite(re, im):
        return _table("atanh", re, im)
    if re < 0.0:
        r = _atanh(-re, -im)
        return complex(-r.real, -r.imag)
    ay = abs(im)
    if re > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = math.hypot(re / 2.0, im / 2.0)
        return complex(re / 4.0 / h / h, -math.copysign(math.pi / 2.0, -im))
    if re == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))),
                       math.copysign(math.atan2(2.0, -ay) / 2, im))
    return complex(math.log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0,
                   -math.atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0)


def _turned(r: complex) -> complex:
    """(s.imag, -s.real): sin, tan, asin and atan from their hyperbolic twins at (-im, re)."""
    return complex(r.imag, -r.real)


def sqrt(z: Any) -> complex:
    return _sqrt(*_parts(z))


def exp(z: Any) -> complex:
    return _exp(*_parts(z))


def log(z: Any, base: Any = None) -> complex:
    x = _log(*_parts(z))
    if base is None:
        return x
    y = _log(*_parts(base))
    try:
        return x / y
    except ZeroDivisionError:
        raise ValueError("math domain error") from None


def log10(z: Any) -> complex:
    r = _log(*_parts(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def phase(z: Any) -> float:
    re, im = _parts(z)
    return math.atan2(im, re)


def polar(z: Any) -> tuple:
    re, im = _parts(z)
    try:
        size = abs(complex(re, im))
    except OverflowError:
        raise OverflowError("math range error") from None
    return size, math.atan2(im, re)


def rect(r: Any, phi: Any) -> complex:
    r = _real(r)
    phi = _real(phi)
    if not _finite(r, phi):
        if math.isinf(r) and math.isfinite(phi) and phi != 0.0:
            if r > 0:
                return complex(math.copysign(math.inf, math.cos(phi)), math.copysign(math.inf, math.sin(phi)))
            return complex(-math.copysign(math.inf, math.cos(phi)), -math.copysign(math.inf, math.sin(phi)))
        return _table("rect", r, phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def _real(x: Any) -> float:
    if isinstance(x, (int, float)) or hasattr(x, "__float__") and not isinstance(x, complex):
        return float(x)
    raise TypeError("must be real number, not " + type(x).__name__)


def sin(z: Any) -> complex:
    re, im = _parts(z)
    return _turned(_sinh(-im, re))


def cos(z: Any) -> complex:
    re, im = _parts(z)
    return _cosh(-im, re)


def tan(z: Any) -> complex:
    re, im = _parts(z)
    return _turned(_tanh(-im, re))


def asin(z: Any) -> complex:
    re, im = _parts(z)
    return _turned(_asinh(-im, re))


def acos(z: Any) -> complex:
    return _acos(*_parts(z))


def atan(z: Any) -> complex:
    re, im = _parts(z)
    return _turned(_atanh(-im, re))


def sinh(z: Any) -> complex:
    return _sinh(*_parts(z))


def cosh(z: Any) -> complex:
    return _cosh(*_parts(z))


def tanh(z: Any) -> complex:
    return _tanh(*_parts(z))


def asinh(z: Any) -> complex:
    return _asinh(*_parts(z))


def acosh(z: Any) -> complex:
    return _acosh(*_parts(z))


def atanh(z: Any) -> complex:
    return _atanh(*_parts(z))


def isfinite(z: Any) -> bool:
    re, im = _parts(z)
    return math.isfinite(re) and math.isfinite(im)


def isinf(z: Any) -> bool:
    re, im = _parts(z)
    return math.isinf(re) or math.isinf(im)


def isnan(z: Any) -> bool:
    re, im = _parts(z)
    return math.isnan(re) or math.isnan(im)


def isclose(a: Any, b: Any, *, rel_tol: Any = 1e-09, abs_tol: Any = 0.0) -> bool:
    a = complex(*_parts(a))
    b = complex(*_parts(b))
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol

"""decimal for games: staged as the game's `decimal` when it imports it.

Decimal floating point as CPython 3.11's `decimal` (the General Decimal Arithmetic
specification): a sign, a coefficient (a Python int, exact at any size) and a decimal
exponent, or Infinity, NaN and sNaN. Results are rounded to the context's precision with its
rounding mode (all eight), exponents of exact results are the spec's ideal exponents, and the
signals (InvalidOperation, DivisionByZero, Overflow, Inexact, ...) set the context's flags and
raise where trapped, with CPython's classes and messages. `sqrt`, `exp`, `ln`, `log10` and
powers are correctly rounded (integer arithmetic with guard digits, widened until the rounding
is decided). Contexts: `getcontext`, `setcontext`, `localcontext` (with keyword arguments),
`Context`, `DefaultContext`, `BasicContext`, `ExtendedContext`.

Left out: the logical and shift operations (`logical_and`, `rotate`, `shift`, ...), the
`Context` method forms of the less common operations, non-ASCII digits in strings (a
ConversionSyntax), and pickling. Known differences: a non-integer power whose exact result is
representable (`Decimal(100) ** Decimal('0.5')`) under ROUND_UP/CEILING/FLOOR/DOWN/05UP may
differ from CPython in the last digit (CPython's approximation decides it), and an integer power
that underflows far below Etiny may give 0 where CPython gives its smallest subnormal.
"""

import math
from collections import namedtuple
from typing import Any

from _pmrt import _pm_numm  # type: ignore[import-not-found]

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "ConversionSyntax",
    "DivisionImpossible", "DivisionUndefined", "InvalidContext",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
    "ROUND_HALF_DOWN", "ROUND_05UP", "getcontext", "setcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


def _binary(a: Any, other: Any, context: Any, compute: Any, reflected: bool = False) -> Any:
    """`a op other` (`other op a` reflected) in the context given or the thread's; NotImplemented
    for an operand Decimal does not take (a float, a str)."""
    o = _convert(other)
    if o is None:
        return NotImplemented
    c = getcontext() if context is None else context
    return compute(o, a, c) if reflected else compute(a, o, c)


def _plus(a: Any, b: Any, c: Any) -> Any:
    return _add(a, b, c, False)


def _minus(a: Any, b: Any, c: Any) -> Any:
    return _add(a, b, c, True)


def _floordiv(a: Any, b: Any, c: Any) -> Any:
    return _divmod(a, b, c, 1)


def _mod(a: Any, b: Any, c: Any) -> Any:
    return _divmod(a, b, c, 2)


def _divmod_pair(a: Any, b: Any, c: Any) -> Any:
    return _divmod(a, b, c, 3)


class DecimalException(ArithmeticError):
    """Base of the decimal signals."""


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals in CPython's order (flags, traps, which one is raised); the conditions that are
# InvalidOperation's, listed first in an exception's message.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
_SIGNAL_NAMES = ["InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow", "Underflow",
                 "Subnormal", "Inexact", "Rounded", "Clamped"]
_CONDITIONS = [InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext]
_CONDITION_NAMES = ["InvalidOperation", "ConversionSyntax", "DivisionImpossible",
                    "DivisionUndefined", "InvalidContext"]

# The order of a Context's repr.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
_REPR_NAMES = ["Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "FloatOperation",
               "Overflow", "Rounded", "Subnormal", "Underflow"]

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent")

# CPython's numeric hash (sys.hash_info): modulus, infinity, and the inverse of 10.
_MODULUS = 2305843009213693951
_HASH_INF = 314159
_TEN_INVERSE = pow(10, _MODULUS - 2, _MODULUS)

_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3


def _ndigits(n: int) -> int:
    """Number of decimal digits of n >= 0 (1 for 0)."""
    return len(str(n))


def _strip_zeros(coeff: int, exp: int, lowest: int) -> Any:
    """Remove trailing zeros of coeff while exp stays at most `lowest`... (exp < lowest)."""
    if coeff == 0:
        return 0, max(exp, lowest) if exp < lowest else exp
    while exp < lowest and coeff % 10 == 0:
        coeff //= 10
        exp += 1
    return coeff, exp


def _rounds_away(rounding: str, sign: int, kept: int, rest: int, half: int) -> bool:
    """Whether dropping `rest` (0 <= rest < 2*half) from `kept` must add one to kept."""
    if rest == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        return rest > half or (rest == half and kept % 2 == 1)
    if rounding == ROUND_HALF_UP:
        return rest >= half
    if rounding == ROUND_HALF_DOWN:
        return rest > half
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return kept % 5 == 0  # ROUND_05UP


def _drop(coeff: int, drop: int, sign: int, rounding: str) -> Any:
    """coeff without its last `drop` (> 0) digits, rounded; (result, inexact)."""
    n = _ndigits(coeff)
    if drop > n + 1:
        coeff = 1 if coeff else 0
        drop = 2
    unit = 10 ** drop
    kept, rest = divmod(coeff, unit)
    if _rounds_away(rounding, sign, kept, rest * 2, unit):
        kept += 1
    return kept, rest != 0


def _make(sign: int, coeff: int, exp: int, kind: int = _FINITE) -> "Decimal":
    result = object.__new__(Decimal)
    result._sign = sign
    result._int = coeff
    result._exp = exp
    result._kind = kind
    return result


_ONE = None  # set after the class


# ---------------------------------------------------------------------------------------------
# Contexts


def _check_rounding(value: Any) -> str:
    if value not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
    return value


def _check_int(value: Any, low: int, high: int, name: str, message: str) -> int:
    if not isinstance(value, int):
        raise TypeError("an integer is required" if not isinstance(value, float) else "'float' object cannot be interpreted as an integer")
    if value < low or value > high:
        raise ValueError(message)
    return int(value)


def _signal_dict(value: Any, name: str) -> dict:
    result = {}
    for s in _SIGNALS:
        result[s] = False
    if value is None:
        return result
    if isinstance(value, dict):
        for key in value:
            if key not in result:
                raise KeyError("invalid signal dict")
            result[key] = bool(value[key])
        return result
    for key in value:
        if key not in result:
            raise KeyError("invalid error flag")
        result[key] = True
    return result


class Context:
    """The environment of decimal operations: precision, rounding, exponent limits, flags and
    traps."""

    def __init__(self, prec: Any = None, rounding: Any = None, Emin: Any = None, Emax: Any = None,
                 capitals: Any = None, clamp: Any = None, flags: Any = None, traps: Any = None) -> None:
        base = _DEFAULT_SETTINGS if DefaultContext is None else DefaultContext
        self._prec = base._prec
        self._rounding = base._rounding
        self._Emin = base._Emin
        self._Emax = base._Emax
        self._capitals = base._capitals
        self._clamp = base._clamp
        self.traps = dict(base.traps) if traps is None else _signal_dict(traps, "traps")
        self.flags = _signal_dict(flags, "flags")
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp

    @property
    def prec(self) -> int:
        return self._prec

    @prec.setter
    def prec(self, value: Any) -> None:
        self._prec = _check_int(value, 1, MAX_PREC, "prec", "valid range for prec is [1, MAX_PREC]")

    @property
    def rounding(self) -> str:
        return self._rounding

    @rounding.setter
    def rounding(self, value: Any) -> None:
        self._rounding = _check_rounding(value)

    @property
    def Emin(self) -> int:
        return self._Emin

    @Emin.setter
    def Emin(self, value: Any) -> None:
        self._Emin = _check_int(value, MIN_EMIN, 0, "Emin", "valid range for Emin is [MIN_EMIN, 0]")

    @property
    def Emax(self) -> int:
        return self._Emax

    @Emax.setter
    def Emax(self, value: Any) -> None:
        self._Emax = _check_int(value, 0, MAX_EMAX, "Emax", "valid range for Emax is [0, MAX_EMAX]")

    @property
    def capitals(self) -> int:
        return self._capitals

    @capitals.setter
    def capitals(self, value: Any) -> None:
        self._capitals = _check_int(value, 0, 1, "capitals", "valid values for capitals are 0 or 1")

    @property
    def clamp(self) -> int:
        return self._clamp

    @clamp.setter
    def clamp(self, value: Any) -> None:
        self._clamp = _check_int(value, 0, 1, "clamp", "valid values for clamp are 0 or 1")

    def Etiny(self) -> int:
        return self._Emin - self._prec + 1

    def Etop(self) -> int:
        return self._Emax - self._prec + 1

    def copy(self) -> "Context":
        other = Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                        self._clamp)
        other.flags = dict(self.flags)
        other.traps = dict(self.traps)
        return other

    def __copy__(self) -> "Context":
        return self.copy()

    def clear_flags(self) -> None:
        for key in self.flags:
            self.flags[key] = False

    def clear_traps(self) -> None:
        for key in self.traps:
            self.traps[key] = False

    def __repr__(self) -> str:
        flags = [_REPR_NAMES[i] for i in range(len(_REPR_ORDER)) if self.flags[_REPR_ORDER[i]]]
        traps = [_REPR_NAMES[i] for i in range(len(_REPR_ORDER)) if self.traps[_REPR_ORDER[i]]]
        return (f"Context(prec={self._prec}, rounding={self._rounding}, Emin={self._Emin}, "
                f"Emax={self._Emax}, capitals={self._capitals}, clamp={self._clamp}, "
                f"flags=[{', '.join(flags)}], traps=[{', '.join(traps)}])")

    def _signal(self, conditions: list) -> None:
        """Set the flags of these conditions; raise the first trapped signal."""
        trapped = []
        for c in conditions:
            signal = InvalidOperation if issubclass(c, InvalidOperation) else c
            self.flags[signal] = True
            if self.traps[signal] and c not in trapped:
                trapped.append(c)
        if not trapped:
            return
        names = []
        for i in range(len(_CONDITIONS)):
            if _CONDITIONS[i] in trapped:
                names.append(_CONDITION_NAMES[i])
        raised = None
        for i in range(len(_SIGNALS)):
            if _SIGNALS[i] is InvalidOperation:
                if names:
                    raised = InvalidOperation
                continue
            if _SIGNALS[i] in trapped:
                names.append(_SIGNAL_NAMES[i])
                if raised is None:
                    raised = _SIGNALS[i]
        text = ", ".join(["<class 'decimal." + n + "'>" for n in names])
        raise raised("[" + text + "]")

    # The operations as context methods.

    def create_decimal(self, num: Any = "0") -> "Decimal":
        if isinstance(num, str):
            d = _from_string(num, self)
        else:
            d = Decimal(num, self)
        if d._kind == _FINITE:
            conditions: list = []
            d = _fix(self, d._sign, d._int, d._exp, conditions)
            self._signal(conditions)
        elif d._kind >= _NAN:
            d = _fix_nan(d, self)
        return d

    def create_decimal_from_float(self, f: Any) -> "Decimal":
        return self.create_decimal(Decimal.from_float(f))

    def abs(self, a: Any) -> "Decimal":
        return _convert(a, True).__abs__(context=self)

    def add(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).__add__(_convert(b, True), context=self)

    def subtract(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).__sub__(_convert(b, True), context=self)

    def multiply(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).__mul__(_convert(b, True), context=self)

    def divide(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).__truediv__(_convert(b, True), context=self)

    def divide_int(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).__floordiv__(_convert(b, True), context=self)

    def remainder(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).__mod__(_convert(b, True), context=self)

    def divmod(self, a: Any, b: Any) -> tuple:
        return _convert(a, True).__divmod__(_convert(b, True), context=self)

    def remainder_near(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).remainder_near(b, context=self)

    def power(self, a: Any, b: Any, modulo: Any = None) -> "Decimal":
        return _convert(a, True).__pow__(_convert(b, True), modulo, context=self)

    def plus(self, a: Any) -> "Decimal":
        return _convert(a, True).__pos__(context=self)

    def minus(self, a: Any) -> "Decimal":
        return _convert(a, True).__neg__(context=self)

    def sqrt(self, a: Any) -> "Decimal":
        return _convert(a, True).sqrt(context=self)

    def exp(self, a: Any) -> "Decimal":
        return _convert(a, True).exp(context=self)

    def ln(self, a: Any) -> "Decimal":
        return _convert(a, True).ln(context=self)

    def log10(self, a: Any) -> "Decimal":
        return _convert(a, True).log10(context=self)

    def quantize(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).quantize(b, context=self)

    def normalize(self, a: Any) -> "Decimal":
        return _convert(a, True).normalize(context=self)

    def compare(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).compare(b, context=self)

    def max(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).max(b, context=self)

    def min(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).min(b, context=self)

    def fma(self, a: Any, b: Any, c: Any) -> "Decimal":
        return _convert(a, True).fma(b, c, context=self)

    def to_integral_value(self, a: Any) -> "Decimal":
        return _convert(a, True).to_integral_value(context=self)

    def to_integral_exact(self, a: Any) -> "Decimal":
        return _convert(a, True).to_integral_exact(context=self)

    def to_integral(self, a: Any) -> "Decimal":
        return _convert(a, True).to_integral_value(context=self)

    def to_sci_string(self, a: Any) -> str:
        return _convert(a, True).__str__(context=self)

    def to_eng_string(self, a: Any) -> str:
        return _convert(a, True).to_eng_string(context=self)

    def scaleb(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).scaleb(b, context=self)

    def copy_abs(self, a: Any) -> "Decimal":
        return _convert(a, True).copy_abs()

    def copy_negate(self, a: Any) -> "Decimal":
        return _convert(a, True).copy_negate()

    def copy_sign(self, a: Any, b: Any) -> "Decimal":
        return _convert(a, True).copy_sign(b)

    def is_finite(self, a: Any) -> bool:
        return _convert(a, True).is_finite()

    def is_infinite(self, a: Any) -> bool:
        return _convert(a, True).is_infinite()

    def is_nan(self, a: Any) -> bool:
        return _convert(a, True).is_nan()

    def is_signed(self, a: Any) -> bool:
        return _convert(a, True).is_signed()

    def is_zero(self, a: Any) -> bool:
        return _convert(a, True).is_zero()

    def number_class(self, a: Any) -> str:
        return _convert(a, True).number_class(context=self)

    def same_quantum(self, a: Any, b: Any) -> bool:
        return _convert(a, True).same_quantum(b)

    def radix(self) -> "Decimal":
        return _make(0, 10, 0)


class _Settings:
    def __init__(self) -> None:
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self.traps = _signal_dict([InvalidOperation, DivisionByZero, Overflow], "traps")


_DEFAULT_SETTINGS = _Settings()
DefaultContext: Any = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_current: Any = None


def getcontext() -> Context:
    """The current context (a copy of DefaultContext at first use)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context: Any) -> None:
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


_CONTEXT_KEYWORDS = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"]


class _LocalContext:
    def __init__(self, context: Any, settings: dict) -> None:
        self._context = context
        self._settings = settings
        self._saved: Any = None

    def __enter__(self) -> Context:
        self._saved = getcontext()
        new = (self._saved if self._context is None else self._context).copy()
        for key in self._settings:
            value = self._settings[key]
            if key == "flags":
                new.flags = _signal_dict(value, "flags")
            elif key == "traps":
                new.traps = _signal_dict(value, "traps")
            else:
                setattr(new, key, value)
        setcontext(new)
        return new

    def __exit__(self, *exc: Any) -> Any:
        setcontext(self._saved)
        return False


def localcontext(ctx: Any = None, **kwargs: Any) -> _LocalContext:
    """A context manager that makes a copy of ctx (or of the current context), changed by the
    keyword arguments, current in its block."""
    if ctx is not None and not isinstance(ctx, Context):
        raise TypeError(f"optional argument must be a context")
    for key in kwargs:
        if key not in _CONTEXT_KEYWORDS:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
    check = Context()
    for key in kwargs:
        if key not in ("flags", "traps"):
            setattr(check, key, kwargs[key])
    return _LocalContext(ctx, dict(kwargs))


# ---------------------------------------------------------------------------------------------
# Rounding a result to the context


def _overflow(context: Context, sign: int, conditions: list, r: str) -> "Decimal":
    conditions.append(Overflow)
    conditions.append(Inexact)
    conditions.append(Rounded)
    infinite = (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1))
    if infinite:
        return _make(sign, 0, 0, _INF)
    return _make(sign, 10 ** context._prec - 1, context._Emax - context._prec + 1)


def _fix(context: Context, sign: int, coeff: int, exp: int, conditions: list,
         rounding: Any = None) -> "Decimal":
    """The finite number (-1)**sign * coeff * 10**exp rounded to the context: precision,
    rounding, Emax (Overflow), Emin (Subnormal, Underflow), clamp; conditions collected."""
    prec = context._prec
    etiny = context._Emin - prec + 1
    etop = context._Emax - prec + 1
    if rounding is None:
        rounding = context._rounding
    if coeff == 0:
        top = etop if context._clamp else context._Emax
        if exp < etiny:
            exp = etiny
            conditions.append(Clamped)
        elif exp > top:
            exp = top
            conditions.append(Clamped)
        return _make(sign, 0, exp)
    n = _ndigits(coeff)
    low = exp + n - prec  # the lowest exponent prec digits allow
    if low > etop:
        return _overflow(context, sign, conditions, rounding)
    subnormal = low < etiny
    if subnormal:
        low = etiny
    if exp < low:
        kept, inexact = _drop(coeff, low - exp, sign, rounding)
        if _ndigits(kept) > prec:
            kept //= 10
            low += 1
        if low > etop:
            return _overflow(context, sign, conditions, rounding)
        if subnormal:
            if inexact:
                conditions.append(Underflow)
            conditions.append(Subnormal)
        if inexact:
            conditions.append(Inexact)
        conditions.append(Rounded)
        if kept == 0:
            conditions.append(Clamped)
        return _make(sign, kept, low)
    if subnormal:
        conditions.append(Subnormal)
    if context._clamp and exp > etop:
        conditions.append(Clamped)
        return _make(sign, coeff * 10 ** (exp - etop), etop)
    return _make(sign, coeff, exp)


def _finish(context: Context, sign: int, coeff: int, exp: int, conditions: Any = None,
            rounding: Any = None) -> "Decimal":
    if conditions is None:
        conditions = []
    result = _fix(context, sign, coeff, exp, conditions, rounding)
    if conditions:
        context._signal(conditions)
    return result


def _fix_nan(d: "Decimal", context: Context) -> "Decimal":
    """A NaN's payload cut to prec - clamp digits."""
    room = context._prec - context._clamp
    if d._int and _ndigits(d._int) > room:
        return _make(d._sign, d._int % 10 ** room, 0, d._kind)
    return d


def _invalid(context: Context, condition: Any = None) -> "Decimal":
    context._signal([InvalidOperation if condition is None else condition])
    return _make(0, 0, 0, _NAN)


def _nans(a: "Decimal", b: Any, context: Context) -> Any:
    """The result of an operation on a NaN operand (None when there is none): the first sNaN
    (made quiet, InvalidOperation), else the first NaN."""
    if a._kind < _NAN and (b is None or b._kind < _NAN):
        return None
    if a._kind == _SNAN or (b is not None and b._kind == _SNAN):
        source = a if a._kind == _SNAN else b
        context._signal([InvalidOperation])
        return _fix_nan(_make(source._sign, source._int, 0, _NAN), context)
    source = a if a._kind == _NAN else b
    return _fix_nan(source, context)


# ---------------------------------------------------------------------------------------------
# Conversions


def _from_string(text: str, context: Context) -> "Decimal":
    parsed = _parse(text)
    if parsed is None:
        context._signal([ConversionSyntax])
        return _make(0, 0, 0, _NAN)
    return parsed


def _digits_only(s: str) -> bool:
    if not s:
        return False
    for ch in s:
        if ch < "0" or ch > "9":
            return False
    return True


def _parse(text: str) -> Any:
    s = text.replace("_", "").strip()
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return _make(sign, 0, 0, _INF)
    if low[:3] == "nan" or low[:4] == "snan":
        kind = _NAN if low[0] == "n" else _SNAN
        payload = low[3:] if kind == _NAN else low[4:]
        if payload and not _digits_only(payload):
            return None
        return _make(sign, int(payload) if payload else 0, 0, kind)
    exp = 0
    cut = low.find("e")
    if cut >= 0:
        power = low[cut + 1:]
        s = low[:cut]
        power_sign = 1
        if power[:1] in ("+", "-"):
            power_sign = -1 if power[0] == "-" else 1
            power = power[1:]
        if not _digits_only(power):
            return None
        exp = power_sign * int(power)
    whole, dot, part = s.partition(".")
    if (whole and not _digits_only(whole)) or (part and not _digits_only(part)) or not (whole or part):
        return None
    return _make(sign, int(whole + part), exp - len(part))


def _from_float(f: float) -> "Decimal":
    if math.isnan(f):
        return _make(0, 0, 0, _NAN)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if math.isinf(f):
        return _make(sign, 0, 0, _INF)
    n, d = _pm_numm(abs(f)).as_integer_ratio()
    k = _pm_numm(d).bit_length() - 1
    return _make(sign, n * 5 ** k, -k)


def _from_tuple(value: Any) -> "Decimal":
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value[0], value[1], value[2]
    if not isinstance(sign, int) or isinstance(sign, bool) and False or sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    kind = _FINITE
    if isinstance(exp, str):
        if exp == "F":
            kind = _INF
        elif exp == "n":
            kind = _NAN
        elif exp == "N":
            kind = _SNAN
        else:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coeff = 0
    for digit in digits:
        if not isinstance(digit, int) or digit < 0 or digit > 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + int(digit)
    if kind == _INF:
        return _make(sign, 0, 0, _INF)
    if kind != _FINITE:
        return _make(sign, coeff, 0, kind)
    return _make(sign, coeff, int(exp))


def _type_name(x: Any) -> str:
    return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__


def _convert(x: Any, strict: bool = False) -> Any:
    """A Decimal for a Decimal or an int; else None (or TypeError when strict)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(int(x))
    if strict:
        raise TypeError(f"conversion from {type(x).__name__} to Decimal is not supported")
    return None


def _from_int(n: int) -> "Decimal":
    if n < 0:
        return _make(1, -n, 0)
    return _make(0, n, 0)


def _rational(x: Any) -> Any:
    """(numerator, denominator) of a Fraction, else None."""
    if type(x).__name__ == "Fraction" and hasattr(x, "denominator") and not isinstance(x, (int, float)):
        return x.numerator, x.denominator
    return None


def _comparable(x: Any, context: Context, equality: bool) -> Any:
    """A Decimal to compare with: Decimals, ints, floats (FloatOperation for orderings),
    Fractions as (Decimal numerator, denominator); None otherwise."""
    d = _convert(x)
    if d is not None:
        return d
    if isinstance(x, float):
        if not equality:
            context._signal([FloatOperation])
        return _from_float(x)
    return None


# ---------------------------------------------------------------------------------------------
# Text


def _sci(d: "Decimal", capitals: int = 1, engineering: bool = False) -> str:
    sign = "-" if d._sign else ""
    if d._kind == _INF:
        return sign + "Infinity"
    if d._kind >= _NAN:
        return sign + ("NaN" if d._kind == _NAN else "sNaN") + (str(d._int) if d._int else "")
    digits = str(d._int)
    exp = d._exp
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not engineering:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart = "0"
        fracpart = "." + "0" * (-dotplace) + digits
    elif dotplace >= len(digits):
        intpart = digits + "0" * (dotplace - len(digits))
        fracpart = ""
    else:
        intpart = digits[:dotplace]
        fracpart = "." + digits[dotplace:]
    if leftdigits == dotplace:
        tail = ""
    else:
        power = leftdigits - dotplace
        tail = ("E" if capitals else "e") + ("+" if power >= 0 else "-") + str(abs(power))
    return sign + intpart + fracpart + tail


# ---------------------------------------------------------------------------------------------
# Transcendental helpers: fixed point integers (value * 10**scale), correctly rounded results
# by widening the working precision until both ends of an error interval round alike.

_LN2_CACHE: list = [0, 0]
_LN10_CACHE: list = [0, 0]


def _atanh_inverse(q: int, scale: int) -> int:
    """atanh(1/q) * 10**scale, error below 2 + terms units."""
    one = 10 ** scale
    term = one // q
    total = 0
    k = 1
    qq = q * q
    while term:
        total += term // k
        term //= qq
        k += 2
    return total


def _ln2(scale: int) -> int:
    if _LN2_CACHE[0] < scale:
        _LN2_CACHE[0] = scale + 20
        _LN2_CACHE[1] = 2 * _atanh_inverse(3, scale + 20)
    return _LN2_CACHE[1] // 10 ** (_LN2_CACHE[0] - scale)


def _ln10(scale: int) -> int:
    if _LN10_CACHE[0] < scale:
        s = scale + 20
        _LN10_CACHE[0] = s
        _LN10_CACHE[1] = 3 * _ln2(s) + 2 * _atanh_inverse(9, s)
    return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - scale)


def _ln_fixed(coeff: int, exp: int, scale: int) -> int:
    """ln(coeff * 10**exp) * 10**scale (coeff > 0), error below (digits of exp + 10) * 100
    units."""
    n = _ndigits(coeff)
    adjusted = exp + n - 1
    extra = _ndigits(abs(adjusted)) + 6
    s = scale + extra
    one = 10 ** s
    if n - 1 > s:
        m = coeff // 10 ** (n - 1 - s)
    else:
        m = coeff * 10 ** (s - n + 1)
    # m / one in [1, 10): divide by 2**k to get near 1
    k = 0
    while m > one * 3 // 2:
        m //= 2
        k += 1
    z = (m - one) * one // (m + one)
    zz = z * z // one
    total = 0
    term = z
    j = 1
    while term:
        total += term // j if term > 0 else -(-term // j)
        term = term * zz // one if term > 0 else -(-term * zz // one)
        j += 2
    result = 2 * total + k * _ln2(s) + adjusted * _ln10(s)
    return result // 10 ** extra


def _exp_fixed(t: int, scale: int) -> Any:
    """exp(t / 10**scale) as (m, e): m * 10**e with m about 10**(scale) .. 10**(scale+1),
    error below 10**4 units of m... scale must exceed the digits of t's integer part."""
    extra = 12
    s = scale + extra
    t = t * 10 ** extra
    ln10 = _ln10(s + 10) // 10 ** 10
    q = t // ln10
    extra2 = _ndigits(abs(q)) + 2
    s2 = s + extra2
    ln10b = _ln10(s2)
    r = t * 10 ** extra2 - q * ln10b
    one = 10 ** s2
    halvings = 10
    r = r // (1 << halvings)
    total = one
    term = one
    j = 1
    while term:
        term = term * r
        term = term // (one * j) if term >= 0 else -(-term // (one * j))
        total += term
        j += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** (extra2 + extra), q - scale


def _round_check(lo: int, hi: int, exp: int, prec: int, rounding: str, sign: int) -> Any:
    """Round lo and hi (same exponent, lo <= hi, positive) to prec digits; the common
    (coeff, exp) or None when they differ."""
    a = _round_to(lo, exp, prec, rounding, sign)
    b = _round_to(hi, exp, prec, rounding, sign)
    if a == b:
        return a
    return None


def _round_to(coeff: int, exp: int, prec: int, rounding: str, sign: int) -> tuple:
    n = _ndigits(coeff)
    if n <= prec:
        return (coeff * 10 ** (prec - n), exp - (prec - n))
    kept, inexact = _drop(coeff, n - prec, sign, rounding)
    e = exp + n - prec
    if _ndigits(kept) > prec:
        kept //= 10
        e += 1
    return (kept, e)


def _sticky(coeff: int, exp: int, prec: int) -> tuple:
    """A value with more than prec digits that rounds as (coeff, exp) at prec digits: used
    once the rounding is decided."""
    n = _ndigits(coeff)
    shift = max(prec + 2 - n, 1)
    return (coeff * 10 ** shift + 1, exp - shift)


# ---------------------------------------------------------------------------------------------
# Decimal


class Decimal:
    """A decimal floating point number: sign, integer coefficient, exponent."""

    __slots__ = ("_sign", "_int", "_exp", "_kind")

    def __init__(self, value: Any = "0", context: Any = None) -> None:
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _from_int(int(value))
        elif isinstance(value, str):
            d = _from_string(value, getcontext() if context is None else context)
        elif isinstance(value, float):
            (getcontext() if context is None else context)._signal([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")
        self._sign = d._sign
        self._int = d._int
        self._exp = d._exp
        self._kind = d._kind

    @classmethod
    def from_float(cls, f: Any) -> "Decimal":
        if isinstance(f, int):
            d = _from_int(int(f))
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # Text

    def __repr__(self) -> str:
        return "Decimal('" + _sci(self) + "')"

    def __str__(self, eng: bool = False, context: Any = None) -> str:
        c = getcontext() if context is None else context
        return _sci(self, c._capitals, eng)

    def to_eng_string(self, context: Any = None) -> str:
        c = getcontext() if context is None else context
        return _sci(self, c._capitals, True)

    def __format__(self, spec: str, _localeconv: Any = None) -> str:
        return _format(self, spec)

    # Properties and predicates

    @property
    def real(self) -> "Decimal":
        return self

    @property
    def imag(self) -> "Decimal":
        return _make(0, 0, 0)

    def conjugate(self) -> "Decimal":
        return self

    def adjusted(self) -> int:
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self) -> Any:
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in str(self._int)) if (self._int or self._kind == _FINITE) else ()
        if self._kind == _FINITE:
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, digits, "n" if self._kind == _NAN else "N")

    def as_integer_ratio(self) -> tuple:
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return (n * 10 ** self._exp, 1)
        d = 10 ** -self._exp
        g = math.gcd(n, d)
        return (n // g, d // g)

    def is_nan(self) -> bool:
        return self._kind >= _NAN

    def is_qnan(self) -> bool:
        return self._kind == _NAN

    def is_snan(self) -> bool:
        return self._kind == _SNAN

    def is_infinite(self) -> bool:
        return self._kind == _INF

    def is_finite(self) -> bool:
        return self._kind == _FINITE

    def is_zero(self) -> bool:
        return self._kind == _FINITE and self._int == 0

    def is_signed(self) -> bool:
        return self._sign == 1

    def is_canonical(self) -> bool:
        return True

    def canonical(self) -> "Decimal":
        return self

    def is_normal(self, context: Any = None) -> bool:
        c = getcontext() if context is None else context
        return self._kind == _FINITE and self._int != 0 and self.adjusted() >= c._Emin

    def is_subnormal(self, context: Any = None) -> bool:
        c = getcontext() if context is None else context
        return self._kind == _FINITE and self._int != 0 and self.adjusted() < c._Emin

    def number_class(self, context: Any = None) -> str:
        sign = "-" if self._sign else "+"
        if self._kind == _SNAN:
            return "sNaN"
        if self._kind == _NAN:
            return "NaN"
        if self._kind == _INF:
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self) -> "Decimal":
        return _make(0, 10, 0)

    # Copies

    def copy_abs(self) -> "Decimal":
        return _make(0, self._int, self._exp, self._kind)

    def copy_negate(self) -> "Decimal":
        return _make(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other: Any, context: Any = None) -> "Decimal":
        o = _convert(other, True)
        return _make(o._sign, self._int, self._exp, self._kind)

    def __copy__(self) -> "Decimal":
        return self

    def __deepcopy__(self, memo: Any) -> "Decimal":
        return self

    # Unary operations

    def __pos__(self, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        nan = _nans(self, None, c)
        if nan is not None:
            return nan
        if self._kind == _INF:
            return self
        sign = self._sign
        if self._int == 0 and c._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(c, sign, self._int, self._exp)

    def __neg__(self, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        nan = _nans(self, None, c)
        if nan is not None:
            return nan
        if self._kind == _INF:
            return _make(1 - self._sign, 0, 0, _INF)
        sign = 1 - self._sign
        if self._int == 0 and c._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(c, sign, self._int, self._exp)

    def __abs__(self, round: bool = True, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        nan = _nans(self, None, c)
        if nan is not None:
            return nan
        if self._kind == _INF:
            return _make(0, 0, 0, _INF)
        return _finish(c, 0, self._int, self._exp)

    def copy(self) -> "Decimal":
        return self

    # Binary arithmetic

    def __add__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _plus)

    def __radd__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _plus, True)

    def __sub__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _minus)

    def __rsub__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _minus, True)

    def __mul__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _mul)

    def __rmul__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _mul, True)

    def __truediv__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _div)

    def __rtruediv__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _div, True)

    def __floordiv__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _floordiv)

    def __rfloordiv__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _floordiv, True)

    def __mod__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _mod)

    def __rmod__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _mod, True)

    def __divmod__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _divmod_pair)

    def __rdivmod__(self, other: Any, context: Any = None) -> Any:
        return _binary(self, other, context, _divmod_pair, True)

    def __pow__(self, other: Any, modulo: Any = None, context: Any = None) -> Any:
        o = _convert(other)
        if o is None:
            return NotImplemented
        c = getcontext() if context is None else context
        if modulo is not None:
            m = _convert(modulo)
            if m is None:
                return NotImplemented
            return _powmod(self, o, m, c)
        return _pow(self, o, c)

    def __rpow__(self, other: Any, modulo: Any = None, context: Any = None) -> Any:
        o = _convert(other)
        if o is None:
            return NotImplemented
        return _pow(o, self, getcontext() if context is None else context)

    def remainder_near(self, other: Any, context: Any = None) -> "Decimal":
        return _divmod(self, _convert(other, True), getcontext() if context is None else context, 4)

    def fma(self, other: Any, third: Any, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        o = _convert(other, True)
        t = _convert(third, True)
        if self._kind == _SNAN or o._kind == _SNAN or t._kind == _SNAN:
            first = self if self._kind == _SNAN else (o if o._kind == _SNAN else t)
            c._signal([InvalidOperation])
            return _fix_nan(_make(first._sign, first._int, 0, _NAN), c)
        if self._kind == _NAN or o._kind == _NAN:
            return _fix_nan(self if self._kind == _NAN else o, c)
        if self._kind == _INF or o._kind == _INF:
            if (self._kind == _FINITE and self._int == 0) or (o._kind == _FINITE and o._int == 0):
                return _invalid(c)
            product = _make(self._sign ^ o._sign, 0, 0, _INF)
        else:
            product = _make(self._sign ^ o._sign, self._int * o._int, self._exp + o._exp)
        return _add(product, t, c, False)

    # Comparisons

    def _compare_nan(self, other: Any, context: Context, ordering: bool) -> Any:
        """For comparisons: None when no NaN is involved; else the outcome (False) after the
        signals (sNaN always, any NaN in an ordering)."""
        if self._kind < _NAN and other._kind < _NAN:
            return None
        if self._kind == _SNAN or other._kind == _SNAN or ordering:
            context._signal([InvalidOperation])
        return False

    def __eq__(self, other: Any) -> Any:
        c = getcontext()
        rational = _rational(other)
        if rational is not None:
            if self._kind >= _NAN:
                return self._compare_nan(self, c, False) if self._kind == _SNAN else False
            return _cmp_rational(self, rational) == 0
        o = _comparable(other, c, True)
        if o is None:
            return NotImplemented
        nan = self._compare_nan(o, c, False)
        if nan is not None:
            return nan
        return _cmp(self, o) == 0

    def __ne__(self, other: Any) -> Any:
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def _order(self, other: Any) -> Any:
        c = getcontext()
        rational = _rational(other)
        if rational is not None:
            if self._kind >= _NAN:
                c._signal([InvalidOperation])
                return None
            return _cmp_rational(self, rational)
        o = _comparable(other, c, False)
        if o is None:
            return NotImplemented
        if self._compare_nan(o, c, True) is not None:
            return None
        return _cmp(self, o)

    def __lt__(self, other: Any) -> Any:
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other: Any) -> Any:
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other: Any) -> Any:
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other: Any) -> Any:
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def compare(self, other: Any, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        o = _convert(other, True)
        nan = _nans(self, o, c)
        if nan is not None:
            return nan
        return _from_int(_cmp(self, o))

    def compare_signal(self, other: Any, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        o = _convert(other, True)
        if self._kind >= _NAN or o._kind >= _NAN:
            c._signal([InvalidOperation])
            return _nans(self, o, c)
        return _from_int(_cmp(self, o))

    def compare_total(self, other: Any, context: Any = None) -> "Decimal":
        o = _convert(other, True)
        return _from_int(_total_key_cmp(self, o))

    def compare_total_mag(self, other: Any, context: Any = None) -> "Decimal":
        o = _convert(other, True)
        return _from_int(_total_key_cmp(self.copy_abs(), o.copy_abs()))

    def _minmax(self, other: Any, context: Any, want: int, magnitude: bool) -> "Decimal":
        c = getcontext() if context is None else context
        o = _convert(other, True)
        if self._kind >= _NAN or o._kind >= _NAN:
            if self._kind == _SNAN or o._kind == _SNAN:
                return _nans(self, o, c)
            if self._kind == _NAN and o._kind < _NAN:
                return _finish_plain(o, c)
            if o._kind == _NAN and self._kind < _NAN:
                return _finish_plain(self, c)
            return _nans(self, o, c)
        if magnitude:
            r = _cmp(self.copy_abs(), o.copy_abs())
            if r == 0:
                r = _cmp(self, o)
        else:
            r = _cmp(self, o)
        if r == 0:
            r = _total_key_cmp(self, o)
        chosen = self if (r * want) > 0 else o
        if r == 0:
            chosen = self
        return _finish_plain(chosen, c)

    def max(self, other: Any, context: Any = None) -> "Decimal":
        return self._minmax(other, context, 1, False)

    def min(self, other: Any, context: Any = None) -> "Decimal":
        return self._minmax(other, context, -1, False)

    def max_mag(self, other: Any, context: Any = None) -> "Decimal":
        return self._minmax(other, context, 1, True)

    def min_mag(self, other: Any, context: Any = None) -> "Decimal":
        return self._minmax(other, context, -1, True)

    def same_quantum(self, other: Any, context: Any = None) -> bool:
        o = _convert(other, True)
        if self._kind != _FINITE or o._kind != _FINITE:
            return (self._kind >= _NAN and o._kind >= _NAN) or (self._kind == _INF and o._kind == _INF)
        return self._exp == o._exp

    # Hashing and conversions

    def __hash__(self) -> int:
        if self._kind == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _MODULUS)
        else:
            scale = pow(_TEN_INVERSE, -self._exp, _MODULUS)
        result = self._int * scale % _MODULUS
        if self._sign:
            result = -result
        return -2 if result == -1 else result

    def _pm_number(self) -> Any:
        """The int or float equal to this Decimal, if there is one: dicts key it as that number
        (pmrt/dicts.js)."""
        if self._kind != _FINITE:
            return None
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp
        unit = 10 ** -self._exp
        if n % unit == 0:
            return n // unit
        f = float(self)
        if not math.isinf(f) and Decimal.from_float(f) == self:
            return f
        return None

    def __bool__(self) -> bool:
        return self._kind != _FINITE or self._int != 0

    def _integral(self, rounding: str) -> int:
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _drop(self._int, -self._exp, self._sign, rounding)
        return -n if self._sign else n

    def __int__(self) -> int:
        return self._integral(ROUND_DOWN)

    def __trunc__(self) -> int:
        return self._integral(ROUND_DOWN)

    def __floor__(self) -> int:
        return self._integral(ROUND_FLOOR)

    def __ceil__(self) -> int:
        return self._integral(ROUND_CEILING)

    def __float__(self) -> float:
        if self._kind == _NAN:
            return float("-nan") if self._sign else float("nan")
        if self._kind == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._kind == _INF:
            return float("-inf") if self._sign else float("inf")
        return float(_sci(self))

    def __complex__(self) -> complex:
        return complex(float(self))

    def __round__(self, n: Any = None) -> Any:
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -int(n)))

    # Rounding and exponents

    def quantize(self, exp: Any, rounding: Any = None, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        e = _convert(exp, True)
        if rounding is not None:
            _check_rounding(rounding)
        r = c._rounding if rounding is None else rounding
        nan = _nans(self, e, c)
        if nan is not None:
            return nan
        if self._kind == _INF or e._kind == _INF:
            if self._kind == _INF and e._kind == _INF:
                return self
            return _invalid(c)
        target = e._exp
        return _rescale(self, target, r, c, True)

    def _rescale_plain(self, target: int, rounding: str) -> "Decimal":
        if self._exp >= target:
            return _make(self._sign, self._int * 10 ** (self._exp - target), target)
        kept, inexact = _drop(self._int, target - self._exp, self._sign, rounding)
        return _make(self._sign, kept, target)

    def to_integral_value(self, rounding: Any = None, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        nan = _nans(self, None, c)
        if nan is not None:
            return nan
        if self._kind == _INF or self._exp >= 0:
            return self
        return self._rescale_plain(0, c._rounding if rounding is None else rounding)

    def to_integral(self, rounding: Any = None, context: Any = None) -> "Decimal":
        return self.to_integral_value(rounding, context)

    def to_integral_exact(self, rounding: Any = None, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        nan = _nans(self, None, c)
        if nan is not None:
            return nan
        if self._kind == _INF or self._exp >= 0:
            return self
        r = c._rounding if rounding is None else rounding
        if self._int == 0:
            return _make(self._sign, 0, 0)
        kept, inexact = _drop(self._int, -self._exp, self._sign, r)
        conditions = [Rounded]
        if inexact:
            conditions = [Inexact, Rounded]
        c._signal(conditions)
        return _make(self._sign, kept, 0)

    def normalize(self, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        nan = _nans(self, None, c)
        if nan is not None:
            return nan
        if self._kind == _INF:
            return self
        d = _finish(c, self._sign, self._int, self._exp)
        if d._kind != _FINITE:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0)
        top = c._Emax - c._prec + 1 if c._clamp else c._Emax
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0 and exp < top:
            coeff //= 10
            exp += 1
        return _make(d._sign, coeff, exp)

    def scaleb(self, other: Any, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        o = _convert(other, True)
        nan = _nans(self, o, c)
        if nan is not None:
            return nan
        if o._kind != _FINITE or o._exp != 0:
            return _invalid(c)
        limit = 2 * (c._Emax + c._prec)
        if o._int > limit:
            return _invalid(c)
        if self._kind == _INF:
            return self
        shift = -o._int if o._sign else o._int
        return _finish(c, self._sign, self._int, self._exp + shift)

    def logb(self, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        nan = _nans(self, None, c)
        if nan is not None:
            return nan
        if self._kind == _INF:
            return _make(0, 0, 0, _INF)
        if self._int == 0:
            c._signal([DivisionByZero])
            return _make(1, 0, 0, _INF)
        return _finish(c, 0, 0, 0) if False else _from_int(self.adjusted())

    def next_plus(self, context: Any = None) -> "Decimal":
        return _next(self, getcontext() if context is None else context, 1)

    def next_minus(self, context: Any = None) -> "Decimal":
        return _next(self, getcontext() if context is None else context, -1)

    def next_toward(self, other: Any, context: Any = None) -> "Decimal":
        c = getcontext() if context is None else context
        o = _convert(other, True)
        nan = _nans(self, o, c)
        if nan is not None:
            return nan
        r = _cmp(self, o)
        if r == 0:
            return self.copy_sign(o)
        return _next(self, c, -1 if r > 0 else 1)

    # Functions

    def sqrt(self, context: Any = None) -> "Decimal":
        return _sqrt(self, getcontext() if context is None else context)

    def exp(self, context: Any = None) -> "Decimal":
        return _exp(self, getcontext() if context is None else context)

    def ln(self, context: Any = None) -> "Decimal":
        return _log(self, getcontext() if context is None else context, False)

    def log10(self, context: Any = None) -> "Decimal":
        return _log(self, getcontext() if context is None else context, True)


Decimal._pm_tpname = "decimal.Decimal"


def _finish_plain(d: Decimal, c: Context) -> Decimal:
    if d._kind != _FINITE:
        return _fix_nan(d, c) if d._kind >= _NAN else d
    return _finish(c, d._sign, d._int, d._exp)


# ---------------------------------------------------------------------------------------------
# Comparison helpers


def _cmp(a: Decimal, b: Decimal) -> int:
    """-1, 0, 1 for a <, ==, > b (no NaNs)."""
    if a._kind == _INF or b._kind == _INF:
        va = 0 if a._kind != _INF else (-1 if a._sign else 1)
        vb = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if va != vb:
            return -1 if va < vb else 1
        if va != 0:
            return 0
        # one infinite, other finite handled above (va != vb)
    za = a._int == 0
    zb = b._int == 0
    if za and zb:
        return 0
    if za:
        return 1 if b._sign else -1
    if zb:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if adj_a != adj_b:
        return flip if adj_a > adj_b else -flip
    if a._exp >= b._exp:
        x = a._int * 10 ** (a._exp - b._exp)
        y = b._int
    else:
        x = a._int
        y = b._int * 10 ** (b._exp - a._exp)
    if x == y:
        return 0
    return flip if x > y else -flip


def _cmp_rational(a: Decimal, pair: tuple) -> int:
    if a._kind == _INF:
        return -1 if a._sign else 1
    num, den = pair
    n = -a._int if a._sign else a._int
    if a._exp >= 0:
        left = n * 10 ** a._exp * den
        right = num
    else:
        left = n * den
        right = num * 10 ** -a._exp
    return (left > right) - (left < right)


def _total_key_cmp(a: Decimal, b: Decimal) -> int:
    """The total order of compare_total."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1

    def rank(d: Decimal) -> int:
        return [0, 1, 3, 2][d._kind]

    ra, rb = rank(a), rank(b)
    if ra != rb:
        return flip if ra > rb else -flip
    if a._kind >= _NAN:
        if a._int != b._int:
            return flip if a._int > b._int else -flip
        return 0
    if a._kind == _INF:
        return 0
    r = _cmp(a, b)
    if r != 0:
        return r
    if a._exp != b._exp:
        return flip if a._exp > b._exp else -flip
    return 0


def _next(d: Decimal, c: Context, direction: int) -> Decimal:
    nan = _nans(d, None, c)
    if nan is not None:
        return nan
    largest = _make(0, 10 ** c._prec - 1, c._Emax - c._prec + 1)
    if d._kind == _INF:
        if (d._sign == 0) == (direction > 0):
            return d
        return _make(d._sign, largest._int, largest._exp)
    etiny = c._Emin - c._prec + 1
    rounding = ROUND_FLOOR if direction < 0 else ROUND_CEILING
    # add a tiny amount in the direction, rounded with the directed rounding
    tiny_exp = min(d._exp, etiny) - 2 if d._int else etiny - 2
    if d._int:
        n = _ndigits(d._int)
        tiny_exp = min(d._exp + n - c._prec, etiny) - 2
    tiny = _make(0 if direction > 0 else 1, 1, tiny_exp)
    saved = c._rounding
    work = c.copy()
    work._rounding = rounding
    work.clear_traps()
    result = _add(d, tiny, work, False)
    if result._kind == _INF:
        return _make(result._sign, largest._int, largest._exp) if False else result
    return result


# ---------------------------------------------------------------------------------------------
# Arithmetic


def _add(a: Decimal, b: Decimal, c: Context, subtract: bool) -> Decimal:
    nan = _nans(a, b, c)
    if nan is not None:
        return nan
    bsign = b._sign ^ 1 if subtract else b._sign
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != bsign:
            return _invalid(c)
        if a._kind == _INF:
            return _make(a._sign, 0, 0, _INF)
        return _make(bsign, 0, 0, _INF)
    exp = min(a._exp, b._exp)
    prec = c._prec
    if a._int == 0 and b._int == 0:
        sign = a._sign if a._sign == bsign else (1 if c._rounding == ROUND_FLOOR else 0)
        return _finish(c, sign, 0, exp)
    if a._int == 0 or b._int == 0:
        d = b if a._int == 0 else a
        dsign = bsign if a._int == 0 else a._sign
        z = a if a._int == 0 else b
        # the nonzero operand at the zero's exponent when lower, as far as precision needs
        target = min(d._exp, z._exp)
        floor = d._exp + _ndigits(d._int) - prec - 2
        if target < floor:
            target = min(d._exp, floor)
        return _finish(c, dsign, d._int * 10 ** (d._exp - target), target)
    # an operand far below the other's last digit only matters as a sticky digit
    hi, lo = (a, b) if a._exp >= b._exp else (b, a)
    hisign, losign = (a._sign, bsign) if a._exp >= b._exp else (bsign, a._sign)
    lo_adj = lo._exp + _ndigits(lo._int) - 1
    hi_adj = hi._exp + _ndigits(hi._int) - 1
    limit = min(hi._exp, hi_adj - prec) - 2
    lo_int, lo_exp = lo._int, lo._exp
    if lo_adj < limit:
        lo_int, lo_exp = 1, limit - 1
    exp = min(hi._exp, lo_exp)
    x = hi._int * 10 ** (hi._exp - exp)
    y = lo_int * 10 ** (lo_exp - exp)
    total = (-x if hisign else x) + (-y if losign else y)
    if total == 0:
        return _finish(c, 1 if c._rounding == ROUND_FLOOR else 0, 0, exp)
    sign = 1 if total < 0 else 0
    return _finish(c, sign, abs(total), exp)


def _mul(a: Decimal, b: Decimal, c: Context) -> Decimal:
    nan = _nans(a, b, c)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._int == 0) or (b._kind == _FINITE and b._int == 0):
            return _invalid(c)
        return _make(sign, 0, 0, _INF)
    return _finish(c, sign, a._int * b._int, a._exp + b._exp)


def _div(a: Decimal, b: Decimal, c: Context) -> Decimal:
    nan = _nans(a, b, c)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(c)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        return _finish(c, sign, 0, c._Emin - c._prec + 1, [Clamped])
    if b._int == 0:
        if a._int == 0:
            return _invalid(c, DivisionUndefined)
        c._signal([DivisionByZero])
        return _make(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(c, sign, 0, ideal)
    prec = c._prec
    shift = prec + 1 + _ndigits(b._int) - _ndigits(a._int)
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    exp = ideal - shift
    if r:
        return _finish(c, sign, q * 10 + 1, exp - 1)
    while exp < ideal and q % 10 == 0:
        q //= 10
        exp += 1
    return _finish(c, sign, q, exp)


def _divmod(a: Decimal, b: Decimal, c: Context, which: int) -> Any:
    """which: 1 quotient (//), 2 remainder (%), 3 both, 4 remainder_near."""
    if a._kind >= _NAN or b._kind >= _NAN:
        nan = _nans(a, b, c)
        return (nan, nan) if which == 3 else nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF or which != 1:
            if which == 3:
                nan = _invalid(c)
                return (nan if b._kind == _INF else _make(sign, 0, 0, _INF), nan)
            return _invalid(c)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        q = _make(sign, 0, 0)
        if which == 1:
            return q
        r = _finish_plain(a, c)
        if which == 3:
            return (q, r)
        return r
    if b._int == 0:
        if a._int == 0:
            nan = _invalid(c, DivisionUndefined)
            return (nan, nan) if which == 3 else nan
        if which == 1:
            c._signal([DivisionByZero])
            return _make(sign, 0, 0, _INF)
        if which == 3:
            c._signal([InvalidOperation, DivisionByZero])
            return (_make(sign, 0, 0, _INF), _make(0, 0, 0, _NAN))
        return _invalid(c)
    exp = min(a._exp, b._exp)
    prec = c._prec
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if a._int != 0 and adj_a - adj_b > prec + 1:
        impossible = True
    elif a._int == 0 or adj_a < adj_b - 1:
        impossible = False
        q_int = 0
        r_int = a._int * 10 ** (a._exp - exp)
        big_b = -1
    else:
        impossible = False
        big_a = a._int * 10 ** (a._exp - exp)
        big_b = b._int * 10 ** (b._exp - exp)
        q_int, r_int = divmod(big_a, big_b)
    if not impossible and which == 4 and r_int:
        if big_b < 0:
            big_b = b._int * 10 ** (b._exp - exp)
        twice = 2 * r_int
        if twice > big_b or (twice == big_b and q_int % 2 == 1):
            q_int += 1
            r_int = big_b - r_int
            rsign = 1 - a._sign
        else:
            rsign = a._sign
    else:
        rsign = a._sign
    if impossible or _ndigits(q_int) > prec:
        nan = _invalid(c, DivisionImpossible)
        return (nan, nan) if which == 3 else nan
    if which == 1:
        return _finish(c, sign, q_int, 0)
    r = _finish(c, rsign, r_int, exp)
    if which == 3:
        return (_finish(c, sign, q_int, 0), r)
    return r


def _rescale(d: Decimal, target: int, rounding: str, c: Context, strict: bool) -> Decimal:
    """quantize: d at exponent target; InvalidOperation when it needs more than prec digits
    or the exponent is out of range."""
    prec = c._prec
    etiny = c._Emin - prec + 1
    if target > c._Emax or target < etiny:
        return _invalid(c)
    if d._int == 0:
        return _make(d._sign, 0, target)
    conditions = []
    if d._exp >= target:
        coeff = d._int * 10 ** (d._exp - target) if d._exp - target <= prec + 1 else 10 ** (prec + 1)
        inexact = False
    else:
        coeff, inexact = _drop(d._int, target - d._exp, d._sign, rounding)
        conditions.append(Rounded)
        if inexact:
            conditions.append(Inexact)
    if _ndigits(coeff) > prec:
        return _invalid(c)
    if coeff and target + _ndigits(coeff) - 1 > c._Emax:
        return _invalid(c)
    if coeff and target + _ndigits(coeff) - 1 < c._Emin:
        if inexact:
            conditions.insert(0, Underflow)
        conditions.insert(0, Subnormal)
    etop = c._Emax - prec + 1
    if c._clamp and target > etop:
        conditions.append(Clamped)
        coeff *= 10 ** (target - etop)
        target = etop
    if conditions:
        c._signal(conditions)
    return _make(d._sign, coeff, target)


def _sqrt(d: Decimal, c: Context) -> Decimal:
    nan = _nans(d, None, c)
    if nan is not None:
        return nan
    if d._kind == _INF:
        if d._sign:
            return _invalid(c)
        return d
    ideal = d._exp // 2
    if d._int == 0:
        return _finish(c, d._sign, 0, ideal)
    if d._sign:
        return _invalid(c)
    prec = c._prec
    coeff, exp = d._int, d._exp
    if exp % 2:
        coeff *= 10
        exp -= 1
    # the root gets at least prec + 1 digits
    n = _ndigits(coeff)
    shift = prec + 1 - (n + 1) // 2
    if shift >= 0:
        big = coeff * 10 ** (2 * shift)
        exact_input = True
    else:
        big, rest = divmod(coeff, 10 ** (-2 * shift))
        exact_input = rest == 0
    root = math.isqrt(big)
    root_exp = exp // 2 - shift
    if exact_input and root * root == big:
        while root_exp < ideal and root % 10 == 0:
            root //= 10
            root_exp += 1
        return _finish(c, 0, root, root_exp, None, ROUND_HALF_EVEN)
    return _finish(c, 0, root * 10 + 1, root_exp - 1, None, ROUND_HALF_EVEN)


def _decided(c: Context, sign: int, lo: int, hi: int, exp: int, rounding: str) -> Any:
    """When lo and hi (coefficients at exponent exp) round alike to the context, the
    finished result; else None."""
    prec = c._prec
    etiny = c._Emin - prec + 1
    top = max(lo, 1)
    adj = exp + _ndigits(top) - 1
    digits = prec
    if adj - etiny + 1 < prec:
        digits = max(adj - etiny + 1, 1)
    common = _round_check(lo, hi, exp, digits, rounding, sign)
    if common is None:
        return None
    coeff, e = _sticky(lo, exp, digits)
    return _finish(c, sign, coeff, e, None, rounding)


def _exp(d: Decimal, c: Context) -> Decimal:
    nan = _nans(d, None, c)
    if nan is not None:
        return nan
    if d._kind == _INF:
        return _make(0, 0, 0) if d._sign else d
    if d._int == 0:
        return _make(0, 1, 0)
    prec = c._prec
    adj = d.adjusted()
    if adj < -prec - 2:
        # exp(x) = 1 + x + ..., within a quarter unit of 1.000...
        return _finish(c, 0, 10 ** (prec + 2) + (-1 if d._sign else 1), -(prec + 2), None, ROUND_HALF_EVEN)
    bound = _ndigits(max(c._Emax, -(c._Emin - prec + 1))) + 1
    if adj > bound:
        if d._sign:
            return _finish(c, 0, 1, c._Emin - prec - 10, None, ROUND_HALF_EVEN)
        return _finish(c, 0, 1, c._Emax + 10, None, ROUND_HALF_EVEN)
    work = prec + 12
    while True:
        scale = work + max(0, adj + 1)
        if d._exp + scale >= 0:
            t = d._int * 10 ** (d._exp + scale)
        else:
            t = d._int // 10 ** (-d._exp - scale)
        if d._sign:
            t = -t
        m, e = _exp_fixed(t, scale)
        lo = m - 10 ** 5
        hi = m + 10 ** 5
        result = _decided(c, 0, lo, hi, e, ROUND_HALF_EVEN)
        if result is not None:
            return result
        work += prec + 10


def _log(d: Decimal, c: Context, ten: bool) -> Decimal:
    nan = _nans(d, None, c)
    if nan is not None:
        return nan
    if d._kind == _INF:
        if d._sign:
            return _invalid(c)
        return d
    if d._int == 0:
        return _make(1, 0, 0, _INF)
    if d._sign:
        return _invalid(c)
    coeff, exp = d._int, d._exp
    while coeff % 10 == 0:
        coeff //= 10
        exp += 1
    if coeff == 1:
        if exp == 0:
            return _finish(c, 0, 0, 0)
        if ten:
            return _finish(c, 1 if exp < 0 else 0, abs(exp), 0)
    prec = c._prec
    scale = prec + 10
    while True:
        value = _ln_fixed(coeff, exp, scale)
        err = 100 * (_ndigits(abs(exp) + 1) + 10)
        if ten:
            l10 = _ln10(scale + 5) // 10 ** 5
            lo_v, hi_v = value - err, value + err
            if lo_v >= 0:
                lo = lo_v * 10 ** scale // (l10 + 1)
                hi = hi_v * 10 ** scale // (l10 - 1) + 1
            else:
                lo = lo_v * 10 ** scale // (l10 - 1)
                hi = hi_v * 10 ** scale // (l10 + 1) + 1
            value = (lo + hi) // 2
            err = (hi - lo) // 2 + 2
        sign = 1 if value < 0 else 0
        size = abs(value)
        good = _ndigits(size) - _ndigits(err) if size else 0
        if good < prec + 3:
            # digits lost to cancellation (an argument near 1): widen by them
            scale += prec + 5 - good if size else scale
            continue
        result = _decided(c, sign, size - err, size + err, -scale, ROUND_HALF_EVEN)
        if result is not None:
            return result
        scale += prec + 10


def _int_value(d: Decimal) -> Any:
    """The int value of an integral finite Decimal, else None."""
    if d._kind != _FINITE:
        return None
    if d._exp >= 0:
        n = d._int * 10 ** d._exp if d._exp < 1000 or d._int == 0 else None
        if n is None:
            return "huge"
    else:
        unit = 10 ** -d._exp if -d._exp < 10000 else 0
        if d._int == 0:
            n = 0
        elif unit == 0 or d._int % unit:
            return None
        else:
            n = d._int // unit
    return -n if d._sign else n


def _pow(a: Decimal, b: Decimal, c: Context) -> Decimal:
    nan = _nans(a, b, c)
    if nan is not None:
        return nan
    n = _int_value(b)
    if n == "huge":
        n = None
        huge = True
    else:
        huge = False
    b_integral = n is not None or huge
    b_zero = b._kind == _FINITE and b._int == 0
    if b_zero:
        if a._kind == _FINITE and a._int == 0:
            return _invalid(c)
        return _make(0, 1, 0)
    odd = n is not None and n % 2 == 1
    sign = a._sign if odd else 0
    if a._kind == _FINITE and a._int == 0:
        if a._sign and not b_integral:
            sign = 0
        if b._sign:
            return _make(sign, 0, 0, _INF)
        return _make(sign, 0, 0)
    if a._sign and not b_integral:
        return _invalid(c)
    if a._kind == _INF:
        if b._sign:
            return _make(sign, 0, 0)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        if a._sign:
            return _invalid(c)
        r = _cmp(_make(0, a._int, a._exp), _make(0, 1, 0))
        if r == 0:
            prec = c._prec
            return _finish(c, 0, 10 ** (prec - 1) * 10 + 1, -prec, None)
        if (r < 0) == (b._sign == 0):
            return _make(0, 0, 0)
        return _make(0, 0, 0, _INF)
    prec = c._prec
    rounding = c._rounding
    adj_a = a.adjusted()
    # magnitude: log10|result| ~ y * log10|a|; out of range when clearly so
    log_a = math.log10(a._int) + a._exp  # float estimate
    y_est = float(_sci(b))
    magnitude = y_est * log_a
    if n is None and magnitude > c._Emax + 10 and log_a != 0:
        return _finish(c, sign, 1, c._Emax + 10)
    if n is None and magnitude < c._Emin - prec - 10 and log_a != 0:
        return _finish(c, sign, 1, c._Emin - prec - 10)
    if n is not None and not huge:
        return _pow_int(a, n, sign, c)
    # exp(y ln|x|), decided by widening
    work = prec + 12
    while True:
        scale = work + 10 + _ndigits(abs(int(magnitude)) + 1) + max(0, b.adjusted() + 1)
        ln_a = _ln_fixed(a._int, a._exp, scale)
        err_ln = 100 * (_ndigits(abs(adj_a) + 1) + 10)
        # t = y * ln|a| at scale
        num = b._int * ln_a
        err = b._int * err_ln
        if b._exp >= 0:
            t = num * 10 ** b._exp
            err = err * 10 ** b._exp
        else:
            t = num // 10 ** -b._exp
            err = err // 10 ** -b._exp + 1
        if b._sign:
            t = -t
        m_lo, e = _exp_fixed(t - err - 1, scale)
        m_hi, e2 = _exp_fixed(t + err + 1, scale)
        if e2 > e:
            m_hi *= 10 ** (e2 - e)
        elif e2 < e:
            m_lo *= 10 ** (e - e2)
            e = e2
        result = _decided(c, sign, m_lo - 10 ** 5, m_hi + 10 ** 5, e, rounding)
        if result is not None:
            return result
        if work > 3 * prec + 60:
            # an exact power (4 ** 0.5): CPython's result is the exact value at full
            # precision, flagged Inexact as the approximation it computes
            coeff, cexp = _round_to((m_lo + m_hi) // 2, e, prec, ROUND_HALF_EVEN, sign)
            if cexp >= e and m_lo - 10 ** 5 <= coeff * 10 ** (cexp - e) <= m_hi + 10 ** 5:
                return _finish(c, sign, coeff, cexp, [Inexact, Rounded])
        work += prec + 10


def _pow_int(a: Decimal, n: int, sign: int, c: Context) -> Decimal:
    """a ** n for an int n as CPython computes it: |a| (or 1/|a| for n < 0) raised by
    squaring and multiplying at prec + digits(n) + 2 digits, half-even, within the
    context's exponent limits, then rounded to the context."""
    power = abs(n)
    wprec = c._prec + _ndigits(power) + 2
    if n < 0:
        wprec += 1
    work = Context(prec=wprec, rounding=ROUND_HALF_EVEN, Emin=c._Emin, Emax=c._Emax, capitals=1,
                   clamp=0, traps=[])
    base = _make(0, a._int, a._exp)
    if n < 0:
        base = _div(_make(0, 1, 0), base, work)
    result = base
    bits = bin(power)[3:]
    for bit in bits:
        result = _mul(result, result, work)
        if bit == "1":
            result = _mul(result, base, work)
    conditions = [s for s in _SIGNALS if work.flags[s] and s is not FloatOperation]
    if result._kind == _INF:
        return _finish(c, sign, 1, c._Emax + 10, conditions)
    return _finish(c, sign, result._int, result._exp, conditions)


def _powmod(a: Decimal, b: Decimal, m: Decimal, c: Context) -> Decimal:
    for x in (a, b, m):
        if x._kind != _FINITE:
            return _invalid(c)
    x = _int_value(a)
    y = _int_value(b)
    z = _int_value(m)
    if x is None or y is None or z is None or x == "huge" or y == "huge" or z == "huge":
        return _invalid(c)
    if z == 0 or y < 0 or (x == 0 and y == 0) or _ndigits(abs(z)) > c._prec:
        return _invalid(c)
    r = pow(abs(x), y, abs(z))
    sign = 1 if (x < 0 and y % 2 == 1) else 0
    return _make(sign, r, 0)


# ---------------------------------------------------------------------------------------------
# Formatting (format(d, spec))


def _parse_spec(spec: str) -> dict:
    result = {"fill": " ", "align": None, "sign": "-", "z": False, "alt": False, "zero": False,
              "width": 0, "group": "", "prec": None, "type": None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in "<>=^":
        result["fill"] = spec[0]
        result["align"] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        result["align"] = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        result["sign"] = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        result["z"] = True
        i += 1
    if i < n and spec[i] == "0":
        result["zero"] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        result["width"] = int(spec[start:i])
    if i < n and spec[i] == ",":
        result["group"] = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("Invalid format specifier")
        result["prec"] = int(spec[start:i])
    if i < n:
        result["type"] = spec[i]
        i += 1
    if i != n or (result["type"] is not None and result["type"] not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if result["zero"] and result["align"] is not None:
        raise ValueError("invalid format string")
    if result["group"] and result["type"] == "n":
        raise ValueError("invalid format string")
    if result["zero"] and result["align"] is None:
        result["fill"] = "0"
        result["align"] = "="
    if result["align"] is None:
        result["align"] = ">"
    return result


def _group(digits: str, sep: str, min_width: int) -> str:
    """digits in groups of three joined by sep, with leading zeros to reach min_width."""
    while True:
        groups = []
        rest = digits
        while len(rest) > 3:
            groups.append(rest[-3:])
            rest = rest[:-3]
        groups.append(rest)
        groups.reverse()
        text = sep.join(groups)
        if len(text) >= min_width:
            return text
        digits = "0" + digits


def _format(d: Decimal, spec: str) -> str:
    s = _parse_spec(spec)
    t = s["type"]
    prec = s["prec"]
    c = getcontext()
    rounding = c._rounding
    sign = d._sign
    if d._kind != _FINITE:
        body = "Infinity" if d._kind == _INF else ("NaN" if d._kind == _NAN else "sNaN")
        if d._kind >= _NAN and d._int:
            body += str(d._int)
        if t == "%":
            body += "%"
        if s["zero"]:
            s["fill"] = " "
            s["align"] = ">"
        return _pad(s, sign, body, "")
    coeff, exp = d._int, d._exp
    if t == "%":
        exp += 2
    if t is None:
        t = "g" if not c._capitals else "G"
        t_none = True
    else:
        t_none = False
    if prec is not None:
        if t in "eE":
            coeff, exp = _to_digits(coeff, exp, prec + 1, sign, rounding)
        elif t in "fF%":
            coeff, exp = _to_exponent(coeff, exp, -prec, sign, rounding)
        elif t in "gGn":
            p = prec if prec else 1
            if _ndigits(coeff) > p:
                coeff, exp = _to_digits(coeff, exp, p, sign, rounding)
    if coeff == 0 and s["z"] and (t != "F" or d._int == 0):
        sign = 0  # (CPython's 'F' keeps the sign of a number rounded to zero)
    if t in "eE" and coeff == 0 and prec is not None:
        coeff, exp = 0, exp  # zero keeps its exponent
    digits = str(coeff)
    leftdigits = exp + len(digits)
    if t in "eE":
        if coeff == 0 and prec is not None:
            dotplace = 1 - prec
        else:
            dotplace = 1
    elif t in "fF%":
        dotplace = leftdigits if coeff or leftdigits < 1 else 1
    else:
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = "0"
        fracpart = "0" * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + "0" * (dotplace - len(digits))
        fracpart = ""
    else:
        intpart = digits[:dotplace] or "0"
        fracpart = digits[dotplace:]
    power = leftdigits - dotplace
    if t in "eE" or power != 0 and t in "gGn":
        echar = "e" if t in "eg" or (t == "n") else "E"
        if t_none:
            echar = "E" if c._capitals else "e"
        expo = echar + ("+" if power >= 0 else "-") + str(abs(power))
    else:
        expo = ""
    if t == "%":
        expo = expo + "%"
    frac = ("." + fracpart) if (fracpart or s["alt"]) else ""
    if s["group"]:
        sign_text = _sign_text(s, sign)
        min_width = 0
        if s["zero"] and s["align"] == "=" and s["fill"] == "0":
            min_width = s["width"] - len(sign_text) - len(frac) - len(expo)
        intpart = _group(intpart, s["group"], max(min_width, 0))
    return _pad(s, sign, intpart + frac + expo, "")


def _to_digits(coeff: int, exp: int, digits: int, sign: int, rounding: str) -> tuple:
    """coeff at exactly `digits` significant digits (padding or rounding)."""
    if coeff == 0:
        return 0, exp
    n = _ndigits(coeff)
    if n <= digits:
        return coeff * 10 ** (digits - n), exp - (digits - n)
    kept, inexact = _drop(coeff, n - digits, sign, rounding)
    e = exp + n - digits
    if _ndigits(kept) > digits:
        kept //= 10
        e += 1
    return kept, e


def _to_exponent(coeff: int, exp: int, target: int, sign: int, rounding: str) -> tuple:
    if exp >= target:
        return coeff * 10 ** (exp - target), target
    kept, inexact = _drop(coeff, target - exp, sign, rounding)
    return kept, target


def _sign_text(s: dict, sign: int) -> str:
    if sign:
        return "-"
    if s["sign"] == "+":
        return "+"
    if s["sign"] == " ":
        return " "
    return ""


def _pad(s: dict, sign: int, body: str, unused: str) -> str:
    sign_text = _sign_text(s, sign)
    width = s["width"]
    fill = s["fill"]
    total = len(sign_text) + len(body)
    if total >= width:
        return sign_text + body
    room = width - total
    align = s["align"]
    if align == "<":
        return sign_text + body + fill * room
    if align == ">":
        return fill * room + sign_text + body
    if align == "=":
        return sign_text + fill * room + body
    left = room // 2
    return fill * left + sign_text + body + fill * (room - left)


_ONE = _make(0, 1, 0)

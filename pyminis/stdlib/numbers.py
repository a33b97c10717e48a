"""numbers for games: staged as the game's `numbers` when it imports it.

The numeric tower's abstract classes as isinstance() answers them in CPython: ints and bools
are Integral (so Rational, Real, Complex and Number), floats Real, fractions.Fraction Rational;
`register()` adds classes of your own; a class deriving from one must define its abstract
methods (CPython's lists), as CPython requires. Complex numbers (pyminis/stdlib/_complex.py)
are Complex and Number.
"""

from typing import Any

from abc import ABC, abstractmethod

from _pmrt import _pm_abc_register  # type: ignore[import-not-found]

__all__ = ["Complex", "Integral", "Number", "Rational", "Real"]


def _is_fraction(x: Any) -> bool:
    kind = type(x)
    return kind.__name__ == "Fraction" and kind.__module__ == "fractions"


def _is_complex(x: Any) -> bool:
    """The builtin complex (told by its name: importing it would ship it in every game)."""
    kind = type(x)
    return kind.__name__ == "complex" and kind.__module__ == "builtins"


def _derives(x: Any, cls: Any) -> bool:
    """An instance of a class of the program deriving from `cls`."""
    return cls in getattr(type(x), "__mro__", ())


class Number(ABC):
    __pm_abstract__ = True  # isinstance() also answers for registered classes (pmrt/virtual_subclasses.js)
    __hash__ = None  # type: ignore[assignment]

    @classmethod
    def __pm_check__(cls, x: Any) -> bool:
        return isinstance(x, (int, float)) or _is_fraction(x) or _is_complex(x) or _derives(x, cls)

    @classmethod
    def register(cls, subclass: Any) -> Any:
        return _pm_abc_register(cls, subclass)


class Complex(Number):
    @classmethod
    def __pm_check__(cls, x: Any) -> bool:
        return isinstance(x, (int, float)) or _is_fraction(x) or _is_complex(x) or _derives(x, cls)

    def __bool__(self) -> bool:
        return self != 0

    def __sub__(self, other: Any) -> Any:
        return self + -other

    def __rsub__(self, other: Any) -> Any:
        return -self + other

    @abstractmethod
    def __abs__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __add__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __complex__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __mul__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __neg__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __pos__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def conjugate(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def imag(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def real(self, *args: Any) -> Any:
        raise NotImplementedError


class Real(Complex):
    @classmethod
    def __pm_check__(cls, x: Any) -> bool:
        return isinstance(x, (int, float)) or _is_fraction(x) or _derives(x, cls)

    def __complex__(self) -> Any:
        raise TypeError("games have no complex numbers")

    def conjugate(self) -> Any:
        return +self

    @property
    def real(self) -> Any:
        return +self

    @property
    def imag(self) -> Any:
        return 0

    def __divmod__(self, other: Any) -> Any:
        return (self // other, self % other)

    def __rdivmod__(self, other: Any) -> Any:
        return (other // self, other % self)

    @abstractmethod
    def __ceil__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __float__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __floor__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __floordiv__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __le__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __round__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self, *args: Any) -> Any:
        raise NotImplementedError


class Rational(Real):
    @classmethod
    def __pm_check__(cls, x: Any) -> bool:
        return isinstance(x, int) or _is_fraction(x) or _derives(x, cls)

    def __float__(self) -> float:
        return int(self.numerator) / int(self.denominator)

    @abstractmethod
    def denominator(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def numerator(self, *args: Any) -> Any:
        raise NotImplementedError


class Integral(Rational):
    @classmethod
    def __pm_check__(cls, x: Any) -> bool:
        return isinstance(x, int) or _derives(x, cls)

    def __index__(self) -> int:
        return int(self)

    def __float__(self) -> float:
        return float(int(self))

    @property
    def numerator(self) -> Any:
        return +self

    @property
    def denominator(self) -> Any:
        return 1

    @abstractmethod
    def __and__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __int__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __invert__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __or__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, *args: Any) -> Any:
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, *args: Any) -> Any:
        raise NotImplementedError


# As CPython registers them (issubclass(bool, Integral)).
Integral.register(int)
Real.register(float)

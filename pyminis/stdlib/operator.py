"""operator for games: staged as the game's `operator` when it imports it.

Each function is the operator written out, so it has the operator's Python meaning in the
compiled game. itemgetter, attrgetter and methodcaller return plain functions (instances with
`__call__` cannot be called in the compiled game).
"""

from typing import Any

from _pmrt import _pm_numm  # type: ignore[import-not-found]

__all__ = ["abs", "add", "and_", "attrgetter", "concat", "contains", "countOf", "delitem", "eq",
           "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
           "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_",
           "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt",
           "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift",
           "setitem", "sub", "truediv", "truth", "xor"]


def lt(a: Any, b: Any) -> Any:
    return a < b


def le(a: Any, b: Any) -> Any:
    return a <= b


def eq(a: Any, b: Any) -> Any:
    return a == b


def ne(a: Any, b: Any) -> Any:
    return a != b


def ge(a: Any, b: Any) -> Any:
    return a >= b


def gt(a: Any, b: Any) -> Any:
    return a > b


def not_(a: Any) -> bool:
    return not a


def truth(a: Any) -> bool:
    return True if a else False


def is_(a: Any, b: Any) -> bool:
    return a is b


def is_not(a: Any, b: Any) -> bool:
    return a is not b


def abs(a: Any) -> Any:
    # (the builtin `abs` is out of reach: this module's own `abs` shadows it)
    if isinstance(a, bool):
        return int(a)
    if not isinstance(a, (int, float)) and hasattr(a, "__abs__"):
        return a.__abs__()
    return a if a > 0 else 0 - a


def add(a: Any, b: Any) -> Any:
    return a + b


def and_(a: Any, b: Any) -> Any:
    return a & b


def floordiv(a: Any, b: Any) -> Any:
    return a // b


def index(a: Any) -> int:
    if not isinstance(a, int):
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return int(a)


def inv(a: Any) -> Any:
    return ~a


invert = inv


def lshift(a: Any, b: Any) -> Any:
    return a << b


def mod(a: Any, b: Any) -> Any:
    return a % b


def mul(a: Any, b: Any) -> Any:
    return a * b


def neg(a: Any) -> Any:
    return -a


def or_(a: Any, b: Any) -> Any:
    return a | b


def pos(a: Any) -> Any:
    return +a


def pow(a: Any, b: Any) -> Any:
    return a ** b


def rshift(a: Any, b: Any) -> Any:
    return a >> b


def sub(a: Any, b: Any) -> Any:
    return a - b


def truediv(a: Any, b: Any) -> Any:
    return a / b


def xor(a: Any, b: Any) -> Any:
    return a ^ b


def concat(a: Any, b: Any) -> Any:
    if not hasattr(a, "__getitem__") and not isinstance(a, (str, list, tuple)):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a: Any, b: Any) -> bool:
    return b in a


def countOf(a: Any, b: Any) -> int:
    n = 0
    for element in a:
        if element is b or element == b:
            n += 1
    return n


def delitem(a: Any, b: Any) -> None:
    del a[b]


def getitem(a: Any, b: Any) -> Any:
    return a[b]


def indexOf(a: Any, b: Any) -> int:
    i = 0
    for element in a:
        if element is b or element == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a: Any, b: Any, c: Any) -> None:
    a[b] = c


def length_hint(obj: Any, default: int = 0) -> int:
    try:
        return len(obj)
    except TypeError:
        return default


def iadd(a: Any, b: Any) -> Any:
    a += b
    return a


def iand(a: Any, b: Any) -> Any:
    a &= b
    return a


def iconcat(a: Any, b: Any) -> Any:
    a += b
    return a


def ifloordiv(a: Any, b: Any) -> Any:
    a //= b
    return a


def ilshift(a: Any, b: Any) -> Any:
    a <<= b
    return a


def imod(a: Any, b: Any) -> Any:
    a %= b
    return a


def imul(a: Any, b: Any) -> Any:
    a *= b
    return a


def ior(a: Any, b: Any) -> Any:
    a |= b
    return a


def ipow(a: Any, b: Any) -> Any:
    a **= b
    return a


def irshift(a: Any, b: Any) -> Any:
    a >>= b
    return a


def isub(a: Any, b: Any) -> Any:
    a -= b
    return a


def itruediv(a: Any, b: Any) -> Any:
    a /= b
    return a


def ixor(a: Any, b: Any) -> Any:
    a ^= b
    return a


def itemgetter(item: Any, *items: Any) -> Any:
    if not items:
        def get_one(obj: Any) -> Any:
            return obj[item]
        return get_one
    wanted = [item] + list(items)

    def get_all(obj: Any) -> Any:
        return tuple([obj[i] for i in wanted])
    return get_all


def _resolve(obj: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        obj = getattr(obj, _pm_numm(name))  # (a number's attributes come on first use: `real`)
    return obj


def attrgetter(attr: Any, *attrs: Any) -> Any:
    for name in [attr] + list(attrs):
        if not isinstance(name, str):
            raise TypeError("attribute name must be a string")
    if not attrs:
        def get_one(obj: Any) -> Any:
            return _resolve(obj, attr)
        return get_one
    wanted = [attr] + list(attrs)

    def get_all(obj: Any) -> Any:
        return tuple([_resolve(obj, name) for name in wanted])
    return get_all


def methodcaller(name: Any, *args: Any, **kwargs: Any) -> Any:
    if not isinstance(name, str):
        raise TypeError("method name must be a string")

    def call(obj: Any) -> Any:
        if kwargs:
            return getattr(obj, _pm_numm(name))(*args, **kwargs)
        return getattr(obj, _pm_numm(name))(*args)  # a str or list method takes no kwargs object
    return call

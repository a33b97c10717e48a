"""functools for games: staged as the game's `functools` when it imports it.

Callables are plain functions with attributes (instances with `__call__` cannot be called in
the compiled game): `partial(f, 1).func`, `cached.cache_info()` work as in CPython.
"""

from collections import namedtuple
from typing import Any, Callable

from _pmrt import _pm_vars  # type: ignore[import-not-found]

__all__ = ["partial", "reduce", "cache", "lru_cache", "wraps", "update_wrapper", "cmp_to_key",
           "total_ordering", "cached_property", "singledispatch", "WRAPPER_ASSIGNMENTS",
           "WRAPPER_UPDATES"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)


class _Missing:
    pass


_MISSING: Any = _Missing()


def partial(func: Any, *args: Any, **keywords: Any) -> Any:
    if not callable(func):
        raise TypeError("the first argument must be callable")
    if hasattr(func, "_pm_partial"):  # a partial of a partial is flattened, as in CPython
        args = tuple(func.args) + tuple(args)
        merged_keywords = dict(func.keywords)
        merged_keywords.update(keywords)
        keywords = merged_keywords
        func = func.func

    def call(*more: Any, **more_keywords: Any) -> Any:
        values = list(args) + list(more)
        if not keywords and not more_keywords:
            return func(*values)  # a JS function (print, a platform call) takes no kwargs object
        merged = dict(keywords)
        merged.update(more_keywords)
        return func(*values, **merged)

    call.func = func  # type: ignore[attr-defined]
    call.args = tuple(args)  # type: ignore[attr-defined]
    call.keywords = keywords  # type: ignore[attr-defined]
    call._pm_partial = True  # type: ignore[attr-defined]
    return call


def reduce(func: Callable[[Any, Any], Any], iterable: Any, *initial: Any) -> Any:
    if len(initial) > 1:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(initial) + 2}")
    iterator = iter(iterable)
    if initial:
        value = initial[0]
    else:
        value = next(iterator, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in iterator:
        value = func(value, element)
    return value


def update_wrapper(wrapper: Any, wrapped: Any, assigned: Any = WRAPPER_ASSIGNMENTS,
                   updated: Any = WRAPPER_UPDATES) -> Any:
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    if "__dict__" in updated:  # the only name CPython's WRAPPER_UPDATES holds
        _pm_vars(wrapper).update(_pm_vars(wrapped))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped: Any, assigned: Any = WRAPPER_ASSIGNMENTS, updated: Any = WRAPPER_UPDATES) -> Any:
    def decorate(wrapper: Any) -> Any:
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


# total_ordering: each missing comparison derived from the class's root one, as CPython's
# (NotImplemented passes on). `self.__lt__(other)` is CPython's `type(self).__lt__(self, other)`:
# instances hold no methods. Each entry: (name, root, how the root's result gives the answer).
_DERIVED = (
    ("__gt__", "__lt__", lambda self, other, r: not r and self != other),
    ("__le__", "__lt__", lambda self, other, r: r or self == other),
    ("__ge__", "__lt__", lambda self, other, r: not r),
    ("__ge__", "__le__", lambda self, other, r: not r or self == other),
    ("__lt__", "__le__", lambda self, other, r: r and self != other),
    ("__gt__", "__le__", lambda self, other, r: not r),
    ("__lt__", "__gt__", lambda self, other, r: not r and self != other),
    ("__ge__", "__gt__", lambda self, other, r: r or self == other),
    ("__le__", "__gt__", lambda self, other, r: not r),
    ("__le__", "__ge__", lambda self, other, r: not r or self == other),
    ("__gt__", "__ge__", lambda self, other, r: r and self != other),
    ("__lt__", "__ge__", lambda self, other, r: not r),
)


def _derived(root: str, answer: Any) -> Any:
    def compare(self: Any, other: Any) -> Any:
        result = getattr(self, root)(other)
        if result is NotImplemented:
            return result
        return answer(self, other, result)
    return compare


def total_ordering(cls: Any) -> Any:
    """The class with the comparisons it lacks, derived from one it defines."""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if getattr(cls, op, None) is not None]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # CPython's choice: by name, __lt__ first
    for opname, source, answer in _DERIVED:
        if source == root and opname not in roots:
            setattr(cls, opname, _derived(root, answer))
    return cls


def _dispatch_types(cls: Any) -> list[Any]:
    """The classes `register(cls)` names: a class, or each of a union's (`int | float`)."""
    members = getattr(cls, "__args__", None)
    if isinstance(cls, tuple):  # `x: int | float`, written out by the guard
        kinds = list(cls)
    else:
        kinds = list(members) if members is not None and not isinstance(cls, type) else [cls]
    for kind in kinds:
        if not isinstance(kind, type):
            raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                            "`@register(some_class)` or plain `@register` on an annotated function.")
    return kinds


def singledispatch(func: Any) -> Any:
    """A generic function: the implementation registered for the first argument's class, or
    the nearest along its MRO (then a registered abstract class it is a subclass of), as
    CPython's. A plain `@f.register` takes its class from the first parameter's annotation
    (the guard writes it out: annotations are not kept in games)."""
    registry: dict[Any, Any] = {object: func}
    found: dict[Any, Any] = {}

    def dispatch(cls: Any) -> Any:
        impl = found.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            found[cls] = impl
        return impl

    def register(cls: Any, method: Any = None) -> Any:
        if method is None:
            kinds = _dispatch_types(cls)

            def decorate(f: Any) -> Any:
                for kind in kinds:
                    registry[kind] = f
                found.clear()
                return f
            return decorate
        for kind in _dispatch_types(cls):
            registry[kind] = method
        found.clear()
        return method

    def wrapper(*args: Any, **kw: Any) -> Any:
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    update_wrapper(wrapper, func)
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = found.clear
    return wrapper


def _find_impl(cls: Any, registry: dict[Any, Any]) -> Any:
    """Along the MRO, then the abstract classes (collections.abc, abc.ABC) the class is a
    virtual subclass of, before object (CPython's composed MRO puts them there)."""
    for kind in getattr(cls, "__mro__", (cls, object)):
        if kind in registry and kind is not object:
            return registry[kind]
    for kind in registry:
        if kind is not object and issubclass(cls, kind):
            return registry[kind]
    return registry[object]


class cached_property:
    """A method computed once per instance, then read from the instance's `__dict__`."""

    def __init__(self, func: Any) -> None:
        self.func = func
        self.attrname: Any = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: Any, name: str) -> None:
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        cache = _pm_vars(instance)
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _Marker:
    """Separates positional from keyword arguments in a cache key."""

    def __repr__(self) -> str:
        return "<kwd_mark>"


_KWD_MARK = _Marker()


def _make_key(args: Any, kwds: Any, typed: bool) -> Any:
    """CPython's cache key: the arguments (a lone int or str stands for itself), keyword
    names and values in the order passed, then the types of all values when `typed`."""
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = list(args)
    if kwds:
        key.append(_KWD_MARK)
        for name in kwds:
            key.append(name)
            key.append(kwds[name])
    if typed:
        key += [type(value) for value in args]
        key += [type(kwds[name]) for name in kwds]
    return tuple(key)


def _lru_wrapper(user_function: Any, maxsize: Any, typed: bool) -> Any:
    results: dict[Any, Any] = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args: Any, **kwds: Any) -> Any:
        key = _make_key(args, kwds, typed)
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds) if kwds else user_function(*args)
        if key in results:
            stats[0] += 1
            result = results[key]
            if maxsize is not None:  # most recently used goes last
                del results[key]
                results[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds) if kwds else user_function(*args)
        if key not in results:
            if maxsize is not None and len(results) >= maxsize:
                del results[next(iter(results))]
            results[key] = result
        return result

    def cache_info() -> Any:
        return _CacheInfo(stats[0], stats[1], maxsize, len(results))

    def cache_clear() -> None:
        results.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters() -> dict[str, Any]:
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info  # type: ignore[attr-defined]
    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    wrapper.cache_parameters = cache_parameters  # type: ignore[attr-defined]
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize: Any = 128, typed: bool = False) -> Any:
    if callable(maxsize) and not isinstance(maxsize, bool):
        return _lru_wrapper(maxsize, 128, typed)  # @lru_cache with no call
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        if maxsize < 0:
            maxsize = 0

    def decorating_function(user_function: Any) -> Any:
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function: Any) -> Any:
    return _lru_wrapper(user_function, None, False)


def cmp_to_key(mycmp: Callable[[Any, Any], int]) -> Any:
    class K:
        def __init__(self, obj: Any) -> None:
            self.obj = obj

        def __lt__(self, other: Any) -> bool:
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other: Any) -> bool:
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other: Any) -> bool:
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other: Any) -> bool:
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other: Any) -> bool:
            return mycmp(self.obj, other.obj) >= 0

    return K

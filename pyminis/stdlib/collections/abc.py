"""collections.abc for games: the abstract classes type hints name (`Iterator`, `Callable`,
`Sequence`…), subscriptable (`Callable[[int], None]` is the class itself), and usable with
isinstance(): each answers as CPython's does for the built-in types and for classes with the
methods it needs (`__pm_check__`, which pmrt/types.js `_pm_isinstance` asks)."""

from typing import Any

from _pmrt import _pm_abc_register, _pm_abc_subclass  # type: ignore[import-not-found]

__all__ = ["AsyncGenerator", "AsyncIterable", "AsyncIterator", "Awaitable", "Callable", "Collection", "Container", "Coroutine", "Generator", "Hashable", "Iterable", "Iterator", "ItemsView", "KeysView", "Mapping", "MutableMapping", "MutableSequence", "MutableSet", "Reversible", "Sequence", "Set", "Sized", "ValuesView"]

_BUILTIN = (list, tuple, str, dict, set, range)
# A value of each builtin type: issubclass(list, Sequence) answers as isinstance([], Sequence).
# (Each type as type() gives it: the runtime's range class is not the builtin name's function.)
_SAMPLES = tuple((type(sample), sample) for sample in ([], (), "", {}, set(), frozenset(), range(0), False, 0, 0.5, None))


def _has(x: Any, *names: str) -> bool:
    for name in names:
        if not hasattr(x, name):
            return False
    return True


def _generator(x: Any) -> bool:
    """A generator: a JavaScript generator object, but not map/filter/zip's (pmrt/iterators.js
    marks those `__pm_lazy__`, and itertools' objects: `itertools.chain`…)."""
    return (x is not None and not isinstance(x, (str, int, float, bool) + _BUILTIN)
            and callable(getattr(x, "throw", None)))


def _python_generator(x: Any) -> bool:
    return _generator(x) and not getattr(x, "__pm_lazy__", False)


def _iterator(x: Any) -> bool:
    """An iterator: a generator, iter()'s result, or a class with __next__."""
    return _generator(x) or x is not None and not isinstance(x, (str, int, float, bool)) and _has(x, "__next__")


def _iterable(x: Any) -> bool:
    return isinstance(x, _BUILTIN) or _has(x, "__iter__") or _iterator(x)


def _sized(x: Any) -> bool:
    return isinstance(x, _BUILTIN) or _has(x, "__len__") and not _iterator(x)


def _hashable(x: Any) -> bool:
    if x is None or callable(x):
        return True
    if isinstance(x, (list, dict, set)):
        return False
    return getattr(type(x), "__hash__", 0) is not None


class _Abstract:
    __pm_abstract__ = True  # isinstance() answers True for registered classes (pmrt/bases.js)

    def __class_getitem__(cls, item: Any) -> Any:
        return cls  # `Callable[[int], None]` in a type alias

    @classmethod
    def __pm_subcheck__(cls, klass: Any) -> bool:
        """issubclass(): a builtin type, or a class deriving from one (OrderedDict), as a value
        of it; another class by its bases and registrations."""
        if _pm_abc_subclass(klass, cls):
            return True
        for kind, sample in _SAMPLES:
            if klass is kind or issubclass(klass, kind):
                return bool(cls.__pm_check__(sample))
        return False

    @classmethod
    def register(cls, subclass: Any) -> Any:
        """A virtual subclass, as CPython's ABCMeta.register (isinstance answers True)."""
        return _pm_abc_register(cls, subclass)


class Iterable(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_iterable(x))


class Iterator(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_iterator(x))


class Generator(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_python_generator(x))


class Reversible(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, (list, tuple, str, dict, range)) or _has(x, "__reversed__"))


class Sized(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_sized(x))


class Container(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, _BUILTIN) or _has(x, "__contains__"))


class Collection(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, _BUILTIN) or _has(x, "__len__", "__iter__", "__contains__"))


class Callable(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(callable(x))


class Hashable(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_hashable(x))


class Sequence(_Abstract):
    __pm_match_sequence__ = True  # a subclass's instances match `case [a, b]:` (pmrt/patterns.js)

    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, (list, tuple, str, range)) or not isinstance(x, dict) and _has(x, "__getitem__", "__len__"))


class MutableSequence(_Abstract):
    __pm_match_sequence__ = True  # a subclass's instances match `case [a, b]:` (pmrt/patterns.js)

    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, list) or _has(x, "__getitem__", "__setitem__", "__delitem__", "__len__", "insert"))


class _View:
    """KeysView, ItemsView, ValuesView: live views over a mapping's __iter__ and __getitem__, as
    CPython's; the Mapping mixins below and collections.UserDict both give these classes."""

    def __init__(self, mapping: Any) -> None:
        self._mapping = mapping

    def __len__(self) -> int:
        return len(self._mapping)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._mapping!r})"


class KeysView(_View):
    def __iter__(self) -> Any:
        yield from self._mapping

    def __contains__(self, key: Any) -> bool:
        return key in self._mapping

    def __eq__(self, other: Any) -> Any:
        return set(self) == set(other) if isinstance(other, (set, frozenset, KeysView)) else NotImplemented


class ItemsView(_View):
    def __iter__(self) -> Any:
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __contains__(self, item: Any) -> bool:
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value


class ValuesView(_View):
    def __iter__(self) -> Any:
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value: Any) -> bool:
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False


_MARKER = object()


class Mapping(_Abstract):
    """A class deriving from it writes __getitem__, __iter__, __len__ and gets the rest (CPython's
    mixin methods)."""
    __pm_match_mapping__ = True  # a subclass's instances match `case {"k": v}:` (pmrt/patterns.js)

    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, dict) or _has(x, "__getitem__", "__len__", "__iter__", "keys", "items"))

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: Any) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self) -> Any:
        return KeysView(self)

    def items(self) -> Any:
        return ItemsView(self)

    def values(self) -> Any:
        return ValuesView(self)

    def __eq__(self, other: Any) -> Any:
        if not isinstance(other, Mapping) and not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MutableMapping(Mapping):
    """Also __setitem__ and __delitem__ written; pop, popitem, clear, update, setdefault given."""
    __pm_match_mapping__ = True  # a subclass's instances match `case {"k": v}:` (pmrt/patterns.js)

    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, dict) or _has(x, "__getitem__", "__setitem__", "__delitem__", "__len__", "keys"))

    def pop(self, key: Any, default: Any = _MARKER) -> Any:
        try:
            value = self[key]
        except KeyError:
            if default is _MARKER:
                raise
            return default
        del self[key]
        return value

    def popitem(self) -> Any:
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self) -> None:
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other: Any = (), **kwds: Any) -> None:
        if isinstance(other, Mapping) or isinstance(other, dict):
            for key in other.keys():
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Set(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, (set, frozenset)))


class MutableSet(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(isinstance(x, set))


class Awaitable(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_has(x, "then"))


class Coroutine(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_has(x, "then"))


class AsyncIterable(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_has(x, "__aiter__"))


class AsyncIterator(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_has(x, "__anext__"))


class AsyncGenerator(_Abstract):
    @staticmethod
    def __pm_check__(x: Any) -> bool:
        return bool(_has(x, "__anext__"))

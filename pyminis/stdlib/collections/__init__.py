"""collections for games: staged as the game's `collections` when it imports it.

deque keeps its items in a list with a moving head, so popleft and appendleft cost O(1) as in
CPython; namedtuple classes make tuples (JS arrays, runtime_js/python/pmrt/records.js) that
index, unpack, compare and hash as tuples. Counter, defaultdict and OrderedDict derive from
pyminis' dict (runtime_js/python/pmrt/dicts.js calls `__missing__`) and follow CPython 3.11's
collections/__init__.py.
"""

from typing import Any, Iterable, Iterator

from _pmrt import _pm_record, _pm_record_make, _pm_vars  # type: ignore[import-not-found]
# UserDict's views are collections.abc's classes, as CPython's (one KeysView, ItemsView, ValuesView).
from collections.abc import ItemsView, KeysView, ValuesView  # type: ignore[import-not-found]
from collections._chainmap import ChainMap  # type: ignore[import-not-found]
# `import collections` gives collections.abc too, as under CPython (where site has imported it).
import collections.abc as abc  # type: ignore[import-not-found]

__all__ = ["deque", "namedtuple", "Counter", "defaultdict", "OrderedDict", "UserDict", "ChainMap"]

_KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
             "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
             "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
             "try", "while", "with", "yield"]


class deque:
    """A double-ended queue: `_items[_head:]` are its items, left to right."""

    __hash__ = None  # unhashable, as CPython's
    __pm_match_sequence__ = True  # a sequence to `case [a, b]:` (pmrt/patterns.js)

    def __init__(self, iterable: Iterable[Any] = (), maxlen: Any = None) -> None:
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items: list[Any] = []
        self._head = 0
        self._maxlen = maxlen
        self._changes = 0  # counted, so an iteration can tell the deque changed under it
        self.extend(iterable)

    @property
    def maxlen(self) -> Any:
        return self._maxlen

    def __len__(self) -> int:
        return len(self._items) - self._head

    def _compact(self) -> None:
        if self._head > 16 and self._head * 2 > len(self._items):
            self._items = self._items[self._head:]
            self._head = 0

    def append(self, x: Any) -> None:
        self._changes += 1
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items[self._head] = None
            self._head += 1
            self._compact()
        self._items.append(x)

    def appendleft(self, x: Any) -> None:
        self._changes += 1
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items.pop()
        if self._head == 0:
            room = max(8, len(self._items))
            self._items = [None] * room + self._items
            self._head = room
        self._head -= 1
        self._items[self._head] = x

    def pop(self) -> Any:
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        self._changes += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self) -> Any:
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        self._changes += 1
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        else:
            self._compact()
        return x

    def extend(self, iterable: Iterable[Any]) -> None:
        values = list(iterable) if iterable is self else iterable
        for x in values:
            self.append(x)

    def extendleft(self, iterable: Iterable[Any]) -> None:
        values = list(iterable) if iterable is self else iterable
        for x in values:
            self.appendleft(x)

    def clear(self) -> None:
        self._changes += 1
        self._items = []
        self._head = 0

    def copy(self) -> "deque":
        return deque(self, self._maxlen)

    def __copy__(self) -> "deque":
        return self.copy()

    def count(self, x: Any) -> int:
        n = 0
        for i in range(self._head, len(self._items)):
            if self._items[i] is x or self._items[i] == x:
                n += 1
        return n

    def index(self, x: Any, start: int = 0, stop: Any = None) -> int:
        size = len(self)
        if start < 0:
            start = max(0, start + size)
        stop = size if stop is None else (max(0, stop + size) if stop < 0 else min(stop, size))
        for i in range(start, stop):
            item = self._items[self._head + i]
            if item is x or item == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def _position(self, i: Any, message: str) -> int:
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        size = len(self._items) - self._head
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError(message)
        return self._head + i

    def __getitem__(self, i: Any) -> Any:
        return self._items[self._position(i, "deque index out of range")]

    def __setitem__(self, i: Any, x: Any) -> None:
        self._items[self._position(i, "deque index out of range")] = x

    def __delitem__(self, i: Any) -> None:
        position = self._position(i, "deque index out of range")
        self._changes += 1
        del self._items[position]

    def insert(self, i: int, x: Any) -> None:
        size = len(self)
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if i < 0:
            i = max(0, i + size)
        i = min(i, size)
        self._changes += 1
        self._items.insert(self._head + i, x)

    def remove(self, x: Any) -> None:
        for i in range(self._head, len(self._items)):
            if self._items[i] is x or self._items[i] == x:
                self._changes += 1
                del self._items[i]
                return
        raise ValueError(f"{x!r} is not in deque")

    def reverse(self) -> None:
        self._changes += 1
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def rotate(self, n: int = 1) -> None:
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._changes += 1
        items = self._items[self._head:]
        self._items = items[size - n:] + items[:size - n]
        self._head = 0

    def __iter__(self) -> Iterator[Any]:
        changes = self._changes
        i = self._head
        while True:
            if self._changes != changes:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self._items):
                return
            yield self._items[i]
            i += 1

    def __reversed__(self) -> Iterator[Any]:
        changes = self._changes
        i = len(self._items) - 1
        while True:
            if self._changes != changes:
                raise RuntimeError("deque mutated during iteration")
            if i < self._head:
                return
            yield self._items[i]
            i -= 1

    def __contains__(self, x: Any) -> bool:
        for i in range(self._head, len(self._items)):
            if self._items[i] is x or self._items[i] == x:
                return True
        return False

    def __bool__(self) -> bool:
        return len(self._items) > self._head

    def __repr__(self) -> str:
        items = repr(self._items[self._head:])
        if self._maxlen is None:
            return f"deque({items})"
        return f"deque({items}, maxlen={self._maxlen})"

    def __str__(self) -> str:
        return self.__repr__()

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, deque):
            return False
        return self._items[self._head:] == other._items[other._head:]

    def __ne__(self, other: Any) -> bool:
        return not self.__eq__(other)

    def __lt__(self, other: Any) -> bool:
        return self._items[self._head:] < other._items[other._head:]

    def __le__(self, other: Any) -> bool:
        return self._items[self._head:] <= other._items[other._head:]

    def __gt__(self, other: Any) -> bool:
        return self._items[self._head:] > other._items[other._head:]

    def __ge__(self, other: Any) -> bool:
        return self._items[self._head:] >= other._items[other._head:]

    def __add__(self, other: Any) -> "deque":
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = deque(self, self._maxlen)
        result.extend(other)
        return result

    def __iadd__(self, other: Iterable[Any]) -> "deque":
        self.extend(other)
        return self

    def __mul__(self, n: int) -> "deque":
        result = deque((), self._maxlen)
        for i in range(n):
            result.extend(self._items[self._head:])
        return result

    def __rmul__(self, n: int) -> "deque":
        return self.__mul__(n)

    def __imul__(self, n: int) -> "deque":
        items = self._items[self._head:]
        self.clear()
        for i in range(n):
            self.extend(items)
        return self


class _Record:
    """What every namedtuple class has besides its fields (pmrt/records.js adds those)."""

    def __repr__(self) -> str:
        fields = self._fields  # type: ignore[attr-defined]
        parts = [fields[i] + "=" + repr(self[i]) for i in range(len(fields))]  # type: ignore[index]
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def __str__(self) -> str:
        return self.__repr__()

    def _asdict(self) -> dict[str, Any]:
        fields = self._fields  # type: ignore[attr-defined]
        return {fields[i]: self[i] for i in range(len(fields))}  # type: ignore[index]

    def _replace(self, **changes: Any) -> Any:
        fields = self._fields  # type: ignore[attr-defined]
        values = []
        for i in range(len(fields)):
            if fields[i] in changes:
                values.append(changes.pop(fields[i]))
            else:
                values.append(self[i])  # type: ignore[index]
        if list(changes):
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return _pm_record_make(type(self), values)


def _is_identifier(name: str) -> bool:
    if not name or name[0].isdigit():
        return False
    for c in name:
        if not (c.isalnum() or c == "_" or ord(c) > 127):
            return False
    return True


def namedtuple(typename: str, field_names: Any, *, rename: bool = False, defaults: Any = None,
               module: Any = None) -> Any:
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    names = [str(name) for name in field_names]
    if rename:
        seen: list[str] = []
        for index in range(len(names)):
            name = names[index]
            if (not _is_identifier(name) or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                names[index] = f"_{index}"
            seen.append(names[index])
    for name in [typename] + names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not _is_identifier(name):
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = []
    for name in names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.append(name)
    values = [] if defaults is None else list(defaults)
    if len(values) > len(names):
        raise TypeError("Got more default values than field names")
    cls = _pm_record(typename, names, values, _Record)
    cls._fields = tuple(names)
    cls.__match_args__ = tuple(names)
    cls._field_defaults = {names[len(names) - len(values) + i]: values[i] for i in range(len(values))}
    return cls


def _count(pair: Any) -> Any:
    return pair[1]


class Counter(dict):  # type: ignore[type-arg]
    """CPython 3.11's Counter: a dict of counts, 0 for a missing key (never stored)."""

    def __init__(self, *args: Any, **kwds: Any) -> None:
        if len(args) > 1:
            raise TypeError(f"Counter.__init__() takes from 1 to 2 positional arguments "
                            f"but {len(args) + 1} were given")
        super().__init__()
        self.update(*args, **kwds)

    def __missing__(self, key: Any) -> int:
        return 0

    def total(self) -> Any:
        return sum(self.values())

    def most_common(self, n: Any = None) -> list[Any]:
        ranked = sorted(self.items(), key=_count, reverse=True)  # stable: ties keep insertion order
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self) -> Iterator[Any]:
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable: Any, v: Any = None) -> Any:
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, *args: Any, **kwds: Any) -> None:  # type: ignore[override]
        if len(args) > 1:
            raise TypeError(f"Counter.update() takes from 1 to 2 positional arguments "
                            f"but {len(args) + 1} were given")
        iterable = args[0] if args else None
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, *args: Any, **kwds: Any) -> None:
        if len(args) > 1:
            raise TypeError(f"Counter.subtract() takes from 1 to 2 positional arguments "
                            f"but {len(args) + 1} were given")
        iterable = args[0] if args else None
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self) -> Any:
        return type(self)(self)

    def __copy__(self) -> Any:
        return type(self)(self)

    def __delitem__(self, elem: Any) -> None:
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self) -> str:
        if not self:
            return type(self).__name__ + "()"
        try:
            shown = dict(self.most_common())
        except TypeError:  # counts that do not order
            shown = dict(self)
        return type(self).__name__ + "(" + repr(shown) + ")"

    def __str__(self) -> str:
        return self.__repr__()

    # Comparisons (3.10): a missing element counts as zero.
    def __eq__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep positive counts only.
    def __add__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other: Any) -> Any:
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self) -> Any:
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self) -> Any:
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self) -> Any:
        for elem in [e for e, count in self.items() if not count > 0]:
            super().__delitem__(elem)
        return self

    def __iadd__(self, other: Any) -> Any:
        for elem, count in other.items():
            self[elem] = self[elem] + count
        return self._keep_positive()

    def __isub__(self, other: Any) -> Any:
        for elem, count in other.items():
            self[elem] = self[elem] - count
        return self._keep_positive()

    def __ior__(self, other: Any) -> Any:
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other: Any) -> Any:
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _fromkeys(cls: Any, iterable: Any, value: Any) -> Any:
    """`cls.fromkeys(iterable, value)` of defaultdict, OrderedDict and UserDict: `cls()` given each
    key, through its __setitem__ (a classmethod each, as `classmethod(f)` is not compiled)."""
    made = cls()
    for key in iterable:
        made[key] = value
    return made


class defaultdict(dict):  # type: ignore[type-arg]
    """A dict whose missing keys get `default_factory()`, stored (CPython's __missing__)."""

    def __init__(self, default_factory: Any = None, *args: Any, **kwargs: Any) -> None:
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key: Any) -> Any:
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.default_factory!r}, {super().__repr__()})"

    def __str__(self) -> str:
        return self.__repr__()

    def copy(self) -> Any:
        return type(self)(self.default_factory, self)

    def __copy__(self) -> Any:
        return self.copy()

    @classmethod
    def fromkeys(cls, iterable: Any, value: Any = None) -> Any:
        return _fromkeys(cls, iterable, value)

    def __or__(self, other: Any) -> Any:
        if not isinstance(other, dict):
            return NotImplemented
        made = self.copy()
        made.update(other)
        return made

    def __ror__(self, other: Any) -> Any:
        if not isinstance(other, dict):
            return NotImplemented
        made = type(self)(self.default_factory, other)
        made.update(self)
        return made


class OrderedDict(dict):  # type: ignore[type-arg]
    """A dict (insertion-ordered, as every dict) with move_to_end, popitem(last=False) and
    order-sensitive equality between OrderedDicts; repr as CPython 3.11's."""

    def __repr__(self) -> str:
        if not self:
            return type(self).__name__ + "()"
        return type(self).__name__ + "(" + repr(list(self.items())) + ")"

    def __str__(self) -> str:
        return self.__repr__()

    def move_to_end(self, key: Any, last: bool = True) -> None:
        value = self[key]
        super().__delitem__(key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        self.clear()
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last: bool = True) -> Any:
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = self[key]
        super().__delitem__(key)
        return key, value

    def __eq__(self, other: Any) -> Any:
        if isinstance(other, OrderedDict):
            return super().__eq__(other) and list(self) == list(other)
        return super().__eq__(other)

    def __ne__(self, other: Any) -> Any:
        return not self == other

    def copy(self) -> Any:
        return type(self)(self)

    def __copy__(self) -> Any:
        return self.copy()

    @classmethod
    def fromkeys(cls, iterable: Any, value: Any = None) -> Any:
        return _fromkeys(cls, iterable, value)

    def __or__(self, other: Any) -> Any:
        if not isinstance(other, dict):
            return NotImplemented
        made = self.copy()
        made.update(other)
        return made

    def __ror__(self, other: Any) -> Any:
        if not isinstance(other, dict):
            return NotImplemented
        made = type(self)(other)
        made.update(self)
        return made


_MISSING = object()


def _pair_of(pair: Any) -> tuple:
    """`key, value = pair` with CPython's unpacking errors."""
    try:
        items = list(pair)
    except TypeError:
        raise TypeError(f"cannot unpack non-iterable {type(pair).__name__} object") from None
    if len(items) > 2:
        raise ValueError("too many values to unpack (expected 2)")
    if len(items) < 2:
        raise ValueError(f"not enough values to unpack (expected 2, got {len(items)})")
    return (items[0], items[1])


class UserDict:
    """A dict kept in `self.data`, every other method going through __getitem__, __setitem__
    and __delitem__ (so a subclass overriding those changes get, update, setdefault…), as
    CPython's UserDict over MutableMapping's methods."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > 1:
            raise TypeError("UserDict.__init__() takes from 1 to 2 positional arguments but "
                            f"{len(args) + 1} were given")
        self.data: dict = {}
        if args and args[0] is not None:
            self.update(args[0])
        if kwargs:
            self.update(kwargs)

    def __len__(self) -> int:
        return len(self.data)

    def __getitem__(self, key: Any) -> Any:
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), "__missing__"):
            return self.__missing__(key)
        raise KeyError(key)

    def __setitem__(self, key: Any, item: Any) -> None:
        self.data[key] = item

    def __delitem__(self, key: Any) -> None:
        del self.data[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.data)

    def __contains__(self, key: Any) -> bool:
        return key in self.data

    def __repr__(self) -> str:
        return repr(self.data)

    def __eq__(self, other: Any) -> Any:
        if isinstance(other, (dict, UserDict)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __ne__(self, other: Any) -> Any:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __or__(self, other: Any) -> Any:
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other: Any) -> Any:
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other: Any) -> Any:
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> KeysView:
        return KeysView(self)

    def items(self) -> ItemsView:
        return ItemsView(self)

    def values(self) -> ValuesView:
        return ValuesView(self)

    def pop(self, key: Any, default: Any = _MISSING) -> Any:
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self) -> tuple:
        for key in self:
            value = self[key]
            del self[key]
            return (key, value)
        raise KeyError

    def clear(self) -> None:
        while len(self):
            self.popitem()

    def update(self, *args: Any, **kwds: Any) -> None:
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        if args:
            other = args[0]
            if isinstance(other, (dict, UserDict)):
                for key in other:
                    self[key] = other[key]
            elif not isinstance(other, (list, tuple, str)) and hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for pair in other:
                    key, value = _pair_of(pair)
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def copy(self) -> Any:
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        result = object.__new__(type(self))
        for name, value in _pm_vars(self).items():
            setattr(result, name, value)
        result.data = self.data.copy()
        return result

    @classmethod
    def fromkeys(cls, iterable: Any, value: Any = None) -> Any:
        return _fromkeys(cls, iterable, value)

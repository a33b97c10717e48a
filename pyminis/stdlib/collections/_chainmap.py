"""collections.ChainMap: several mappings searched in order as one, as CPython 3.11's.

Lookups go through the maps first to last; stores, deletes, pop, popitem and clear touch
`maps[0]` only. Iteration lists each key once, in the order of a dict updated from the last map
to the first (CPython's order), and len counts the distinct keys. A MutableMapping from
collections.abc, so keys/items/values/setdefault/update/== are its mixins as in CPython.
"""

from typing import Any, Iterator

from collections.abc import Mapping, MutableMapping  # type: ignore[import-not-found]

__all__ = ["ChainMap"]

_REPRING: list = []  # ChainMaps whose repr is being made: a map holding its ChainMap prints `...`


class ChainMap(MutableMapping):
    def __init__(self, *maps: Any) -> None:
        self.maps = list(maps) or [{}]  # always at least one map

    def __missing__(self, key: Any) -> Any:
        raise KeyError(key)

    def __getitem__(self, key: Any) -> Any:
        for mapping in self.maps:
            try:
                return mapping[key]  # not `key in mapping`: a defaultdict map answers every key
            except KeyError:
                pass
        return self.__missing__(key)  # a subclass's __missing__ decides

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default

    def __len__(self) -> int:
        return len(set().union(*self.maps))

    def __iter__(self) -> Iterator[Any]:
        order: dict = {}
        for mapping in reversed(self.maps):
            order.update(dict.fromkeys(mapping))
        return iter(order)

    @property
    def parents(self) -> Any:
        """A new ChainMap of maps[1:]."""
        return type(self)(*self.maps[1:])

    def __contains__(self, key: Any) -> bool:
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self) -> bool:
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self) -> str:
        for seen in _REPRING:
            if seen is self:
                return "..."
        _REPRING.append(self)
        try:
            return f"{type(self).__name__}({', '.join([repr(m) for m in self.maps])})"
        finally:
            _REPRING.pop()

    def __str__(self) -> str:
        return self.__repr__()

    @classmethod
    def fromkeys(cls, iterable: Any, *args: Any) -> Any:
        """A ChainMap of one dict made from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self) -> Any:
        """A new ChainMap (or subclass) with a copy of maps[0] and the other maps shared."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    def __copy__(self) -> Any:
        return self.copy()

    def new_child(self, m: Any = None, **kwargs: Any) -> Any:
        """A new ChainMap with a new map (m, or a dict of kwargs) before the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.maps[0][key] = value

    def __delitem__(self, key: Any) -> None:
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self) -> Any:
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key: Any, *args: Any) -> Any:
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self) -> None:
        self.maps[0].clear()

    def __ior__(self, other: Any) -> Any:
        self.maps[0].update(other)
        return self

    def __or__(self, other: Any) -> Any:
        if not isinstance(other, Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other: Any) -> Any:
        if not isinstance(other, Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)

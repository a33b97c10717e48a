"""types for games: staged as the game's `types` when it imports it.

`SimpleNamespace` and `MappingProxyType` as CPython 3.11's (repr, equality, errors with
CPython's type names), `NoneType`, `TracebackType` (the class of a caught exception's
`__traceback__` and of what `with` passes to `__exit__`: annotations and isinstance),
`GeneratorType`. The function and method types are not offered: games do not tell functions,
bound methods and builtins apart (the lint says so at the line).
"""

from typing import Any

from _pmrt import _pm_traceback_type, _pm_vars  # type: ignore[import-not-found]

__all__ = ["GeneratorType", "MappingProxyType", "NoneType", "SimpleNamespace", "TracebackType"]

NoneType = type(None)


def _generator() -> Any:
    yield None


# A generator function's generators (not map's, filter's or iter()'s: each has its own class).
GeneratorType = type(_generator())
TracebackType = _pm_traceback_type()

# Objects whose repr is being written: a namespace inside itself prints `namespace(...)`.
_in_repr: list = []


class SimpleNamespace:
    """Attributes given by keyword, printed `namespace(a=1, b=2)`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self) -> str:
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        for seen in _in_repr:
            if seen is self:
                return name + "(...)"
        _in_repr.append(self)
        try:
            return name + "(" + ", ".join([f"{k}={v!r}" for k, v in _pm_vars(self).items()]) + ")"
        finally:
            _in_repr.pop()

    def __eq__(self, other: Any) -> Any:
        if isinstance(other, SimpleNamespace):
            return _pm_vars(self) == _pm_vars(other)
        return NotImplemented

    def __ne__(self, other: Any) -> Any:
        if isinstance(other, SimpleNamespace):
            return _pm_vars(self) != _pm_vars(other)
        return NotImplemented

    # CPython compares the attribute dicts for every operator (so ordering raises dict's TypeError).
    def __lt__(self, other: Any) -> Any:
        if isinstance(other, SimpleNamespace):
            return _pm_vars(self) < _pm_vars(other)
        return NotImplemented

    def __le__(self, other: Any) -> Any:
        if isinstance(other, SimpleNamespace):
            return _pm_vars(self) <= _pm_vars(other)
        return NotImplemented

    def __gt__(self, other: Any) -> Any:
        if isinstance(other, SimpleNamespace):
            return _pm_vars(self) > _pm_vars(other)
        return NotImplemented

    def __ge__(self, other: Any) -> Any:
        if isinstance(other, SimpleNamespace):
            return _pm_vars(self) >= _pm_vars(other)
        return NotImplemented

    __hash__ = None


class MappingProxyType:
    """A read-only view of a mapping: it reads the mapping as it is now."""

    def __init__(self, mapping: Any) -> None:
        if isinstance(mapping, (list, tuple, str)) or not hasattr(mapping, "keys") \
                or not hasattr(mapping, "__getitem__"):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        self._pm_mapping = mapping

    def __getitem__(self, key: Any) -> Any:
        return self._pm_mapping[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._pm_mapping.get(key, default)

    def __contains__(self, key: Any) -> bool:
        return key in self._pm_mapping

    def __iter__(self) -> Any:
        return iter(self._pm_mapping)

    def __len__(self) -> int:
        return len(self._pm_mapping)

    def __reversed__(self) -> Any:
        return reversed(self._pm_mapping)

    def keys(self) -> Any:
        return self._pm_mapping.keys()

    def values(self) -> Any:
        return self._pm_mapping.values()

    def items(self) -> Any:
        return self._pm_mapping.items()

    def copy(self) -> Any:
        return self._pm_mapping.copy()

    def __eq__(self, other: Any) -> Any:
        return self._pm_mapping == other

    def __ne__(self, other: Any) -> Any:
        return self._pm_mapping != other

    def __or__(self, other: Any) -> Any:
        return self._pm_mapping | other

    def __ror__(self, other: Any) -> Any:
        return other | self._pm_mapping

    def __repr__(self) -> str:
        return f"mappingproxy({self._pm_mapping!r})"

    def __str__(self) -> str:
        return str(self._pm_mapping)

    def __setitem__(self, key: Any, value: Any) -> None:
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key: Any) -> None:
        raise TypeError("'mappingproxy' object does not support item deletion")

    __hash__ = None


# CPython's names of these types in its messages ("'types.SimpleNamespace' object has no
# attribute 'x'"); type(x).__name__ stays the short one (pmrt/typename.js).
SimpleNamespace._pm_tpname = "types.SimpleNamespace"
MappingProxyType.__name__ = "mappingproxy"
MappingProxyType.__qualname__ = "mappingproxy"

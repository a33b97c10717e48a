"""dataclasses for games: staged as the game's `dataclasses` when it imports it.

`@dataclass(…)` and `field(…)` in a class body are read at compile time by the guard
(pyminis/guard/rewrite.py) and built by runtime_js/python/pmrt/dataclasses.js; this module is
what a game calls at run time: fields, asdict, astuple, replace, is_dataclass, and the names
annotations use (InitVar, KW_ONLY, MISSING, Field, FrozenInstanceError).
"""

from typing import Any

import copy
from _pmrt import FrozenInstanceError as _FrozenInstanceError  # type: ignore[import-not-found]

__all__ = ["dataclass", "field", "fields", "asdict", "astuple", "replace", "is_dataclass", "Field",
           "MISSING", "InitVar", "KW_ONLY", "FrozenInstanceError"]


# bound here, so the module exports it (`from dataclasses import FrozenInstanceError`)
FrozenInstanceError = _FrozenInstanceError


class _MissingType:
    def __repr__(self) -> str:
        return "<dataclasses._MISSING_TYPE object>"


MISSING: Any = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY: Any = _KwOnlyType()


class InitVar:
    def __init__(self, type: Any) -> None:
        self.type = type

    def __repr__(self) -> str:
        return f"dataclasses.InitVar[{self.type}]"


class Field:
    """What `fields()` returns for each field (`type` is the annotation as written)."""

    def __init__(self, name: str, type: Any, default: Any, default_factory: Any, init: bool, repr: bool,
                 hash: Any, compare: bool, metadata: Any, kw_only: Any) -> None:
        self.name = name
        self.type = type
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self) -> str:
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r})")


def field(*, default: Any = MISSING, default_factory: Any = MISSING, init: bool = True, repr: bool = True,
          hash: Any = None, compare: bool = True, metadata: Any = None, kw_only: Any = MISSING) -> Any:
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field("", None, default, default_factory, init, repr, hash, compare, metadata, kw_only)


def dataclass(cls: Any = None, **options: Any) -> Any:
    raise TypeError("in games, @dataclass is written on the class it makes (the guard reads it when compiling)")


def _spec(obj: Any) -> Any:
    return getattr(obj, "__pm_dataclass", None)


def _all_fields(obj: Any) -> list[Any]:
    spec = _spec(obj)
    if spec is None:
        raise TypeError("must be called with a dataclass type or instance")
    return list(spec.fields)


def _field(raw: Any) -> Field:
    default = raw.py_default if raw.hasDefault else MISSING
    factory = raw.factory if raw.factory is not None else MISSING
    return Field(raw.name, raw.type, default, factory, raw.init, raw.repr, raw.hash, raw.compare, None,
                 raw.kwOnly)


def fields(class_or_instance: Any) -> tuple[Field, ...]:
    return tuple([_field(raw) for raw in _all_fields(class_or_instance) if not raw.initvar])


def is_dataclass(obj: Any) -> bool:
    return _spec(obj) is not None


def _is_instance(obj: Any) -> bool:
    return _spec(obj) is not None and not callable(obj)  # a class is callable, an instance is not


def _inner(obj: Any, factory: Any) -> Any:
    if _is_instance(obj):
        return factory([(f.name, _inner(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_inner(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_inner(v, factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_inner(k, factory), _inner(v, factory)) for k, v in obj.items()])
    return copy.deepcopy(obj)


def _inner_tuple(obj: Any, factory: Any) -> Any:
    if _is_instance(obj):
        return factory([_inner_tuple(getattr(obj, f.name), factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_inner_tuple(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_inner_tuple(v, factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_inner_tuple(k, factory), _inner_tuple(v, factory)) for k, v in obj.items()])
    return copy.deepcopy(obj)


def asdict(obj: Any, *, dict_factory: Any = dict) -> Any:
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _inner(obj, dict_factory)


def astuple(obj: Any, *, tuple_factory: Any = tuple) -> Any:
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _inner_tuple(obj, tuple_factory)


def replace(obj: Any, **changes: Any) -> Any:
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for raw in _all_fields(obj):
        name = raw.name
        if not raw.init:
            if name in changes:
                raise ValueError(f"field {name} is declared with init=False, it cannot be specified with replace()")
            continue
        if name not in changes:
            if raw.initvar and not raw.hasDefault:
                raise ValueError(f"InitVar {name!r} must be specified with replace()")
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)

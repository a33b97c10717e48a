"""What CPython's standard functions, classes and modules tell of themselves.

pyminis' standard modules are its own (runtime_js/python/math.js, pyminis/stdlib/json.py, …),
so `math.sqrt.__name__` read None, `json.__name__` None and `functools.reduce.__module__` None.
In a program that reads metadata (facts.METADATA), the rewrite gives each member it reads as a
value what CPython's own member has (`_pm_meta`, runtime_js/python/pmrt/introspection.js), and
turns a module's `__name__` and `__doc__` into CPython's text. The compiler runs on CPython, so
CPython is asked: `functools.reduce.__module__` is "_functools", `random.randint.__qualname__`
"Random.randint", as a program would print them.
"""

from __future__ import annotations

import functools
import importlib
import types
from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    name: str
    qualname: str
    module: str | None
    builtin: bool  # implemented in C: `<built-in function sqrt>`, type builtin_function_or_method


@functools.cache
def _module(name: str) -> types.ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


@functools.cache
def member(module: str, attr: str) -> Member | None:
    """CPython's metadata of `module.attr`; None where it has none (a constant, a missing name)."""
    found = getattr(_module(module), attr, None)
    name, qualname = getattr(found, "__name__", None), getattr(found, "__qualname__", None)
    if not isinstance(name, str) or not isinstance(qualname, str):
        return None
    owner = getattr(found, "__module__", None)
    builtin = isinstance(found, (types.BuiltinFunctionType, types.BuiltinMethodType))
    return Member(name, qualname, owner if isinstance(owner, str) else None, builtin)


MODULE_ATTRS = ("__name__", "__doc__")


def module_attr(module: str, attr: str) -> str | None:
    """A module's `__name__` or `__doc__` as CPython has it (None: it has no docstring)."""
    found = _module(module)
    return getattr(found, attr, None) if found is not None and attr in MODULE_ATTRS else None

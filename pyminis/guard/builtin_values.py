"""What a builtin's name reads as in a game module: a runtime helper for some
(`zip` is `_pm_zip`, lazy as CPython's), CPython's builtin function object for others, and
where the module binds the name itself at its top level (`try: range = xrange` / `except
NameError: pass`), what that variable holds until the module binds it: the builtin, as
CPython's lookup falls back to the builtins.
"""

from __future__ import annotations

import ast
import builtins

from pyminis.guard.scopes import bound_names

# Builtin functions replaced by a helper wherever they are read (called or passed: `key=len`).
FUNCTION_HELPERS = {"getattr": "_pm_getattr", "hasattr": "_pm_hasattr", "setattr": "_pm_setattr",
                    "delattr": "_pm_delattr_named", "hash": "_pm_hash", "format": "_pm_fmt", "zip": "_pm_zip",
                    "len": "_pm_len", "ord": "_pm_ord", "chr": "_pm_chr", "ascii": "_pm_ascii",
                    "iter": "_pm_iter", "map": "_pm_map", "filter": "_pm_filter", "reversed": "_pm_reversed",
                    "isinstance": "_pm_isinstance", "sum": "_pm_sum", "enumerate": "_pm_enumerate",
                    "id": "_pm_id"}
# CPython's builtin functions (`builtin_function_or_method`: len, print, max…): read as a value
# (`key=len`, `print(print)`) they pass through `_pm_bf`, which gives them CPython's repr,
# `__name__` and type (pmrt/introspection.js).
BUILTIN_FUNCTIONS = frozenset(name for name, value in vars(builtins).items()
                              if type(value).__name__ == "builtin_function_or_method" and not name.startswith("_"))
# What a builtin the module binds reads as before that (transcrypt_run.py starts the module's
# variable with it); the rest are Transcrypt's runtime's own, imported under BUILTIN_ALIAS.
START_HELPERS = {**FUNCTION_HELPERS, "range": "_pm_range", "property": "_pm_property"}
BUILTIN_ALIAS = "_pm_rt_b_"  # a runtime name the module also binds, under a name it cannot bind


def module_builtins(tree: ast.Module) -> set[str]:
    """The builtins' names the module's top level binds."""
    return {n for n in bound_names(tree) if hasattr(builtins, n) and not n.startswith("_")}


def start_helper(name: str) -> str | None:
    """The runtime helper a builtin the module binds starts as (the rewrite imports it)."""
    return START_HELPERS.get(name) or ("_pm_bf" if name in BUILTIN_FUNCTIONS else None)


def start_value(name: str, js_name: str) -> str:
    """JavaScript for what the module's variable `name` holds before the module binds it;
    `js_name` is Transcrypt's name of it, the runtime's export."""
    if name in START_HELPERS:
        return START_HELPERS[name]
    if name in BUILTIN_FUNCTIONS:
        return f"_pm_bf ({BUILTIN_ALIAS}{js_name}, {name!r})"
    return BUILTIN_ALIAS + js_name

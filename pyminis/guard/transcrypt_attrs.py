"""Code generation for attribute reads whose presence the guard could not prove
(pyminis/guard/presence.py; transcrypt_run.py installs this on Transcrypt's generator).

The rewrite marks such a read `o.attr` as `_pm_ga(o, "attr")` (a call of a method no class
defines, `_pm_ga(o, "m")(…)`, becomes `(…).call(o, …)`); here it becomes
`(o.attr ?? _pm_ga (o, 'attr'))`: a plain property load at the read's own place (its own
inline cache, as fast as `o.attr` — a helper function would share one cache between every
attribute name of the program and go megamorphic), and a call only when the value is null or
undefined, where `_pm_ga` (runtime_js/python/pmrt/calls.js) returns None or raises
AttributeError. An object expression with side effects is evaluated once, through a temporary
`__pm_t` declared before the statement (`var`, so each function has its own).
"""

from __future__ import annotations

import ast
from typing import Any

TEMP = "__pm_t"
# `_pm_gf(o, "m")(…)`: a checked call of an attribute that holds a value, which must be callable.
MARKERS = ("_pm_ga", "_pm_gc", "_pm_gf")
# Names JavaScript gives every class and instance (Object.prototype's, Function.prototype's, a
# function's own): their checked reads go through `_pm_gj` (runtime_js/python/pmrt/calls.js).
JS_MEMBERS = frozenset({
    "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
    "toString", "valueOf", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
    "__lookupSetter__", "apply", "bind", "call", "length", "caller", "arguments", "prototype"})
JS_HELPERS = {"_pm_ga": "_pm_gj", "_pm_gc": "_pm_gcj"}


def marker(node: ast.AST) -> tuple[ast.expr, str] | None:
    """(object, property name) of a `_pm_ga(o, "attr")` marker, else None."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS
            and len(node.args) == 2 and not node.keywords and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)):
        return node.args[0], node.args[1].value
    return None


def pure(node: ast.AST) -> bool:
    """Evaluating it twice does nothing more than once (names and attribute reads of them)."""
    if isinstance(node, ast.Name):
        return True
    if isinstance(node, ast.Attribute):
        return pure(node.value)
    found = marker(node)
    return found is not None and pure(found[0])


def needs_temp(statement: ast.AST) -> bool:
    return any(found is not None and not pure(found[0]) for found in map(marker, ast.walk(statement)))


def visit_call(generator: Any, node: ast.Call, original: Any) -> None:
    found = marker(node)
    if found is None:
        callee = marker(node.func)
        if callee is None:
            original(generator, node)
            return
        # `_pm_ga(o, "m")(args)`: the checked method called with `this` = o (`_pm_gc` gives a
        # function raising TypeError for None, so `.call` never meets null).
        value = callee[0] if pure(callee[0]) else ast.Name(id=TEMP, ctx=ast.Load())
        checked: ast.expr = ast.Call(func=ast.Name(id="_pm_gc", ctx=ast.Load()), args=node.func.args, keywords=[])
        if node.func.func.id == "_pm_gf":  # type: ignore[attr-defined]
            checked = ast.Call(func=ast.Name(id="_pm_fn", ctx=ast.Load()), args=[checked], keywords=[])
        call = ast.Call(func=ast.Attribute(value=checked, attr="call", ctx=ast.Load()),
                        args=[value, *node.args], keywords=node.keywords)
        original(generator, ast.copy_location(call, node))
        return
    value, name = found
    helper = node.func.id  # type: ignore[attr-defined]
    if name in JS_MEMBERS and helper in JS_HELPERS:
        # JavaScript's own member (`length`, `call`, `toString`) is never null: no fast path.
        generator.emit("{} (", JS_HELPERS[helper])
        generator.visit(value)
        generator.emit(", '{}')", name)
        return
    if pure(value):
        generator.emit("(")
        generator.visit(value)
        generator.emit(".{} ?? {} (", name, helper)
        generator.visit(value)
        generator.emit(", '{}'))", name)
    else:
        generator.emit("(({} = ", TEMP)
        generator.visit(value)
        generator.emit(").{} ?? {} ({}, '{}'))", name, helper, TEMP, name)

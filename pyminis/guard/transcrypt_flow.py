"""Code generation for Python's exception flow: try, raise, assert, with (transcrypt_run.py
installs these on Transcrypt's generator for the game's modules).

What Transcrypt 3.9.5 emitted, and what Python means:
- `try … else`: the else block ran inside the try with an empty catch around it, so an
  exception raised there vanished; Python runs it after the try, unprotected by its handlers.
- a caught JavaScript error (calling None, reading an attribute of None, a stack overflow) was
  tested with `isinstance` as it was, so only a bare `except:` caught it; each handler now sees
  it as Python's exception first (`_pm_exc`, runtime_js/python/pmrt/errors.js): TypeError,
  AttributeError, RecursionError, NameError.
- `raise` set `__cause__` to null on every raise, a bare re-raise too, and threw a class as it
  was (`raise ValueError`); `_pm_raise` instantiates a class, sets `__cause__` (`from`),
  `__suppress_context__` and `__context__` (the exception being handled).
- `assert test, message` evaluated the message even when the test held.
- `with`: `as` bound the context manager instead of what `__enter__` returned, `__exit__` got
  the exception's JS name and stack instead of (type, value, traceback), no arguments on a
  normal exit, and was skipped when the body left by return, break or continue.

A module whose text is compiled as written (a trusted `# pyminis: compile-plain` module) does
not import the helpers: there the conversions are left out.
"""

from __future__ import annotations

import ast
from typing import Any

RUNTIME_MODULE = "_pmrt"


def imported_helpers(tree: ast.Module) -> frozenset[str]:
    """The pmrt helpers a module imports (the guard's rewrite appends the import line)."""
    return frozenset(alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
                     and node.module == RUNTIME_MODULE for alias in node.names)


def has(generator: Any, helper: str) -> bool:
    return helper in getattr(generator, "pm_helpers", frozenset())


UNSET = "_pm_unset"  # what a name that may be read unbound holds until bound (guard/unbound.py)
CHECK = "_pm_ul"


def _checked(nodes: Any) -> set[str]:
    """The names read through `_pm_ul(name, 'name', local)` among `nodes`."""
    return {n.args[0].id for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
            and n.func.id == CHECK and n.args and isinstance(n.args[0], ast.Name)}


def _own(function: ast.AST) -> list[ast.AST]:
    """The nodes of a function's body, not of the functions and lambdas nested in it."""
    found: list[ast.AST] = []
    stack = list(ast.iter_child_nodes(function))
    while stack:
        node = stack.pop()
        found.append(node)
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            stack.extend(ast.iter_child_nodes(node))
    return found


def declare_unset(generator: Any, statement: ast.stmt) -> None:
    """Before a function's first statement: `var x = _pm_unset;` for each local it reads
    checked, so the read raises UnboundLocalError until `x` is bound (JavaScript's `var` made
    it undefined, read as None)."""
    function = getattr(statement, "parentNode", None)
    if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) or getattr(function, "pm_unset", False):
        return
    function.pm_unset = True  # type: ignore[attr-defined]
    params = {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    for name in sorted(_checked(_own(function)) - params):
        generator.emit("var {} = {};\n", generator.filterId(name), UNSET)


def _unset_handler_name(generator: Any, name: str) -> None:
    """At the end of `except … as name:`: CPython deletes the name; a checked read of it later
    raises (only where the rewrite checks some read of it)."""
    if not has(generator, UNSET):
        return
    names = generator.__dict__.get("_pm_checked")
    if names is None:
        names = generator._pm_checked = _checked(ast.walk(generator.module.parseTree))
    if name in names:
        generator.emit("{} = {};\n", generator.filterId(name), UNSET)


def _handlers(generator: Any) -> list[str]:
    """The catch variables of the handlers being emitted, innermost last."""
    if not hasattr(generator, "pm_handling"):
        generator.pm_handling = []
    return generator.pm_handling  # type: ignore[no-any-return]


def visit_try(generator: Any, node: ast.Try) -> None:
    generator.adaptLineNrString(node)
    if not node.handlers:  # try … finally
        generator.emit("try {{\n")
        generator.indent()
        generator.emitBody(node.body)
        generator.dedent()
        generator.emit("}}\n")
        _finally(generator, node.finalbody)
        return
    if node.finalbody:
        generator.emit("try {{\n")
        generator.indent()
    flag = None
    if node.orelse:
        flag = generator.nextTemp("pmelse")
        generator.emit("var {} = false;\n", flag)
    generator.emit("try {{\n")
    generator.indent()
    generator.emitBody(node.body)
    if flag:
        generator.emit("{} = true;\n", flag)
    generator.dedent()
    generator.emit("}}\n")
    caught = generator.nextTemp("except")
    generator.emit("catch ({}) {{\n", caught)
    generator.indent()
    if has(generator, "_pm_exc"):
        generator.emit("{0} = _pm_exc ({0});\n", caught)
    _handlers(generator).append(caught)
    for index, handler in enumerate(node.handlers):
        if index:
            generator.emit("else ")
        if handler.type is None:  # a bare except catches everything: the last handler
            generator.emit("{{\n")
            generator.indent()
            generator.emitBody(handler.body)
            generator.dedent()
            generator.emit("}}\n")
            break
        generator.emit("if (isinstance ({}, ", caught)
        generator.visit(handler.type)
        generator.emit(")) {{\n")
        generator.indent()
        if handler.name:
            generator.emit("var {} = {};\n", handler.name, caught)
        generator.emitBody(handler.body)
        if handler.name:
            _unset_handler_name(generator, handler.name)
        generator.dedent()
        generator.emit("}}\n")
    else:
        generator.emit("else {{\n")
        generator.indent()
        generator.emit("throw {};\n", caught)
        generator.dedent()
        generator.emit("}}\n")
    _handlers(generator).pop()
    generator.dedent()
    generator.prevTemp("except")
    generator.emit("}}\n")
    if flag:
        generator.emit("if ({}) {{\n", flag)
        generator.indent()
        generator.emitBody(node.orelse)
        generator.dedent()
        generator.emit("}}\n")
        generator.prevTemp("pmelse")
    if node.finalbody:
        generator.dedent()
        generator.emit("}}\n")
        _finally(generator, node.finalbody)


def _finally(generator: Any, body: list[ast.stmt]) -> None:
    generator.emit("finally {{\n")
    generator.indent()
    generator.emitBody(body)
    generator.dedent()
    generator.emit("}}\n")


def visit_raise(generator: Any, node: ast.Raise) -> None:
    generator.adaptLineNrString(node)
    if node.exc is None:  # re-raise what the enclosing handler caught, unchanged
        generator.emit("throw {}", generator.getTemp("except"))
        return
    if not has(generator, "_pm_raise"):
        generator.emit("throw ")
        generator.visit(node.exc)
        return
    handling = _handlers(generator)
    generator.emit("throw _pm_raise (")
    generator.visit(node.exc)
    generator.emit(", {}", handling[-1] if handling else "null")
    if node.cause is not None:
        generator.emit(", ")
        generator.visit(node.cause)
    generator.emit(")")


def visit_assert(generator: Any, node: ast.Assert) -> None:
    generator.adaptLineNrString(node)
    generator.emit("if (!(")
    generator.visit(node.test)
    generator.emit(")) {{throw AssertionError (")
    if node.msg is not None:
        generator.visit(node.msg)
    generator.emit(");}}")


def visit_with(generator: Any, node: ast.With, original: Any) -> None:
    """`with a as x, b:` as CPython runs it, one item inside the other."""
    if not has(generator, "_pm_exit") or any(_is_pragma(item.context_expr) for item in node.items):
        original(generator, node)
        return
    generator.adaptLineNrString(node)
    _with_items(generator, node.items, node.body)


def _is_pragma(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "__pragma__"


def _with_items(generator: Any, items: list[ast.withitem], body: list[ast.stmt]) -> None:
    if not items:
        generator.emitBody(body)
        return
    item = items[0]
    manager = generator.nextTemp("pmwith")
    ok = generator.nextTemp("pmok")
    generator.emit("var {} = ", manager)
    generator.visit(item.context_expr)
    generator.emit(";\n")
    value = generator.nextTemp("pmvalue")
    generator.emit("var {} = {}.__enter__ ();\n", value, manager)
    generator.emit("var {} = true;\n", ok)
    generator.emit("try {{\n")
    generator.indent()
    if item.optional_vars is not None:
        target: ast.expr = item.optional_vars
        entered: ast.expr = ast.Name(id=value, ctx=ast.Load())
        if isinstance(target, (ast.Tuple, ast.List)) and has(generator, "_pm_unpack"):
            # `as (a, *rest)`: any iterable, CPython's counts and errors (pmrt/unpack.js)
            entered, target = ast.Call(func=ast.Name(id="_pm_unpack", ctx=ast.Load()),
                                       args=[entered, _shape(target)], keywords=[]), _unstarred(target)
        assign = ast.Assign(targets=[target], value=entered)
        generator.visit(ast.copy_location(assign, item.context_expr))
        generator.emit(";\n")
    _with_items(generator, items[1:], body)
    generator.dedent()
    generator.emit("}}\n")
    caught = generator.nextTemp("except")
    generator.emit("catch ({}) {{\n", caught)
    generator.indent()
    generator.emit("{0} = _pm_exc ({0});\n", caught)
    generator.emit("{} = false;\n", ok)
    generator.emit("if (!_pm_exit ({}, {})) {{\n", manager, caught)
    generator.indent()
    generator.emit("throw {};\n", caught)
    generator.dedent()
    generator.emit("}}\n")
    generator.dedent()
    generator.emit("}}\n")
    generator.prevTemp("except")
    generator.emit("finally {{\n")
    generator.indent()
    generator.emit("if ({0}) {{_pm_exit ({1}, null);}}\n", ok, manager)
    generator.dedent()
    generator.emit("}}\n")
    generator.prevTemp("pmvalue")
    generator.prevTemp("pmok")
    generator.prevTemp("pmwith")


def _shape(target: ast.Tuple | ast.List) -> ast.expr:
    """`_pm_unpack`'s shape of a target (guard/rewrite.py unpack_shape), as a literal."""
    return ast.List(elts=[_shape(e) if isinstance(e, (ast.Tuple, ast.List)) else
                          ast.Constant(value=-1 if isinstance(e, ast.Starred) else 0) for e in target.elts],
                    ctx=ast.Load())


def _unstarred(target: ast.expr) -> ast.expr:
    """The target with each `*rest` a plain `rest` (its list is in that place)."""
    if isinstance(target, ast.Starred):
        return target.value
    if isinstance(target, (ast.Tuple, ast.List)):
        return ast.Tuple(elts=[_unstarred(e) for e in target.elts], ctx=ast.Store())
    return target

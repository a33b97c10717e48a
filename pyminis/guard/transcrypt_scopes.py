"""Class bodies reading their own names (transcrypt_run.py installs this on the generator).

Transcrypt compiles a class body to an object literal, `{W: 8, SIZE: tuple ([W, H])}`, whose
fields cannot see one another: `W` there is the module's. Each name a body reads back
(scopes.class_reads) gets a temporary declared before the class, assigned where the body binds
the name (`W: (__pm_c1_W = 8)`, `__add__: __pm_c1___add__ = function …`) and read where the
body reads it (`SIZE: tuple ([__pm_c1_W, …])`), in the body's own order, as CPython runs it.
"""

from __future__ import annotations

import ast
from typing import Any

from pyminis.guard import scopes

TEMP = "__pm_c{}_{}"
_counter = [0]


def _classes(node: ast.ClassDef) -> list[ast.ClassDef]:
    """A class and the classes nested in its body (their literals are inside its literal)."""
    found = [node]
    for statement in node.body:
        if isinstance(statement, ast.ClassDef):
            found += _classes(statement)
    return found


def declare_class_names(generator: Any, node: ast.ClassDef) -> None:
    """Before a class statement (outside any class body): rename the reads of its body's own
    names (and its nested classes') to temporaries, assign them where the names are bound, and
    declare them."""
    if getattr(node, "pm_scoped", False):
        return
    declared: list[str] = []
    for cls in _classes(node):
        cls.pm_scoped = True  # type: ignore[attr-defined]
        reads = [r for r in scopes.class_reads(cls) if r.renamable]
        if not reads:
            continue
        _counter[0] += 1
        temps = {name: TEMP.format(_counter[0], name) for name in sorted({r.name.id for r in reads})}
        declared += temps.values()
        for binder in {id(r.binder): r.binder for r in reads}.values():
            name = scopes.inline_name(binder)
            if name is None:  # a method aliased whole: its header assigns (visit_method below)
                binder.pm_class_temp = temps[binder.name]  # type: ignore[attr-defined, union-attr]
                continue
            value = binder.value  # type: ignore[attr-defined]
            binder.value = ast.copy_location(  # type: ignore[attr-defined]
                ast.NamedExpr(target=ast.Name(id=temps[name], ctx=ast.Store()), value=value), value)
        for read in reads:
            read.name.id = temps[read.name.id]
    if declared:
        generator.emit("var {};\n", ", ".join(declared))


def visit_method(generator: Any, node: ast.FunctionDef, visit: Any) -> None:
    """A method some later statement of its class body reads: its field assigns the temporary."""
    temp = getattr(node, "pm_class_temp", None)
    start = generator.fragmentIndex
    visit()
    if temp is None:
        return
    fragments = generator.targetFragments
    name = generator.filterId(node.name)
    for index in range(start, generator.fragmentIndex):
        for head in (f"{name}: function", f"{name}: async function"):
            if fragments[index] == head:
                fragments[index] = f"{name}: {temp} = {head[len(name) + 2:]}"
                return
    from org.transcrypt import utils  # type: ignore[import-not-found]
    raise utils.Error(lineNr=node.lineno, message="\n\tthis method cannot be read in its class body\n")

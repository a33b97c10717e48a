"""A class body with statements, compiled as a function the class's creation runs
(class_bodies.py says which classes; transcrypt_run.py installs this on the generator).

    class Settings:                         var __pm_cbody1 = function (__pm_ns, __pm_def) {
        DEBUG = True                            __pm_ns.DEBUG = true;
        if DEBUG:                               if (('DEBUG' in __pm_ns ? __pm_ns.DEBUG : DEBUG)) {
            speed = 1                               __pm_ns.speed = 1; } …
        def go(self): …                         __pm_def ('go', 1);
                                            };
                                            export var Settings = __class__ ('Settings', [object], {
                                                __pm_body__: _pm_class_body (__pm_cbody1),
                                                go: function () {…}});

Every statement keeps its own line (source maps name the author's lines). `__pm_def (key, 1)`
binds a plain def as a function taking `self` first (the literal's method takes it as `this`);
`__pm_def (key, 0)` binds the literal's value as it is (a staticmethod, a nested class).
"""

from __future__ import annotations

import ast
from typing import Any

from pyminis.guard import class_bodies, scopes

BODY = "__pm_cbody{}"
NS = "__pm_ns"
DEF = "__pm_def"
RUNNER = "_pm_class_body"  # pmrt/class_bodies.js (guard/rewrite.py imports it where a class needs it)
_counter = [0]


class _Names(ast.NodeTransformer):
    """The body's own names: stores and deletes become the namespace's attributes; reads are
    marked for visit_name (the namespace's, else the enclosing scope's)."""

    def __init__(self, own: set[str]) -> None:
        self.own = own
        self.loops = 0

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            return ast.copy_location(ast.Attribute(value=ast.copy_location(ast.Name(id=NS, ctx=ast.Load()), node),
                                                   attr=node.id, ctx=node.ctx), node)
        if node.id in self.own:
            node.pm_class_ns = NS  # type: ignore[attr-defined]
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.AST:
        # `del x` reaches here as `x = _pm_undef` (guard/unbound.py): a namespace drops the name.
        if isinstance(node.value, ast.Name) and node.value.id == "_pm_undef" \
                and all(isinstance(t, ast.Name) for t in node.targets):
            return ast.copy_location(ast.Delete(targets=[self.visit(t) for t in node.targets]), node)
        return self.generic_visit(node)

    def visit_For(self, node: ast.For) -> ast.AST:
        # Transcrypt declares a loop's target (`for (var t of …)`): an attribute is assigned
        # from a temporary as the body's first statement.
        node = self.generic_visit(node)  # type: ignore[assignment]
        if isinstance(node.target, ast.Name):
            return node
        self.loops += 1
        temp = ast.copy_location(ast.Name(id=f"__pm_for{self.loops}", ctx=ast.Store()), node.target)
        store = ast.copy_location(ast.Assign(targets=[node.target], value=ast.Name(id=temp.id, ctx=ast.Load())), node.target)
        node.target = temp
        node.body.insert(0, ast.fix_missing_locations(store))
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST | list[ast.stmt]:
        # A def inside a statement: a local function, then stored in the namespace as a method
        # (`__pm_def (f, 2)` marks it as pmrt/class_values.js marks a function a body stores).
        node.args = self.visit(node.args)  # type: ignore[assignment]  # (its defaults: class scope)
        store = ast.Assign(targets=[ast.Attribute(value=ast.Name(id=NS, ctx=ast.Load()), attr=node.name, ctx=ast.Store())],
                           value=ast.Call(func=ast.Name(id=DEF, ctx=ast.Load()),
                                          args=[ast.Name(id=node.name, ctx=ast.Load()), ast.Constant(value=2)], keywords=[]))
        return [node, ast.fix_missing_locations(ast.copy_location(store, node))]

    def visit_Call(self, node: ast.Call) -> ast.AST:
        # Transcrypt compiles `property (…)` only inside a class literal (`property.call (Cls,
        # Cls.fget…)`); here it is the runtime's property of the functions given.
        if isinstance(node.func, ast.Name) and node.func.id == "property" and "property" not in self.own:
            node.func.pm_plain_name = "property"  # type: ignore[attr-defined]
            node.func.id = "__pm_property"
        return self.generic_visit(node)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        # Only what the class scope evaluates: not a lambda's body, nor a comprehension's
        # (but its first iterable).
        if isinstance(node, ast.Lambda):
            node.args = self.visit(node.args)  # type: ignore[assignment]
            return node
        if isinstance(node, scopes.COMPREHENSIONS):
            node.generators[0].iter = self.visit(node.generators[0].iter)
            return node
        return super().generic_visit(node)


def _marker(item: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef, generator: Any) -> ast.stmt:
    plain = isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and not item.decorator_list
    call = ast.Call(func=ast.Name(id=DEF, ctx=ast.Load()),
                    args=[ast.Constant(value=generator.filterId(item.name)), ast.Constant(value=int(plain))],
                    keywords=[])
    return ast.copy_location(ast.Expr(value=ast.fix_missing_locations(ast.copy_location(call, item))), item)


def _own_defaults(item: ast.FunctionDef | ast.AsyncFunctionDef, own: set[str], names: _Names,
                  temps: list[str]) -> list[ast.stmt]:
    """A method's default reading the body's names (`def move(self, by=SPEED)`) is evaluated by
    the body function at the def's place, into a temporary its parameter reads (a name
    transcrypt_functions.py takes for a hoisted default)."""
    stores: list[ast.stmt] = []
    args = item.args

    def take(default: ast.expr) -> ast.expr:
        if not any(isinstance(n, ast.Name) and n.id in own for n in ast.walk(default)):
            return default
        _counter[0] += 1
        temp = f"__pm_dflt_c{_counter[0]}"
        temps.append(temp)
        store = ast.Assign(targets=[ast.Name(id=temp, ctx=ast.Store())], value=names.visit(default))
        stores.append(ast.fix_missing_locations(ast.copy_location(store, default)))
        return ast.copy_location(ast.Name(id=temp, ctx=ast.Load()), default)

    args.defaults = [take(d) for d in args.defaults]
    args.kw_defaults = [None if d is None else take(d) for d in args.kw_defaults]
    for default in [*args.defaults, *args.kw_defaults]:
        if default is not None:
            default.parentNode = args  # type: ignore[attr-defined]
    return stores


def compile_body(generator: Any, node: ast.ClassDef) -> None:
    """Before a class statement whose body needs it: emit its body function and leave the
    literal the defs, the nested classes, the docstring and `__pm_body__`."""
    if getattr(node, "pm_body_done", False) or not class_bodies.needs_body(node) \
            or class_bodies.refusal(node, False) is not None:
        return
    node.pm_body_done = True  # type: ignore[attr-defined]
    _counter[0] += 1
    name = BODY.format(_counter[0])
    own = scopes.bound_names(node)
    names = _Names(own)
    body: list[ast.stmt] = []
    kept: list[ast.stmt] = []
    moved = class_bodies.moved(node)
    defaults: list[str] = []
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            body += _own_defaults(statement, own, names, defaults)
        if isinstance(statement, class_bodies.DEFS):
            body.append(_marker(statement, generator))
            kept.append(statement)
        elif any(statement is m for m in moved):
            if isinstance(statement, ast.AnnAssign) and statement.value is not None:
                # (the annotation is not kept: no __annotations__)
                statement = ast.copy_location(ast.Assign(targets=[statement.target], value=statement.value), statement)
            body.append(names.visit(statement))
        else:
            kept.append(statement)
    if defaults:  # assigned by the body, read by the methods' calls
        generator.emit("var {};\n", ", ".join(defaults))
        scope = ast.Global if isinstance(node.parentNode, ast.Module) else ast.Nonlocal  # type: ignore[attr-defined]
        body.insert(0, ast.copy_location(scope(names=defaults), node))
    function = ast.FunctionDef(name=name, args=ast.arguments(
        posonlyargs=[], args=[ast.arg(arg=NS), ast.arg(arg=DEF)], vararg=None, kwonlyargs=[], kw_defaults=[],
        kwarg=None, defaults=[]), body=body or [ast.Pass()], decorator_list=[], returns=None, type_comment=None)
    ast.copy_location(function, node)
    ast.fix_missing_locations(function)
    function.parentNode = node.parentNode  # type: ignore[attr-defined]  # (Transcrypt reads it)
    for parent in ast.walk(function):
        for child in ast.iter_child_nodes(parent):
            child.parentNode = parent  # type: ignore[attr-defined]
    generator.visit(function)
    generator.emit(";\n")
    runner = ast.Call(func=ast.Name(id=RUNNER, ctx=ast.Load()), args=[ast.Name(id=name, ctx=ast.Load())], keywords=[])
    field = ast.Assign(targets=[ast.Name(id="__pm_body__", ctx=ast.Store())], value=runner)
    docstring = 1 if kept and class_bodies.is_docstring(kept[0]) else 0
    kept.insert(docstring, ast.fix_missing_locations(ast.copy_location(field, node)))
    for child in ast.walk(field):
        child.parentNode = node  # type: ignore[attr-defined]
    node.body = kept


def class_keywords(node: ast.ClassDef) -> None:
    """`class A(Base, metaclass=M, flag=1)`: Transcrypt passed only the metaclass (and refused a
    class with keywords but none). The metaclass's place gets a name visit_name writes as
    `M, __kwargtrans__ ({'flag': 1})` (`null` without one): __class__ hands the keywords to
    the metaclass's methods, or to `__init_subclass__`."""
    if any(k.arg == "metaclass" for k in node.keywords) and not node.bases:
        # The metaclass sees the bases written, `()`, not Transcrypt's `[object]`.
        empty = ast.copy_location(ast.Name(id="__pm_no_base", ctx=ast.Load()), node)
        empty.pm_plain_name = " "  # type: ignore[attr-defined]
        empty.parentNode = node  # type: ignore[attr-defined]
        node.bases = [empty]
    others = [k for k in node.keywords if k.arg != "metaclass"]
    if not others or any(k.arg is None for k in others):
        return
    meta = next((k.value for k in node.keywords if k.arg == "metaclass"), None)
    holder = ast.copy_location(ast.Name(id="__pm_meta", ctx=ast.Load()), node)
    holder.pm_class_kwargs = (meta, others)  # type: ignore[attr-defined]
    holder.parentNode = node  # type: ignore[attr-defined]
    node.keywords = [ast.copy_location(ast.keyword(arg="metaclass", value=holder), node)]


def _emit_class_kwargs(generator: Any, node: ast.Name) -> None:
    meta, keywords = node.pm_class_kwargs  # type: ignore[attr-defined]
    if meta is None:
        generator.emit("null")
    else:
        generator.visit(meta)
    generator.emit(", __kwargtrans__ ({{")
    for index, keyword in enumerate(keywords):
        generator.emit("{}", (", " if index else "") + f"'{keyword.arg}': ")
        generator.visit(keyword.value)
    generator.emit("}})")


def visit_name(generator: Any, node: ast.Name, original: Any) -> None:
    """A read of a class body's own name in its body function: the namespace's if bound there."""
    ns = getattr(node, "pm_class_ns", None)
    if hasattr(node, "pm_class_kwargs"):
        _emit_class_kwargs(generator, node)
        return
    if getattr(node, "pm_plain_name", None):
        generator.emit("{}", node.pm_plain_name)  # type: ignore[attr-defined]
        return
    if ns is None:
        original(generator, node)
        return
    key = generator.filterId(node.id)
    generator.emit("(Object.hasOwn ({0}, '{1}') ? {0}.{1} : ", ns, key)
    original(generator, node)
    generator.emit(")")


def plain_prepare(node: ast.ClassDef) -> None:
    """A metaclass's `def __prepare__(name, bases)` without a decorator is a plain function
    read from the class (CPython calls `meta.__prepare__(name, bases)`): a staticmethod, not a
    method taking the name as `this`."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__prepare__" and not item.decorator_list:
            name = ast.copy_location(ast.Name(id="staticmethod", ctx=ast.Load()), item)
            name.parentNode = item  # type: ignore[attr-defined]
            item.decorator_list.append(name)

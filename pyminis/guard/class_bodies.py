"""Class bodies run as CPython runs them: which classes need it, and which cannot have it.

Transcrypt compiles a class body to an object literal: defs, classes and `name = value` only
(scopes.py). A body with other statements (`if`, `for`, `x += 1`, a call, `a, b = …`, a read
of a def it made) is compiled instead (transcrypt_class_bodies.py) as a function run when the
class is made, in order, binding names in a namespace object that later statements read back
(a name not bound there yet is the enclosing scope's, as CPython's LOAD_NAME); the defs stay in
the literal and a marker at each def's place binds it in the namespace, so a later statement
reads it as CPython's plain function (`weight = property(get_weight, set_weight)`, dispatch
tables). The namespace becomes the class attributes (runtime_classes.js `__class__`), before
the metaclass, `__set_name__`, `__init_subclass__` and the decorators see them.

A def inside a statement (`if sys.version_info >= …: def f(self): …`) is a function of the body
stored in the namespace, a method as any function a class body stores. What keeps PM127: a
class nested in a class body (its literal is inside another literal), names a function cannot
bind in an object (`import`, `global`, `except … as`, `with … as`, walrus, a class or a
decorated def or one calling super() inside a statement), a def's decorators or a nested class's bases reading the body's names
(evaluated with the literal, before the statements; a default is evaluated by the body), a statement reading a def made by a decorator other than
staticmethod, decorators or nested classes that may act while statements with calls run in
between (their order would change), dataclasses (fields are read from the literal).
"""

from __future__ import annotations

import ast

from pyminis.guard import scopes

# Decorators whose def a statement can read back: the literal holds a function CPython's
# would act as (a plain def is wrapped to take `self` first; a staticmethod is plain already).
READABLE = frozenset({"", "staticmethod"})
# Decorators that only describe the def (no side effects when they run).
QUIET = frozenset({"staticmethod", "classmethod", "property", "abstractmethod", "setter", "getter",
                   "deleter", "override", "final", "overload", "cached_property"})
UNBINDABLE = (ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal, ast.NamedExpr, ast.With,
              ast.AsyncWith, ast.AsyncFunctionDef, ast.ClassDef)
DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else "?"


def is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
        and (isinstance(statement.value.value, str) or statement.value.value is Ellipsis)


def needs_body(cls: ast.ClassDef) -> bool:
    """The class body has what its object literal cannot run (PM127 before this pass)."""
    return (bool(scopes.dropped_statements(cls)) or any(not r.renamable for r in scopes.class_reads(cls))
            # `table[1] = 2`, `x = y = 0`: the rewrite makes some of these calls (`_pm_si`), which
            # only a body function runs; decided on both sides alike.
            or any(isinstance(s, ast.Assign) and (len(s.targets) > 1 or not isinstance(s.targets[0], ast.Name))
                   for s in cls.body))


def moved(cls: ast.ClassDef) -> list[ast.stmt]:
    """The statements the body function runs (the rest stay in the literal)."""
    return [s for s in cls.body if not isinstance(s, (*DEFS, ast.Pass)) and not is_docstring(s)
            and not (isinstance(s, ast.AnnAssign) and s.value is None)]


def _reads(node: ast.expr | ast.stmt, names: set[str]) -> list[ast.Name]:
    holder = ast.Module(body=[ast.Expr(value=node) if isinstance(node, ast.expr) else node], type_ignores=[])
    return [n for n in scopes.scope_nodes(holder) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
            and n.id in names]


def constructor_reads(cls: ast.ClassDef) -> list[ast.Name]:
    """Reads, in the class body itself, of the `__init__` or `__new__` it defines (`reset =
    __init__`): Transcrypt compiles those two to accessors that exist only on the class made,
    so the body has nothing to read."""
    defined = {s.name for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))
               and s.name in ("__init__", "__new__")}
    return [n for n in scopes.scope_nodes(cls) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
            and n.id in defined]


def refusal(cls: ast.ClassDef, in_class: bool) -> tuple[ast.AST, str] | None:
    """Why this class body cannot run as a function (the node to name, the reason); None if it can."""
    if in_class:
        return cls, "a class nested in a class body cannot run statements in its body"
    if any(decorator_name(d) == "dataclass" for d in cls.decorator_list):
        return cls, "a dataclass body runs only `name: type = value`, defs and classes"
    statements = moved(cls)
    bound = {n for s in statements for n in scopes.bound_names(ast.Module(body=[s], type_ignores=[]))}
    defs = [s for s in cls.body if isinstance(s, DEFS)]
    def_names = [d.name for d in defs]
    if len(set(def_names)) < len(def_names):
        twice = next(d for d in defs if def_names.count(d.name) > 1)
        return twice, f"{twice.name} is defined twice in a class body with statements"
    for statement in statements:
        for node in scopes.scope_nodes(ast.Module(body=[statement], type_ignores=[])):
            if isinstance(node, UNBINDABLE) or isinstance(node, ast.ExceptHandler) and node.name:
                what = type(node).__name__.lower()
                return node, f"`{what}` in a class body with statements"
            if isinstance(node, ast.FunctionDef) and (node.decorator_list or any(
                    isinstance(n, ast.Name) and n.id in ("super", "__class__") for n in ast.walk(node))):
                return node, f"a def inside a statement of a class body with {'a decorator' if node.decorator_list else 'super()'}"
    calls = any(isinstance(n, ast.Call) for s in statements for n in ast.walk(s))
    for item in defs:
        early = [*item.decorator_list]
        if isinstance(item, ast.ClassDef):
            early += [*item.bases, *(k.value for k in item.keywords)]
        for expr in early:
            for read in _reads(expr, bound | set(def_names)):
                return read, (f"the {'decorator' if expr in item.decorator_list else 'base or keyword'} "
                              f"of {item.name} reads {read.id} of a class body with statements")
        loud = [d for d in item.decorator_list if decorator_name(d) not in QUIET]
        if calls and (loud or isinstance(item, ast.ClassDef) and (item.keywords or needs_body(item))):
            return item, f"{item.name} would be made before the class body's statements run, not in order"
        if any(decorator_name(d) in ("property", "setter", "getter", "deleter") for d in item.decorator_list) \
                and item.name in bound:
            return item, f"{item.name} is both a property and assigned in the class body"
    readable = {d.name for d in defs if isinstance(d, ast.ClassDef)
                or all(decorator_name(x) in READABLE for x in d.decorator_list)}
    unreadable = set(def_names) - readable
    for statement in statements:
        for read in _reads(statement, unreadable):
            return read, f"the class body reads {read.id}, a def its decorator makes"
    return None

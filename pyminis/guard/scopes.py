"""Class bodies, whose scope JavaScript's object literals lack: what the lint refuses (PM127),
what the generator renames (transcrypt_scopes.py).

CPython runs a class body as a block whose later statements read the names it bound
(`SIZE = (W, H)` after `W = 8`); Transcrypt compiles it to an object literal, where `W` is the
module's `W` (or a NameError), and drops every statement that is not a def, a class or an
assignment (`if`, `for`, `x += 1`, a call). Reads of names the body assigned with a plain
`name = value`, and of plain methods aliased whole (`__radd__ = __add__`), are renamed by the
generator; the rest is refused.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
# Decorators Transcrypt reads by their spelling, never evaluating them.
ACCESSORS = frozenset({"setter", "getter", "deleter"})


def scope_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes evaluated in `scope` itself (a module, function or class body): a nested
    function's decorators and defaults, a class's bases, a comprehension's first iterable and
    walrus targets, but not their bodies."""
    todo: list[ast.AST] = list(scope.body if isinstance(scope, (ast.Module, ast.ClassDef)) else
                               [scope.args, *scope.body] if isinstance(scope, FUNCTIONS[:2]) else [])
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, FUNCTIONS):
            args = node.args
            todo += [*getattr(node, "decorator_list", []), *args.defaults, *(d for d in args.kw_defaults if d)]
        elif isinstance(node, ast.ClassDef):
            todo += [*node.decorator_list, *node.bases, *(k.value for k in node.keywords)]
        elif isinstance(node, COMPREHENSIONS):
            todo.append(node.generators[0].iter)
            todo += [n.target for n in ast.walk(node) if isinstance(n, ast.NamedExpr)]
        elif isinstance(node, ast.arguments):
            todo += [*node.posonlyargs, *node.args, *node.kwonlyargs, *filter(None, [node.vararg, node.kwarg])]
        else:
            todo += ast.iter_child_nodes(node)


def bound_names(scope: ast.AST) -> set[str]:
    """The names `scope` binds itself, declared global or nonlocal ones left out."""
    bound: set[str] = set()
    declared: set[str] = set()
    for node in scope_nodes(scope):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node is not scope:
            bound.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            declared.update(node.names)
    return bound - declared


# Class-body statements Transcrypt compiles (the rest it drops): defs, classes, assignments,
# `pass`, a docstring or `...`.
KEPT = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign, ast.Pass,
        ast.Global)  # `global` in a class body: PM122


def dropped_statements(cls: ast.ClassDef) -> list[ast.stmt]:
    """The statements of a class body Transcrypt would leave out."""
    return [s for s in cls.body if not isinstance(s, KEPT)
            and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
                     and (isinstance(s.value.value, str) or s.value.value is Ellipsis))
            and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)
                     and isinstance(s.value.func, ast.Name) and s.value.func.id == "__pragma__")]


def inline_name(statement: ast.stmt) -> str | None:
    """The name a class-body statement binds as a field of the class's object literal
    (`x = …`, `x: T = …`); None for what Transcrypt assigns after the class."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
            and isinstance(statement.targets[0], ast.Name) and not _is_property(statement.value):
        return statement.targets[0].id
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) \
            and statement.value is not None and not _is_property(statement.value):
        return statement.target.id
    return None


def _is_property(value: ast.expr | None) -> bool:
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "property"


@dataclass(frozen=True)
class ClassRead:
    """A read in a class body of a name an earlier statement of that body bound."""

    name: ast.Name
    binder: ast.stmt  # the statement that bound it last before the read
    in_default: bool  # in a method's default value (evaluated before the class body runs)

    alias: bool  # the whole value of a `name = value` (`__radd__ = __add__`)

    @property
    def renamable(self) -> bool:
        """Read back through a temporary the generator assigns (transcrypt_scopes.py): a value
        the body assigned inline, or a plain method aliased whole (it takes `self` as `this`,
        so it cannot be called in the body)."""
        if self.in_default:
            return False
        return inline_name(self.binder) == self.name.id or (self.alias and is_plain_method(self.binder))


def is_plain_method(statement: ast.stmt) -> bool:
    return isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and not statement.decorator_list


def class_reads(cls: ast.ClassDef) -> list[ClassRead]:
    """The reads of a class body's own names in that body, in order."""
    reads: list[ClassRead] = []
    bound: dict[str, ast.stmt] = {}
    for statement in cls.body:
        alias = statement.value if isinstance(statement, ast.Assign) and inline_name(statement) else None
        defaults: set[int] = set()
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = statement.args
            defaults = {id(n) for d in [*args.defaults, *filter(None, args.kw_defaults)] for n in ast.walk(d)}
        for node in _class_scope_nodes(statement):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in bound:
                reads.append(ClassRead(node, bound[node.id], id(node) in defaults, node is alias))
        if isinstance(statement, ast.AnnAssign) and statement.value is None:
            continue  # `x: int` binds nothing
        for name in bound_names(ast.Module(body=[statement], type_ignores=[])):
            bound[name] = statement
    return reads


def _class_scope_nodes(statement: ast.stmt) -> Iterator[ast.AST]:
    """The nodes of one class-body statement evaluated in the class's scope (a nested class's
    body is a scope of its own), annotations and accessor decorators (`@x.setter`, which
    Transcrypt never evaluates) left out."""
    skip: set[int] = set()
    if isinstance(statement, ast.AnnAssign):
        skip = {id(n) for n in ast.walk(statement.annotation)}
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
        skip = {id(n) for d in statement.decorator_list
                if isinstance(d, ast.Attribute) and d.attr in ACCESSORS for n in ast.walk(d)}
    holder = ast.Module(body=[statement], type_ignores=[])
    return (n for n in scope_nodes(holder) if id(n) not in skip)

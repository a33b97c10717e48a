"""Python's scoping rules over one module: which binding each name refers to.

Every name read or written is resolved to a slot key: a local of a function (or lambda or
comprehension), a module global, a class attribute (a name bound in a class body), or a
builtin. The inference gives each slot one type for the whole program (flow-insensitive).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

Slot = tuple[str, ...]  # ("v", module, scope, name) | ("a", attr) | ("r", module, scope)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ListComp, ast.SetComp,
          ast.DictComp, ast.GeneratorExp, ast.ClassDef)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def scope_id(node: ast.AST) -> str:
    """A scope's name in slot keys: stable across builds of the same text."""
    if isinstance(node, ast.Module):
        return ""
    return f"{type(node).__name__}@{node.lineno}:{node.col_offset}"  # type: ignore[attr-defined]


def attr_slot(name: str, owner: str = "*") -> Slot:
    """An attribute of the instances of one class (`owner`, a class key), or of any object
    (`*`: stores through a receiver whose class is not known; `*t`: the same in pyminis' own
    modules, which store so only into objects of their own classes)."""
    return ("a", owner, name)


def class_slot(name: str, owner: str) -> Slot:
    """A name bound in a class body: an attribute of the class (and so of its instances)."""
    return ("c", owner, name)


def class_key(module: str, node: ast.ClassDef) -> str:
    return f"{module}:{node.name}@{node.lineno}:{node.col_offset}"


@dataclass
class Scope:
    node: ast.AST
    parent: Scope | None
    module: str
    bound: set[str] = field(default_factory=set)
    globals: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)

    @property
    def is_class(self) -> bool:
        return isinstance(self.node, ast.ClassDef)

    @property
    def is_module(self) -> bool:
        return isinstance(self.node, ast.Module)

    def slot(self, name: str) -> Slot:
        if isinstance(self.node, ast.ClassDef):
            return class_slot(name, class_key(self.module, self.node))
        return ("v", self.module, scope_id(self.node), name)

    def resolve(self, name: str) -> Slot | None:
        """The binding `name` refers to from this scope; None: a builtin (or unbound)."""
        scope: Scope | None = self
        first = True
        while scope is not None:
            if name in scope.globals:
                return _module(scope).slot(name) if name in _module(scope).bound else None
            if scope.is_class and not first:
                scope = scope.parent  # class bodies do not enclose their methods
                continue
            if name in scope.bound and name not in scope.nonlocals:
                return scope.slot(name)
            first = False
            scope = scope.parent
        return None


def _module(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope


class Scopes(ast.NodeVisitor):
    """Builds the scopes of a module; `scope_of[id(node)]` for every node."""

    def __init__(self, module: str, tree: ast.Module) -> None:
        self.module = module
        self.root = Scope(tree, None, module)
        self.scope_of: dict[int, Scope] = {}
        self.scopes: dict[int, Scope] = {id(tree): self.root}  # id(scope node) -> its scope
        self.stack = [self.root]
        self.visit(tree)

    def generic_visit(self, node: ast.AST) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        super().generic_visit(node)

    def bind(self, name: str) -> None:
        self.stack[-1].bound.add(name)

    def enter(self, node: ast.AST) -> Scope:
        scope = Scope(node, self.stack[-1], self.module)
        self.scopes[id(node)] = scope
        return scope

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        self.bind(node.name)
        for part in node.decorator_list + node.args.defaults + [d for d in node.args.kw_defaults if d]:
            self.visit(part)
        for arg in _all_args(node.args):
            if arg.annotation is not None:
                self.visit(arg.annotation)
        if node.returns is not None:
            self.visit(node.returns)
        scope = self.enter(node)
        self.stack.append(scope)
        for arg in _all_args(node.args):
            scope.bound.add(arg.arg)
            self.scope_of[id(arg)] = scope
        for stmt in node.body:
            self.visit(stmt)
        self.stack.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        for part in node.args.defaults + [d for d in node.args.kw_defaults if d]:
            self.visit(part)
        scope = self.enter(node)
        self.stack.append(scope)
        for arg in _all_args(node.args):
            scope.bound.add(arg.arg)
            self.scope_of[id(arg)] = scope
        self.visit(node.body)
        self.stack.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        self.bind(node.name)
        for part in node.decorator_list + node.bases + [k.value for k in node.keywords]:
            self.visit(part)
        scope = self.enter(node)
        self.stack.append(scope)
        for stmt in node.body:
            self.visit(stmt)
        self.stack.pop()

    def comprehension(self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        # The first iterable is evaluated in the enclosing scope.
        self.visit(node.generators[0].iter)
        scope = self.enter(node)
        self.stack.append(scope)
        for index, generator in enumerate(node.generators):
            self.scope_of[id(generator)] = scope
            self.visit(generator.target)
            if index:
                self.visit(generator.iter)
            for test in generator.ifs:
                self.visit(test)
        if isinstance(node, ast.DictComp):
            self.visit(node.key)
            self.visit(node.value)
        else:
            self.visit(node.elt)
        self.stack.pop()

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = comprehension  # type: ignore[assignment]

    def visit_Name(self, node: ast.Name) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        if not isinstance(node.ctx, ast.Load):
            self.bind(node.id)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        # `(y := …)` in a comprehension binds y in the enclosing function (or module).
        scope = next(s for s in reversed(self.stack)
                     if not isinstance(s.node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)))
        self.scope_of[id(node.target)] = scope
        scope.bound.add(node.target.id)
        self.visit(node.value)

    def visit_Global(self, node: ast.Global) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        self.stack[-1].globals.update(node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        self.stack[-1].nonlocals.update(node.names)

    def visit_alias(self, node: ast.alias) -> None:
        self.scope_of[id(node)] = self.stack[-1]
        if node.name != "*":
            self.bind((node.asname or node.name).split(".")[0])

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.bind(node.name)
        self.generic_visit(node)

    def visit_Module(self, node: ast.Module) -> None:
        self.generic_visit(node)
        # A name declared `global` in a function and assigned there is a module binding.
        for scope in self.scopes.values():
            if scope.globals:
                self.root.bound.update(scope.globals & _assigned(scope.node))

    def resolve(self, node: ast.Name) -> Slot | None:
        return self.scope_of[id(node)].resolve(node.id)


def _all_args(args: ast.arguments) -> list[ast.arg]:
    found = args.posonlyargs + args.args + args.kwonlyargs
    return found + [a for a in (args.vararg, args.kwarg) if a is not None]


def _assigned(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}

"""Which `name.method(…)` calls call a method of a variable, not of a class of that name.

The rewrite turns `Base.method(self, …)` into `Base.method.call(self, …)` (methods are plain
functions of `this`) when a class of the program is named `Base` (facts are name-keyed, over
every module). A variable may carry a class's name: `for date in cal.itermonthdates(y, m):
date.strftime('%A')` (date being datetime's class too), or `time = clock.time()` then
`time.hour()`; such a call must stay a method call of the value. A name is a variable where
the scope it resolves in binds it by assignment, a loop or comprehension target, a parameter,
`with … as`, `except … as` or `import` (a module), not by `class` or `from … import`.
"""

from __future__ import annotations

import ast

from pyminis.guard.shapes import _own_nodes

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _variables(nodes: list[ast.AST]) -> set[str]:
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.Import):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def _parameters(args: ast.arguments) -> set[str]:
    every = args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]
    return {a.arg for a in every}


class _Receivers(ast.NodeVisitor):
    def __init__(self) -> None:
        self.stack: list[set[str]] = []
        self.found: set[int] = set()

    def visit_Module(self, node: ast.Module) -> None:
        self.stack.append(_variables(_own_nodes(node.body)))
        self.generic_visit(node)

    def visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        body = node.body if isinstance(node.body, list) else [node.body]
        self.stack.append(_variables(_own_nodes(body)) | _parameters(node.args))
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_function  # type: ignore[assignment]

    def visit_comprehension_scope(self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> None:
        self.stack.append(_variables([n for g in node.generators for n in ast.walk(g.target)]))
        self.generic_visit(node)
        self.stack.pop()

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_scope  # type: ignore[assignment]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.stack.append(set())  # a class body's names are its attributes, not seen by methods
        self.generic_visit(node)
        self.stack.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if any(func.value.id in scope for scope in self.stack):
                self.found.add(id(func.value))
        self.generic_visit(node)


def variable_receivers(tree: ast.Module) -> set[int]:
    """ids of the Name nodes `x` of calls `x.m(…)` where `x` is a variable (or a module)."""
    visitor = _Receivers()
    visitor.visit(tree)
    return visitor.found

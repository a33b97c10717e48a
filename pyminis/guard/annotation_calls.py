"""Annotations that run code (PM141).

CPython evaluates a def's annotations when the def runs (after its defaults), and those of
variables at module and class level when the statement runs: `def f(x: print("hi"))` prints.
Games drop annotations (they are types), so a call, an `await` or a walrus inside one would not
run. Refused at its line, unless the module says `from __future__ import annotations` (then
CPython does not evaluate them either).
"""

from __future__ import annotations

import ast

RUNS = (ast.Call, ast.NamedExpr, ast.Await, ast.Yield, ast.YieldFrom)


def _postponed(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
               and any(a.name == "annotations" for a in node.names) for node in tree.body)


def running_annotations(tree: ast.Module) -> list[ast.expr]:
    """Each evaluated annotation holding code that runs (its first such node)."""
    if _postponed(tree):
        return []
    found: list[ast.expr] = []

    def check(annotation: ast.expr | None) -> None:
        if annotation is None:
            return
        runs = [n for n in ast.walk(annotation) if isinstance(n, RUNS)]
        if runs:
            found.append(runs[0])

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                a = child.args
                for arg in a.posonlyargs + a.args + a.kwonlyargs + [x for x in (a.vararg, a.kwarg) if x]:
                    check(arg.annotation)
                check(child.returns)
                visit(child, True)
            elif isinstance(child, ast.AnnAssign):
                if not in_function:  # a function's local annotations are never evaluated
                    check(child.annotation)
            elif isinstance(child, ast.ClassDef):
                visit(child, False)
            elif isinstance(child, ast.Lambda):
                continue
            else:
                visit(child, in_function)

    visit(tree, False)
    return found

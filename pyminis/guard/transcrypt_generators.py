"""Generator expressions as lazy as CPython's (transcrypt_run.py installs this on the generator).

Transcrypt compiled `(e for x in xs if c)` to a list built at once and an iterator over it:
`next(x for x in count() if x * x > 50)` never returned, `any((hit := v) > 1 for v in data)`
ran the walrus for every item, and `(x * k for x in xs)` read `k` when made, not when
iterated. Now it is a JavaScript generator, `(function* (it) {for (var x of it) {if (c) {yield
e;}}}) (xs)`: items are computed as they are taken, the first iterable is evaluated where the
expression stands (as CPython does), the rest inside, each target local to the generator.
"""

from __future__ import annotations

import ast
from typing import Any

TEMP = "__pm_gen{}__"
_counter = [0]


def _located(node: ast.AST, where: ast.AST) -> ast.AST:
    return ast.fix_missing_locations(ast.copy_location(node, where))


def visit_generator_exp(generator: Any, node: ast.GeneratorExp) -> None:
    _counter[0] += 1
    temp = TEMP.format(_counter[0])
    body: list[ast.stmt] = []
    inner = body
    for index, comprehension in enumerate(node.generators):
        iterable = ast.Name(id=temp, ctx=ast.Load()) if index == 0 else comprehension.iter
        loop_body: list[ast.stmt] = []
        inner.append(_located(ast.For(target=comprehension.target, iter=iterable, body=loop_body, orelse=[],
                                      type_comment=None), comprehension.iter))  # type: ignore[arg-type]
        inner = loop_body
        for test in comprehension.ifs:
            test_body: list[ast.stmt] = []
            inner.append(_located(ast.If(test=test, body=test_body, orelse=[]), test))  # type: ignore[arg-type]
            inner = test_body
    inner.append(_located(ast.Expr(value=ast.Yield(value=node.elt)), node.elt))  # type: ignore[arg-type]
    generator.emit("(function* ({}) {{\n", temp)
    generator.inscope(ast.FunctionDef())
    generator.indent()
    generator.visit(body[0])
    generator.dedent()
    generator.descope()
    generator.emit("}}) (")
    generator.visit(node.generators[0].iter)
    generator.emit(")")

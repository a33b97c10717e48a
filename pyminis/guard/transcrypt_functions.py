"""Code generation for function definitions with Python's meaning (transcrypt_run.py installs
these on Transcrypt's generator for the game's modules).

- Default values are evaluated once, when the `def` or `lambda` runs, as in CPython:
  Transcrypt evaluated them inside the function on every call (so `def f(xs=[])` got a new list
  each call and `lambda i=i: i` read its own undefined parameter). A default that is not a
  constant is computed into a temporary just before its definition — `let` before a `def`
  statement (a fresh binding per loop iteration, as each `def` makes a new function), before
  the class statement for a method (the class body is an object literal), and through an
  immediately called wrapper for a `lambda`, which is an expression — and the parameter's
  default reads the temporary.
- Positional-only parameters (`def f(a, /, b)`) are positional parameters that a keyword
  cannot fill (a keyword of that name goes to `**kwargs`); Transcrypt dropped them.
"""

from __future__ import annotations

import ast
from typing import Any

from pyminis.guard import transcrypt_attrs as attrs

TEMP = "__pm_dflt{}__"
_counter = [0]


def _is_constant(node: ast.expr) -> bool:
    """A default that is the same value however often it is evaluated."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return isinstance(node.operand, ast.Constant)
    return isinstance(node, ast.Name) and node.id.startswith("__pm_dflt")  # already hoisted


def _take_defaults(args: ast.arguments) -> list[tuple[str, ast.expr]]:
    """Replace each non-constant default by a temporary's name; (temporary, expression) pairs."""
    taken: list[tuple[str, ast.expr]] = []

    def take(default: ast.expr) -> ast.expr:
        if _is_constant(default):
            return default
        _counter[0] += 1
        name = TEMP.format(_counter[0])
        taken.append((name, default))
        return ast.copy_location(ast.Name(id=name, ctx=ast.Load()), default)

    args.defaults = [take(d) for d in args.defaults]
    args.kw_defaults = [None if d is None else take(d) for d in args.kw_defaults]
    return taken


def _emit_lets(generator: Any, taken: list[tuple[str, ast.expr]]) -> None:
    for name, default in taken:
        generator.emit("let {} = ", name)
        generator.visit(default)
        generator.emit(";\n")


def hoist_function_defaults(generator: Any, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """Before a `def` statement in a module or function body."""
    _emit_lets(generator, _take_defaults(node.args))


def hoist_method_defaults(generator: Any, node: ast.ClassDef) -> None:
    """Before a class statement: the defaults of its methods (and its nested classes')."""
    taken: list[tuple[str, ast.expr]] = []
    todo: list[ast.stmt] = list(node.body)
    while todo:
        statement = todo.pop(0)
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            taken += _take_defaults(statement.args)
        elif isinstance(statement, ast.ClassDef):
            todo = list(statement.body) + todo
    _emit_lets(generator, taken)


def visit_lambda(generator: Any, node: ast.Lambda, original: Any) -> None:
    """`lambda i=i: …` → `(function (t) {return <lambda reading t>;}) (i)`."""
    taken = _take_defaults(node.args)
    if not taken:
        original(generator, node)
        return
    generator.emit("(function ({}) {{return ", ", ".join(name for name, _ in taken))
    original(generator, node)
    generator.emit(";}}) (")
    for index, (_, default) in enumerate(taken):
        if index:
            generator.emit(", ")
        generator.visit(default)
    generator.emit(")")


def visit_arguments(generator: Any, node: ast.arguments, original: Any) -> None:
    """Positional-only parameters come first and are never filled by a keyword."""
    if not node.posonlyargs:
        original(generator, node)
        return
    only = [a.arg for a in node.posonlyargs]
    node.args = node.posonlyargs + node.args
    node.posonlyargs = []
    start = generator.fragmentIndex
    original(generator, node)
    fragments = generator.targetFragments
    cases = tuple(f"case '{name}': " for name in only)  # Python's names (transcrypt_run.py)
    for index in range(start, generator.fragmentIndex):
        fragment = fragments[index]
        if fragment.startswith(cases):  # keep the line (and its line-number mark)
            fragments[index] = "/* positional-only */" + fragment[fragment.index("break;") + 6:]


def _own_nodes(statement: ast.stmt, lambdas: bool = False) -> list[ast.AST]:
    """The nodes of a statement outside the functions and classes it defines (with `lambdas`,
    the nodes of its lambdas too: an expression body declares nothing, so they use the
    statement's temporaries, as closures)."""
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef) + (() if lambdas else (ast.Lambda,))
    found: list[ast.AST] = []
    todo: list[ast.AST] = [statement]
    while todo:
        node = todo.pop()
        found.append(node)
        if node is statement or not isinstance(node, scopes):
            todo.extend(ast.iter_child_nodes(node))
    return found


def declare_walrus_targets(generator: Any, statement: ast.stmt) -> None:
    """`if (n := len(xs)) > 2:` compiles to `(n = len (xs)) > 2`: JavaScript needs `n` declared,
    in the scope Python binds it to (the enclosing function, also from a comprehension), so the
    statement is preceded by `var n;` (which leaves a value already there alone)."""
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return
    if isinstance(statement, ast.ClassDef):  # its body is an object literal: declare around it
        body = [s for s in statement.body if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
        if any(attrs.needs_temp(node) for s in body for node in ast.walk(s) if isinstance(node, ast.Call)):
            generator.emit("var {};\n", attrs.TEMP)
        return
    if getattr(statement, "pm_elif", False):
        return  # declared before the `if` it continues: `else var c; if (…)` would end the chain
    own = _own_nodes(statement)
    chain = statement
    while isinstance(chain, ast.If) and len(chain.orelse) == 1 and isinstance(chain.orelse[0], ast.If):
        chain = chain.orelse[0]  # compiled `else if (…)`
        chain.pm_elif = True  # type: ignore[attr-defined]
    function = generator.getScope(ast.FunctionDef, ast.AsyncFunctionDef)
    declared = function.nonlocals if function is not None else set()  # `global x`/`nonlocal x`: not a local
    names = sorted({generator.filterId(node.target.id) for node in own
                    if isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name)
                    and node.target.id not in declared})
    if any(attrs.needs_temp(node) for node in _own_nodes(statement, lambdas=True) if isinstance(node, ast.Call)):
        names.append(attrs.TEMP)  # an attribute read checked through a temporary
    if names:
        generator.emit("var {};\n", ", ".join(names))


def visit_named_expr(generator: Any, node: ast.NamedExpr) -> None:
    generator.emit("(")
    generator.visit(node.target)
    generator.emit(" = ")
    generator.visit(node.value)
    generator.emit(")")

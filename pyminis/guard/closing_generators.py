"""Generators with `yield` inside `try … finally` that games can run as CPython does.

CPython runs such a generator's `finally` when the generator is dropped (its reference count
falls to zero), even half-way through; JavaScript never collects anything that visibly, and
pyminis' generators do not close when a `for` leaves them early (pmrt/iterators.js: CPython
keeps a generator held in a variable open after `break`). One case is certain: a generator
made by `for x in gen(…):` is reachable from that loop alone, so CPython drops it exactly when
the loop ends — by `break`, `return`, an exception, or running out. Such a loop's generator is
passed through `_pm_closing` (pmrt/iterators.js), which closes it when the loop leaves early, as
CPython's drop does (an exception its `finally` raises then is printed and ignored, as CPython's
"Exception ignored in" is).

A generator function decorated with `@contextmanager` alone qualifies too: the with statement
drives it to its end. Another qualifies when each use of it is that loop (the lint refuses the
rest, PM123):
- it is a plain def, not a method, not decorated, the only binding of its name in the module,
  and, at module level, in a one-module program (another module could import it);
- every read of its name is the callee of a `for` loop's iterable, whose target is a name
  (no unpacking helper between the loop and the generator), in code that cannot itself be
  abandoned half-way (not in a generator or async function);
- closing it runs what CPython's GeneratorExit would: its handlers name Exception classes only
  (a bare `except:` or `except BaseException` would catch GeneratorExit), no `with` (its
  `__exit__` would be told of GeneratorExit), no `yield`, `return`, `break` or `continue` in a
  `finally` (they would swallow or outlive the close).
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


@dataclass(frozen=True)
class Closing:
    """The generator functions whose `finally` runs as in CPython, and the loops' calls."""
    functions: frozenset[int]  # ids of the FunctionDef nodes
    calls: frozenset[int]  # ids of the Call nodes (`gen(…)` as a loop's iterable) to close


def yields_in_finally_try(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.Try]:
    """The `try … finally` statements of a function that yield before their `finally` (in the
    function's own body: nested functions are other generators)."""
    return [node for node in own_nodes(function.body) if isinstance(node, ast.Try) and node.finalbody
            and any(isinstance(n, (ast.Yield, ast.YieldFrom))
                    for n in own_nodes([*node.body, *node.handlers, *node.orelse]))]


def own_nodes(body: Iterable[ast.AST]) -> Iterator[ast.AST]:
    """Every node of these statements outside nested functions, lambdas and classes."""
    stack: list[ast.AST] = list(body)[::-1]
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, SCOPES):
            stack.extend(reversed(list(ast.iter_child_nodes(node))))


def closing(tree: ast.Module, one_module: bool) -> Closing:
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    functions: set[int] = set()
    calls: set[int] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or not yields_in_finally_try(function):
            continue
        if _context_manager(function):
            functions.add(id(function))
            continue
        loops = _loop_calls(tree, function, parents, one_module)
        if loops is not None and _closes_as_cpython(tree, function):
            functions.add(id(function))
            calls.update(loops)
    return Closing(frozenset(functions), frozenset(calls))


def _context_manager(function: ast.FunctionDef) -> bool:
    """`@contextmanager` alone: the with statement drives the generator to its end (`__exit__`
    resumes it or throws the body's exception in at the `yield`), so its `finally` runs where
    CPython's does."""
    if len(function.decorator_list) != 1:
        return False
    decorator = function.decorator_list[0]
    return (isinstance(decorator, ast.Name) and decorator.id == "contextmanager"
            or isinstance(decorator, ast.Attribute) and decorator.attr == "contextmanager"
            and isinstance(decorator.value, ast.Name) and decorator.value.id == "contextlib")


def _loop_calls(tree: ast.Module, function: ast.FunctionDef, parents: dict[int, ast.AST],
                one_module: bool) -> list[int] | None:
    """The calls `for x in function(…)`, if they are its only uses; else None."""
    name = function.name
    owner = parents.get(id(function))
    if function.decorator_list or isinstance(owner, ast.ClassDef) or (isinstance(owner, ast.Module) and not one_module):
        return None
    calls: list[int] = []
    for node in ast.walk(tree):
        if node is not function and _binds(node, name):
            return None
        if isinstance(node, ast.Name) and node.id == name:
            call = parents.get(id(node))
            loop = parents.get(id(call)) if call is not None else None
            if not (isinstance(call, ast.Call) and call.func is node and isinstance(loop, ast.For)
                    and loop.iter is call and isinstance(loop.target, ast.Name) and _runs_to_its_end(loop, parents)):
                return None
            calls.append(id(call))
    return calls


def _binds(node: ast.AST, name: str) -> bool:
    return name in _bound_names(node)


def _runs_to_its_end(loop: ast.For, parents: dict[int, ast.AST]) -> bool:
    """The loop is not in a generator or coroutine (which could be dropped while it runs)."""
    node: ast.AST | None = parents.get(id(loop))
    while node is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        node = parents.get(id(node))
    if isinstance(node, ast.AsyncFunctionDef):
        return False
    if isinstance(node, ast.FunctionDef):
        return not any(isinstance(n, (ast.Yield, ast.YieldFrom, ast.Await)) for n in own_nodes(node.body))
    return True


def _closes_as_cpython(tree: ast.Module, function: ast.FunctionDef) -> bool:
    errors = _exception_classes(tree)
    for node in own_nodes(function.body):
        if isinstance(node, (ast.With, ast.AsyncWith)):
            return False
        if isinstance(node, ast.ExceptHandler) and not _misses_exit(node.type, errors):
            return False
        if isinstance(node, ast.Try):
            for part in own_nodes(node.finalbody):
                if isinstance(part, (ast.Yield, ast.YieldFrom, ast.Return)):
                    return False
                if isinstance(part, (ast.Break, ast.Continue)) and not _inside_loop(part, node.finalbody):
                    return False
    return True


def _misses_exit(kind: ast.expr | None, errors: set[str]) -> bool:
    """An `except` that surely does not catch GeneratorExit: it names Exception classes only."""
    names = kind.elts if isinstance(kind, ast.Tuple) else [kind] if kind is not None else []
    return bool(names) and all(isinstance(n, ast.Name) and n.id in errors for n in names)


def _exception_classes(tree: ast.Module) -> set[str]:
    """Names that surely are subclasses of Exception: the builtin ones the module does not
    rebind, and its classes (bound once) deriving only from such."""
    bound: dict[str, int] = {}
    for node in ast.walk(tree):
        for name in _bound_names(node):
            bound[name] = bound.get(name, 0) + 1
    names = {n for n, v in vars(builtins).items()
             if isinstance(v, type) and issubclass(v, Exception) and n not in bound}
    classes = [c for c in ast.walk(tree) if isinstance(c, ast.ClassDef) and bound.get(c.name) == 1
               and c.bases and not c.keywords]
    grown = True
    while grown:
        grown = False
        for cls in classes:
            if cls.name not in names and all(isinstance(b, ast.Name) and b.id in names for b in cls.bases):
                names.add(cls.name)
                grown = True
    return names


def _bound_names(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        return [node.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.arg):
        return [node.arg]
    if isinstance(node, ast.alias):
        return [(node.asname or node.name).split(".")[0]]
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return list(node.names)
    if isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
        return [node.name]
    return []


def _inside_loop(statement: ast.stmt, body: list[ast.stmt]) -> bool:
    """`break`/`continue` of a loop within `body` (not of a loop around the try)."""
    return any(statement in ast.walk(loop) for loop in own_nodes(body) if isinstance(loop, (ast.For, ast.While)))

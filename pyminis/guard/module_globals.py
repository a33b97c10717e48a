"""`globals()` read in games, as CPython gives it, or refused at its line.

CPython's dict of a module holds its dunders first (`__name__`, `__doc__`, … `__builtins__`),
then the module's names in the order they were first bound, only those bound so far. Compiled
modules have no such dict, but the compiler knows every name a module binds and, for most
modules, the order they can be bound in. So `globals()` becomes a call of
pmrt/module_globals.js's `_pm_globals` with a JavaScript function listing the names in that
order, each with a closure reading it (unbound: an undefined `var`, or a `let` not yet
reached); the dict it makes reads them when asked, so it is live (iterating it while a new
name gets bound raises CPython's RuntimeError).

What cannot be exact is refused at the line:
- writes (`globals()[k] = v`, `.update`, `.pop`, `del`) and the dict escaping into a variable
  or an argument, where a write could follow: only reads where it is called are allowed;
- `__loader__`, `__builtins__`, `__file__` and `__annotations__` read by a constant key: games
  have no value for them (read otherwise, as by `.items()`, the value raises NotImplementedError
  when it is used: printed, compared, its attributes read);
- modules whose binding order depends on the run: a name first bound in a branch and bound
  again after another name's first binding, a name bound in a function (`global`) that is
  not bound at the top level first, `del` of a module name and `except … as` (which unbinds),
  imports after other statements (JavaScript binds them first) and `import *`.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass

from pyminis.guard.facts import js_name

HELPER = "_pm_globals"
NAMES = "_pm_gnames"  # the module's JavaScript function listing its names (module_js)
# Calls that only iterate their argument's keys.
# Dunders games have no value for (pmrt/module_globals.js: any use of it raises).
UNREADABLE = frozenset({"__loader__", "__builtins__", "__file__", "__annotations__"})
ITERATING_CALLS = frozenset({"len", "list", "sorted", "set", "tuple", "frozenset"})
READ_FIX = "read it where you call it: `globals()[name]`, `globals().get(name)`, `name in globals()`, " \
           "`for name in globals()`"
ORDER_FIX = "bind each module name once at the top level (`name = None` first), before the code " \
            "that calls globals()"

# CPython 3.11's module dunders (pmrt/module_globals.js lists them).
DUNDERS = frozenset({"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
                     "__builtins__", "__file__", "__cached__"})
Key = tuple[int, int, int]
INFINITY = 1 << 30


@dataclass(frozen=True)
class Site:
    """Where a module name is bound: its place in the order of execution, the branches and
    loops around it (kind, node), and whether it is an import (bound from the start)."""

    name: str
    key: Key
    chain: tuple[tuple[str, ast.AST], ...]
    imported: bool = False


def is_call(node: ast.AST, shadowed: set[str]) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "globals"
            and "globals" not in shadowed and not node.args and not node.keywords)


def _end(node: ast.AST, extra: int = 0) -> Key:
    return (getattr(node, "end_lineno", 0) or 0, getattr(node, "end_col_offset", 0) or 0, extra)


class _Sites:
    """Every binding of a module name at the module level, and what makes the order unknown."""

    def __init__(self) -> None:
        self.sites: list[Site] = []
        self.problems: list[tuple[ast.AST, str]] = []

    def add(self, name: str, key: Key, chain: tuple[tuple[str, ast.AST], ...], imported: bool = False) -> None:
        self.sites.append(Site(name, key, chain, imported))

    def expression(self, node: ast.AST | None, chain: tuple[tuple[str, ast.AST], ...]) -> None:
        """Walrus targets (a comprehension's bind in the module too); not inside lambdas."""
        todo = [node] if node is not None else []
        while todo:
            part = todo.pop()
            if isinstance(part, ast.Lambda):
                continue
            if isinstance(part, ast.NamedExpr) and isinstance(part.target, ast.Name):
                self.add(part.target.id, _end(part), chain)
            todo.extend(ast.iter_child_nodes(part))

    def targets(self, target: ast.AST, key: Key, chain: tuple[tuple[str, ast.AST], ...]) -> None:
        for part in ast.walk(target):
            if isinstance(part, ast.Name) and isinstance(part.ctx, ast.Store):
                self.add(part.id, key[:2] + (part.col_offset + 1000 * part.lineno,), chain)
            elif isinstance(part, ast.Name) and isinstance(part.ctx, ast.Del):
                self.problems.append((part, f"`del {part.id}` unbinds a module name"))
            elif isinstance(part, (ast.Subscript, ast.Attribute)):
                self.expression(part, chain)

    def statements(self, body: list[ast.stmt], chain: tuple[tuple[str, ast.AST], ...]) -> None:
        for statement in body:
            self.statement(statement, chain)

    def statement(self, s: ast.stmt, chain: tuple[tuple[str, ast.AST], ...]) -> None:
        branch = chain + (("branch", s),)
        loop = chain + (("loop", s),)
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            self.add(s.name, _end(s), chain)
        elif isinstance(s, ast.If):
            self.expression(s.test, chain)
            self.statements(s.body, branch)
            self.statements(s.orelse, branch)
        elif isinstance(s, (ast.For, ast.AsyncFor)):
            self.expression(s.iter, chain)
            self.targets(s.target, _end(s.iter), loop)
            self.statements(s.body, loop)
            self.statements(s.orelse, branch)
        elif isinstance(s, ast.While):
            self.expression(s.test, loop)
            self.statements(s.body, loop)
            self.statements(s.orelse, branch)
        elif isinstance(s, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            self.statements(s.body, branch)
            for handler in s.handlers:
                if handler.name:
                    self.problems.append((handler, f"`except … as {handler.name}` unbinds `{handler.name}` "
                                                   "at the end of the handler"))
                self.statements(handler.body, branch)
            self.statements(s.orelse, branch)
            self.statements(s.finalbody, chain)
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            for item in s.items:
                self.expression(item.context_expr, chain)
                if item.optional_vars is not None:
                    self.targets(item.optional_vars, _end(item.context_expr), chain)
            self.statements(s.body, chain)
        elif isinstance(s, ast.Match):
            self.expression(s.subject, chain)
            for case in s.cases:
                for part in ast.walk(case.pattern):
                    name = getattr(part, "name", None) or getattr(part, "rest", None)
                    if isinstance(name, str):
                        self.add(name, (part.lineno, part.col_offset, 0), branch)
                self.expression(case.guard, branch)
                self.statements(case.body, branch)
        elif isinstance(s, (ast.Import, ast.ImportFrom)):
            for index, alias in enumerate(s.names):
                if alias.name == "*":
                    self.problems.append((s, "`import *` binds names the compiler does not list"))
                else:
                    self.add((alias.asname or alias.name).split(".")[0], _end(s, index), chain, imported=True)
        elif isinstance(s, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            self.expression(s.value, chain)
            if s.value is not None or not isinstance(s, ast.AnnAssign):  # `x: int` binds nothing
                for target in (s.targets if isinstance(s, ast.Assign) else [s.target]):
                    self.targets(target, _end(s), chain)
        elif isinstance(s, ast.Delete):
            for target in s.targets:
                self.targets(target, _end(s), chain)
        else:
            for child in ast.iter_child_nodes(s):
                self.expression(child, chain)


def _function_bindings(tree: ast.Module) -> list[tuple[int, ast.AST, str, bool]]:
    """(top-level statement index, node, name, deleted) for each module name a function binds
    through `global`."""
    found: list[tuple[int, ast.AST, str, bool]] = []
    for index, top in enumerate(tree.body):
        for function in ast.walk(top):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            declared = {n for s in ast.walk(function) if isinstance(s, ast.Global) for n in s.names}
            todo: list[ast.AST] = list(function.body)
            while todo:
                node = todo.pop()
                if isinstance(node, ast.Name) and node.id in declared and not isinstance(node.ctx, ast.Load):
                    found.append((index, node, node.id, isinstance(node.ctx, ast.Del)))
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    if node.name in declared:
                        found.append((index, node, node.name, False))
                    continue  # its own scope (walked on its own)
                elif isinstance(node, ast.alias) and (node.asname or node.name).split(".")[0] in declared:
                    found.append((index, node, (node.asname or node.name).split(".")[0], False))
                elif isinstance(node, ast.ExceptHandler) and node.name in declared:
                    found.append((index, node, node.name, True))
                todo.extend(ast.iter_child_nodes(node))
    return found


@dataclass(frozen=True)
class Order:
    names: tuple[tuple[str, bool], ...]  # (name, imported) in the order of first binding
    problems: tuple[tuple[ast.AST, str], ...]  # why the order is not known, where


def order(tree: ast.Module) -> Order:
    sites = _Sites()
    sites.statements(tree.body, ())
    problems = list(sites.problems)
    first: dict[str, Site] = {}
    last: dict[str, Key] = {}
    for site in sorted(sites.sites, key=lambda s: s.key):
        first.setdefault(site.name, site)
        last[site.name] = site.key
    # The dunders CPython's dict holds first: a store keeps their place, which the list cannot.
    problems += [(tree, f"the module binds `{site.name}`") for site in sites.sites if site.name in DUNDERS]
    # Imports bind before anything else in JavaScript: they must come first in Python too.
    leading = 0
    while leading < len(tree.body) and (isinstance(tree.body[leading], (ast.Import, ast.ImportFrom)) or (
            leading == 0 and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Constant))):
        leading += 1
    for statement in tree.body[leading:]:
        for node in ast.walk(statement):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and not any(
                    isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and node in ast.walk(f)
                    for f in ast.walk(statement)):
                problems.append((node, "an import after other statements (JavaScript binds it first)"))
    # A function binding a name through `global`: the name must be bound before the def runs.
    top_of: dict[str, int] = {}
    for index, statement in enumerate(tree.body):
        for site in sites.sites:
            if not site.chain and site.name not in top_of and _inside(site, statement):
                top_of[site.name] = index
    for index, node, name, deleted in _function_bindings(tree):
        if deleted:
            problems.append((node, f"a function unbinds the module name `{name}`"))
        elif top_of.get(name, INFINITY) >= index:
            problems.append((node, f"a function binds `{name}`, which is not bound at the top level before it"))
    # A name first bound in a branch, bound again later (or in a later turn of a loop): other
    # names first bound in between may come before it.
    firsts = sorted(first.values(), key=lambda s: s.key)
    for site in firsts:
        if not site.chain:
            continue
        end = last[site.name]
        kinds = [kind for kind, _ in site.chain]
        for depth, (kind, node) in enumerate(site.chain):
            if kind == "loop" and depth < len(kinds) - 1:
                end = max(end, _end(node, INFINITY))
                break
        between = [other for other in firsts if site.key < other.key <= end and other.name != site.name]
        if between:
            problems.append((_node_at(tree, site),
                             f"`{site.name}` may be first bound after `{between[0].name}` or before it, "
                             "as the program runs"))
    names = tuple((s.name, s.imported) for s in firsts)
    return Order(names, tuple(problems))


def _inside(site: Site, statement: ast.stmt) -> bool:
    start = (statement.lineno, statement.col_offset)
    end = (statement.end_lineno or 0, statement.end_col_offset or 0)
    return start <= site.key[:2] <= end


def _node_at(tree: ast.Module, site: Site) -> ast.AST:
    """The innermost branch or loop around a site (for the message's line)."""
    return site.chain[-1][1] if site.chain else tree


def uses(tree: ast.Module, shadowed: set[str]) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if is_call(n, shadowed)]


def refused(tree: ast.Module, shadowed: set[str]) -> list[tuple[ast.AST, str, str]]:
    """(node, what, fix) for each `globals()` that cannot be exact."""
    calls = uses(tree, shadowed)
    if not calls:
        return []
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[tuple[ast.AST, str, str]] = []
    for call in calls:
        why = _use(call, parents)
        if why is not None:
            found.append((call, why[0], why[1]))
    problems = order(tree).problems
    if problems:
        node, why = problems[0]
        line = getattr(node, "lineno", None)
        for call in calls:
            found.append((call, f"globals() of this module cannot list its names in CPython's order: {why}"
                                + (f" (line {line})" if line else ""), ORDER_FIX))
    return found


def _use(node: ast.expr, parents: dict[int, ast.AST]) -> tuple[str, str] | None:
    """None if `globals()` (or a view of it) is only read where it is made, else (what, fix)."""
    parent = parents.get(id(node))
    if isinstance(parent, ast.Subscript) and parent.value is node:
        if not isinstance(parent.ctx, ast.Load):
            return "globals() written: games cannot write a module's names through it", "assign the name"
        return _unreadable(parent.slice)
    if isinstance(parent, ast.Compare) and any(c is node for c in parent.comparators):
        op = parent.ops[[id(c) for c in parent.comparators].index(id(node))]
        if isinstance(op, (ast.In, ast.NotIn)):
            return None
    if isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)) and parent.iter is node:
        return None
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id in ITERATING_CALLS \
            and len(parent.args) == 1 and parent.args[0] is node and not parent.keywords:
        return None
    if isinstance(parent, ast.Attribute) and parent.value is node:
        call = parents.get(id(parent))
        if isinstance(call, ast.Call) and call.func is parent:
            if parent.attr == "get" and call.args:
                return _unreadable(call.args[0])
            if parent.attr in ("keys", "values", "items") and not call.args \
                    and not isinstance(parents.get(id(call)), ast.Subscript):
                return _use(call, parents)
        return (f"globals().{parent.attr}: games read globals() only (no writes, no copies)", READ_FIX)
    return ("globals() kept or passed on: games read it only where it is called (a write could "
            "follow, which games cannot make)", READ_FIX)


def _unreadable(key: ast.expr) -> tuple[str, str] | None:
    if isinstance(key, ast.Constant) and key.value in UNREADABLE:
        return (f"globals()[{key.value!r}]: games have no such value", "leave it out (games have no files "
                "nor loaders; annotations are dropped)")
    return None


def module_js(tree: ast.Module) -> str:
    """The module's function listing its names for `_pm_globals` (a hoisted declaration, so
    callable from the first statement): [doc, annotated, [[name, read, imported], …]]."""
    doc = ast.get_docstring(tree, clean=False)
    annotated = any(isinstance(s, ast.AnnAssign) for s in _module_statements(tree))
    entries = ", ".join(f"[{json.dumps(name)}, () => {js_name(name)}, {int(imported)}]"
                        for name, imported in order(tree).names)
    return (f"function {NAMES} () {{return [{json.dumps(doc)}, {int(annotated)}, [{entries}]];}}")


def _module_statements(tree: ast.Module) -> list[ast.stmt]:
    """The module's statements outside functions and classes (annotations there make
    CPython's `__annotations__`)."""
    found: list[ast.stmt] = []
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        s = todo.pop()
        found.append(s)
        if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            todo.extend(c for c in ast.iter_child_nodes(s) if isinstance(c, ast.stmt))
    return found

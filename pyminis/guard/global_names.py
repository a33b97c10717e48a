"""Where `global x` would reach another variable in JavaScript, and how the rewrite prevents it.

Transcrypt compiles `global x` as it compiles `nonlocal x`: the function declares no `var x`,
so JavaScript resolves `x` lexically, which differs from Python twice:

1. Inside a function that has a local `x` of its own, a nested function's `global x` reaches
   that local (Python: the module's `x`). The rewrite renames the enclosing local (every read,
   store and `nonlocal` of it) to a `_pm_`-prefixed name no game can use (PM116). A local bound
   otherwise than by assignment (a parameter, a `def`, an import, `except … as`) cannot be
   renamed so: the lint refuses it (PM128).
2. A module variable first bound inside a function (`def start(): global score; score = 0`)
   has no declaration at the module's level: the store fails (strict mode) and other modules
   cannot import it. The rewrite declares it at the module's level; since it is unbound until
   that function runs, its reads check it is bound (NameError, as in CPython).

Found in peculiar_pong (a community Pyxel game): `reset_play` declares `global click` inside
`main`, whose own `click` it then reset, freezing the ball CPython keeps moving.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from pyminis.guard.shapes import _own_nodes
from pyminis.guard.types.scopes import FUNCTIONS, Scope, Scopes

RENAMED_PREFIX = "_pm_l_"  # `_pm_` names are refused in games (PM116): no clash possible


@dataclass
class GlobalNames:
    renamed: dict[int, str] = field(default_factory=dict)  # id(ast.Name) → its new name
    nonlocals: dict[int, list[str]] = field(default_factory=dict)  # id(ast.Nonlocal) → names
    declared: list[str] = field(default_factory=list)  # module variables first bound in functions
    refused: list[tuple[ast.AST, str]] = field(default_factory=list)  # (binding node, name)


def _is_function(scope: Scope) -> bool:
    return isinstance(scope.node, FUNCTIONS)


def _other_bindings(scope: Scope, name: str) -> list[ast.AST]:
    """The nodes binding `name` in a function's own scope otherwise than as a plain name."""
    node = scope.node
    assert isinstance(node, FUNCTIONS)
    args = node.args
    found: list[ast.AST] = [a for a in args.posonlyargs + args.args + args.kwonlyargs
                            + [args.vararg, args.kwarg] if a is not None and a.arg == name]
    body = node.body if isinstance(node.body, list) else [node.body]
    for child in _own_nodes(body):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and child.name == name:
            found.append(child)
        elif isinstance(child, ast.alias) and (child.asname or child.name).split(".")[0] == name:
            found.append(child)
        elif isinstance(child, ast.ExceptHandler) and child.name == name:
            found.append(child)
        elif isinstance(child, (ast.MatchAs, ast.MatchStar)) and child.name == name:
            found.append(child)
        elif isinstance(child, ast.MatchMapping) and child.rest == name:
            found.append(child)
    return found


def _module_bound(tree: ast.Module) -> set[str]:
    """The names the module's own statements bind (not its functions' `global` stores)."""
    names: set[str] = set()
    for node in _own_nodes(tree.body):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.alias):
            names.add("*" if node.name == "*" else (node.asname or node.name).split(".")[0])
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            names.add(node.name)
    return names


def global_names(tree: ast.Module) -> GlobalNames:
    scopes = Scopes("", tree)
    out = GlobalNames()
    shadows: dict[tuple[int, str], Scope] = {}  # (id(function), name) → that function's scope
    stored: set[str] = set()  # module variables some function stores under `global`
    for scope in scopes.scopes.values():
        if not scope.globals:
            continue
        stored |= {n.id for n in ast.walk(scope.node) if isinstance(n, ast.Name)
                   and not isinstance(n.ctx, ast.Load) and n.id in scope.globals
                   and scopes.resolve(n) == scopes.root.slot(n.id)}
        for name in scope.globals:
            outer = scope.parent
            while outer is not None and not outer.is_module:
                if _is_function(outer) and name in outer.bound and name not in outer.globals \
                        and name not in outer.nonlocals:
                    shadows[(id(outer.node), name)] = outer
                outer = outer.parent
    for (_, name), outer in shadows.items():
        others = _other_bindings(outer, name)
        if others:
            out.refused += [(node, name) for node in others]
            continue
        slot = outer.slot(name)
        new = RENAMED_PREFIX + name
        for node in ast.walk(outer.node):
            if isinstance(node, ast.Name) and node.id == name and scopes.resolve(node) == slot:
                out.renamed[id(node)] = new
            elif isinstance(node, ast.Nonlocal) and name in node.names:
                inner = scopes.scope_of[id(node)]
                if _resolves_nonlocal(inner, name) is outer:
                    names = out.nonlocals.setdefault(id(node), list(node.names))
                    names[names.index(name)] = new
    if "*" not in (bound := _module_bound(tree)):
        out.declared = sorted(stored - bound)
    return out


def _resolves_nonlocal(scope: Scope, name: str) -> Scope | None:
    """The function whose local `nonlocal name` in `scope` names (class bodies are skipped)."""
    outer = scope.parent
    while outer is not None and not outer.is_module:
        if _is_function(outer) and name in outer.bound and name not in outer.nonlocals:
            return outer
        outer = outer.parent
    return None

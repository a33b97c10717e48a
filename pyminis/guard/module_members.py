"""Names read from a game's own module that the module never binds (PM005).

`from enemies import Boss` where enemies.py has no `Boss` is CPython's ImportError, and
`import enemies` then `enemies.Bos` its AttributeError. Compiled, the first stopped the bundler
with an error naming no line of the game's, the second read `undefined` (None, printed or
passed on). The guard knows every module of the game, so such a read is refused at its line,
with the names the module has.
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Callable, Iterator

from pyminis.guard.star_imports import top_level_bindings, public_names

CODE = "PM005"
Found = tuple[ast.AST, str, str]  # (node, module, missing name)


def bound_names(name: str, tree_of: Callable[[str], ast.Module | None], modules: frozenset[str]) -> set[str] | None:
    """What module `name` has at run time: what its top level binds (imports and `*` imports
    too) and its submodules; None when that cannot be known (a module `__getattr__`, `globals()`)."""
    tree = tree_of(name)
    if tree is None:
        return None
    imported, other, stars = top_level_bindings(tree)
    if "__getattr__" in other or any(isinstance(n, ast.Name) and n.id in ("globals", "vars", "setattr")
                                     for n in ast.walk(tree)):
        return None
    names = imported | other | {n for node in ast.walk(tree) if isinstance(node, ast.Global) for n in node.names}
    for source in stars:
        names |= set(public_names(source, tree_of))
    prefix = name + "."
    names |= {m[len(prefix):].split(".")[0] for m in modules if m.startswith(prefix)}
    return names


def missing(tree: ast.Module, tree_of: Callable[[str], ast.Module | None], modules: frozenset[str],
            stored: set[tuple[str, str]]) -> Iterator[Found]:
    """`from m import x` and `m.x` in `tree` of a game module `m` that has no `x`; `stored`:
    (module, name) pairs some module assigns from outside (`config.debug = True`)."""
    known: dict[str, set[str] | None] = {}

    def names_of(module: str) -> set[str] | None:  # (once per module, not once per read)
        if module not in known:
            known[module] = bound_names(module, tree_of, modules)
        return known[module]

    aliases: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules and (alias.asname or "." not in alias.name):
                    aliases[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in modules:
            names = names_of(node.module)
            for alias in node.names:
                if names is not None and alias.name != "*" and alias.name not in names \
                        and (node.module, alias.name) not in stored:
                    yield node, node.module, alias.name
    rebound = _rebound(tree, set(aliases))
    for read in ast.walk(tree):
        if isinstance(read, ast.Attribute) and isinstance(read.ctx, ast.Load) and isinstance(read.value, ast.Name) \
                and read.value.id in aliases and read.value.id not in rebound and not read.attr.startswith("__"):
            module = aliases[read.value.id]
            names = names_of(module)
            if names is not None and read.attr not in names and (module, read.attr) not in stored:
                yield read, module, read.attr


def _rebound(tree: ast.Module, names: set[str]) -> set[str]:
    """Of `names`, those the module binds other than by its top-level `import` (anywhere: a
    parameter, an assignment, a def)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) and node.id in names:
            out.add(node.id)
        elif isinstance(node, ast.arg) and node.arg in names:
            out.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name in names:
            out.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and node not in tree.body:
            out |= {(a.asname or a.name).split(".")[0] for a in node.names} & names
    return out


def stored_members(trees: list[ast.Module], modules: frozenset[str]) -> set[tuple[str, str]]:
    """(module, name) for `m.name = …` of an imported game module `m` anywhere in the program."""
    out = set()
    for tree in trees:
        aliases = {a.asname or a.name: a.name for n in ast.walk(tree) if isinstance(n, ast.Import)
                   for a in n.names if a.name in modules}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load) \
                    and isinstance(node.value, ast.Name) and node.value.id in aliases:
                out.add((aliases[node.value.id], node.attr))
    return out


def suggestion(name: str, names: set[str] | None) -> str:
    """The fix: a close name the module has, or what it has."""
    if not names:
        return "define it in that module, or import it from the module that defines it"
    close = difflib.get_close_matches(name, sorted(names), n=1)
    if close:
        return f"did you mean `{close[0]}`?"
    public = sorted(n for n in names if not n.startswith("_"))
    return "define it there; it has " + (", ".join(public[:12]) + (", …" if len(public) > 12 else ""))

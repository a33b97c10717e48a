"""What a class deriving from list may define in games (PM142).

Its instances are JavaScript arrays whose prototype is the class (runtime_js/python/pmrt/lists.js),
so the runtime's array paths — indexing, len, ==, +, iteration, repr, copying — take them as
the lists they are, and never look up a special method on them: an override of `__getitem__`,
`__len__`, `__eq__`, `__iter__`… would be bypassed, so only `__init__`, `__repr__` and `__str__`
(which those paths do call) may be defined. And the runtime calls JavaScript's array methods
(`slice`, `splice`, `map`, `join`…) and reads `length` on arrays: a member of that name would be
called instead. (Only `push`, the stacks' method, is one the runtime never calls on a list.)
"""

from __future__ import annotations

import ast
from collections.abc import Callable

# The special names a class deriving from list may define (the runtime's paths call them).
SPECIAL = frozenset({"__init__", "__repr__", "__str__", "__doc__", "__module__", "__qualname__"})
# Array.prototype's own properties in node 20 that are not also Python's list method of the same
# meaning (append, index, count, reverse…; pop, sort, copy, clear, keys and values are renamed
# py_* by Transcrypt, so a Python method of those names leaves JavaScript's alone), but push: the
# runtime calls Array.prototype.push itself on a list that may be a subclass's instance.
JS_ARRAY_NAMES = frozenset({
    "length", "constructor", "at", "concat", "copyWithin", "entries", "every", "fill", "filter",
    "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "forEach", "includes",
    "indexOf", "join", "lastIndexOf", "map", "reduce", "reduceRight", "shift", "slice",
    "some", "splice", "toLocaleString", "toReversed", "toSorted", "toSpliced", "toString",
    "unshift", "with"})


def list_classes(tree: ast.Module, shadowed: set[str]) -> dict[str, ast.ClassDef]:
    """The module's classes deriving from list, directly or through another of them."""
    return derived_classes(tree, lambda base, found: is_list_base(base, found, shadowed))


def derived_classes(tree: ast.Module, is_base: Callable[[ast.expr, dict[str, ast.ClassDef]], bool]) -> dict[str, ast.ClassDef]:
    """The module's classes with a base that `is_base` accepts, given the classes found so far."""
    found: dict[str, ast.ClassDef] = {}
    changed = True
    while changed:
        changed = False
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name not in found and any(
                    is_base(base, found) for base in node.bases):
                found[node.name] = node
                changed = True
    return found


def is_list_base(base: ast.expr, found: dict[str, ast.ClassDef], shadowed: set[str]) -> bool:
    return isinstance(base, ast.Name) and (base.id == "list" and "list" not in shadowed or base.id in found)


def refused(tree: ast.Module, shadowed: set[str]) -> list[tuple[ast.AST, str]]:
    """(node, what) for each member a class deriving from list cannot have in games."""
    found = list_classes(tree, shadowed)
    classes = {c.name: c for c in ast.walk(tree) if isinstance(c, ast.ClassDef)}
    out: list[tuple[ast.AST, str]] = []
    for name, node in found.items():
        if not is_list_base(node.bases[0], found, shadowed):
            out.append((node, f"class {name}: its list base must come first"))
        if node.keywords:
            out.append((node.keywords[0], f"class {name}: a keyword in its bases"))
        for decorator in node.decorator_list:  # (@dataclass, @total_ordering add special methods)
            out.append((decorator, f"@{ast.unparse(decorator)} on class {name}"))
        out += _members(node, name)
        for base in node.bases[1:]:  # a mixin of the module after list: its members are the class's
            if isinstance(base, ast.Name) and base.id not in found and base.id in classes:
                out += _members(classes[base.id], f"{base.id} (a base of {name})")
        out += _self_stores(node)
    return out


def _members(owner: ast.ClassDef, label: str) -> list[tuple[ast.AST, str]]:
    """The refused names the class body binds."""
    out: list[tuple[ast.AST, str]] = []
    for stmt in owner.body:
        for member, at in body_bindings(stmt):
            special = member.startswith("__") and member.endswith("__")
            if special and member not in SPECIAL or member in JS_ARRAY_NAMES:
                out.append((at, f"{label}.{member}"))
    return out


def _self_stores(node: ast.ClassDef) -> list[tuple[ast.AST, str]]:
    """`self.length = …` (a JavaScript array name) in the class's methods."""
    out: list[tuple[ast.AST, str]] = []
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.args.args:
            me = stmt.args.args[0].arg
            for inner in ast.walk(stmt):
                if isinstance(inner, ast.Attribute) and isinstance(inner.ctx, (ast.Store, ast.Del)) \
                        and isinstance(inner.value, ast.Name) and inner.value.id == me \
                        and inner.attr in JS_ARRAY_NAMES:
                    out.append((inner, f"{me}.{inner.attr}"))
    return out


def body_bindings(stmt: ast.stmt) -> list[tuple[str, ast.AST]]:
    """The names a class-body statement binds, with where."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [(stmt.name, stmt)]
    targets: list[ast.expr] = []
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
        targets = [stmt.target]
    names: list[tuple[str, ast.AST]] = []
    for target in targets:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                names.append((node.id, node))
    if isinstance(stmt, (ast.If, ast.Try, ast.For, ast.While, ast.With)):
        for child in ast.iter_child_nodes(stmt):
            if isinstance(child, ast.stmt):
                names += body_bindings(child)
    return names

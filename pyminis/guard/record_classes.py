"""What a namedtuple class may define in games (PM149).

A `class Card(NamedTuple)` and a class deriving from `namedtuple(…)` make records whose
instances are JavaScript arrays (runtime_js/python/pmrt/records.js): the runtime's tuple paths —
comparisons, `sorted`, `len`, iteration, `==`, `hash`, `in`, indexing — take them as the tuples
they are and never look up a special method on them, so an override of `__lt__`, `__len__`,
`__iter__`… would be bypassed (silently: `sorted(cards)` ordered by the fields). Only what those
paths do call (`__repr__`, `__str__`) may be defined, beside plain methods and properties.
"""

from __future__ import annotations

import ast

from pyminis.guard.list_subclasses import body_bindings, derived_classes

ALLOWED = frozenset({"__repr__", "__str__", "__doc__", "__module__", "__qualname__", "__slots__",
                     "__annotations__"})


def _makes_record(node: ast.expr) -> bool:
    """`namedtuple(…)`, `collections.namedtuple(…)`, `NamedTuple(…)`, or typing's `NamedTuple` class."""
    target = node.func if isinstance(node, ast.Call) else node
    name = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""
    return name == "namedtuple" and isinstance(node, ast.Call) or name == "NamedTuple"


def record_classes(tree: ast.Module) -> dict[str, ast.ClassDef]:
    """The module's classes whose instances are records, directly or through another of them."""
    made = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign) and _makes_record(node.value)
            for t in node.targets if isinstance(t, ast.Name)}
    return derived_classes(tree, lambda b, found: _makes_record(b) or isinstance(b, ast.Name)
                           and (b.id in made or b.id in found))


def refused(tree: ast.Module) -> list[tuple[ast.AST, str]]:
    """(node, what) for each special method a record class defines that games would bypass."""
    out: list[tuple[ast.AST, str]] = []
    for name, node in record_classes(tree).items():
        for stmt in node.body:
            for member, at in body_bindings(stmt):
                if member.startswith("__") and member.endswith("__") and member not in ALLOWED:
                    out.append((at, f"{name}.{member}"))
    return out

"""Whole-program facts the rewrite needs: which names are methods, which keywords are passed.

Methods compile to plain prototype functions (direct JS calls, see transcrypt_run.py), so the
rewrite must know which attribute reads can yield a method (to bind them when they escape as
values) and which `Base.method(self, …)` calls name a method explicitly.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

# Transcrypt renames these attribute names in its output (compiler.py "predef_aliases").
JS_ALIASES = {
    "arguments": "py_arguments", "case": "py_case", "clear": "py_clear", "default": "py_default",
    "del": "py_del", "enumerate": "py_enumerate", "false": "py_false", "get": "py_get",
    "Infinity": "py_Infinity", "is": "py_is", "isNaN": "py_isNaN", "iter": "py_iter",
    "items": "py_items", "keys": "py_keys", "name": "py_name", "NaN": "py_NaN", "new": "py_new",
    "next": "py_next", "pop": "py_pop", "popitem": "py_popitem", "replace": "py_replace",
    "selector": "py_selector", "sort": "py_sort", "split": "py_split", "switch": "py_switch",
    "type": "py_metatype", "TypeError": "py_TypeError", "update": "py_update", "copy": "py_copy",
    "deepcopy": "py_deepcopy", "values": "py_values", "fromkeys": "py_fromkeys",
    "reversed": "py_reversed", "setdefault": "py_setdefault",
}

# Decorators that keep a method a plain method (Transcrypt handles them itself).
PLAIN_DECORATORS = frozenset({"staticmethod", "classmethod", "property"})


def js_name(attr: str) -> str:
    """The property name Transcrypt emits for a Python attribute name."""
    return JS_ALIASES.get(attr, attr)


@dataclass(frozen=True)
class ClassInfo:
    bases: tuple[str, ...]
    methods: frozenset[str]  # regular methods (called with self), `__init__` excluded


@dataclass(frozen=True)
class Facts:
    """What every module of one compile defines and passes (hashable: rewrites are cached)."""

    classes: tuple[tuple[str, ClassInfo], ...] = ()
    methods: frozenset[str] = frozenset()  # every regular method name
    keywords: frozenset[str] = frozenset()  # every keyword argument name passed
    splats_kwargs: bool = False  # some call passes **mapping: any name may come as keyword

    @staticmethod
    def merge(parts: list[Facts]) -> Facts:
        classes: dict[str, ClassInfo] = {}
        for part in parts:
            classes.update(part.classes)
        return Facts(tuple(sorted(classes.items())), frozenset().union(*(p.methods for p in parts)),
                     frozenset().union(*(p.keywords for p in parts)),
                     any(p.splats_kwargs for p in parts))

    def method_of(self, cls: str, name: str) -> bool:
        """Is `name` a regular method of class `cls` or one of its known bases?"""
        classes = dict(self.classes)
        seen: set[str] = set()
        todo = [cls]
        while todo:
            current = todo.pop()
            if current in seen or current not in classes:
                continue
            seen.add(current)
            info = classes[current]
            if name in info.methods:
                return True
            todo.extend(info.bases)
        return False


def decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr if node.attr != "setter" else "property"
    return ""


def gather(trees: list[ast.Module]) -> Facts:
    classes: dict[str, ClassInfo] = {}
    methods_all: set[str] = set()
    keywords: set[str] = set()
    splats = False
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                methods = set()
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name != "__init__":
                        names = {decorator_name(d) for d in item.decorator_list}
                        if not names & {"staticmethod", "property"}:
                            methods.add(item.name)
                bases = tuple(b.id for b in node.bases if isinstance(b, ast.Name))
                classes[node.name] = ClassInfo(bases, frozenset(methods))
                methods_all |= methods
            elif isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg is None:
                        splats = True
                    else:
                        keywords.add(keyword.arg)
    return Facts(tuple(sorted(classes.items())), frozenset(methods_all), frozenset(keywords), splats)

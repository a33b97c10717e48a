"""`cls.__subclasses__()` where cls may be a builtin class (PM140).

CPython's answer for a builtin class lists, besides the builtin subclasses, the classes every
module the interpreter has imported defines (`Exception.__subclasses__()` holds shutil's,
zipfile's, lzma's errors…): it depends on the interpreter, not on the game, and a game cannot
reproduce it. The call is refused where a builtin class may reach it: named directly
(`BaseException.__subclasses__()`), or through a variable in a program that hands a builtin
class around as a value (`display(BaseException)`, the Fluent Python class-tree walkers).
A game's own class hierarchy (`Plugin.__subclasses__()`, a recursive walk from it) works.
"""

from __future__ import annotations

import ast
import builtins

# Classes of the builtins module (int, object, every exception class…).
BUILTIN_CLASSES = frozenset(name for name, value in vars(builtins).items()
                            if isinstance(value, type) and not name.startswith("_"))
# Calls that take a class without walking it.
CLASS_TESTS = frozenset({"isinstance", "issubclass"})


def builtin_class_values(tree: ast.Module, shadowed: set[str]) -> bool:
    """A builtin class used as a value: not called, raised, caught, derived from or tested."""
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
                and node.id in BUILTIN_CLASSES and node.id not in shadowed):
            continue
        parent = parents.get(id(node))
        while isinstance(parent, ast.Tuple):  # except (A, B), isinstance(x, (A, B))
            parent = parents.get(id(parent))
        if isinstance(parent, ast.Call) and (parent.func is node or (
                isinstance(parent.func, ast.Name) and parent.func.id in CLASS_TESTS)):
            continue
        if isinstance(parent, (ast.Raise, ast.ExceptHandler, ast.ClassDef)):
            continue
        if isinstance(parent, ast.Attribute) and parent.attr != "__subclasses__":
            continue  # int.from_bytes, str.upper, Exception.__name__
        return True
    return False


def refused_calls(tree: ast.Module, classes: set[str], shadowed: set[str]) -> list[ast.Attribute]:
    """The `.__subclasses__` reads a builtin class may reach. `classes`: the program's class names."""
    reads = [node for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr == "__subclasses__"]
    if not reads:
        return []
    handed = builtin_class_values(tree, shadowed)
    refused = []
    for node in reads:
        receiver = node.value
        if isinstance(receiver, ast.Name) and receiver.id in classes and receiver.id not in BUILTIN_CLASSES:
            continue  # the game's own class
        direct = isinstance(receiver, ast.Name) and receiver.id in BUILTIN_CLASSES and receiver.id not in shadowed
        if direct or handed:
            refused.append(node)
    return refused

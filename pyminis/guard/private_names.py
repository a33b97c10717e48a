"""Private names as CPython mangles them: `self.__x` in class `A` is `self._A__x`.

Inside a class body, CPython rewrites every identifier of the form `__name` (not ending in
`__`) to `_Class__name` before it compiles, so a subclass's `self.__x` and its base's are two
attributes. Transcrypt keeps the name as written: `B(A)` setting `self.__x` overwrote `A`'s. This
pass writes the mangled names into the source (same lines, same columns after them move), so
everything after it, the types included, sees what CPython runs.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from pyminis.guard import splice

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def mangled(name: str, class_name: str) -> str:
    """CPython's `_Py_Mangle`."""
    if not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    return f"_{stripped}{name}" if stripped else name


def needs_mangling(text: str) -> bool:
    return "__" in text and "class" in text


def mangle(text: str, tree: ast.Module) -> str:
    """`text` with the private names of its classes mangled (unchanged when none)."""
    lines = text.splitlines(keepends=True)
    edits: dict[tuple[int, int], tuple[str, str]] = {}  # (line, byte column) -> (old, new)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                for child in _scope(statement):
                    _note(child, node.name, lines, edits)
    return splice.edited(text, [(line, column, line, column + len(old), new)
                                for (line, column), (old, new) in edits.items()])  # ASCII names


def _scope(node: ast.AST) -> Iterator[ast.AST]:
    """`node` and what it holds, down to (not into) the bodies of nested classes: a nested
    class's name, bases and decorators are in this scope, its body is mangled by its own name."""
    yield node
    if isinstance(node, ast.ClassDef):
        for child in [*node.bases, *node.keywords, *node.decorator_list]:
            yield from _scope(child)
        return
    for child in ast.iter_child_nodes(node):
        yield from _scope(child)


def _note(node: ast.AST, class_name: str, lines: list[str],
          edits: dict[tuple[int, int], tuple[str, str]]) -> None:
    """Record where `node` writes a private identifier of `class_name`'s scope."""
    def at(line: int, column: int, name: str) -> None:
        new = mangled(name, class_name)
        if new != name:
            edits[(line, column)] = (name, new)

    def after(keyword: str, name: str) -> None:
        """`name` after `keyword` on the node's first line (a def's, a class's own name)."""
        if mangled(name, class_name) == name:
            return
        line, column = node.lineno, node.col_offset  # type: ignore[attr-defined]
        row = lines[line - 1].encode("utf-8")
        pattern = keyword.encode() + rb"(?<!\w)(" + re.escape(name.encode()) + rb")(?!\w)"
        match = re.compile(pattern).search(row, column)
        if match:
            at(line, match.start(1), name)

    if isinstance(node, ast.Name):
        at(node.lineno, node.col_offset, node.id)
    elif isinstance(node, ast.Attribute):
        assert node.end_lineno is not None and node.end_col_offset is not None
        at(node.end_lineno, node.end_col_offset - len(node.attr.encode()), node.attr)
    elif isinstance(node, ast.arg):
        at(node.lineno, node.col_offset, node.arg)
    elif isinstance(node, ast.keyword) and node.arg is not None:
        at(node.lineno, node.col_offset, node.arg)
    elif isinstance(node, FUNCTIONS):
        after(r"\bdef\s+", node.name)
    elif isinstance(node, ast.ClassDef):
        after(r"\bclass\s+", node.name)
    elif isinstance(node, ast.ExceptHandler) and node.name:
        after(r"\bas\s+", node.name)
    elif isinstance(node, (ast.Global, ast.Nonlocal)):
        for name in node.names:
            after(r"\b(?:global|nonlocal)\s[^#\n]*?", name)

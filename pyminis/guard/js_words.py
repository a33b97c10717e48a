"""Python names that are reserved words of JavaScript modules (`function`, `delete`, `let`,
`var`, `static`…) are renamed `py_<name>` before the rewrite, so a parameter called `function`
or a local `let` compiles: Transcrypt wrote them as they were and the bundler failed
("Expected identifier but found 'delete'"). Transcrypt itself renames a few others (`new`,
`case`, `default`: compiler.py predef_aliases). Names bound in a class body and methods stay:
they are properties, where JavaScript takes any word, and `obj.delete()` must still find them.
"""

from __future__ import annotations

import ast
import re

from pyminis.guard import splice

JS_WORDS = frozenset({
    "catch", "const", "debugger", "delete", "do", "enum", "export", "extends", "function",
    "implements", "instanceof", "interface", "let", "null", "package", "private", "protected",
    "public", "static", "this", "throw", "typeof", "var", "void"})
PREFIX = "py_"


def renamed(text: str, tree: ast.Module) -> str:
    """The module's text with every such name outside class bodies renamed (same lines)."""
    lines = text.splitlines(keepends=True)
    spots: list[tuple[int, int, str, str]] = []  # (line index, byte column, name, new text)

    def at(line: int, col: int, name: str, new: str = "") -> None:
        raw = lines[line - 1].encode("utf-8")
        if raw[col:col + len(name)].decode("utf-8", "replace") == name:
            spots.append((line - 1, col, name, new or PREFIX + name))

    def header(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        raw = lines[node.lineno - 1].encode("utf-8").decode("utf-8")
        found = re.compile(r"(def|class)\s+(" + re.escape(node.name) + r")\b").search(raw, node.col_offset)
        if found:
            at(node.lineno, len(raw[:found.start(2)].encode("utf-8")), node.name)

    def visit(node: ast.AST, in_class: bool) -> None:
        # a class body binds properties; what it reads is a variable (`A = enum.auto()`)
        if isinstance(node, ast.Name) and node.id in JS_WORDS and (not in_class or isinstance(node.ctx, ast.Load)):
            at(node.lineno, node.col_offset, node.id)
        elif isinstance(node, ast.arg) and node.arg in JS_WORDS:
            at(node.lineno, node.col_offset, node.arg)
        elif isinstance(node, ast.keyword) and node.arg in JS_WORDS and hasattr(node, "lineno"):
            at(node.lineno, node.col_offset, node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                and node.name in JS_WORDS and not in_class:
            header(node)
        elif isinstance(node, ast.alias) and node.name in JS_WORDS and node.asname is None and hasattr(node, "lineno"):
            # the name bound is renamed, not the module imported (`import enum`)
            at(node.lineno, node.col_offset, node.name, f"{node.name} as {PREFIX}{node.name}")
        elif isinstance(node, ast.alias) and node.asname in JS_WORDS and hasattr(node, "lineno"):
            at(node.lineno, node.end_col_offset - len(node.asname.encode("utf-8")), node.asname)
        elif isinstance(node, (ast.Global, ast.Nonlocal)) and JS_WORDS.intersection(node.names):
            raw = lines[node.lineno - 1]
            for name in JS_WORDS.intersection(node.names):
                for m in re.finditer(r"\b" + name + r"\b", raw):
                    at(node.lineno, len(raw[:m.start()].encode("utf-8")), name)
        for child in ast.iter_child_nodes(node):
            # a class body's own statements bind properties; a method's body is a function again
            if isinstance(node, ast.ClassDef):
                inner = any(child is stmt for stmt in node.body)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                inner = False
            else:
                inner = in_class
            visit(child, inner)

    visit(tree, False)
    return splice.edited(text, [(index + 1, col, index + 1, col + len(name), new)
                                for index, col, name, new in spots])

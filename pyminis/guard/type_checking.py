"""`if TYPE_CHECKING:` blocks hold what only a type checker reads: imports of types, often of
modules that import this one. CPython never runs them (`typing.TYPE_CHECKING` is False), so
their statements become `pass` before the guard reads the module: an import there is neither
refused (`os`, a module games lack) nor compiled, and nothing of it ships. Lines stay in place.
"""

from __future__ import annotations

import ast

from pyminis.guard import splice

TYPING_MODULES = frozenset({"typing", "typing_extensions"})


def runtime_text(text: str, tree: ast.Module) -> str:
    """`text` with the statements of each `if TYPE_CHECKING:` body (not its `else`) as `pass`."""
    names, modules = _typing_bindings(tree)
    edits: list[splice.Edit] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test, names, modules):
            for stmt in node.body:
                assert stmt.end_lineno is not None and stmt.end_col_offset is not None
                # Newlines kept: every later statement stays on its line.
                text_of = "pass" + "\n" * (stmt.end_lineno - stmt.lineno)
                edits.append((stmt.lineno, stmt.col_offset, stmt.end_lineno, stmt.end_col_offset, text_of))
    return splice.edited(text, edits) if edits else text


def mentions_type_checking(text: str) -> bool:
    return "TYPE_CHECKING" in text


def _typing_bindings(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(local names of typing's TYPE_CHECKING, local names of the typing module)."""
    names: set[str] = set()
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in TYPING_MODULES and not node.level:
            names |= {a.asname or a.name for a in node.names if a.name == "TYPE_CHECKING"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name in TYPING_MODULES}
    return names, modules


def _is_type_checking(test: ast.expr, names: set[str], modules: set[str]) -> bool:
    if isinstance(test, ast.Name):
        return test.id in names
    return (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
            and isinstance(test.value, ast.Name) and test.value.id in modules)

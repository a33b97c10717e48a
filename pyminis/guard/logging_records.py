"""What a game's logging cannot show, refused at its line (PM145): a traceback
(`log.exception(…)`, `exc_info=`, `stack_info=`) and the record fields naming the caller's
source (`%(lineno)d`, `%(funcName)s`…). Compiled code keeps neither, and CPython prints them
wherever the handler writes, standard output included (pyminis/stdlib/logging.py)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

# LogRecord fields CPython fills from the caller's frame, the process or the thread.
SOURCE_FIELDS = re.compile(r"%\((lineno|funcName|filename|pathname|module|process|processName|thread|"
                           r"threadName|taskName|stack_info|exc_text)\)")
TRACEBACK_KEYWORDS = frozenset({"exc_info", "stack_info"})
INSTEAD_TRACEBACK = "log.error(\"…: %s\", error) names the exception; a game has no traceback to log"
INSTEAD_FIELD = "name the place in the message itself (compiled code does not know its source line)"


def _imports_logging(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.Import) and any(a.name.split(".")[0] == "logging" for a in node.names)
               or isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "logging"
               for node in ast.walk(tree))


def refused(tree: ast.Module) -> Iterator[tuple[ast.AST, str, str]]:
    """(node, what, instead) for each refused use, in a module that imports logging."""
    if not _imports_logging(tree):
        return
    own_methods = {item.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                   for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "exception" and "exception" not in own_methods \
                    and not (isinstance(func.value, ast.Name) and func.value.id == "logging"):  # (PM125)
                yield node, f"{ast.unparse(func)}(…) logs a traceback", INSTEAD_TRACEBACK
            for keyword in node.keywords:
                if keyword.arg in TRACEBACK_KEYWORDS and not (
                        isinstance(keyword.value, ast.Constant) and keyword.value.value in (None, False)):
                    yield keyword, f"{keyword.arg}= logs a traceback", INSTEAD_TRACEBACK
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            field = SOURCE_FIELDS.search(node.value)
            if field:
                yield node, f"the log record field {field.group(0)}", INSTEAD_FIELD

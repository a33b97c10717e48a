"""Python source to an AST, one thread at a time.

CPython 3.11.5 to 3.11.8 keep the depth counter of the AST conversion in the interpreter, not the
thread: when a garbage collection runs a finalizer during one thread's `ast.parse` and another
thread parses meanwhile, both fail with "SystemError: AST constructor recursion depth mismatch"
(python/cpython#106905). `pyminis dev` builds and scans on threads, and so do the tests, so every
parse in pyminis goes through this lock.
"""

from __future__ import annotations

import ast
import threading

_LOCK = threading.Lock()


def parse(text: str, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse`, safe to call from several threads."""
    with _LOCK:
        return ast.parse(text, filename=filename)


def compile_error(tree: ast.Module, filename: str = "<unknown>") -> SyntaxError | None:
    """The SyntaxError CPython's compiler raises for a parsed module, or None: the checks
    parsing leaves to it (a `match` case making the rest unreachable, a name bound twice in
    one pattern, alternatives binding different names)."""
    with _LOCK:
        try:
            compile(tree, filename, "exec", dont_inherit=True)
        except SyntaxError as error:
            return error
    return None

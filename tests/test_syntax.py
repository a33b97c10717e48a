"""pyminis.syntax.parse is safe on threads (CPython 3.11.5-3.11.8's AST depth counter is not)."""

from __future__ import annotations

import ast
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from pyminis import syntax

SOURCE = (Path(syntax.__file__).parent / "guard" / "rewrite.py").read_text(encoding="utf-8")


class _Finalized:
    """Garbage in a cycle whose finalizer runs Python code, letting another thread in mid-parse."""

    def __del__(self) -> None:
        total = 0
        for i in range(200):
            total += i


def _parse_on_threads(parse: Callable[[str], ast.Module], threads: int = 4, rounds: int = 20) -> list[Exception]:
    errors: list[Exception] = []

    def work() -> None:
        for _ in range(rounds):
            for _ in range(50):
                garbage = _Finalized()
                garbage.cycle = garbage  # type: ignore[attr-defined]
            try:
                parse(SOURCE)
            except SystemError as error:
                errors.append(error)
                return

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        workers = [threading.Thread(target=work) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        sys.setswitchinterval(interval)
    return errors


def test_parses_on_several_threads_at_once() -> None:
    assert _parse_on_threads(syntax.parse) == []


def test_parses_what_ast_parses() -> None:
    assert ast.dump(syntax.parse("x = (1, 2)\n", "main.py")) == ast.dump(ast.parse("x = (1, 2)\n"))
    with pytest.raises(SyntaxError) as caught:
        syntax.parse("x = (\n", "src/main.py")
    assert caught.value.filename == "src/main.py"

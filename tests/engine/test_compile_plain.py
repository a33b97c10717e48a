"""`# pyminis: compile-plain` skips the guard's rewrite for pyminis' own modules only."""

from __future__ import annotations

from pyminis import guard
from pyminis.compile.python import pyminis_modules

TEXT = "# pyminis: compile-plain\ndef f(a, b):\n    return a * b if a == b else len(a)\n"


def test_trusted_module_with_the_marker_compiles_as_written() -> None:
    texts, _ = guard.rewrite_all([guard.Module("pyminis.engine._x", "x.py", TEXT, trusted=True)])
    assert texts["pyminis.engine._x"] == TEXT


def test_game_code_with_the_marker_is_still_rewritten() -> None:
    texts, _ = guard.rewrite_all([guard.Module("main", "src/main.py", TEXT)])
    assert "_pm_" in texts["main"]  # the helpers that give `*`, `==`, len Python's meaning


def test_engine_hot_paths_are_plain_and_import_no_typing_compiled() -> None:
    plain = {m.name for m in pyminis_modules() if guard.PLAIN_MARKER in m.text.splitlines()}
    assert {"pyminis.engine._draw", "pyminis.engine._scene", "pyminis.engine._nodes"} <= plain
    for module in pyminis_modules():
        if module.name in plain:
            # typing fails to load compiled: a plain module keeps it under the skip pragma
            lines = module.text.splitlines()
            for i, line in enumerate(lines):
                if line.startswith("from typing") or line.startswith("import typing"):
                    assert "__pragma__ ('skip')" in "\n".join(lines[:i]), (module.name, line)

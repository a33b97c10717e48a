"""A pruned bundle runs as before: compiled Python under node agrees with CPython."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pyminis import guard
from pyminis.compile import toolchain
from pyminis.compile.bundle import bundle, write_entry
from pyminis.compile.python import compile_python
from pyminis.paths import runtime_js_dir

PROGRAM = '''
def describe(text):
    words = text.split(" ")
    return text.upper() + "|" + str(len(words))


# Looked up by name only: each lookup raises AttributeError if the method were pruned.
names = ["rsplit", "strip", "split"]
print(describe("a b c"))
for method in names:
    print(method, getattr("a,b,c", method) != None)  # noqa: E711
print("a,b,c".split(","))
try:
    {}["missing"]
except KeyError as error:
    print("KeyError", isinstance(error, Exception))
items = [3, 1, 2]
items.sort()
print(items, items.index(2))
'''


def compiled_bundle(tmp_path: Path, source: str, dev: bool) -> bytes:
    module = guard.Module("main", "src/main.py", source)
    stage_dir = tmp_path / ("dev" if dev else "release")
    compiled = compile_python([module], "main", stage_dir)
    entry = write_entry(stage_dir, [runtime_js_dir() / "python" / "node_run.js"], compiled.entry_js)
    return bundle(entry, dev=dev, displays=compiled.displays, target_dir=compiled.target_dir).code


def test_pruned_bundle_agrees_with_cpython(tmp_path: Path) -> None:
    reference = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                               check=True).stdout
    code = compiled_bundle(tmp_path, PROGRAM, dev=False)
    script = tmp_path / "game.js"
    script.write_bytes(code)
    ran = subprocess.run([toolchain.node(), str(script)], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == reference
    # What nothing names is gone; what only a string names stays.
    assert b"isalnum" not in code and b"symmetric_difference" not in code
    assert b"rsplit" in code


def test_dev_bundle_is_pruned_the_same_and_maps_to_python(tmp_path: Path) -> None:
    code = compiled_bundle(tmp_path, PROGRAM, dev=True)
    assert b"isalnum" not in code and b"rsplit" in code
    source_map = (tmp_path / "dev" / "__bundle__" / "game.js.map").read_text(encoding="utf-8")
    assert "main.py" in source_map and "org.transcrypt.__runtime__" in source_map

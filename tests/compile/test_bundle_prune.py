"""A pruned bundle runs as before: compiled Python under node agrees with CPython."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from pyminis import guard
from pyminis.compile import toolchain
from pyminis.compile.bundle import Bundle, bundle, write_entry
from pyminis.compile.python import compile_python
from pyminis.paths import runtime_js_dir

PROGRAM = '''
def shout(text):
    words = text.split(" ")
    return text.upper() + "|" + str(len(words))


# Looked up by name only: each lookup raises AttributeError if the method were pruned.
names = ["rsplit", "strip", "split"]
print(shout("a b c"))
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


def compiled_bundle(tmp_path: Path, source: str, dev: bool) -> Bundle:
    module = guard.Module("main", "src/main.py", source)
    stage_dir = tmp_path / ("dev" if dev else "release")
    compiled = compile_python([module], "main", stage_dir)
    entry = write_entry(stage_dir, [runtime_js_dir() / "python" / "node_run.js"], compiled.entry_js)
    return bundle(entry, dev=dev, displays=compiled.displays, target_dir=compiled.target_dir)


def test_pruned_bundle_agrees_with_cpython(tmp_path: Path) -> None:
    reference = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                               check=True).stdout
    code = compiled_bundle(tmp_path, PROGRAM, dev=False).code
    script = tmp_path / "game.js"
    script.write_bytes(code)
    ran = subprocess.run([toolchain.node(), str(script)], capture_output=True, text=True, timeout=60,
                         check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == reference
    # What nothing names is gone; what only a string names stays.
    assert b"isalnum" not in code and b"isalpha" not in code
    assert b"rsplit" in code


def test_dev_bundle_is_pruned_the_same_and_maps_to_python(tmp_path: Path) -> None:
    dev = compiled_bundle(tmp_path, PROGRAM, dev=True)
    assert b"isalnum" not in dev.code and b"rsplit" in dev.code
    assert b"sourceMappingURL" not in dev.code  # the target adds its own
    sources = json.loads(dev.source_map)["sources"]
    assert "src/main.py" in sources
    # The line that calls shout() maps to its Python line.
    lines = dev.code.decode().splitlines()
    at = next(i for i, line in enumerate(lines) if "(\"a b c\")" in line)
    assert python_line(dev.source_map, at, sources.index("src/main.py")) == PROGRAM.splitlines().index(
        'print(shout("a b c"))') + 1


NUMERIC = '''
SLOTS = 3
class Dial:
    def __init__(self):
        self.n = -7
    def turn(self):
        self.n %= SLOTS
        return self.n % -SLOTS
print(Dial().turn(), f"{2.5:06.2f}", repr(Exception("a", 1)), repr(Exception()))
'''


def test_str_format_goes_unless_the_program_names_it(tmp_path: Path) -> None:
    """`%` of proven numbers, f-string specs and exceptions' repr name no `format`, so the
    prune drops Transcrypt's str.format and the code only it reaches; a program that calls
    str.format keeps it."""
    reference = subprocess.run([sys.executable, "-c", NUMERIC], capture_output=True, text=True,
                               check=True).stdout
    for source, kept in ((NUMERIC, False), (NUMERIC + 'print("{}!".format(1))\n', True)):
        code = compiled_bundle(tmp_path / str(kept), source, dev=False).code
        script = tmp_path / f"game_{kept}.js"
        script.write_bytes(code)
        ran = subprocess.run([toolchain.node(), str(script)], capture_output=True, text=True,
                             timeout=60, check=False)
        assert ran.returncode == 0, ran.stderr
        assert ran.stdout == reference + ("1!\n" if kept else "")
        assert (re.search(rb"String\.prototype\.format\s*=", code) is not None) is kept


def python_line(source_map: bytes, js_line: int, source: int) -> int | None:
    """The 1-based source line the first segment of 0-based `js_line` maps to, in `source`."""
    state = [0, 0, 0, 0]  # generated column, source, source line, source column
    for index, line in enumerate(json.loads(source_map)["mappings"].split(";")):
        state[0] = 0
        for segment in filter(None, line.split(",")):
            values = vlq(segment)
            for k, value in enumerate(values[:4]):
                state[k] += value
            if index == js_line and len(values) >= 4 and state[1] == source:
                return state[2] + 1
    return None


def vlq(segment: str) -> list[int]:
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    values, shift, value = [], 0, 0
    for char in segment:
        digit = digits.index(char)
        value += (digit & 31) << shift
        shift += 5
        if not digit & 32:
            values.append(-(value >> 1) if value & 1 else value >> 1)
            shift = value = 0
    return values

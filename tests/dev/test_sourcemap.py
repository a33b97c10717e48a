"""Source maps and stacks: a JavaScript position back to the file and line that produced it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pyminis.compile import toolchain
from pyminis.dev.sourcemap import SourceMap, decode_vlq
from pyminis.dev.stack import python_traceback


def test_decode_vlq_reads_signed_multi_digit_values() -> None:
    assert decode_vlq("AAAA") == [0, 0, 0, 0]
    assert decode_vlq("AAgBC") == [0, 0, 16, 1]
    assert decode_vlq("D") == [-1]
    assert decode_vlq("2H") == [123]
    assert decode_vlq("+/D") == [2047]
    assert decode_vlq("//D") == [-2047]


def esbuild_map(tmp_path: Path) -> tuple[str, SourceMap]:
    """A real bundle of two files by esbuild, and its map."""
    (tmp_path / "a.js").write_text("import { boom } from './b.js';\nconsole.log('first');\nboom();\n")
    (tmp_path / "b.js").write_text("export function boom() {\n  const marker = 'in-b';\n"
                                   "  throw new Error(marker);\n}\n")
    subprocess.run([toolchain.esbuild(), "a.js", "--bundle", "--outfile=out.js", "--sourcemap",
                    "--format=iife"], cwd=tmp_path, check=True, capture_output=True)
    return (tmp_path / "out.js").read_text(), SourceMap.from_json((tmp_path / "out.js.map").read_text())


def position(code: str, needle: str) -> tuple[int, int]:
    """1-based line and column of `needle` in `code`, as a JavaScript stack gives them."""
    for number, line in enumerate(code.splitlines(), 1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


def test_lookup_finds_the_original_file_line_and_text(tmp_path: Path) -> None:
    code, source_map = esbuild_map(tmp_path)
    line, column = position(code, "throw new Error(marker)")
    found = source_map.lookup(line, column)
    assert found is not None
    assert (found.source, found.line) == ("b.js", 3)
    assert found.text == "throw new Error(marker);"
    line, column = position(code, 'console.log("first")')
    found = source_map.lookup(line, column)
    assert found is not None and (found.source, found.line) == ("a.js", 2)
    assert source_map.lookup(10_000, 1) is None


def test_traceback_maps_frames_outermost_first_and_drops_other_files(tmp_path: Path) -> None:
    code, source_map = esbuild_map(tmp_path)
    inner = position(code, "throw new Error(marker)")
    outer = position(code, "boom();")
    stack = "\n".join([
        "Error: in-b",
        f"    at boom (http://127.0.0.1:3000/game/out.js?v=3:{inner[0]}:{inner[1]})",
        "    at helper (http://127.0.0.1:3000/__pyminis/sim/bridge.js:10:5)",
        f"    at http://127.0.0.1:3000/game/out.js:{outer[0]}:{outer[1]}",
    ])
    traceback = python_traceback("Error", "in-b", stack, source_map, bundle_name="out.js")
    assert [(f.path, f.line, f.function) for f in traceback.frames] == [
        ("a.js", 3, "<module>"), ("b.js", 3, "boom")]
    assert traceback.where == "b.js:3"
    text = str(traceback)
    assert text.splitlines()[0] == "Traceback (most recent call last):"
    assert text.splitlines()[-1] == "Error: in-b"
    assert '  File "b.js", line 3, in boom\n    throw new Error(marker);' in text


def test_frames_in_pyminis_runtime_are_not_the_authors(tmp_path: Path) -> None:
    code, source_map = esbuild_map(tmp_path)
    source_map.sources = ["pyminis:" + s for s in source_map.sources]
    inner = position(code, "throw new Error(marker)")
    stack = f"Error: x\n    at boom (http://h/game.js:{inner[0]}:{inner[1]})"
    traceback = python_traceback("Error", "x", stack, source_map)
    assert traceback.frames == [] and traceback.where is None
    assert "no frame of your Python" in str(traceback)

"""One program compiled and run under node, and run under CPython: the two outputs to compare."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pyminis.pipeline.run import compile_scripts, run_bundle


def outputs(program: str, work: Path, name: str) -> tuple[str, str]:
    """(what the compiled program prints, what CPython prints); either failing fails the test."""
    source = work / f"{name}.py"
    source.write_text(program, encoding="utf-8")
    (script,) = compile_scripts([source], work / "work")
    assert script.error is None and script.bundle is not None
    ran = run_bundle(script.bundle)
    assert ran.code == 0, ran.stderr
    reference = subprocess.run([sys.executable, str(source)], capture_output=True, text=True, check=True)
    return ran.stdout, reference.stdout

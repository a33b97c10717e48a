"""`pyminis run` runs what a build ships: each script's bundle pruned of the runtime members it
never names, as compile/bundle.py prunes a game's (so the differential suite tests that too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pyminis.pipeline.run import compile_scripts, run_bundle

USES = 'print("a1".isalnum(), "a b c".rsplit(" ", 1), {1, 2} ^ {2, 3})\n'
PLAIN = 'print("a1".upper(), [1, 2] + [3])\n'


def test_each_script_keeps_only_the_runtime_members_it_names(tmp_path: Path) -> None:
    paths = []
    for name, source in (("uses", USES), ("plain", PLAIN)):
        path = tmp_path / f"{name}.py"
        path.write_text(source, encoding="utf-8")
        paths.append(path)
    uses, plain = compile_scripts(paths, tmp_path / "work")
    assert uses.bundle is not None and plain.bundle is not None
    for script in (uses, plain):
        assert script.bundle is not None
        ran = run_bundle(script.bundle)
        reference = subprocess.run([sys.executable, str(script.path)], capture_output=True, text=True,
                                   check=True)
        assert (ran.code, ran.stdout) == (0, reference.stdout), ran.stderr
    kept, pruned = uses.bundle.read_text(encoding="utf-8"), plain.bundle.read_text(encoding="utf-8")
    for member in ("isalnum", "rsplit"):
        assert f"String.prototype.{member}" in kept or f"Array.prototype.{member}" in kept
        assert member not in pruned

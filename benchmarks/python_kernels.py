"""Benchmark: natural Python kernels compiled by pyminis against hand-written JavaScript.

Each kernel of python_kernels/kernels_py.py (method calls, enumerate, f-strings, tuple
returns, list loops, `%`, `len`) is compiled by the same path as `pyminis run` (guard,
Transcrypt, esbuild) and timed in the same node process as its twin in kernels.js; the table
shows both times and the ratio (target: every ratio <= 1.5). Both sides must compute the
same result, or the row says so.

Run: python benchmarks/python_kernels.py [--n 4000] [--rounds 41]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pyminis.compile import toolchain
from pyminis.pipeline.run import compile_scripts

HERE = Path(__file__).resolve().parent / "python_kernels"
TARGET = 1.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="frames (or hundreds of iterations)")
    parser.add_argument("--rounds", type=int, default=41, help="alternating rounds; best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pyminis-bench-") as work:
        (script,) = compile_scripts([HERE / "kernels_py.py"], Path(work))
        if script.error is not None:
            raise SystemExit(str(script.error))
        assert script.bundle is not None
        done = subprocess.run([toolchain.node(), str(HERE / "runner.js"), str(script.bundle),
                               str(args.n), str(args.rounds)], capture_output=True, text=True,
                              check=True)
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{'kernel':<16}{'Python (ms)':>12}{'JS (ms)':>10}{'ratio':>8}  ")
    misses = []
    for row in rows:
        ratio = row["py"] / row["js"] if row["js"] > 0 else float("inf")
        note = "" if row["same"] else f"  results differ: {row['resultPy']} vs {row['resultJs']}"
        mark = "ok" if ratio <= TARGET else "MISS"
        if ratio > TARGET:
            misses.append(row["name"])
        print(f"{row['name']:<16}{row['py']:>12.2f}{row['js']:>10.2f}{ratio:>8.2f}  {mark}{note}")
    print(f"target: every ratio <= {TARGET}; misses: {', '.join(misses) if misses else 'none'}")


if __name__ == "__main__":
    main()

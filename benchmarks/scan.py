"""Benchmark: the restriction scan on real bundles, beside the parse it cannot avoid.

For every example (copied to a temporary folder and built for `native`, release) and for
Transcrypt's whole unbundled runtime, prints, measured in this run: the size, tree-sitter's
parse alone (the reference: the least any real-parser scan must pay) and the whole scan of
that file (parse + scopes + rules), as medians of N rounds, and their ratio.

Run: python benchmarks/scan.py [--rounds N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import tree_sitter_javascript
from tree_sitter import Language, Parser

from pyminis.pipeline import build
from pyminis.scan import Policy, scan_text

PARSER = Parser(Language(tree_sitter_javascript.language()))


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def scripts(work: Path) -> list[tuple[str, bytes]]:
    found = []
    for example in sorted((REPO / "examples").iterdir()):
        if not (example / "src" / "main.py").is_file():
            continue
        copy = work / example.name
        shutil.copytree(example, copy, ignore=shutil.ignore_patterns("dist*", ".pyminis"))
        result = build(copy, "native")
        found.append((f"{example.name}/game.js", result.files["game.js"]))
        runtime = copy / ".pyminis" / "stage" / "native" / "__target__" / "org.transcrypt.__runtime__.js"
        if runtime.is_file() and not any(name.startswith("transcrypt") for name, _ in found):
            found.append(("transcrypt runtime (unbundled)", runtime.read_bytes()))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory(prefix="pyminis-scan-bench-") as tmp:
        files = scripts(Path(tmp))
    print(f"{'file':34} {'KiB':>7} {'parse ms':>9} {'scan ms':>8} {'scan/parse':>10}")
    policy = Policy(target="native")
    for name, data in files:
        parse = median_ms(partial(PARSER.parse, data), rounds)
        scan = median_ms(partial(scan_text, "game.js", data, policy), rounds)
        print(f"{name:34} {len(data) / 1024:7.1f} {parse:9.1f} {scan:8.1f} {scan / parse:10.1f}")


if __name__ == "__main__":
    main()

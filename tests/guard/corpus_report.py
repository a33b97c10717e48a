"""How a folder of everyday Python fares compiled: `python -m tests.guard.corpus_report DIR`.

Each `*.py` under DIR runs under CPython (the oracle) and through `pyminis run`, and lands in
one class:

- match    — the same standard output and exit status;
- refused  — the guard refused it at a line (`file:line:col: PM1xx`), nothing ran;
- silent   — it ran to the same exit status but printed something else: the worst outcome;
- crash    — it failed where CPython did not (or Transcrypt failed to compile it, PM002);
- skipped  — not a usable case: CPython itself fails, times out, reads input or prints
  something different on a second run (with another string-hash seed, as CPython's default
  randomised hashing would: the order of a set of strings is not CPython's to repeat).

The corpus is not part of the repository (others' programs are never committed); this tool is
how a session measures one. Exit status 0 always; `--json FILE` keeps every verdict for diffing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

CLASSES = ("match", "refused", "silent", "crash", "skipped")
REFUSAL = re.compile(r":\d+:\d+: (PM1\d\d):")
ANY_CODE = re.compile(r"\b(PM\d\d\d)\b")
# The `pyminis` command of the interpreter running this (PYTHONPATH decides which checkout).
PYMINIS = [sys.executable, "-c", "import sys; from pyminis.cli import main; sys.argv[0] = 'pyminis'; main()"]


@dataclass(frozen=True)
class Verdict:
    path: str
    verdict: str
    detail: str  # the refusal codes, the first differing line, or why it was skipped


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str


def run(command: list[str], cwd: Path, timeout: float, hash_seed: str = "0") -> Outcome | None:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONIOENCODING="utf-8")
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        return None
    decode = lambda b: b.decode("utf-8", "replace")  # noqa: E731
    return Outcome(done.returncode, decode(done.stdout), decode(done.stderr))


def first_difference(want: str, got: str) -> str:
    wanted, gotten = want.splitlines(), got.splitlines()
    for index, (a, b) in enumerate(zip(wanted, gotten)):
        if a != b:
            return f"line {index + 1}: CPython {a[:80]!r} / compiled {b[:80]!r}"
    if len(wanted) != len(gotten):
        return f"CPython printed {len(wanted)} lines, compiled {len(gotten)}"
    return "same lines, different line endings or spacing"


def classify(path: Path, timeout: float) -> Verdict:
    cpython = run([sys.executable, path.name], path.parent, timeout)
    if cpython is None:
        return Verdict(str(path), "skipped", "CPython timed out")
    if cpython.code != 0:
        last = (cpython.stderr.strip().splitlines() or ["?"])[-1]
        return Verdict(str(path), "skipped", f"CPython exits {cpython.code}: {last[:100]}")
    # Another string-hash seed: CPython randomises it per process, so output that follows the
    # order of a set of strings is not something CPython itself repeats.
    again = run([sys.executable, path.name], path.parent, timeout, hash_seed="1")
    if again is None or again.stdout != cpython.stdout:
        return Verdict(str(path), "skipped", "CPython prints something else on a second run "
                       "(randomness, time or string hashing)")
    compiled = run([*PYMINIS, "run", path.name], path.parent, timeout * 4)
    if compiled is None:
        return Verdict(str(path), "crash", "compiled run timed out")
    if compiled.code == cpython.code and compiled.stdout == cpython.stdout:
        return Verdict(str(path), "match", "")
    refusals = sorted(set(REFUSAL.findall(compiled.stderr)))
    if refusals and not compiled.stdout:
        return Verdict(str(path), "refused", " ".join(refusals))
    if compiled.code == cpython.code:
        return Verdict(str(path), "silent", first_difference(cpython.stdout, compiled.stdout))
    codes = sorted(set(ANY_CODE.findall(compiled.stderr)))
    lines = compiled.stderr.strip().splitlines()
    last = next((line for line in lines if "Error" in line or "error:" in line), lines[-1] if lines else "no message")
    where = first_difference(cpython.stdout, compiled.stdout) if compiled.stdout != cpython.stdout else ""
    return Verdict(str(path), "crash", " ".join(codes + [last[:160], where]).strip())


def report(verdicts: list[Verdict], show: set[str]) -> None:
    counts = Counter(v.verdict for v in verdicts)
    usable = sum(counts[c] for c in CLASSES if c != "skipped")
    for name in CLASSES:
        share = f"{100 * counts[name] / usable:5.1f}%" if usable and name != "skipped" else "      "
        print(f"{name:8} {counts[name]:5} {share}")
    print(f"usable   {usable:5}  (match + refused: "
          f"{100 * (counts['match'] + counts['refused']) / max(usable, 1):.1f}%)")
    codes = Counter(code for v in verdicts if v.verdict == "refused" for code in v.detail.split())
    if codes:
        print("refusals by code: " + ", ".join(f"{c} {n}" for c, n in codes.most_common()))
    for verdict in sorted(verdicts, key=lambda v: (v.verdict, v.path)):
        if verdict.verdict in show:
            print(f"{verdict.verdict:8} {verdict.path}: {verdict.detail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds for CPython")
    parser.add_argument("--show", default="silent,crash", help="classes to list one by one")
    parser.add_argument("--json", type=Path, help="write every verdict to this file")
    args = parser.parse_args(argv)
    paths = sorted(p.resolve() for p in args.folder.rglob("*.py"))
    with ThreadPoolExecutor(args.jobs) as pool:
        verdicts = list(pool.map(lambda p: classify(p, args.timeout), paths))
    report(verdicts, set(args.show.split(",")))
    if args.json:
        args.json.write_text(json.dumps([asdict(v) for v in verdicts], indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Each case runs under CPython and as compiled by `pyminis run`; outputs must be identical.

All cases are compiled up front by two Transcrypt processes (one per core) through
`compile_scripts`, the function behind `pyminis run`; each case is then its own program, run
by its own node process (a few at a time) and compared on its own.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from pyminis.pipeline.run import Ran, Script, compile_scripts, run_bundle
from tests.guard.cases import Case, load_cases

CASES = load_cases()
WORKERS = 2


@dataclass(frozen=True)
class Outcome:
    script: Script
    ran: Ran | None  # the compiled program under node
    reference: subprocess.CompletedProcess[str] | None  # the same source under CPython


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Compile every case, then run each program (node and CPython) in a few threads."""
    root = tmp_path_factory.mktemp("differential")
    paths = []
    for case in CASES:
        path = root / "src" / f"{case.name}.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(case.source, encoding="utf-8")
        paths.append(path)
    chunks = [paths[i::WORKERS] for i in range(WORKERS)]
    with ThreadPoolExecutor(WORKERS) as pool:
        results = pool.map(lambda ic: compile_scripts(ic[1], root / f"work{ic[0]}"), enumerate(chunks))
    scripts = {script.path.stem: script for chunk in results for script in chunk}

    def run(case: Case) -> Outcome:
        script = scripts[case.name]
        if script.bundle is None:
            return Outcome(script, None, None)
        ran = run_bundle(script.bundle, argv=[str(script.path)])  # sys.argv as CPython gets it
        reference = cpython(script.path) if case.expected is None and case.refused is None else None
        return Outcome(script, ran, reference)

    with ThreadPoolExecutor(WORKERS * 2) as pool:
        return dict(zip([c.name for c in CASES], pool.map(run, CASES)))


def cpython(source: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(source)], capture_output=True, text=True,
                          timeout=30, check=False)


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[case.name]
    script = outcome.script
    if case.refused is not None:
        assert script.error is not None, f"{case.line} compiled but must be refused with {case.refused}"
        codes = [p.code for p in script.error.problems]
        assert case.refused in codes, str(script.error)
        for problem in script.error.problems:
            assert problem.location.line is not None and problem.location.path.endswith(f"{case.name}.py")
        return
    assert script.error is None, f"{case.line} was refused:\n{script.error}"
    ran = outcome.ran
    assert ran is not None
    if case.expected is not None:
        assert (ran.stdout, ran.code) == (case.expected, 0), ran.stderr
        return
    reference = outcome.reference
    assert reference is not None
    assert ran.stdout == reference.stdout, f"{case.line}\nnode stderr: {ran.stderr[-2000:]}"
    assert ran.code == reference.returncode, ran.stderr
    if reference.returncode != 0:
        # Same exception type named on the last line as CPython's traceback.
        assert last_line(ran.stderr).split(":")[0] == last_line(reference.stderr).split(":")[0]

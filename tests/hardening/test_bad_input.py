"""Errors, never tracebacks: every bad input of tests/hardening/bad_inputs.py exits 1 or 2
naming the file (or value) and a fix, or exits 0 where pyminis accepts it as CPython would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening.bad_inputs import CASES, Case, run_case


@pytest.mark.parametrize("case", CASES, ids=[f"{c.area}: {c.name}" for c in CASES])
def test_bad_input_is_an_error_not_a_traceback(case: Case, tmp_path: Path) -> None:
    code, output = run_case(case, tmp_path)
    assert "Traceback" not in output, output
    assert code == case.exit, output
    if case.exit:
        assert case.names in output, output
        assert "fix:" in output or "; " in output or "Try 'pyminis" in output, output

"""Every pyminis.tt call through the fake host: the calls it records and the typed results.

The same cases run compiled against the JS stand-in in test_cases_browser.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from pyminis.sdk import fake
from tests.tt.game import cases

# The JS stand-in does not record per-frame and timer calls (an open data domain makes them
# every frame); compare the rest.
UNRECORDED = {"requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout"}


class Env:
    """What a case may do to the platform, on the fake host."""

    def __init__(self, host: fake.FakeHost) -> None:
        self.host = host

    def emit(self, name: str, payload: Any) -> None:
        self.host.emit(name, payload)

    def wait(self) -> fake.Pending:
        self.host.frame()
        self.host.advance(50)
        done = fake.Pending()
        done.resolve(None)
        return done

    def hold(self, name: str) -> None:
        self.host.hold(name)

    def release(self, name: str, outcome: dict[str, Any]) -> None:
        self.host.release(name, outcome)

    def remove(self, name: str) -> None:
        self.host.missing.add(name)


def run_cases() -> dict[str, tuple[list[list[Any]], str]]:
    """Run every case in order on one host, as the browser game does."""
    outcomes: dict[str, tuple[list[list[Any]], str]] = {}
    with fake.use() as host:
        env = Env(host)
        for case_id, scripted, function, _, _ in cases.CASES:
            host.outcomes.clear()
            for name, outcome in scripted.items():
                host.outcomes[name] = lambda params, outcome=outcome: outcome
            before = len(host.calls)
            result = fake.run(function(env))
            made = [[c.name, c.params] for c in host.calls[before:] if c.name not in UNRECORDED]
            outcomes[case_id] = (made, repr(result))
    return outcomes


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[list[list[Any]], str]]:
    return run_cases()


@pytest.mark.parametrize("case", cases.CASES, ids=[c[0] for c in cases.CASES])
def test_case_through_the_fake_host(case: list[Any], results: dict[str, Any]) -> None:
    case_id, _, _, expected_calls, expected_result = case
    made, result = results[case_id]
    assert made == expected_calls
    assert result == expected_result

"""The built hello example runs in a real browser against the SDK stand-in."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from pyminis.pipeline import build
from tests.support.browser import canvas_summary, serve

pytestmark = pytest.mark.browser


def test_hello_h5_runs_and_reacts_to_a_tap(page: Any, example_copy: Callable[[str], Path]) -> None:
    result = build(example_copy("hello"), "h5")
    with serve(result.output_dir) as url:
        page.goto(url + "/index.html")
        page.wait_for_function("TTMinis.__calls.some(c => c.name === 'setLoadingProgress')")
        calls = page.evaluate("TTMinis.__calls")
        init = [c for c in calls if c["name"] == "init"]
        assert init == [{"name": "init", "params": {"clientKey": "hello-example-client-key"},
                         "answer": {}}]
        progress = [c["params"]["progress"] for c in calls if c["name"] == "setLoadingProgress"]
        assert progress[-1] == 1

        before = canvas_summary(page)
        assert before["colors"] > 1, "the canvas is blank"
        page.mouse.click(100, 700)
        page.wait_for_timeout(50)
        after = canvas_summary(page)
        assert after["hash"] != before["hash"], "a tap did not change the frame"
        assert page.log.console_errors == []

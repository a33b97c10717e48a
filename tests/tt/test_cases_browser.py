"""Every pyminis.tt call compiled into a game, run in Chromium against the SDK stand-in.

One build and one page run all cases of tests/tt/game/cases.py (the same cases the fake host
runs in test_cases_cpython.py): each call must reach the stand-in with exactly the documented
parameter names, as a plain object, and its result must come back typed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from pyminis.pipeline import build
from tests.support.browser import serve
from tests.tt.game import cases

pytestmark = pytest.mark.browser

GAME = Path(__file__).parent / "game"

# Own properties a Transcrypt dict carries besides its keys: none may reach the platform.
PLAIN_CHECK = """() => {
  const bad = [];
  const visit = (value, path) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      const extra = Object.getOwnPropertyNames(value).filter((k) => k !== 'length' && !/^\\d+$/.test(k));
      if (extra.length) bad.push(path + ': ' + extra.join(','));
      value.forEach((v, i) => visit(v, path + '[' + i + ']'));
      return;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) { bad.push(path + ': not a plain object'); return; }
    const hidden = Object.getOwnPropertyNames(value).filter((k) => !Object.keys(value).includes(k));
    if (hidden.length) bad.push(path + ': hidden ' + hidden.join(','));
    for (const key of Object.keys(value)) {
      if (typeof value[key] !== 'function') visit(value[key], path + '.' + key);
    }
  };
  TTMinis.__raw.forEach((options, i) => visit(options, 'call ' + i + ' (' + TTMinis.__calls[i]?.name + ')'));
  return bad;
}"""


@pytest.fixture(scope="module")
def page_results(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from tests.conftest import EXAMPLES
    from tests.support.browser import route_platform, watch

    project = tmp_path_factory.mktemp("tt") / "game"
    shutil.copytree(EXAMPLES / "hello", project,
                    ignore=shutil.ignore_patterns("dist", "dist-*", ".pyminis", "__pycache__"))
    for name in ("main.py", "cases.py"):
        shutil.copy(GAME / name, project / "src" / name)
    # The cases call these origins, as a real game would after declaring them (else PM201).
    config_path = project / "minigame.config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["domain"] = {"trustedDomains": ["https://api.example.com", "https://cdn.example.com",
                                           "wss://ws.example.com"]}
    config_path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    result = build(project, "h5")
    context = browser.new_context(viewport={"width": 390, "height": 844})
    route_platform(context)
    page = context.new_page()
    log = watch(page)
    with serve(result.output_dir) as url:
        page.goto(url + "/index.html")
        page.wait_for_function("TTMinis.caseResults !== undefined", timeout=20000)
        found = page.evaluate("JSON.parse(JSON.stringify(TTMinis.caseResults))")
        not_plain = page.evaluate(PLAIN_CHECK)
        detached = page.evaluate("TTMinis.__detached")
    context.close()
    yield {"cases": {r["id"]: r for r in found}, "not_plain": not_plain, "detached": detached,
           "errors": log.console_errors}


def test_page_ran_without_errors(page_results: dict[str, Any]) -> None:
    assert page_results["errors"] == []
    assert set(page_results["cases"]) == {c[0] for c in cases.CASES}


def test_every_options_object_reaching_the_platform_is_plain(page_results: dict[str, Any]) -> None:
    assert page_results["not_plain"] == []


def test_every_call_is_made_as_a_method_of_its_object(page_results: dict[str, Any]) -> None:
    assert page_results["detached"] == []


@pytest.mark.parametrize("case", cases.CASES, ids=[c[0] for c in cases.CASES])
def test_compiled_case_against_the_stand_in(case: list[Any], page_results: dict[str, Any]) -> None:
    case_id, _, _, expected_calls, expected_result = case
    got = page_results["cases"][case_id]
    made = [[c["name"], c["params"]] for c in got["calls"] if c["name"] != "init"]
    assert made == expected_calls
    assert got["result"] == expected_result

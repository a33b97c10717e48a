"""pyminis.tt finds the SDK wherever the runtime puts it: `TTMinis.game` (H5), `tt` or `wx`
alone (native, the open data domain), and in the native-runtime emulator (a worker, no DOM,
no init call)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pyminis.pipeline import build
from tests.support.browser import serve
from tests.support.emulator import run_native

pytestmark = pytest.mark.browser

GAME = Path(__file__).parent / "namespace_game" / "main.py"
EXPECTED = "stand-in-code ios True"

# The stand-in, then only one global left pointing at it (as on the native runtime).
PAGE = """<!doctype html><html><head>
<script src="https://connect.tiktok-minis.com/game/sdk.js"></script>
<script>
  globalThis.standIn = TTMinis;
  globalThis.{name} = TTMinis.game;
  delete globalThis.TTMinis;
</script></head><body><script src="game.js"></script></body></html>
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import EXAMPLES

    folder = tmp_path_factory.mktemp("namespaces") / "game"
    shutil.copytree(EXAMPLES / "hello", folder,
                    ignore=shutil.ignore_patterns("dist", "dist-*", ".pyminis", "__pycache__"))
    shutil.copy(GAME, folder / "src" / "main.py")
    return folder


@pytest.fixture(scope="module")
def h5_output(project: Path) -> Path:
    return build(project, "h5").output_dir


def _reports(calls: list[dict[str, Any]]) -> list[str]:
    return [item["value"] for c in calls if c["name"] == "setUserCloudStorage"
            for item in c["params"]["data"] if item["key"] == "report"]


@pytest.mark.parametrize("name", ["tt", "wx"])
def test_a_lone_global_is_found(name: str, page: Any, h5_output: Path) -> None:
    (h5_output / f"probe-{name}.html").write_text(PAGE.replace("{name}", name), encoding="utf-8")
    with serve(h5_output) as url:
        page.goto(url + f"/probe-{name}.html")
        page.wait_for_function("standIn.__calls.some(c => c.name === 'setUserCloudStorage')")
        calls = page.evaluate("standIn.__calls")
    assert page.evaluate("typeof TTMinis") == "undefined"
    assert _reports(calls) == [EXPECTED]
    assert [c["name"] for c in calls][:3] == ["login", "getSystemInfoSync",
                                              "createRewardedVideoAd"]
    assert page.log.console_errors == []


def test_native_runtime_in_the_emulator(page: Any, project: Path) -> None:
    output = build(project, "native").output_dir
    with run_native(page, output) as emulator:
        calls = emulator.calls()
        for _ in range(50):  # the report comes after a few asynchronous answers
            if _reports(calls):
                break
            page.wait_for_timeout(100)
            calls = emulator.calls()
        assert emulator.errors == []
    assert "init" not in [c["name"] for c in calls]
    assert _reports(calls) == [EXPECTED]

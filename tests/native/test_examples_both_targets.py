"""Every example builds for h5 and native from the same Python, and runs on both.

Parametrised over examples/*, so a new example is picked up without editing this file. The
native package runs in the emulator (a Worker with no DOM) in each of its profiles (tiktok,
strict), the h5 package in a page with the SDK stand-in; each must draw, survive a tap, and
report no error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pyminis.pipeline import build
from tests.conftest import EXAMPLES
from tests.support.browser import serve
from tests.support.emulator import PROFILES, run_native

pytestmark = pytest.mark.browser

NAMES = sorted(p.name for p in EXAMPLES.iterdir() if (p / "src" / "main.py").is_file())


# Counted in the page: shipping every pixel of a high-DPI canvas to Python takes a minute.
PAGE_COLOURS = """() => {
  const c = document.querySelector('canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const seen = new Set();
  for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
  return seen.size;
}"""


def wait_until_drawn(emu: Any, timeout_ms: int = 8000) -> dict[str, Any]:
    """The screen once it shows more than one colour (games may load assets first)."""
    waited = 0
    while True:
        summary: dict[str, Any] = emu.pixels()
        if summary["colours"] > 1 or waited >= timeout_ms:
            return summary
        emu.page.wait_for_timeout(100)
        waited += 100


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", NAMES)
def test_example_runs_natively(name: str, profile: str, page: Any,
                               example_copy: Callable[[str], Path]) -> None:
    native = build(example_copy(name), "native")
    assert "game.json" in native.files
    with run_native(page, native.output_dir, profile=profile) as emu:
        assert emu.loaded_ok, emu.errors
        before = wait_until_drawn(emu)
        assert before["colours"] > 1, f"{name}: the native screen stayed blank"
        emu.tap(195, 600)
        page.wait_for_timeout(300)
        assert emu.stats()["touches"] == 2
        assert emu.errors == [], f"{name} failed in the native emulator ({profile})"
    assert page.log.console_errors == [], f"{name}: errors in the emulator's page"


@pytest.mark.parametrize("name", NAMES)
def test_example_runs_in_a_page(name: str, page: Any, example_copy: Callable[[str], Path]) -> None:
    h5 = build(example_copy(name), "h5")
    assert "index.html" in h5.files
    with serve(h5.output_dir) as url:
        page.goto(url + "/index.html")
        page.wait_for_selector("canvas")
        page.wait_for_timeout(300)
        assert page.evaluate(PAGE_COLOURS) > 1, f"{name}: the h5 canvas stayed blank"
        page.mouse.click(195, 600)
        page.wait_for_timeout(300)
    assert page.log.console_errors == [], f"{name}: errors on a target"

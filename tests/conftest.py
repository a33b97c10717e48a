"""Shared fixtures: a Chromium browser (one per test module) and pages wired to the SDK stand-in."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from tests.support.browser import CHROMIUM_ARGS, PageLog, chromium_path, route_platform, watch

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Per module, not per session: while Playwright's sync API is open its event loop counts as
    # running in this thread, so a later module's asyncio.run() or sync_playwright() fails.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page (phone-sized) whose SDK is the stand-in; `page.log` holds its console."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1,
                                  has_touch=True)
    route_platform(context)
    new_page = context.new_page()
    new_page.log = watch(new_page)  # type: ignore[attr-defined]
    yield new_page
    context.close()


@pytest.fixture
def example_copy(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Copy an example into tmp_path, so tests never build inside the repository."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(EXAMPLES / name, target,
                        ignore=shutil.ignore_patterns("dist", "dist-*", ".pyminis", "__pycache__"))
        return target

    return copy


__all__ = ["PageLog"]

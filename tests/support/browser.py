"""Debian's chromium driven by Playwright, with the TikTok SDK replaced by the local stand-in.

Used by the browser tests and the benchmarks. Every request that does not go to 127.0.0.1 is
answered here: the SDK URLs with the stand-in (pyminis/dev/stand_in.py, the simulator's own:
runtime_js/simulator/sdk.js, plus the open data host when the page's package names an open
data domain in its project.config.json), anything else with a 404, so a page can never reach
the network.
"""

from __future__ import annotations

import shutil
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyminis.dev.stand_in import open_data_folder, stand_in_script
from pyminis.verify.serve import QuietHandler, serve  # one static server: tests and verify

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SDK_HOST = "connect.tiktok-minis.com"


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        raise RuntimeError("Debian's chromium is not installed: apt-get install -y chromium")
    return path


@dataclass
class PageLog:
    """What a page printed: console messages by type, and uncaught errors."""

    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"] + self.errors


_LOCAL = ("http://127.0.0.1", "http://localhost")


def package_open_data(page_url: str) -> str | None:
    """The open data folder of the package a local page belongs to: the platform reads it from
    project.config.json beside the page (003)."""
    if not page_url.startswith(_LOCAL):
        return None
    try:
        with urllib.request.urlopen(urllib.parse.urljoin(page_url, "project.config.json"),
                                    timeout=5) as answer:
            return open_data_folder(answer.read())
    except (urllib.error.URLError, OSError):
        return None  # no project.config.json: a game without an open data domain


def route_platform(context: Any) -> None:
    """Answer the SDK with the stand-in (with the open data host for a package that has an
    open data domain); refuse every other request off this machine."""

    def handle(route: Any) -> None:
        url = route.request.url
        if url.startswith(_LOCAL):
            route.continue_()
        elif SDK_HOST in url and url.endswith("sdk.js"):
            folder = package_open_data(route.request.frame.url)
            route.fulfill(status=200, content_type="application/javascript",
                          body=stand_in_script(folder))
        else:
            route.fulfill(status=404, body="offline test")

    context.route("**/*", handle)


def watch(page: Any) -> PageLog:
    log = PageLog()
    page.on("console", lambda m: log.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: log.errors.append(str(e)))
    return log


def canvas_summary(page: Any, selector: str = "canvas") -> dict[str, int]:
    """A digest of the first canvas matching `selector`: a hash of every RGBA byte and the
    number of distinct colours. Computed in the page (shipping megabytes of pixels to Python
    costs minutes on a high-DPI canvas); reading pixels forces a raster."""
    return page.evaluate(
        """(sel) => { const c = document.querySelector(sel);
                      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                      let hash = 2166136261; const colors = new Set();
                      for (let i = 0; i < d.length; i += 4) {
                        const rgba = ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;
                        hash = Math.imul(hash ^ rgba, 16777619) >>> 0;
                        if (colors.size < 4096) colors.add(rgba);
                      }
                      return {hash, colors: colors.size}; }""",
        selector,
    )

"""Run a native package in the native-runtime emulator (runtime_js/emulator/) through Playwright.

The package folder is served at `/`, pyminis' runtime JavaScript at `/__pyminis__/`, and the
emulator page at `/__pyminis__/emulator/index.html?game=/`. The game runs in a Web Worker with
no DOM; `Emulator` wraps the page's `emulator` API for tests:

    with run_native(page, result.output_dir, manual=True) as emu:
        emu.step(count=3)
        emu.tap(100, 700)
        assert emu.pixels()["colours"] > 1
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

from pyminis.paths import runtime_js_dir
from tests.support.browser import QuietHandler, serve

RUNTIME_PREFIX = "/__pyminis__/"
EMULATOR_PAGE = RUNTIME_PREFIX + "emulator/index.html"
# The emulator's profiles (runtime_js/emulator/profiles.js): tests that play a package on the
# native runtime run in each.
PROFILES = ["tiktok", "strict"]


class _PackageHandler(QuietHandler):
    """The package at `/`, runtime_js/ at /__pyminis__/; never cached, never logged."""

    runtime: Path = runtime_js_dir()

    def translate_path(self, path: str) -> str:
        clean = unquote(urlsplit(path).path)
        if clean.startswith(RUNTIME_PREFIX):
            rel = clean[len(RUNTIME_PREFIX):]
            target = (self.runtime / rel).resolve()
            if self.runtime.resolve() in target.parents:
                return str(target)
            return str(self.runtime / "missing")
        return super().translate_path(path)


@contextmanager
def serve_native(package: Path) -> Iterator[str]:
    """Serve a native package and the emulator on 127.0.0.1; yields the base URL."""
    with serve(package, _PackageHandler) as url:
        yield url


class Emulator:
    """A running native package: the page's `emulator` object, in Python."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.loaded_ok: bool = bool(page.evaluate("emulator.ready"))

    def request(self, op: str, *args: Any) -> Any:
        return self.page.evaluate("([op, args]) => emulator.request(op, ...args)", [op, list(args)])

    @property
    def errors(self) -> list[str]:
        return list(self.page.evaluate("emulator.errors"))

    @property
    def console(self) -> list[tuple[str, str]]:
        return [(level, text) for level, text in self.page.evaluate("emulator.console")]

    @property
    def storage(self) -> dict[str, Any]:
        return dict(self.page.evaluate("emulator.storage"))

    @property
    def audio(self) -> list[dict[str, Any]]:
        return list(self.page.evaluate("emulator.audio"))

    def calls(self, name: str | None = None) -> list[dict[str, Any]]:
        """The SDK stand-in's recorded calls (`TTMinis.__calls`), optionally of one name."""
        calls: list[dict[str, Any]] = self.request("calls")
        return [c for c in calls if name is None or c["name"] == name]

    def outcome(self, name: str, answer: dict[str, Any] | None) -> None:
        """Choose the stand-in's answer to `name`: `{"ok": …}`, `{"fail": …}`, or None to reset."""
        self.request("outcome", name, answer)

    def step(self, ms: float = 1000 / 60, count: int = 1) -> None:
        """Manual frames (`manual=True`): advance the clock and run queued frames `count` times."""
        self.request("step", ms, count)

    def inject(self, kind: str, x: float, y: float, identifier: int = 1) -> None:
        """A touch through the platform's `__touch` hook (bypasses the page's input path)."""
        self.request("inject", kind, x, y, identifier)

    def tap(self, x: float, y: float) -> None:
        """A real tap on the emulator's screen: pointer events → native touch events."""
        self.page.mouse.click(x, y)

    def set_hidden(self, hidden: bool) -> None:
        """The app goes to the background (True) or comes back (False): onHide / onShow."""
        self.page.evaluate("hidden => emulator.setHidden(hidden)", hidden)

    def pixels(self) -> dict[str, Any]:
        """The screen's size, a hash of its pixels and the number of colours in a sample."""
        result: dict[str, Any] = self.request("pixels")
        return result

    def pixel(self, x: int, y: int) -> list[int]:
        """RGBA of one pixel of the screen canvas (backing-store pixels)."""
        return list(self.request("pixel", x, y))

    def stats(self) -> dict[str, Any]:
        """Canvases created, touches delivered and handled, frames run, device calls logged."""
        result: dict[str, Any] = self.request("stats")
        return result

    def game_worker(self, timeout_ms: float = 10000) -> Any:
        """The Playwright handle of the worker that runs game.js (`evaluate` runs JS there,
        beside the game: `pyminisPlatform`, `tt`, the game's own globals)."""
        waited = 0.0
        while waited <= timeout_ms:
            for worker in self.page.workers:
                with contextlib.suppress(Exception):  # a worker starting or gone: look again
                    if worker.evaluate("typeof pyminisPlatform === 'object'"):
                        return worker
            self.page.wait_for_timeout(50)
            waited += 50
        raise AssertionError("no emulator worker runs a game (did game.js define pyminisPlatform?)")

    def wait_for(self, expression: str, timeout_ms: float = 5000) -> None:
        """Wait until a JS expression over the page's `emulator` object is truthy."""
        self.page.wait_for_function(expression, timeout=timeout_ms)


@contextmanager
def run_native(page: Any, package: Path, *, manual: bool = False, query: dict[str, str] | None = None,
               storage: dict[str, Any] | None = None, platform: str = "ios",
               profile: str = "tiktok", timeout_ms: float = 15000,
               seed: int | None = None) -> Iterator[Emulator]:
    """Open `package` (a built native output folder) in the emulator with `profile` (tiktok or
    strict), the game's `random` seeded with `seed` if given; yields once game.js ran."""
    params = {"game": "/", "platform": platform, "profile": profile}
    if manual:
        params["frames"] = "manual"
    if query:
        params["query"] = urlencode(query)
    if storage:
        params["storage"] = json.dumps(storage)
    if seed is not None:
        params["seed"] = str(seed)
    game_json = json.loads((package / "game.json").read_text(encoding="utf-8"))
    size = page.viewport_size
    if size and game_json.get("deviceOrientation") == "landscape" and size["width"] < size["height"]:
        # The phone turns for a landscape game: so does the emulator's window.
        page.set_viewport_size({"width": size["height"], "height": size["width"]})
    with serve_native(package) as url:
        page.goto(f"{url}{EMULATOR_PAGE}?{urlencode(params)}")
        page.wait_for_function("emulator.ready.then ? true : false", timeout=timeout_ms)
        page.evaluate("emulator.ready")
        yield Emulator(page)

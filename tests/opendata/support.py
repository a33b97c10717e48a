"""The open data domain in a browser page, as tests/support/browser.py:route_platform serves it.

A page whose package names an open data domain in project.config.json gets the stand-in at
the SDK URL followed by the open data host (pyminis/dev/stand_in.py), installed on
`TTMinis.game` with the fake friends a test seeds (`seed_friends`). Helpers read the domain's
own record through Playwright's worker handles, so nothing is exposed to the game for the
test's sake.
"""

from __future__ import annotations

import json
import time
from typing import Any


def seed_friends(page: Any, friends: list[dict[str, Any]], me: dict[str, str] | None = None,
                 granted: list[str] | None = None) -> None:
    seed = {"friends": friends, "me": me or {}, "granted": granted or []}
    page.add_init_script(f"globalThis.__pyminisOpenDataSeed = {json.dumps(seed)};")


def domain_worker(page: Any, timeout: float = 10.0) -> Any:
    """The open data domain's worker (the one holding __pyminisDomain)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker in page.workers:
            try:
                if worker.evaluate("typeof globalThis.__pyminisDomain === 'object'"):
                    return worker
            except Exception:  # a worker that is starting or gone
                pass
        page.wait_for_timeout(50)
    raise AssertionError("the open data domain's worker never started")


def wait_drawn(page: Any, worker: Any, needle: str, timeout: float = 10.0) -> list[dict[str, Any]]:
    """What the domain has on the shared canvas, once a text containing `needle` is drawn."""
    deadline = time.monotonic() + timeout
    drawn: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        drawn = worker.evaluate("globalThis.__pyminisDomain.drawn.map(d => ({...d}))")
        if any(needle in item["text"] for item in drawn):
            return drawn
        page.wait_for_timeout(50)
    raise AssertionError(f"{needle!r} never drawn on the shared canvas; drawn: {drawn}")


def open_data_log(page: Any, target: str) -> list[dict[str, Any]]:
    """Every message between the game and the open data domain (host.js's log)."""
    holder = "TTMinis.__openData" if target == "h5" else "emulator.openData"
    return list(page.evaluate(f"JSON.parse(JSON.stringify({holder}.log))"))


def game_calls(page: Any, target: str) -> list[dict[str, Any]]:
    """The SDK calls the game made, with what they answered (the stand-in's record)."""
    if target == "h5":
        return list(page.evaluate("TTMinis.__calls"))
    return list(page.evaluate("emulator.request('calls')"))

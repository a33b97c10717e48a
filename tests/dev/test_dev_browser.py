"""`pyminis dev` end to end: a real server process, a real Chromium, real file edits."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.dev.conftest import DevProcess
from tests.dev.games import palette, write_color_game

pytestmark = pytest.mark.browser

BACKGROUND = "#161823"
EDITED = "#2050ff"


def game_pixel(page: Any, x: int = 4, y: int = 300) -> list[int] | None:
    """One pixel of the game's canvas inside the phone frame (None before the game drew)."""
    frame = page.frame_locator("#game")
    try:
        return frame.locator("canvas").first.evaluate(
            """(c, [x, y]) => Array.from(c.getContext('2d').getImageData(x, y, 1, 1).data)""",
            [x, y], timeout=1000)
    except Exception:  # noqa: BLE001  (the frame is reloading)
        return None


def wait_pixel(page: Any, rgb: tuple[int, int, int], timeout_ms: int = 15000) -> None:
    waited = 0
    seen = None
    while waited < timeout_ms:
        seen = game_pixel(page)
        if seen is not None and tuple(seen[:3]) == rgb:
            return
        page.wait_for_timeout(100)
        waited += 100
    raise AssertionError(f"the game never showed {rgb}; last pixel {seen}")


def rgb(hex_color: str) -> tuple[int, int, int]:
    return int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16)


def open_simulator(page: Any, dev: DevProcess) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)


def test_edit_shows_in_page_syntax_error_shows_overlay_and_fix_recovers(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    project = example_copy("hello")
    palette_py = write_color_game(project, BACKGROUND)
    dev = dev_server(project)
    open_simulator(page, dev)
    wait_pixel(page, rgb(BACKGROUND))

    # An edit is rebuilt and reloaded: the page draws the new colour.
    mark = len(dev.lines)
    palette_py.write_text(palette(EDITED), encoding="utf-8")
    dev.wait_for(r"built in \d+ ms \(src/palette\.py\)", start=mark, page=page)
    wait_pixel(page, rgb(EDITED))
    assert page.locator("#overlay").is_hidden()

    # A syntax error: the overlay names the file and line; the server keeps running.
    mark = len(dev.lines)
    palette_py.write_text(palette(EDITED) + "\ndef broken(:\n", encoding="utf-8")
    dev.wait_for(r"build failed \(src/palette\.py\)", start=mark, page=page)
    overlay = page.locator("#overlay")
    overlay.wait_for(state="visible", timeout=10000)
    text = overlay.inner_text()
    assert "src/palette.py:3" in text, text
    assert "syntax" in text.lower()
    assert dev.process.poll() is None, "a compile error stopped the server"
    wait_pixel(page, rgb(EDITED))  # the last good build keeps running behind the overlay

    # The fix recovers: the overlay goes, the fixed game runs.
    mark = len(dev.lines)
    palette_py.write_text(palette("#10a050"), encoding="utf-8")
    dev.wait_for(r"built in \d+ ms \(src/palette\.py\)", start=mark, page=page)
    overlay.wait_for(state="hidden", timeout=10000)
    wait_pixel(page, rgb("#10a050"))

    assert dev.interrupt() == 0
    assert dev.lines[-1] == "stopped"


RAISES = '''"""A game that fails at start, in Python."""


def place_enemy(enemies, index):
    return enemies[index]["x"]


def start():
    enemies = [{"x": 1}]
    if place_enemy(enemies, 0) == 1:
        raise ValueError("no enemy at index 3")


start()
'''


@pytest.mark.throws_in_game  # the game raises on purpose; Playwright reports it as a page error
def test_uncaught_error_shows_python_traceback_in_page_and_terminal(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    project = example_copy("hello")
    (project / "src" / "main.py").write_text(RAISES, encoding="utf-8")
    dev = dev_server(project)
    open_simulator(page, dev)
    overlay = page.locator("#overlay")
    overlay.wait_for(state="visible", timeout=15000)
    page.wait_for_function("document.querySelector('#overlay').innerText.includes('ValueError')")
    shown = overlay.inner_text()
    raise_line = RAISES.splitlines().index('        raise ValueError("no enemy at index 3")') + 1
    call_line = RAISES.splitlines().index("start()") + 1
    assert f'File "src/main.py", line {raise_line}, in start' in shown, shown
    assert f'File "src/main.py", line {call_line}, in <module>' in shown, shown
    assert "ValueError: no enemy at index 3" in shown
    # Outermost frame first, as Python prints it.
    assert shown.index(f"line {call_line}") < shown.index(f"line {raise_line}")
    printed = dev.wait_for(
        r"Traceback \(most recent call last\):[\s\S]*ValueError: no enemy at index 3", page=page)
    assert f'File "src/main.py", line {raise_line}, in start' in printed.group(0)
    assert re.search(r"pyminis:|transcrypt", shown) is None, "runtime frames leaked into the traceback"


@pytest.mark.throws_in_game
def test_a_native_runtime_error_shows_its_python_traceback_over_the_emulator(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    project = example_copy("hello")
    (project / "src" / "main.py").write_text(RAISES, encoding="utf-8")
    dev = dev_server(project)
    open_simulator(page, dev)
    dev.switch_to_native(page)
    page.wait_for_function("document.querySelector('#overlay').innerText.includes('File \"src/main.py\"')",
                           timeout=30000)
    shown = page.locator("#overlay").inner_text()
    raise_line = RAISES.splitlines().index('        raise ValueError("no enemy at index 3")') + 1
    assert f'File "src/main.py", line {raise_line}, in start' in shown, shown
    assert "ValueError: no enemy at index 3" in shown
    # The emulator's own line follows: the game.js place and the Python line.
    assert f"(Python: src/main.py:{raise_line})" in shown

"""A subpackage loads before the first scene, with progress, from the same Python on both targets."""

from __future__ import annotations

from typing import Any

import pytest

from pyminis.pipeline import build
from tests.native.conftest import ProjectMaker
from tests.support.browser import serve
from tests.support.emulator import run_native

pytestmark = pytest.mark.browser

MAIN = '''
from pyminis.engine import Game, Scene, Text


class Play(Scene):
    def setup(self) -> None:
        print("scene starts; level two says", globalThis.level_two)
        self.add(Text("ready", 20, 40, size=24))


game = Game(360, 640, background="#161823")
game.load_subpackage("level2")
game.run(Play())
'''

FILES = {
    "subpackages/level2/main.py": 'print("level two runs")\nglobalThis.level_two = "hello"\n',
    # Bulk, so the download reports progress on its way.
    "subpackages/level2/notes.txt": "a subpackage's own asset\n",
}
CONFIG = {"pyminis": {"subpackages": [{"name": "level2", "root": "subpackages/level2"}]}}
EXPECTED = ["level two runs", "scene starts; level two says hello"]


def test_the_engine_waits_for_a_subpackage_natively(page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(MAIN, config=CONFIG, files=FILES), "native")
    assert "subpackages/level2/notes.txt" in result.files
    with run_native(page, result.output_dir) as emu:
        page.wait_for_function("emulator.console.length >= 2")
        assert [text for _, text in emu.console] == EXPECTED
        progress = [c["params"]["progress"] for c in emu.calls("setLoadingProgress")]
        assert progress[0] < 1 and progress[-1] == 1
        assert {"name": "loadSubpackage", "params": {"name": "level2"}} in emu.stats()["deviceLog"]
        assert emu.errors == []


def test_the_same_game_loads_its_subpackage_in_an_h5_page(page: Any, native_project: ProjectMaker) -> None:
    result = build(native_project(MAIN, config=CONFIG, files=FILES), "h5")
    assert "subpackages/level2/game.js" in result.files
    with serve(result.output_dir) as url:
        page.goto(url + "/index.html")
        page.wait_for_function("TTMinis.__calls.some(c => c.name === 'setLoadingProgress'"
                               " && c.params.progress === 1)")
        page.wait_for_timeout(100)
    texts = [text for kind, text in page.log.console if kind == "log"]
    assert [t for t in texts if t in EXPECTED] == EXPECTED
    assert page.log.console_errors == []

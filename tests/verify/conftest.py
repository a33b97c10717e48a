"""A game and a runtime with a planted difference: `x % 7` compiled is wrong when x is 40.

The copy of runtime_js/ reassigns the runtime's `%` helper for numbers (`_pm_nmod`, what the
guard emits for `a % b` of proven numbers) in its own module, so the game's bundle carries
the planted behaviour; `PYMINIS_RUNTIME_JS` makes builds use that copy.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from pyminis.paths import runtime_js_dir

PLANT = """
// Planted by tests/verify (a test build of the runtime): `x % 7` is wrong when x is 40.
_pm_nmod = ((original) => function (a, b) { return b === 7 && a === 40 ? 99 : original(a, b); })(_pm_nmod);
"""

COUNTER = '''\
"""A counter drawn every step; `ticks % 7` is the construct the test runtime changes."""

from pyminis.engine import Game, Scene, Text


class Count(Scene):
    def setup(self) -> None:
        self.ticks = 0
        self.hidden = 0
        self.label = self.add(Text("0", 20, 20, size=24))

    def update(self, dt: float) -> None:
        self.ticks += 1
        self.label.text = "left: " + str(self.ticks % 7)


Game(360, 640).run(Count())
'''
DRAWN_LINE = 14  # the line of `self.label.text = ...` above


@pytest.fixture(scope="session")
def planted_runtime(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("runtime") / "runtime_js"
    shutil.copytree(runtime_js_dir(), copy)
    arith = copy / "python" / "pmrt" / "arith.js"
    text = arith.read_text(encoding="utf-8")
    assert "export function _pm_nmod(" in text, "the runtime's % helper moved: update PLANT"
    arith.write_text(text + PLANT, encoding="utf-8")
    return copy


GameMaker = Callable[..., Path]


@pytest.fixture
def make_game(tmp_path: Path) -> GameMaker:
    """`make_game(main_py, files={path: text})` → a project folder."""

    def make(main_py: str = COUNTER, files: dict[str, str] | None = None,
             name: str = "counter") -> Path:
        root = tmp_path / name
        (root / "src").mkdir(parents=True)
        (root / "src" / "main.py").write_text(textwrap.dedent(main_py), encoding="utf-8")
        (root / "minigame.config.json").write_text(json.dumps(
            {"dev": {"clientKey": "verify-test", "name": "Verify test"}}), encoding="utf-8")
        for rel, text in (files or {}).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make

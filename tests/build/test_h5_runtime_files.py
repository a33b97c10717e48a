"""Which runtime JavaScript an h5 package carries: only what the game can reach."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from pyminis.pipeline import build
from tests.support.browser import serve

# A message only runtime_js/platform/h5_subpackages.js holds.
SUBPACKAGE_LOADER = b"is not in pyminis.subpackages of the config"


def test_a_game_without_subpackages_ships_no_subpackage_loader(
        example_copy: Callable[[str], Path]) -> None:
    code = build(example_copy("hello"), "h5").files["game.js"]
    assert SUBPACKAGE_LOADER not in code
    # The engine's two SDK calls go through the platform backend, not pyminis.tt's call layer.
    assert b"can_i_use" not in code and b"setLoadingProgress" in code


def test_a_game_that_names_a_subpackage_ships_the_loader(
        example_copy: Callable[[str], Path]) -> None:
    project = example_copy("hello")
    main = project / "src" / "main.py"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "game.run(Hello())", 'if game.width < 0:\n    game.load_subpackage("extra")\ngame.run(Hello())'),
        encoding="utf-8")
    assert SUBPACKAGE_LOADER in build(project, "h5").files["game.js"]


@pytest.mark.browser
def test_the_menu_button_comes_through_the_platform(
        page: Any, example_copy: Callable[[str], Path]) -> None:
    result = build(example_copy("hello"), "h5")
    with serve(result.output_dir) as url:
        page.goto(url + "/index.html")
        page.wait_for_function("typeof pyminisGame !== 'undefined' && pyminisGame.started")
        box, rect, scale = page.evaluate("""() => {
            const b = pyminisGame.menu_button;
            const r = TTMinis.game.getMenuButtonBoundingClientRect();
            return [b && {x: b.x, y: b.y, width: b.width}, r, pyminisGame.view.scale];
        }""")
    assert box is not None, "the engine found no menu button"
    assert box["width"] == pytest.approx(rect["width"] / scale)
    assert page.log.console_errors == []

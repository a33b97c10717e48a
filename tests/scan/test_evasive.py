"""The evasive corpus: the scan denies what it cannot resolve. Each evasion reports its rule;
harmless code that resembles them stays clean; the held-out part is caught at >= 90%."""

from __future__ import annotations

import pytest

from pyminis.scan import scan_text
from tests.scan.evasive_corpus import (
    EVASIVE_BENIGN_JS,
    EVASIVE_BENIGN_MARKUP,
    EVASIVE_JS,
    EVASIVE_MARKUP,
    HELD_OUT_BENIGN_JS,
    HELD_OUT_JS,
    HELD_OUT_MARKUP,
)
from tests.scan.test_corpus import H5


def rules(path: str, code: str) -> set[str]:
    return {hit.rule for hit in scan_text(path, code.encode(), H5)}


@pytest.mark.parametrize(("rule", "code"), EVASIVE_JS, ids=[c for _, c in EVASIVE_JS])
def test_evasive_js_is_caught(rule: str, code: str) -> None:
    assert rule in rules("game.js", code)


@pytest.mark.parametrize(("rule", "path", "text"), EVASIVE_MARKUP,
                         ids=[t for _, _, t in EVASIVE_MARKUP])
def test_evasive_markup_is_caught(rule: str, path: str, text: str) -> None:
    assert rule in rules(path, text)


@pytest.mark.parametrize("code", EVASIVE_BENIGN_JS + HELD_OUT_BENIGN_JS)
def test_lookalikes_stay_clean(code: str) -> None:
    assert rules("game.js", code) == set()


@pytest.mark.parametrize(("path", "text"), EVASIVE_BENIGN_MARKUP)
def test_lookalike_markup_stays_clean(path: str, text: str) -> None:
    assert rules(path, text) == set()


def test_the_held_out_corpus_is_caught_at_90_percent() -> None:
    cases = [(r, "game.js", c) for r, c in HELD_OUT_JS] + HELD_OUT_MARKUP
    missed = [(rule, text) for rule, path, text in cases if rule not in rules(path, text)]
    assert len(cases) >= 40
    assert len(missed) <= 0.1 * len(cases), missed


def test_a_finding_has_its_rule_and_line() -> None:
    (hit,) = scan_text("game.js", b"let a = 1;\nwith (document) { write(x); }\n", H5)
    assert (hit.rule, hit.line, hit.column) == ("with-statement", 2, 1)


def test_python_that_reaches_the_window_by_a_computed_key_is_refused_at_its_line(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pyminis.pipeline import build
    from pyminis.scan import ScanError
    from tests.hardening.project import make_project

    main = ("from pyminis.engine import Game, Scene, Text\n\n\n"
            "def reach(k: str) -> None:\n"
            "    f = window[k]\n"
            "    document.write(k)\n\n\n"
            "class Hello(Scene):\n"
            "    def setup(self) -> None:\n"
            "        self.add(Text('hi', 20, 40))\n"
            "        reach(self.name)\n\n\n"
            "Game(360, 640).run(Hello())\n")
    project = make_project(tmp_path / "game", main=main)
    with pytest.raises(ScanError) as caught:
        build(project, "h5")
    found = {(f.rule, str(f.python)) for f in caught.value.report.findings}
    assert found == {("global-computed", "src/main.py:5"), ("dynamic-html", "src/main.py:6")}

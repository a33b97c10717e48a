"""The corpus: every forbidden snippet found with its exact rule, no lookalike flagged."""

from __future__ import annotations

import pytest

from pyminis.scan import Policy, scan_text
from tests.scan.corpus import (
    BENIGN_JS,
    BY_TARGET,
    CSS_CASES,
    FORBIDDEN_JS,
    HTML_CASES,
    TRUSTED,
)

H5 = Policy(target="h5", trusted_domains=TRUSTED,
            platform_scripts=("https://connect.tiktok-minis.com/game/sdk.js",
                              "https://connect.tiktok-minis.com/drama/sdk.js"))


def rules(path: str, code: str, policy: Policy = H5) -> set[str]:
    return {hit.rule for hit in scan_text(path, code.encode(), policy)}


def test_corpus_is_big_enough() -> None:
    assert len(FORBIDDEN_JS) >= 40 and len(BENIGN_JS) >= 20
    assert {r for r, _ in FORBIDDEN_JS} >= {
        "eval", "function-constructor", "string-timer", "location", "clipboard", "vibrate",
        "iframe", "foreign-script", "foreign-stylesheet", "untrusted-domain"}


@pytest.mark.parametrize(("rule", "code"), FORBIDDEN_JS, ids=[c for _, c in FORBIDDEN_JS])
def test_forbidden_js_is_found_with_its_rule(rule: str, code: str) -> None:
    assert rules("game.js", code) == {rule}


@pytest.mark.parametrize("code", BENIGN_JS)
def test_benign_js_is_not_flagged(code: str) -> None:
    assert rules("game.js", code) == set()


@pytest.mark.parametrize(("target", "rule", "code"), BY_TARGET)
def test_rules_that_depend_on_the_target(target: str, rule: str | None, code: str) -> None:
    policy = Policy(target=target, trusted_domains=TRUSTED)
    assert rules("game.js", code, policy) == ({rule} if rule else set())


@pytest.mark.parametrize(("rule", "html"), HTML_CASES, ids=[h for _, h in HTML_CASES])
def test_html(rule: str | None, html: str) -> None:
    page = f"<!DOCTYPE html>\n<html><head></head><body>\n{html}\n</body></html>\n"
    assert rules("index.html", page) == ({rule} if rule else set())


@pytest.mark.parametrize(("rule", "css"), CSS_CASES, ids=[c for _, c in CSS_CASES])
def test_css(rule: str | None, css: str) -> None:
    assert rules("style.css", css) == ({rule} if rule else set())


def test_only_scripts_pages_and_styles_are_parsed() -> None:
    assert rules("notes.txt", 'eval("1")') == set()
    assert rules("data.json", '{"code": "eval(1)"}') == set()
    assert rules("lib.mjs", 'eval("1")') == {"eval"}
    assert rules("page.htm", "<iframe></iframe>") == {"iframe"}

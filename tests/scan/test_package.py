"""Scanning a package in memory: positions, zero-byte files, allowances, Python lines."""

from __future__ import annotations

import json

from pyminis.errors import Location
from pyminis.project.config import ScanAllowance, parse_config
from pyminis.scan import Policy, ScanError, scan_files, scan_text
from pyminis.scan.policy import DEV_CONSOLE, policy_for, unknown_rules


def positions(path: str, text: str) -> list[tuple[int, int, str]]:
    return [(h.line, h.column, h.rule) for h in scan_text(path, text.encode(), Policy())]


def test_js_positions_count_characters_not_bytes() -> None:
    assert positions("a.js", 'let x = 1;\n  eval("1");') == [(2, 3, "eval")]
    # "é€" are 5 bytes but 2 characters: the column is what an editor shows.
    hits = scan_text("a.js", 'const s = "é€"; eval(1);'.encode(), Policy())
    assert [(h.line, h.column, h.map_column) for h in hits] == [(1, 17, 16)]
    # Outside the Basic Multilingual Plane a character is two UTF-16 units in source maps.
    hits = scan_text("a.js", 'const s = "🎮"; eval(1);'.encode(), Policy())
    assert [(h.column, h.map_column) for h in hits] == [(16, 16)]


def test_inline_code_in_html_is_placed_in_the_file() -> None:
    page = "<html>\n<script>\nlet a;\n  eval(1)\n</script>\n<style>@import url(https://x.example/a.css);</style>\n"
    assert positions("index.html", page) == [(4, 3, "eval"), (6, 8, "foreign-stylesheet")]
    assert positions("index.html", "<p>\n<script>eval(1)</script>") == [(2, 9, "eval")]


def test_css_positions() -> None:
    assert positions("a.css", "body{}\n  @import url(https://x.example/a.css);") == [
        (2, 3, "foreign-stylesheet")]


def test_zero_byte_files_of_any_kind_are_findings() -> None:
    report = scan_files({"game.js": b"let a = 1;", "empty.js": b"", "assets/blank.png": b""},
                        Policy())
    assert [(f.path, f.rule) for f in report.findings] == [
        ("assets/blank.png", "zero-byte-file"), ("empty.js", "zero-byte-file")]
    assert report.files == 3


def test_an_allowance_lets_one_rule_through_in_matching_files_and_keeps_its_reason() -> None:
    files = {"vendor/lib.js": b'eval("1"); location.reload();', "game.js": b'eval("2");'}
    allow = (ScanAllowance("vendor/*.js", "eval", "reviewed: the lib's REPL, never called"),)
    report = scan_files(files, Policy(allow=allow))
    assert sorted((f.path, f.rule) for f in report.findings) == [
        ("game.js", "eval"), ("vendor/lib.js", "location")]
    assert [(f.path, a.rule) for f, a in report.allowed] == [("vendor/lib.js", "eval")]
    assert any("reviewed: the lib's REPL, never called" in note and "vendor/lib.js" in note
               for note in report.notes())


def test_an_allowance_for_every_rule_skips_the_file_and_says_why() -> None:
    report = scan_files({"eruda.js": b'eval("1")', "game.js": b"let a;"}, Policy(allow=(DEV_CONSOLE,)))
    assert report.clean
    assert [path for path, _ in report.skipped] == ["eruda.js"]
    assert report.notes() == [f"scan: eruda.js not scanned (allowed for every rule): {DEV_CONSOLE.reason}"]


def test_policy_from_config_trusted_domains_sdk_and_dev_console() -> None:
    config = parse_config(json.dumps({
        "domain": {"allowList": ["https://api.mine.example"]},
        "pyminis": {"sdkUrl": "https://sdk.mine.example/sdk.js",
                    "scan": {"allow": [{"path": "x.js", "rule": "evil", "reason": "typo"}]}},
    })).config
    policy = policy_for(config, "h5", dev=True)
    assert policy.trusted_domains == ("https://api.mine.example",)
    assert "https://sdk.mine.example/sdk.js" in policy.platform_scripts
    assert DEV_CONSOLE in policy.allow
    assert DEV_CONSOLE not in policy_for(config, "h5", dev=False).allow
    assert DEV_CONSOLE not in policy_for(config, "native", dev=True).allow
    assert [a.rule for a in unknown_rules(config)] == ["evil"]


def _map(sources: list[str], mappings: str) -> bytes:
    return json.dumps({"version": 3, "sources": sources, "names": [], "mappings": mappings}).encode()


def test_findings_name_the_python_line_through_the_source_map() -> None:
    code = b'let a = 1;\nsetTimeout("x()", 10);\n'
    # line 1 → source 0 line 1; line 2 column 0 → source 0 line 7 ("AAMA": +6 lines)
    maps = {"game.js": _map(["src/main.py"], "AAAA;AAMA")}
    report = scan_files({"game.js": code}, Policy(), maps)
    (finding,) = report.findings
    assert finding.python == Location("src/main.py", 7)
    first_line = ('game.js:2:1: string-timer: a timer whose first argument is a string runs it '
                  'as code, which the platform forbids: setTimeout("x()", 10)')
    assert str(finding).splitlines()[:2] == [first_line, "  from src/main.py:7"]
    assert finding.to_json()["python"] == {"path": "src/main.py", "line": 7}


def test_pyminis_runtime_is_never_shown_as_the_authors_python() -> None:
    maps = {"game.js": _map(["pyminis:h5.js"], "AAAA")}
    (finding,) = scan_files({"game.js": b'eval("1")'}, Policy(), maps).findings
    assert finding.python is None


def test_a_shipped_map_beside_the_script_is_used() -> None:
    files = {"game.js": b'eval("1")', "game.js.map": _map(["src/levels.py"], "AAEA")}
    (finding,) = scan_files(files, Policy()).findings
    assert finding.python == Location("src/levels.py", 3)


def test_scan_error_lists_every_finding() -> None:
    report = scan_files({"a.js": b'eval("1")', "b.js": b"navigator.clipboard.readText()"}, Policy())
    text = str(ScanError(report))
    assert "a.js:1:1: eval:" in text and "b.js:1:1: clipboard:" in text
    assert "found 2 forbidden things" in text

"""unicodedata compiled (pyminis/stdlib/unicodedata.py, runtime_js/python/pmrt/chardata.js)
against CPython over every code point below U+30000: `combining`, `category`, and `normalize`
in each form.

CPython 3.11 knows Unicode 14; node (and a device) may know a later one: characters assigned
since (unassigned in CPython) may answer anything, and nothing else may differ but the few
characters whose properties a later Unicode changed (CHANGED_SINCE_14).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.support.against_cpython import outputs
from tools import unicodedata_tables

PROGRAM = '''
import unicodedata

LIMIT = 0x30000
chars = [chr(cp) for cp in range(LIMIT) if not 0xD800 <= cp <= 0xDFFF]
tests = {
    "combining": unicodedata.combining, "category": unicodedata.category,
    "NFC": lambda c: unicodedata.normalize("NFC", c), "NFD": lambda c: unicodedata.normalize("NFD", c),
    "NFKC": lambda c: unicodedata.normalize("NFKC", c), "NFKD": lambda c: unicodedata.normalize("NFKD", c),
}
for name in tests:
    test = tests[name]
    print(name, "-", "-")
    for c in chars:
        value = test(c)
        if value not in (0, "Lo", c):
            print(name, f"{ord(c):x}", ascii(value))
'''


# Characters CPython 3.11 has whose answers a later Unicode changed: (test, code point): why.
CHANGED_SINCE_14 = {
    ("category", 0x0295): "Lo since Unicode 16 (Ll in 14)",
    ("category", 0x1171E): "Mc since Unicode 16 (Mn in 14)",
}


def parse(output: str) -> dict[str, dict[int, str]]:
    """`name cp value` lines (a `name - -` line first for each test) as {name: {cp: value}}."""
    answers: dict[str, dict[int, str]] = {}
    for line in output.splitlines():
        name, cp, value = line.split(" ", 2)
        found = answers.setdefault(name, {})
        if cp != "-":
            found[int(cp, 16)] = value
    return answers


def test_every_code_point_agrees_with_cpython(tmp_path: Path) -> None:
    got_text, want_text = outputs(PROGRAM, tmp_path, "unicodedata_props")
    expected, got = parse(want_text), parse(got_text)
    assert got.keys() == expected.keys()
    for name in expected:
        differ = {cp for cp in expected[name].keys() | got[name].keys()
                  if expected[name].get(cp) != got[name].get(cp)}
        unexplained = sorted(cp for cp in differ if unicodedata.category(chr(cp)) != "Cn"
                             and (name, cp) not in CHANGED_SINCE_14)
        assert not unexplained, f"{name}: {[hex(cp) for cp in unexplained[:20]]}"
        assert expected[name], name


def test_the_combining_table_is_what_the_script_writes() -> None:
    text = unicodedata_tables.TARGET.read_text(encoding="utf-8")
    assert unicodedata_tables.combining_line() in text.splitlines()

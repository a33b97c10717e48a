"""str's Unicode rules compiled (runtime_js/python/pmrt/unicode.js, strings.js) against CPython,
over every code point below U+30000: predicates (isalpha … isidentifier), title case, case
folding, swapcase, repr's escapes.

CPython 3.11 knows Unicode 14; node (and a device) may know a later Unicode, where characters
were added (unassigned in CPython: any answer is allowed) and a few existing ones changed
properties (CHANGED_SINCE_14, each with the change).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.support.against_cpython import outputs

PROGRAM = '''
LIMIT = 0x30000


def runs(flags):
    out = []
    start = -1
    for cp in range(LIMIT + 1):
        on = cp < LIMIT and flags[cp]
        if on and start < 0:
            start = cp
        elif not on and start >= 0:
            out.append(f"{start:x}-{cp - 1:x}")
            start = -1
    return " ".join(out)


chars = [chr(cp) if not 0xD800 <= cp <= 0xDFFF else "a" for cp in range(LIMIT)]
tests = {
    "isalpha": lambda c: c.isalpha(), "isalnum": lambda c: c.isalnum(), "isdigit": lambda c: c.isdigit(),
    "isdecimal": lambda c: c.isdecimal(), "isnumeric": lambda c: c.isnumeric(), "isspace": lambda c: c.isspace(),
    "isprintable": lambda c: c.isprintable(), "islower": lambda c: c.islower(), "isupper": lambda c: c.isupper(),
    "istitle": lambda c: c.istitle(), "isidentifier": lambda c: c.isidentifier(),
    "continues": lambda c: ("a" + c).isidentifier(),
    "title": lambda c: c.title() != c.upper(), "casefold": lambda c: c.casefold() != c.lower(),
    "capitalize": lambda c: (c + "A").capitalize() != c.upper() + "a",
    "swapcase": lambda c: c.swapcase() != c, "repr": lambda c: repr(c) != "'" + c + "'",
}
for name in tests:
    test = tests[name]
    print(name, runs([test(c) for c in chars]))
'''

# Characters CPython 3.11 has whose properties a later Unicode changed.
CHANGED_SINCE_14 = {
    0x0295: "Lowercase since Unicode 16", 0x10FC: "Lowercase since Unicode 16",
    0xA7F2: "Lowercase since Unicode 16", 0xA7F3: "Lowercase since Unicode 16",
    0xA7F4: "Lowercase since Unicode 16", 0xAB69: "Lowercase since Unicode 16",
    0x200C: "XID_Continue since Unicode 15.1", 0x200D: "XID_Continue since Unicode 15.1",
    0x30FB: "XID_Continue since Unicode 15.1", 0xFF65: "XID_Continue since Unicode 15.1",
    0x019B: "an upper-case mapping since Unicode 16", 0x0264: "an upper-case mapping since Unicode 16",
    0xA7D3: "an upper-case mapping since Unicode 16", 0xA7D5: "an upper-case mapping since Unicode 16",
}


def parse(output: str) -> dict[str, set[int]]:
    sets: dict[str, set[int]] = {}
    for line in output.splitlines():
        name, _, rest = line.partition(" ")
        found: set[int] = set()
        for span in rest.split():
            first, last = (int(x, 16) for x in span.split("-"))
            found.update(range(first, last + 1))
        sets[name] = found
    return sets


def test_every_code_point_agrees_with_cpython(tmp_path: Path) -> None:
    got_text, want_text = outputs(PROGRAM, tmp_path, "unicode_props")
    expected, got = parse(want_text), parse(got_text)
    assert got.keys() == expected.keys()
    for name in expected:
        differ = expected[name] ^ got[name]
        unexplained = sorted(cp for cp in differ if unicodedata.category(chr(cp)) != "Cn"
                             and cp not in CHANGED_SINCE_14)
        assert not unexplained, f"{name}: {[hex(cp) for cp in unexplained[:20]]}"
        assert expected[name], name  # each property holds somewhere

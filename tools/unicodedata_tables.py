"""Write the canonical combining classes of runtime_js/python/pmrt/chardata.js from CPython's
unicodedata (3.11: Unicode 14), for pyminis/stdlib/unicodedata.py's `combining()`.

Run with the CPython games are checked against: `python3 tools/unicodedata_tables.py`; it
rewrites the line `const COMBINING = […];` in place (tests/guard/test_unicodedata.py checks the
file holds what this script writes).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "runtime_js" / "python" / "pmrt" / "chardata.js"
LINE = re.compile(r"^const COMBINING = \[.*\];$", re.MULTILINE)


def combining_runs() -> list[int]:
    """[first code point, class, …]: each run of code points sharing a class, from 0."""
    runs: list[int] = []
    previous = -1
    for cp in range(sys.maxunicode + 1):
        value = unicodedata.combining(chr(cp))
        if value != previous:
            runs += [cp, value]
            previous = value
    return runs


def combining_line() -> str:
    return "const COMBINING = [" + ",".join(str(n) for n in combining_runs()) + "];"


def main() -> None:
    text = TARGET.read_text(encoding="utf-8")
    TARGET.write_text(LINE.sub(lambda _: combining_line(), text, count=1), encoding="utf-8")


if __name__ == "__main__":
    main()

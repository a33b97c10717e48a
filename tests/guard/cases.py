"""The differential cases: small programs in tests/guard/cases/*.cases.

A `.cases` file holds many programs, each under a header line `### name`; `### name !PM108`
says the lint must refuse it with that code. Lines `#> text` give the expected output for the
few programs CPython cannot run (JavaScript promises and globals); every other program's
expected output is what CPython prints.

PYMINIS_CASES=topic,topic (file stems) loads only those files: a quick run while working on one
topic; the suite as CI runs it loads every file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CASES_DIR = Path(__file__).parent / "cases"


@dataclass(frozen=True)
class Case:
    name: str
    topic: str
    source: str
    refused: str | None  # the lint code expected, or None: must match CPython
    expected: str | None  # stated output (JS-only programs), or None: CPython's

    @property
    def line(self) -> str:
        return f"{self.topic}.cases:{self.name}"


def load_cases(every: bool = False) -> list[Case]:
    """The cases (of the PYMINIS_CASES topics only, unless `every`)."""
    cases: list[Case] = []
    topics = set() if every else {t for t in os.environ.get("PYMINIS_CASES", "").split(",") if t}
    for path in sorted(CASES_DIR.glob("*.cases")):
        if topics and path.stem not in topics:
            continue
        header: str | None = None
        body: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines() + ["### __end__"]:
            if line.startswith("### "):
                if header is not None:
                    cases.append(_case(header, path.stem, body))
                header, body = line[4:].strip(), []
            else:
                body.append(line)
    names = [c.name for c in cases]
    duplicates = {n for n in names if names.count(n) > 1}
    assert not duplicates, f"duplicate case names: {duplicates}"
    return cases


def _case(header: str, topic: str, body: list[str]) -> Case:
    name, _, code = header.partition(" !")
    expected = [line[3:] for line in body if line.startswith("#> ")]
    source = "\n".join(line for line in body if not line.startswith("#> ")).strip("\n") + "\n"
    return Case(name.strip(), topic, source, code.strip() or None,
                "\n".join(expected) + "\n" if expected else None)

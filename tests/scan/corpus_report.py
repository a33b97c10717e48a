"""Print how the scan does on the corpus: `python -m tests.scan.corpus_report`.

Per rule: forbidden snippets found with exactly their rule; then benign lookalikes flagged,
HTML and CSS cases right. Exit 1 if anything is off (the tests assert the same, case by case).
"""

from __future__ import annotations

import sys
from collections import Counter

from pyminis.scan import Policy, scan_text
from tests.scan.corpus import (
    BENIGN_JS,
    BY_TARGET,
    CSS_CASES,
    FORBIDDEN_JS,
    HTML_CASES,
    TRUSTED,
)
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


def found(path: str, code: str, policy: Policy = H5) -> set[str]:
    return {hit.rule for hit in scan_text(path, code.encode(), policy)}


def main() -> int:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong: list[str] = []
    for rule, code in FORBIDDEN_JS:
        total[rule] += 1
        got = found("game.js", code)
        if got == {rule}:
            right[rule] += 1
        else:
            wrong.append(f"forbidden {rule}: {code!r} -> {sorted(got)}")
    for rule in total:
        print(f"{rule:22} {right[rule]:3}/{total[rule]:<3} found with exactly this rule")
    flagged = [(code, found("game.js", code)) for code in BENIGN_JS]
    wrong += [f"benign flagged: {code!r} -> {sorted(got)}" for code, got in flagged if got]
    print(f"{'benign lookalikes':22} {sum(1 for _, got in flagged if got):3}/{len(BENIGN_JS):<3} flagged")
    for label, cases, path in (("HTML", HTML_CASES, "index.html"), ("CSS", CSS_CASES, "style.css")):
        ok = 0
        for expected, text in cases:
            got = found(path, text)
            if got == ({expected} if expected else set()):
                ok += 1
            else:
                wrong.append(f"{label} {expected}: {text!r} -> {sorted(got)}")
        print(f"{label + ' cases':22} {ok:3}/{len(cases):<3} right "
              f"({sum(1 for r, _ in cases if r)} forbidden, {sum(1 for r, _ in cases if not r)} benign)")
    ok = sum(1 for target, rule, code in BY_TARGET
             if found("game.js", code, Policy(target=target, trusted_domains=TRUSTED))
             == ({rule} if rule else set()))
    print(f"{'per-target cases':22} {ok:3}/{len(BY_TARGET):<3} right")
    for line in wrong:
        print("WRONG", line)
    evasive_ok = evasive_report()
    return 1 if wrong or ok != len(BY_TARGET) or not evasive_ok else 0


def caught(cases: list[tuple[str, str, str]]) -> tuple[int, list[str]]:
    """How many (rule, path, text) cases report their rule, and the misses."""
    misses = [f"{rule}: {path}: {text!r} -> {sorted(found(path, text))}"
              for rule, path, text in cases if rule not in found(path, text)]
    return len(cases) - len(misses), misses


def evasive_report() -> bool:
    """The evasive corpus (tests/scan/evasive_corpus.py): at least 90% caught, 0 benign flagged."""
    ok = True
    for label, cases, benign in (
            ("evasive", [(r, "game.js", c) for r, c in EVASIVE_JS] + EVASIVE_MARKUP,
             [("game.js", c) for c in EVASIVE_BENIGN_JS] + EVASIVE_BENIGN_MARKUP),
            ("held-out evasive", [(r, "game.js", c) for r, c in HELD_OUT_JS] + HELD_OUT_MARKUP,
             [("game.js", c) for c in HELD_OUT_BENIGN_JS])):
        got, misses = caught(cases)
        flagged = [f"{path}: {text!r} -> {sorted(found(path, text))}" for path, text in benign
                   if found(path, text)]
        print(f"{label:22} {got:3}/{len(cases):<3} caught ({got / len(cases):.0%}); "
              f"benign {len(flagged)}/{len(benign)} flagged")
        for miss in misses:
            print("  missed", miss)
        for line in flagged:
            print("WRONG benign flagged", line)
        ok = ok and got >= 0.9 * len(cases) and not flagged
    return ok


if __name__ == "__main__":
    sys.exit(main())

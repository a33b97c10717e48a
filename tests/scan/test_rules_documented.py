"""docs/architecture.md names every rule the scan can report, so a finding's rule id can be
looked up by the author."""

from __future__ import annotations

from pathlib import Path

from pyminis.scan import RULES

ARCHITECTURE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"


def test_every_rule_id_is_named_in_the_architecture_page() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    missing = sorted(rule for rule in RULES if f"`{rule}`" not in text)
    assert missing == []

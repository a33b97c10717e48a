"""The example of docs/tt-testing.md runs as written: its game module and its tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "tt-testing.md"


def test_the_documented_example_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    game, tests = blocks
    (tmp_path / "shop.py").write_text(game, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "shop", raising=False)
    namespace: dict[str, Any] = {}
    exec(compile(tests, "tests/test_shop.py", "exec"), namespace)  # noqa: S102
    ran = [name for name in namespace if name.startswith("test_")]
    assert ran == ["test_buy_pays_the_order", "test_buy_reports_a_refusal"]
    for name in ran:
        namespace[name]()

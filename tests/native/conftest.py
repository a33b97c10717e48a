"""Small throwaway game projects for the native-target tests, written into tmp_path."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ProjectMaker = Callable[..., Path]


@pytest.fixture
def native_project(tmp_path: Path) -> ProjectMaker:
    """`native_project(main_py, config=..., files={path: text|bytes})` → the project folder."""

    def make(main_py: str, *, config: dict[str, Any] | None = None,
             files: dict[str, str | bytes] | None = None, name: str = "game") -> Path:
        root = tmp_path / name
        (root / "src").mkdir(parents=True)
        (root / "src" / "main.py").write_text(textwrap.dedent(main_py), encoding="utf-8")
        settings = {"dev": {"clientKey": "test-client-key", "name": "Native test"}}
        settings.update(config or {})
        (root / "minigame.config.json").write_text(json.dumps(settings, indent=2) + "\n")
        for rel, content in (files or {}).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return root

    return make

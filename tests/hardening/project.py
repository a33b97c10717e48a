"""A small game project for the hardening tests, and a fingerprint of every byte of it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

MAIN = '''from pyminis.engine import Game, Scene, Text


class Hello(Scene):
    def setup(self) -> None:
        self.add(Text("hello", 20, 40))


Game(360, 640).run(Hello())
'''


def make_project(root: Path, config: dict[str, Any] | None = None, main: str = MAIN) -> Path:
    """A project at `root`: config, src/main.py, assets/, tests/, a README."""
    (root / "src").mkdir(parents=True)
    (root / "src" / "main.py").write_text(main, encoding="utf-8")
    (root / "assets").mkdir()
    (root / "assets" / "notes.txt").write_text("level notes\n", encoding="utf-8")
    (root / "tests").mkdir()
    (root / "tests" / "test_game.py").write_text("def test_x() -> None:\n    pass\n")
    (root / "README.md").write_text("# my game\n")
    write_config(root, config or {})
    return root


def write_config(root: Path, config: dict[str, Any]) -> None:
    base: dict[str, Any] = {"orientation": "portrait", "dev": {"clientKey": "ck-test-123"}}
    for key, value in config.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = {**base[key], **value}
        else:
            base[key] = value
    (root / "minigame.config.json").write_text(json.dumps(base, indent=2) + "\n")


def fingerprint(root: Path, skip: tuple[str, ...] = (".pyminis",)) -> dict[str, str]:
    """Every file and link under `root` (pyminis' own work folder aside) → a hash of its bytes."""
    found: dict[str, str] = {}
    for dirpath, dirnames, names in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        dirnames[:] = [d for d in dirnames if (rel_dir / d).as_posix() not in skip]
        for name in names + [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            path = Path(dirpath) / name
            rel = (rel_dir / name).as_posix()
            if path.is_symlink():
                found[rel] = "link→" + os.readlink(path)
            else:
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        for d in dirnames:
            found.setdefault((rel_dir / d).as_posix() + "/", "dir")
    return found


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 300,
            input_text: str | None = None) -> "subprocess.CompletedProcess[str]":
    """`pyminis ARGS` from this checkout, as an author's terminal runs it."""
    repo = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, "-c", "import sys; sys.argv[0] = 'pyminis'; from pyminis.cli import main; main()", *args],
                          capture_output=True, text=True, check=False, cwd=cwd, timeout=timeout,
                          input=input_text, env={**os.environ, "PYTHONPATH": str(repo)})

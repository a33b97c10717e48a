"""Every example's h5 and native package, and Transcrypt's runtime, pass the scan."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pyminis.cli import app
from pyminis.pipeline import build
from pyminis.scan import Policy, scan_text

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NAMES = sorted(p.name for p in EXAMPLES.iterdir()
               if (p / "src" / "main.py").is_file()) if EXAMPLES.is_dir() else []


@pytest.mark.parametrize("target", ["h5", "native"])
@pytest.mark.parametrize("name", NAMES)
def test_example_package_is_clean(example_copy: Callable[[str], Path], name: str,
                                  target: str) -> None:
    result = build(example_copy(name), target)  # the build scans too: it would raise
    scanned = CliRunner().invoke(app, ["scan", str(result.output_dir), "--json"])
    assert scanned.exit_code == 0, scanned.output
    report = json.loads(scanned.output)
    assert report["clean"] and report["findings"] == []
    assert report["target"] == target and report["files"] == len(result.files)


RUNTIME_GAME = '''"""Touches the parts of Transcrypt's runtime a game may pull in."""
import math
import random
import time

random.seed(3)
values = [random.randint(1, 6) for _ in range(3)]
print("roll", values, math.floor(2.5), time.time() > 0, "%s" % "x", sorted(values))
print({"a": 1}, str(3.5), len("abc"), max(values), abs(-2), [x * 2 for x in values])
'''


def test_transcrypt_runtime_and_modules_unbundled_have_no_findings(tmp_path: Path) -> None:
    # print() writes innerHTML of __terminal__ and input() uses window.prompt: not forbidden.
    project = tmp_path / "runtime"
    (project / "src").mkdir(parents=True)
    (project / "src" / "main.py").write_text(RUNTIME_GAME, encoding="utf-8")
    (project / "minigame.config.json").write_text('{"dev": {"clientKey": "k"}}', encoding="utf-8")
    build(project, "native", dev=True)  # Transcrypt's output is the same for every target
    scripts = sorted((project / ".pyminis" / "stage" / "native" / "__target__").glob("*.js"))
    assert any(p.name == "org.transcrypt.__runtime__.js" for p in scripts)
    assert {"random.js", "math.js", "time.js"} <= {p.name for p in scripts}
    for script in scripts:
        for target in ("h5", "native"):
            assert scan_text(script.name, script.read_bytes(), Policy(target=target)) == [], script

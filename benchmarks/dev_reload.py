"""Benchmark: save-to-reloaded latency of `pyminis dev` for a 10-module game.

Prints, measured in this run:
- the incremental rebuild after one module is saved (guard from memory, warm Transcrypt in
  make mode, esbuild, emit: what is served), and the Transcrypt part of it — target < 300 ms;
- the restriction scan `pyminis dev` runs on the served package right after;
- a full dev build of the same game (`pyminis build --dev`: no incremental path, scan
  included) as the reference;
- end to end: file saved → watcher → rebuild → event → the simulator reloads the game →
  the new game has drawn its new colour in Chromium — target < 1 s.

Run: python benchmarks/dev_reload.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pyminis.compile.python import Incremental
from pyminis.dev.run import DevRun
from pyminis.dev.warm import WarmTranscrypt
from pyminis.pipeline.build import build_files
from pyminis.project import load_project
from pyminis.scan.gate import check_package

MODULE = '''"""{name}: one part of a game, of the size a real one has."""


class {cls}:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
        self.vx = 1.5
        self.vy = -2.0
        self.alive = True
        self.items = []

    def update(self, dt: float) -> None:
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 360:
            self.vx = -self.vx
        if self.y < 0 or self.y > 640:
            self.vy = -self.vy

    def hit(self, other: "{cls}") -> bool:
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy < 400

    def describe(self) -> str:
        return "{name} at " + str(round(self.x)) + ", " + str(round(self.y))


def spawn(count: int) -> list:
    return [{cls}(i * 10, i * 20) for i in range(count)]


def step_all(things: list, dt: float) -> int:
    alive = 0
    for thing in things:
        thing.update(dt)
        if thing.alive:
            alive += 1
    return alive
'''

NAMES = ["enemies", "player", "bullets", "hud", "level", "physics", "pickups", "particles"]

MAIN = '''"""A 10-module game: eight parts, a palette, and this."""

{imports}
from palette import BACKGROUND

platform = pyminisPlatform  # noqa: F821  (the platform layer's global)
canvas = platform.createCanvas()
ctx = canvas.getContext("2d")
parts = [{spawns}]


def draw() -> None:
    ctx.fillStyle = BACKGROUND
    ctx.fillRect(0, 0, canvas.width, canvas.height)


draw()
'''

COLORS = ["#102030", "#204060", "#306090", "#4080c0", "#50a0f0", "#603010"]


def palette(color: str) -> str:
    return f'"""Colours."""\n\nBACKGROUND = "{color}"\n'


def make_game(root: Path) -> Path:
    """A project with main.py, palette.py and eight modules of ~45 lines; returns palette.py."""
    shutil.copytree(REPO / "examples" / "hello", root,
                    ignore=shutil.ignore_patterns("dist", "dist-*", ".pyminis", "__pycache__", "src"))
    src = root / "src"
    src.mkdir()
    for name in NAMES:
        text = MODULE.format(name=name, cls=name.title().replace("_", ""))
        (src / f"{name}.py").write_text(text, encoding="utf-8")
    (src / "main.py").write_text(MAIN.format(
        imports="\n".join(f"import {n}" for n in NAMES),
        spawns=", ".join(f"{n}.spawn(3)" for n in NAMES)), encoding="utf-8")
    (src / "palette.py").write_text(palette(COLORS[0]), encoding="utf-8")
    return src / "palette.py"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def summary(label: str, values: Sequence[float]) -> str:
    return (f"{label:<46} median {statistics.median(values):7.0f} ms   "
            f"min {min(values):6.0f}   max {max(values):6.0f}   (n={len(values)})")


def compile_figures(root: Path, palette_py: Path, rounds: int) -> None:
    project = load_project(root)
    warm = WarmTranscrypt()
    transcrypt_ms: list[float] = []

    def runner(args: Sequence[str], cwd: Path) -> tuple[int, str]:
        started = time.perf_counter()
        answer = warm(args, cwd)
        transcrypt_ms.append((time.perf_counter() - started) * 1000)
        return answer

    incremental = Incremental(run=runner)
    try:
        first = timed(lambda: build_files(project, "h5", True, incremental, scan=False))
        transcrypt_ms.clear()
        rebuild, scans = [], []
        for i in range(rounds):
            palette_py.write_text(palette(COLORS[(i + 1) % len(COLORS)]), encoding="utf-8")
            started = time.perf_counter()
            files, _ = build_files(project, "h5", True, incremental, scan=False)
            rebuild.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            check_package(project, "h5", True, files, {"game.js": files["game.js.map"]})
            scans.append((time.perf_counter() - started) * 1000)
        full = [timed(lambda: build_files(project, "h5", True)) for _ in range(3)]
    finally:
        warm.close()
    print(f"{'first dev build (warm compiler start + full)':<46} {first:7.0f} ms")
    print(summary("incremental rebuild, one module saved", rebuild))
    print(summary("  of which Transcrypt (warm, make mode)", transcrypt_ms))
    print(summary("restriction scan, right after serving", scans))
    print(summary("reference: full dev build (no incremental)", full))
    print(f"target: incremental rebuild < 300 ms -> "
          f"{'met' if statistics.median(rebuild) < 300 else 'NOT met'}")


def end_to_end(root: Path, palette_py: Path, rounds: int) -> None:
    from playwright.sync_api import sync_playwright

    from tests.support.browser import CHROMIUM_ARGS, chromium_path

    palette_py.write_text(palette(COLORS[0]), encoding="utf-8")
    lines: list[str] = []
    run = DevRun(root, "127.0.0.1", 0, printer=lines.append)
    watcher = threading.Thread(target=run.watch, daemon=True)
    watcher.start()
    latencies = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(run.url)
            probe = """(rgb) => { const f = document.querySelector('#game');
                const c = f && f.contentDocument && f.contentDocument.querySelector('canvas');
                if (!c) return false;
                const d = c.getContext('2d').getImageData(2, 2, 1, 1).data;
                return d[0] === rgb[0] && d[1] === rgb[1] && d[2] === rgb[2]; }"""

            def rgb(color: str) -> list[int]:
                return [int(color[i:i + 2], 16) for i in (1, 3, 5)]

            page.wait_for_function(probe, arg=rgb(COLORS[0]), timeout=30000)
            time.sleep(0.5)  # let the watcher settle after the first build's own writes
            for i in range(rounds):
                color = COLORS[(i + 1) % len(COLORS)]
                started = time.perf_counter()
                palette_py.write_text(palette(color), encoding="utf-8")
                page.wait_for_function(probe, arg=rgb(color), polling="raf", timeout=15000)
                latencies.append((time.perf_counter() - started) * 1000)
                time.sleep(0.3)
            browser.close()
    finally:
        run.stop()
    print(summary("end to end: save -> new game drawn in Chromium", latencies))
    print(f"target: end to end < 1000 ms -> {'met' if statistics.median(latencies) < 1000 else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pyminis-bench-") as folder:
        root = Path(folder) / "game"
        palette_py = make_game(root)
        modules = len(list((root / "src").glob("*.py")))
        print(f"pyminis dev reload benchmark: {modules} modules, "
              f"{sum(len(p.read_text().splitlines()) for p in (root / 'src').glob('*.py'))} lines; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
        compile_figures(root, palette_py, args.rounds)
        end_to_end(root, palette_py, args.rounds)


if __name__ == "__main__":
    main()

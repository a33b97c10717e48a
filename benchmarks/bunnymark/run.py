"""Bunnymark: pyminis.engine (natural Python, compiled) against naive hand-written JS canvas.

Both run in the same headless Chromium, one after the other, on an 800 × 600 canvas at pixel
ratio 1, drawing the same 26 × 37 PNG. Printed per version:
  - ms/frame at N = 1,000 / 5,000 / 20,000: update + draw + a 1-pixel readback (which forces
    the software canvas to rasterise inside the timed region), median frame;
  - step ms: the update alone, after a JIT warm-up: blocks of updates lasting >= 3 ms each,
    the median block of a round, the versions taking turns for five rounds, their median;
  - max N at 60 fps: the largest N whose ms/frame stays within 16.7 ms (bisection, each
    probe the median of three measurements);
  - shipped bytes: every file of the package except the shared bunny.png, minified, gzip -9;
  - cold first frame: navigation start to the end of the first drawn frame, fresh context
    (no cache), median of several loads.
Plus the hello example's package, min+gzip, all files included.

    python benchmarks/bunnymark/run.py [--quick]

Figures are this machine's, measured now; the ratios are what the targets are about.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generator

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from pyminis.compile import toolchain  # noqa: E402
from pyminis.pipeline import build  # noqa: E402
from tests.support.browser import CHROMIUM_ARGS, chromium_path, route_platform  # noqa: E402

BUDGET_MS = 1000 / 60
SIZES = (1000, 5000, 20000)

ENGINE_API = """() => { globalThis.benchApi = {
  setCount: (n) => pyminisGame.scene.set_count(n),
  update: () => pyminisGame.advance(),
  draw: () => pyminisGame.render(),
}; }"""

MEASURE = """([n, warm, frames]) => {
  const api = globalThis.benchApi;
  api.setCount(n);
  const probe = document.querySelector('canvas').getContext('2d');
  for (let i = 0; i < warm; i++) { api.update(); api.draw(); probe.getImageData(0, 0, 1, 1); }
  const times = [];
  for (let i = 0; i < frames; i++) {
    const t0 = performance.now();
    api.update();
    api.draw();
    probe.getImageData(0, 0, 1, 1);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}"""

# The update alone, many times (drawing would dominate otherwise): after 300 ms of updates for
# the JIT to settle, blocks of updates lasting at least 3 ms each (the page clock is coarse),
# the median block (a busy machine stalls some blocks).
MEASURE_STEP = """([n, blocks]) => {
  const api = globalThis.benchApi;
  api.setCount(n);
  const warm = performance.now();
  while (performance.now() - warm < 300) api.update();
  const times = [];
  for (let b = 0; b < blocks; b++) {
    const t0 = performance.now();
    let count = 0, t1;
    do { api.update(); count++; t1 = performance.now(); } while (t1 - t0 < 3);
    times.push((t1 - t0) / count);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}"""


@dataclass
class Version:
    name: str
    folder: Path  # served as the page's root
    manual_script: str  # init script that stops the version's own loop
    ready: str  # JS condition: started and measurable
    first_frame: str  # JS expression: ms from navigation start to the first frame
    prepare: Callable[[Any], None]
    shipped: int = 0
    results: dict[str, float] = field(default_factory=dict)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def package_bytes(folder: Path) -> int:
    return sum(gz(p.read_bytes()) for p in sorted(folder.rglob("*"))
               if p.is_file() and p.suffix != ".png")


def make_engine(work: Path) -> Version:
    project = work / "engine"
    shutil.copytree(HERE / "engine", project, ignore=shutil.ignore_patterns("dist", ".pyminis"))
    output = build(project, "h5").output_dir

    def prepare(page: Any) -> None:
        page.wait_for_function("typeof pyminisGame !== 'undefined'")
        page.evaluate("() => { let i = 0; while (!pyminisGame.started && i++ < 600) "
                      "pyminisPlatform.__step(); }")
        page.evaluate(ENGINE_API)

    version = Version("pyminis.engine", output, "globalThis.__pyminisManualFrames = true;",
                      "pyminisGame.first_frame_ms >= 0", "pyminisGame.first_frame_ms", prepare)
    version.shipped = package_bytes(output)
    return version


def make_js(work: Path) -> Version:
    folder = work / "js"
    shutil.copytree(HERE / "js", folder)
    # Minified like the engine's release build, so shipped bytes compare like for like.
    subprocess.run([toolchain.esbuild(), str(HERE / "js" / "bunnymark.js"), "--minify",
                    f"--outfile={folder / 'bunnymark.js'}", "--log-level=error",
                    "--allow-overwrite"], check=True)

    def prepare(page: Any) -> None:
        page.wait_for_function("window.firstFrameMs !== undefined")

    version = Version("hand-written JS", folder, "window.benchManual = true;",
                      "window.firstFrameMs !== undefined", "window.firstFrameMs", prepare)
    version.shipped = package_bytes(folder)
    return version


CONTENT_TYPES = {".html": "text/html", ".js": "application/javascript", ".png": "image/png",
                 ".json": "application/json"}


def open_page(browser: Any, version: Version, url: str, manual: bool) -> tuple[Any, Any]:
    """A fresh context (empty cache) whose pages are answered from memory, so a slow local
    server does not blur the first-frame figures."""
    context = browser.new_context(viewport={"width": 800, "height": 600}, device_scale_factor=1)
    route_platform(context)
    files = {"/" + p.relative_to(version.folder).as_posix(): p.read_bytes()
             for p in version.folder.rglob("*") if p.is_file()}

    def answer(route: Any) -> None:
        path = "/" + route.request.url.split("/", 3)[3].split("?")[0]
        if path in files:
            route.fulfill(status=200, body=files[path],
                          content_type=CONTENT_TYPES.get(Path(path).suffix, "text/plain"))
        else:
            route.fulfill(status=404, body="")

    context.route(url + "/**", answer)
    page = context.new_page()
    if manual:
        page.add_init_script(version.manual_script)
    page.goto(url + "/index.html")
    return context, page


def first_frames(browser: Any, versions: list[Version], loads: int) -> None:
    """Cold loads, the versions alternating (drift hits both alike) and taking turns at going
    first (a page loaded right after another meets a different machine), after one warm-up
    load."""
    times: dict[str, list[float]] = {v.name: [] for v in versions}
    for round_ in range(loads + 1):
        turn = round_ % len(versions)
        for version in versions[turn:] + versions[:turn]:
            context, page = open_page(browser, version, "http://127.0.0.1:9", manual=False)
            page.wait_for_function(version.ready)
            if round_ > 0:
                times[version.name].append(float(page.evaluate(version.first_frame)))
            context.close()
    for version in versions:
        version.results["first"] = statistics.median(times[version.name])
        quartiles = statistics.quantiles(times[version.name], n=4)
        # The spread, so a reader sees how much a ratio of medians can move on this machine.
        progress(f"{version.name}: first frame {version.results['first']:.1f} ms "
                 f"(quartiles {quartiles[0]:.1f}-{quartiles[2]:.1f} ms)")


def frame_ms(page: Any, n: int, frames: int = 10) -> float:
    return float(page.evaluate(MEASURE, [n, 3, frames]))


def step_ms(page: Any, n: int, blocks: int) -> float:
    return float(page.evaluate(MEASURE_STEP, [n, blocks]))


def bisect_max_n(rounds: int) -> Generator[int, float, int]:
    """Largest N within the 60 fps budget: double until over it, then bisect. A generator
    (sent each probe's ms/frame) so two versions can take turns on the machine."""
    lo, hi = 0, 100
    while (yield hi) <= BUDGET_MS and hi < 400_000:
        lo, hi = hi, hi * 2
    for _ in range(rounds):
        mid = (lo + hi) // 2
        if (yield mid) <= BUDGET_MS:
            lo = mid
        else:
            hi = mid
    return lo


def measure(browser: Any, versions: list[Version], quick: bool) -> None:
    """Both versions in their own page, taking turns at every measurement, so the load of a
    busy machine drifts over both alike."""
    pages = {}
    for version in versions:
        context, page = open_page(browser, version, "http://127.0.0.1:9", manual=True)
        version.prepare(page)
        pages[version.name] = (context, page)
    for n in SIZES:
        frames: dict[str, list[float]] = {v.name: [] for v in versions}
        steps: dict[str, list[float]] = {v.name: [] for v in versions}
        for _ in range(2 if quick else 3):
            for version in versions:
                frames[version.name].append(frame_ms(pages[version.name][1], n, 5))
        # Steps take turns too: one load spike in a single long window decided the ratio.
        for _ in range(3 if quick else 5):
            for version in versions:
                steps[version.name].append(step_ms(pages[version.name][1], n, 5 if quick else 9))
        for version in versions:
            version.results[f"frame{n}"] = statistics.median(frames[version.name])
            version.results[f"step{n}"] = statistics.median(steps[version.name])
            progress(f"{version.name}: N={n}: {version.results[f'frame{n}']:.2f} ms/frame, "
                     f"{version.results[f'step{n}']:.4f} ms/step")
    searches = {v.name: bisect_max_n(5 if quick else 8) for v in versions}
    probes = {name: next(search) for name, search in searches.items()}
    while probes:
        for version in versions:
            if version.name not in probes:
                continue
            try:
                page, n = pages[version.name][1], probes[version.name]
                # Median of three: one stalled probe near the limit misled the whole search.
                probes[version.name] = searches[version.name].send(
                    statistics.median(frame_ms(page, n) for _ in range(3)))
            except StopIteration as done:
                version.results["maxn"] = done.value
                progress(f"{version.name}: max N at 60 fps {done.value}")
                del probes[version.name]
    for context, _ in pages.values():
        context.close()


def hello_bytes(work: Path) -> int:
    project = work / "hello"
    shutil.copytree(REPO / "examples" / "hello", project,
                    ignore=shutil.ignore_patterns("dist", ".pyminis"))
    output = build(project, "h5").output_dir
    return sum(gz(p.read_bytes()) for p in sorted(output.rglob("*")) if p.is_file())


def table(engine: Version, js: Version, hello: int) -> str:
    rows = []

    def row(label: str, a: float, b: float, fmt: str, target: str = "") -> None:
        ratio = a / b if b else float("nan")
        rows.append(f"| {label} | {a:{fmt}} | {b:{fmt}} | {ratio:.2f}x | {target} |")

    for n in SIZES:
        row(f"ms/frame, N={n:,}", engine.results[f"frame{n}"], js.results[f"frame{n}"], ".2f")
    for n in SIZES:
        row(f"step ms, N={n:,}", engine.results[f"step{n}"], js.results[f"step{n}"], ".4f",
            "<= 1.5x")
    row("max N at 60 fps", engine.results["maxn"], js.results["maxn"], ",.0f", ">= 1.5x")
    row("shipped bytes (min+gzip)", engine.shipped, js.shipped, ",.0f")
    row("cold first frame ms", engine.results["first"], js.results["first"], ".1f", "<= 1.1x")
    head = ["| measure | pyminis.engine | hand-written JS | engine/JS | target |",
            "|---|---|---|---|---|"]
    tail = [f"\nhello example, whole h5 package min+gzip: {hello:,} bytes (target <= 20,480)"]
    return "\n".join(head + rows + tail)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer frames and loads")
    quick = parser.parse_args().quick
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        engine, js = make_engine(work), make_js(work)
        hello = hello_bytes(work)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(),
                                                 args=CHROMIUM_ARGS)
            first_frames(browser, [js, engine], 7 if quick else 21)
            measure(browser, [js, engine], quick)
            browser.close()
    print(table(engine, js, hello))


if __name__ == "__main__":
    main()

"""Where bunnymark's step time goes: a V8 CPU profile of the update alone, by function.

Builds the engine version unminified (a dev build: function names survive), runs the update at
N sprites for a few seconds in headless Chromium under the DevTools sampling profiler, and
prints the self time of the busiest functions, with the hand-written JS profiled the same way
in the same run as the reference.

    python benchmarks/bunnymark/profile.py [--n 20000] [--seconds 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bunnymark.run import ENGINE_API, open_page  # noqa: E402
from benchmarks.bunnymark.run import Version, make_js  # noqa: E402
from pyminis.pipeline import build  # noqa: E402
from tests.support.browser import CHROMIUM_ARGS, chromium_path  # noqa: E402

RUN = """([n, seconds]) => {
  const api = globalThis.benchApi;
  api.setCount(n);
  const t0 = performance.now();
  let count = 0;
  while (performance.now() - t0 < seconds * 1000) { api.update(); count++; }
  return (performance.now() - t0) / count;
}"""


def make_engine_dev(work: Path) -> Version:
    project = work / "engine"
    shutil.copytree(HERE / "engine", project, ignore=shutil.ignore_patterns("dist", ".pyminis"))
    output = build(project, "h5", dev=True).output_dir

    def prepare(page: Any) -> None:
        page.wait_for_function("typeof pyminisGame !== 'undefined'")
        page.evaluate("() => { let i = 0; while (!pyminisGame.started && i++ < 600) "
                      "pyminisPlatform.__step(); }")
        page.evaluate(ENGINE_API)

    return Version("pyminis.engine (dev build)", output, "globalThis.__pyminisManualFrames = true;",
                   "pyminisGame.first_frame_ms >= 0", "pyminisGame.first_frame_ms", prepare)


def self_times(profile: dict[str, Any]) -> dict[str, float]:
    """Self time in ms per function (name and line), from a DevTools CPU profile."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    times: dict[str, float] = defaultdict(float)
    for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
        frame = nodes[sample]["callFrame"]
        name = frame["functionName"] or "(anonymous)"
        where = frame["url"].rsplit("/", 1)[-1]
        times[f"{name} {where}:{frame['lineNumber'] + 1}" if where else name] += delta / 1000
    return times


def profile(browser: Any, version: Version, n: int, seconds: float) -> None:
    context, page = open_page(browser, version, "http://127.0.0.1:9", manual=True)
    version.prepare(page)
    page.evaluate(RUN, [n, 1.0])  # JIT warm-up
    cdp = page.context.new_cdp_session(page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 100})
    cdp.send("Profiler.start")
    per_step = float(page.evaluate(RUN, [n, seconds]))
    result = cdp.send("Profiler.stop")["profile"]
    context.close()
    times = self_times(result)
    total = sum(times.values())
    print(f"\n{version.name}: N={n:,}, {per_step:.4f} ms per update")
    for name, ms in sorted(times.items(), key=lambda item: -item[1])[:20]:
        print(f"  {100 * ms / total:5.1f}%  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        versions = [make_js(work), make_engine_dev(work)]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(),
                                                 args=CHROMIUM_ARGS)
            for version in versions:
                profile(browser, version, args.n, args.seconds)
            browser.close()


if __name__ == "__main__":
    main()

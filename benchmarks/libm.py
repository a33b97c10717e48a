"""Benchmark: math's correctly rounded functions (runtime_js/python/pmrt/libm.js) beside
JavaScript's Math, whose digits differ from CPython's more often, measured in this run.

Prints nanoseconds a call, under node, for each function over 1000 inputs repeated, and the
ratio. Run: python benchmarks/libm.py [--calls N]
"""

from __future__ import annotations

import argparse
import subprocess

from pyminis.paths import runtime_js_dir

SCRIPT = """
const m = await import(process.argv[1]);
const calls = Number(process.argv[2]);
const xs = Float64Array.from({length: 1000}, (_, i) => (i - 500) * 0.0137);
const pos = xs.map((x) => Math.abs(x) + 0.1);
const cases = [
  ['sin', (i) => m.sin(xs[i]), (i) => Math.sin(xs[i])],
  ['cos', (i) => m.cos(xs[i]), (i) => Math.cos(xs[i])],
  ['exp', (i) => m.exp(xs[i]), (i) => Math.exp(xs[i])],
  ['log', (i) => m.log(pos[i]), (i) => Math.log(pos[i])],
  ['atan2', (i) => m.atan2(xs[i], 0.7), (i) => Math.atan2(xs[i], 0.7)],
  ['pow', (i) => m.pow(pos[i], 1.7), (i) => Math.pow(pos[i], 1.7)],
];
for (const [name, ours, js] of cases) {
  const time = (f) => {
    let s = 0;
    const t = performance.now();
    for (let n = 0; n < calls; n += 1) s += f(n % 1000);
    return [(performance.now() - t) * 1e6 / calls, s];
  };
  time(ours); time(js);  // warm up
  const [a] = time(ours), [b] = time(js);
  console.log(`${name.padEnd(6)} ${a.toFixed(0).padStart(7)} ns  Math ${b.toFixed(0).padStart(5)} ns  ${(a / b).toFixed(1)}x`);
}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    calls = parser.parse_args().calls
    libm = (runtime_js_dir() / "python" / "pmrt" / "libm.js").as_uri()
    print("function  libm.js (correctly rounded)  JavaScript's Math  ratio")
    subprocess.run(["node", "--input-type=module", "-e", SCRIPT, libm, str(calls)], check=True)


if __name__ == "__main__":
    main()

// Times each kernel pair in one node process: the compiled Python (bundle given as argv[2],
// which sets globalThis.pyKernels) against kernels.js. Rounds alternate Python and JS so both
// see the same machine state; the best round of each counts. Prints one JSON line.
const path = require('path');
require(path.resolve(process.argv[2]));
const js = require('./kernels.js');
const n = Number(process.argv[3] || 2000);
const rounds = Number(process.argv[4] || 7);

function time(fn) {
    const start = process.hrtime.bigint();
    const result = fn(n);
    return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

// A few short calls of each side first, as a game's per-frame functions get: called only for
// the timed rounds, a kernel is optimized before the code ahead of its loop has run with type
// feedback (V8 allocates feedback mid-way through the first call), the optimized code then
// bails out there, and whether the rest of the rounds run the fast or a slower tier was a
// coin flip per process (modulo 1.00x or 1.75x, tuple returns 0.99x or 1.61x, same bundle).
const WARM_CALLS = 3, WARM_N = 8;

const rows = [];
for (const name of Object.keys(js)) {
    const py = globalThis.pyKernels.__getitem__(name);  // a Python dict
    for (let i = 0; i < WARM_CALLS; i++) {
        py(WARM_N);
        js[name](WARM_N);
    }
    let bestPy = Infinity, bestJs = Infinity, resultPy, resultJs;
    for (let round = 0; round < rounds; round++) {
        const [tp, rp] = time(py);
        const [tj, rj] = time(js[name]);
        bestPy = Math.min(bestPy, tp);
        bestJs = Math.min(bestJs, tj);
        resultPy = rp;
        resultJs = rj;
    }
    rows.push({name, py: bestPy, js: bestJs, same: String(resultPy) === String(resultJs), resultPy, resultJs});
}
console.log(JSON.stringify(rows));

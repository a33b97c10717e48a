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

const rows = [];
for (const name of Object.keys(js)) {
    const py = globalThis.pyKernels.__getitem__(name);  // a Python dict
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

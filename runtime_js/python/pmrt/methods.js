// list methods Transcrypt lacks (it extends the same prototype for the others); str methods are
// in strings.js. A plain prototype assignment: pyminis/compile/prune.py drops it from a bundle
// that never names `.count`.
import {_pm_eq} from './compare.js';

Array.prototype.count = function (x) {
    let n = 0;
    for (const y of this) if (_pm_eq(x, y)) n++;
    return n;
};

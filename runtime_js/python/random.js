// Python's `random` module for games, in place of Transcrypt's (a Mersenne Twister in compiled
// Python, with a `%` helper call per draw: a tenth of a sprite update that draws numbers).
//
// pyminis/compile/python.py stages a one-line `random.py` re-exporting this file, so
// `import random` and `from random import randint` in a game get it. Unseeded, `random()` is
// `Math.random()`. After `seed(x)` an sfc32 generator (Chris Doty-Humphrey's small fast
// chaotic PRNG, public domain) gives the same sequence on every run: reproducible, but not
// CPython's numbers. Signatures and errors follow CPython 3.11's.
import {IndexError, ValueError, py_TypeError, tuple, set, repr} from './org.transcrypt.__runtime__.js';

const hasOwn = Object.prototype.hasOwnProperty;
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;

// sfc32 state: four 32-bit words; `seeded` false means Math.random().
let seeded = false;
let sa = 0, sb = 0, sc = 0, sd = 0;

/** @returns {number} the next 32-bit unsigned output of sfc32 */
function next32() {
    const t = (((sa + sb) | 0) + sd) | 0;
    sd = (sd + 1) | 0;
    sa = sb ^ (sb >>> 9);
    sb = (sc + (sc << 3)) | 0;
    sc = (sc << 21) | (sc >>> 11);
    sc = (sc + t) | 0;
    return t >>> 0;
}

/** @returns {number} a float in [0, 1) with 53 random bits, as CPython's are */
function seededFloat() {
    return ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / TWO_53;
}

/** `random()`: a float in [0, 1). */
export function random() {
    if (arguments.length !== 0) throw py_TypeError(`Random.random() takes no arguments (${arguments.length} given)`, new Error());
    return seeded ? seededFloat() : Math.random();
}

/**
 * A call's arguments by name: Transcrypt passes keywords as a last object marked
 * `__kwargtrans__`. Raises TypeError as CPython does for a missing or unknown argument.
 * @param {string} fn @param {string[]} names @param {number} required @param {IArguments} args
 * @param {number} [positional] how many may come by position (the rest are keyword-only)
 * @returns {Array<*>} one value per name (undefined when not given)
 */
function bind(fn, names, required, args, positional = names.length) {
    const values = Array.prototype.slice.call(args);
    const last = values[values.length - 1];
    const keywords = last !== null && typeof last === 'object' && hasOwn.call(last, '__kwargtrans__') ? values.pop() : null;
    if (values.length > positional) {
        throw py_TypeError(`Random.${fn}() takes from ${required + 1} to ${positional + 1} positional arguments but ${values.length + 1} were given`, new Error());
    }
    if (keywords !== null) {
        for (const key of Object.keys(keywords)) {
            if (key === '__kwargtrans__' || key === 'constructor') continue;
            const at = names.indexOf(key);
            if (at < 0) throw py_TypeError(`Random.${fn}() got an unexpected keyword argument '${key}'`, new Error());
            if (at < values.length && values[at] !== undefined) {
                throw py_TypeError(`Random.${fn}() got multiple values for argument '${key}'`, new Error());
            }
            values[at] = keywords[key];
        }
    }
    const missing = names.slice(0, required).filter((name, i) => values[i] === undefined);
    if (missing.length) {
        const list = missing.map((m) => `'${m}'`).join(' and ');
        throw py_TypeError(`Random.${fn}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`, new Error());
    }
    return values;
}

/** Mix a 32-bit word (murmur3's finaliser): nearby seeds give unrelated states. */
function mix(h) {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}

/** `seed(a=None)`: None goes back to unpredictable numbers; int, float, str replay a sequence. */
export function seed(a) {
    if (arguments.length > 0 && typeof arguments[arguments.length - 1] === 'object' && arguments[arguments.length - 1] !== null) {
        [a] = bind('seed', ['a', 'version'], 0, arguments);
    }
    if (a === null || a === undefined) {
        seeded = false;
        return null;
    }
    let lo, hi;
    if (typeof a === 'boolean') a = +a;
    if (typeof a === 'number') {
        if (Number.isInteger(a)) {
            const n = Math.abs(a);  // CPython seeds an int by its absolute value
            lo = n % TWO_32;
            hi = Math.floor(n / TWO_32) % TWO_32;
        } else {
            const view = new DataView(new ArrayBuffer(8));
            view.setFloat64(0, a);
            hi = view.getUint32(0) ^ 0x5bd1e995;  // floats and ints never share a state
            lo = view.getUint32(4);
        }
    } else if (typeof a === 'string') {
        lo = 0x811c9dc5;  // FNV-1a over the UTF-16 code units, twice with different offsets
        hi = 0x01000193 ^ a.length;
        for (let i = 0; i < a.length; i++) {
            lo = Math.imul(lo ^ a.charCodeAt(i), 0x01000193);
            hi = Math.imul(hi ^ a.charCodeAt(i), 0x0100019d);
        }
    } else {
        throw py_TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.', new Error());
    }
    sa = mix(lo ^ 0x9e3779b9);
    sb = mix(hi ^ 0x243f6a88);
    sc = mix((lo + 0x7f4a7c15) ^ (hi >>> 1));
    sd = 1;
    seeded = true;
    for (let i = 0; i < 15; i++) next32();  // sfc32's warm-up
    return null;
}

/** @param {number} n a positive integer @returns {number} an integer in [0, n) */
function below(n) {
    return Math.floor((seeded ? seededFloat() : Math.random()) * n);
}

function integral(value, what) {
    if (typeof value === 'boolean') return +value;
    if (typeof value === 'number') {
        if (Number.isInteger(value)) return value;
        throw ValueError(`non-integer ${what} for randrange()`, new Error());
    }
    if (typeof value === 'string') throw ValueError(`invalid literal for int() with base 10: ${repr(value)}`, new Error());
    throw py_TypeError(`'${value === null || value === undefined ? 'NoneType' : typeof value}' object cannot be interpreted as an integer`, new Error());
}

/** `randrange(stop)`, `randrange(start, stop[, step])`: an integer of that range. */
export function randrange(start, stop, step) {
    if (arguments.length > 0 && typeof arguments[arguments.length - 1] === 'object' && arguments[arguments.length - 1] !== null) {
        [start, stop, step] = bind('randrange', ['start', 'stop', 'step'], 1, arguments);
    }
    start = integral(start, 'arg 1');
    if (stop === undefined || stop === null) {
        if (start > 0) return below(start);
        throw ValueError('empty range for randrange()', new Error());
    }
    stop = integral(stop, 'stop');
    step = step === undefined ? 1 : integral(step, 'step');
    const width = stop - start;
    if (step === 1) {
        if (width > 0) return start + below(width);
        throw ValueError(`empty range for randrange() (${start}, ${stop}, ${width})`, new Error());
    }
    if (step === 0) throw ValueError('zero step for randrange()', new Error());
    const n = step > 0 ? Math.floor((width + step - 1) / step) : Math.floor((width + step + 1) / step);
    if (n <= 0) throw ValueError('empty range for randrange()', new Error());
    return start + step * below(n);
}

/** `randint(a, b)`: an integer in [a, b], both ends included. */
export function randint(a, b) {
    if (arguments.length !== 2 || typeof b !== 'number') [a, b] = bind('randint', ['a', 'b'], 2, arguments);
    if (typeof b === 'string') throw py_TypeError('can only concatenate str (not "int") to str', new Error());
    if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b >= a) {
        return a + below(b - a + 1);  // the common case, without randrange's checks
    }
    return randrange(a, b + 1);
}

/** `uniform(a, b)`: a float between a and b. */
export function uniform(a, b) {
    if (arguments.length !== 2 || typeof b !== 'number') [a, b] = bind('uniform', ['a', 'b'], 2, arguments);
    if (typeof a !== 'number' || typeof b !== 'number') {
        throw py_TypeError(`unsupported operand type(s) for -: '${pyType(b)}' and '${pyType(a)}'`, new Error());
    }
    return a + (b - a) * (seeded ? seededFloat() : Math.random());
}

/** A list, tuple or str (Transcrypt's sets are arrays too, marked by their class). */
function isSequence(value) {
    return typeof value === 'string' || (Array.isArray(value) && value.__class__ !== set)
        || (value !== null && typeof value === 'object' && typeof value.__len__ === 'function'
            && typeof value.__getitem__ === 'function');  // a range object, a sequence class
}

function pyType(value) {
    if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
    if (typeof value === 'string') return 'str';
    if (value === null || value === undefined) return 'NoneType';
    if (Array.isArray(value)) return value.__class__ === tuple ? 'tuple' : value.__class__ === set ? 'set' : 'list';
    return value.__class__ && value.__class__.__name__ ? value.__class__.__name__ : 'object';
}

/** `choice(seq)`: one item of a non-empty list, tuple or str. */
export function choice(seq) {
    if (arguments.length !== 1) [seq] = bind('choice', ['seq'], 1, arguments);
    if (!isSequence(seq)) {
        const problem = Array.isArray(seq) ? 'is not subscriptable' : 'has no len()';
        throw py_TypeError(Array.isArray(seq) ? `'set' object ${problem}` : `object of type '${pyType(seq)}' ${problem}`, new Error());
    }
    const plain = Array.isArray(seq) || typeof seq === 'string';
    const n = plain ? seq.length : seq.__len__();
    if (n === 0) throw IndexError('Cannot choose from an empty sequence', new Error());
    return plain ? seq[below(n)] : seq.__getitem__(below(n));
}

/** `shuffle(x)`: the list shuffled in place (Fisher–Yates); returns None. */
export function shuffle(x) {
    if (arguments.length !== 1) [x] = bind('shuffle', ['x'], 1, arguments);
    if (!Array.isArray(x) || x.__class__ === tuple || x.__class__ === set) {
        const problem = x !== null && x !== undefined && x.__class__ === set ? 'is not subscriptable' : 'does not support item assignment';
        throw py_TypeError(`'${pyType(x)}' object ${problem}`, new Error());
    }
    for (let i = x.length - 1; i > 0; i--) {
        const j = below(i + 1);
        const kept = x[i];
        x[i] = x[j];
        x[j] = kept;
    }
    return null;
}

/** `sample(population, k)`: k distinct items of a list, tuple or str, as a new list. */
export function sample(population, k) {
    let counts;
    [population, k, counts] = bind('sample', ['population', 'k', 'counts'], 2, arguments, 2);
    if (!isSequence(population)) {
        throw py_TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).', new Error());
    }
    if (typeof k !== 'number' || !Number.isInteger(k)) {
        throw py_TypeError(`'${pyType(k)}' object cannot be interpreted as an integer`, new Error());
    }
    let pool = Array.from(population);
    if (counts !== undefined && counts !== null) {
        // `counts=[4, 2]`: each item repeated that many times, as CPython reads it.
        if (counts.length !== pool.length) throw ValueError('The number of counts does not match the population', new Error());
        pool = pool.flatMap((item, i) => Array(Math.max(0, counts[i])).fill(item));
    }
    if (k < 0 || k > pool.length) throw ValueError('Sample larger than population or is negative', new Error());
    // A partial Fisher–Yates: the first k places end up a uniform sample in random order.
    for (let i = 0; i < k; i++) {
        const j = i + below(pool.length - i);
        const kept = pool[i];
        pool[i] = pool[j];
        pool[j] = kept;
    }
    pool.length = k;
    return pool;
}

/** `choices(population, weights=None, *, cum_weights=None, k=1)`: k picks with replacement. */
export function choices(population, weights, cumWeights, k) {
    [population, weights, cumWeights, k] = bind('choices', ['population', 'weights', 'cum_weights', 'k'], 1, arguments, 2);
    k = k === undefined ? 1 : k;
    const items = Array.isArray(population) ? population : Array.from(population);
    const n = items.length;
    const out = [];
    if ((weights === undefined || weights === null) && (cumWeights === undefined || cumWeights === null)) {
        for (let i = 0; i < k; i++) {
            if (n === 0) throw IndexError('list index out of range', new Error());
            out.push(items[below(n)]);
        }
        return out;
    }
    if (weights !== undefined && weights !== null && cumWeights !== undefined && cumWeights !== null) {
        throw py_TypeError('Cannot specify both weights and cumulative weights', new Error());
    }
    let cum = cumWeights;
    if (cum === undefined || cum === null) {
        cum = [];
        let total = 0;
        for (const w of weights) cum.push(total += w);
    }
    if (cum.length !== n) throw ValueError('The number of weights does not match the population', new Error());
    const total = cum[n - 1];
    if (!(total > 0)) throw ValueError('Total of weights must be greater than zero', new Error());
    if (!Number.isFinite(total)) throw ValueError('Total of weights must be finite', new Error());
    for (let i = 0; i < k; i++) {
        const target = (seeded ? seededFloat() : Math.random()) * total;
        let lo = 0, hi = n - 1;  // bisect_right: the first cumulative weight above target
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (target < cum[mid]) hi = mid; else lo = mid + 1;
        }
        out.push(items[lo]);
    }
    return out;
}

/** `gauss(mu=0.0, sigma=1.0)`: a normally distributed float (Box–Muller). */
export function gauss(mu, sigma) {
    if (arguments.length > 0) [mu, sigma] = bind('gauss', ['mu', 'sigma'], 0, arguments);
    const u = 1 - (seeded ? seededFloat() : Math.random());  // in (0, 1]: log(u) is finite
    const v = seeded ? seededFloat() : Math.random();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return (mu === undefined ? 0 : mu) + z * (sigma === undefined ? 1 : sigma);
}

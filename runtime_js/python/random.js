// Python's `random` module for games: CPython's own numbers once seeded, Math.random() unseeded.
//
// pyminis/compile/python.py stages a one-line `random.py` re-exporting this file, so
// `import random` and `from random import randint` in a game get it. After `seed(x)` it is
// CPython 3.11's generator exactly: the Mersenne Twister (MT19937) seeded by init_by_array
// from the seed's 32-bit words (an int by its absolute value, a float by its hash, a str by
// its UTF-8 bytes followed by their SHA-512, as Lib/random.py does), and every function
// computed as Lib/random.py computes it, so `random.seed(42); random.random()` gives what
// CPython gives, draw for draw. Unseeded (or after `seed()`), draws come from Math.random(),
// fast; CPython's unseeded numbers are unpredictable anyway. Signatures and errors follow
// CPython 3.11's.
//
// `pyminis verify` seeds every game the same way on both sides: when the global
// `__pyminisRandomSeed` is a number as this module loads, it starts seeded with it.
import {IndexError, ValueError, py_TypeError, repr} from './org.transcrypt.__runtime__.js';
import {numHash, isPyFloat} from './_pmrt_impl/numbers.js';
import {typeName} from './_pmrt_impl/typename.js';
import {isTuple} from './_pmrt_impl/shared.js';
import {cos, exp, log, sin} from './_pmrt_impl/libm.js';  // the C library's digits, as CPython's

const hasOwn = Object.prototype.hasOwnProperty;
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
const N = 624;
const M = 397;

// -- MT19937, as CPython's Modules/_randommodule.c -------------------------------------------
/**
 * One generator's state: the module's functions draw from `S`, the module's own state unless
 * a `Random` instance's method is running (each instance has its own, as in CPython).
 */
function newState() {
    return {
        mt: new Uint32Array(N),
        mti: N + 1,
        /** false: draws come from Math.random(). */
        seeded: false,
        /** gauss() makes two numbers at a time and keeps the second (Lib/random.py `gauss_next`). */
        gaussNext: null,
    };
}
let S = newState();

function initGenrand(s) {
    const mt = S.mt;
    mt[0] = s >>> 0;
    for (S.mti = 1; S.mti < N; S.mti++) {
        const prev = mt[S.mti - 1] ^ (mt[S.mti - 1] >>> 30);
        mt[S.mti] = (Math.imul(1812433253, prev) + S.mti) >>> 0;
    }
}

/** @param {number[]} key 32-bit words, least significant first */
function initByArray(key) {
    const mt = S.mt;
    initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k; k--) {
        const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
        mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
        i++;
        j++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k; k--) {
        const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
        mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
        i++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
}

/** @returns {number} the next 32-bit output of the twister */
function genrand() {
    const mt = S.mt;
    if (S.mti >= N) {
        let kk = 0;
        let y;
        for (; kk < N - M; kk++) {
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
        }
        y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
        S.mti = 0;
    }
    let y = mt[S.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
}

/** A 32-bit word: the twister's, or Math.random()'s when unseeded. */
function word() {
    return S.seeded ? genrand() : (Math.random() * TWO_32) >>> 0;
}

// -- seeding -----------------------------------------------------------------------------------
/** The 32-bit words of a non-negative int (number or BigInt), least significant first. */
function wordsOf(n) {
    if (typeof n === 'bigint') {
        const words = [];
        while (n > 0n) {
            words.push(Number(n & 0xffffffffn));
            n >>= 32n;
        }
        return words.length ? words : [0];
    }
    const hi = Math.floor(n / TWO_32);
    return hi ? [n % TWO_32, hi] : [n % TWO_32];
}

/** The words of a byte string read as one big-endian int (Lib/random.py `int.from_bytes`). */
function wordsOfBytes(bytes) {
    let start = 0;
    while (start < bytes.length && bytes[start] === 0) start++;
    const words = [];
    for (let end = bytes.length; end > start; end -= 4) {
        let value = 0;
        for (let at = Math.max(start, end - 4); at < end; at++) value = value * 256 + bytes[at];
        words.push(value);
    }
    return words.length ? words : [0];
}

/** SHA-512's round constants, made on first use (most games never seed with a str). */
let K512 = null;
const K512_HEX = [
    '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538',
    '59f111f1b605d019', '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242', '12835b0145706fbe',
    '243185be4ee4b28c', '550c7dc3d5ffb4e2', '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235',
    'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3', '0fc19dc68b8cd5b5', '240ca1cc77ac9c65',
    '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5', '983e5152ee66dfab',
    'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
    '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed',
    '53380d139d95b3df', '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b',
    'a2bfe8a14cf10364', 'a81a664bbc423001', 'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218',
    'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8', '19a4c116b8d2d0c8', '1e376c085141ab53',
    '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb', '5b9cca4f7763e373',
    '682e6ff3d6b2b8a3', '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
    '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b', 'ca273eceea26619c',
    'd186b8c721c0c207', 'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6',
    '113f9804bef90dae', '1b710b35131c471b', '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc',
    '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a', '5fcb6fab3ad6faec', '6c44198c4a475817',
];
const MASK64 = (1n << 64n) - 1n;

/** SHA-512 of a byte array (FIPS 180-4), for str seeds; seeding is rare, so BigInt is fine. */
function sha512(bytes) {
    K512 = K512 || K512_HEX.map((hex) => BigInt(`0x${hex}`));
    const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK64;
    const h = ['6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1',
        '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179'].map((x) => BigInt(`0x${x}`));
    const length = bytes.length;
    const padded = new Uint8Array(Math.ceil((length + 17) / 128) * 128);
    padded.set(bytes);
    padded[length] = 0x80;
    let bits = BigInt(length) * 8n;
    for (let at = padded.length - 1; bits > 0n; at--, bits >>= 8n) padded[at] = Number(bits & 0xffn);
    const w = new Array(80);
    for (let block = 0; block < padded.length; block += 128) {
        for (let t = 0; t < 16; t++) {
            let value = 0n;
            for (let b = 0; b < 8; b++) value = (value << 8n) | BigInt(padded[block + t * 8 + b]);
            w[t] = value;
        }
        for (let t = 16; t < 80; t++) {
            const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
            const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK64;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let t = 0; t < 80; t++) {
            const t1 = (hh + (rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n)) + ((e & f) ^ (~e & MASK64 & g)) + K512[t] + w[t]) & MASK64;
            const t2 = ((rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & MASK64;
            hh = g; g = f; f = e; e = (d + t1) & MASK64; d = c; c = b; b = a; a = (t1 + t2) & MASK64;
        }
        [a, b, c, d, e, f, g, hh].forEach((value, i) => { h[i] = (h[i] + value) & MASK64; });
    }
    const digest = new Uint8Array(64);
    h.forEach((value, i) => {
        for (let b = 7; b >= 0; b--) { digest[i * 8 + b] = Number(value & 0xffn); value >>= 8n; }
    });
    return digest;
}

/** `seed(a=None, version=2)`: None goes back to Math.random(); int, float, str replay CPython's sequence. */
export function seed(a, version) {
    if (arguments.length > 0 && typeof arguments[arguments.length - 1] === 'object' && arguments[arguments.length - 1] !== null
            && !isPyFloat(arguments[arguments.length - 1]) && !(arguments[arguments.length - 1] instanceof Uint8Array)) {
        [a, version] = bind('seed', ['a', 'version'], 0, arguments);
    }
    S.gaussNext = null;
    if (a === null || a === undefined) {
        S.seeded = false;
        return null;
    }
    let key;
    if (typeof a === 'boolean') {
        key = [+a];
    } else if (typeof a === 'bigint') {
        key = wordsOf(a < 0n ? -a : a);
    } else if (typeof a === 'number' && Number.isInteger(a)) {
        key = wordsOf(Math.abs(a));
    } else if (typeof a === 'number' || isPyFloat(a)) {
        // A float seeds by its hash, as an unsigned 64-bit integer (CPython's random_seed).
        let hash = BigInt(numHash(a));
        if (hash < 0n) hash += 1n << 64n;
        key = wordsOf(hash);
    } else if (typeof a === 'string' || a instanceof Uint8Array) {
        const bytes = typeof a === 'string' ? new TextEncoder().encode(a) : a;
        const both = new Uint8Array(bytes.length + 64);
        both.set(bytes);
        both.set(sha512(bytes), bytes.length);
        key = wordsOfBytes(both);
    } else {
        throw py_TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.', new Error());
    }
    initByArray(key);
    S.seeded = true;
    return null;
}

// -- the functions of Lib/random.py -----------------------------------------------------------
/** `random()`: a float in [0, 1) (CPython's genrand_res53 once seeded). */
export function random() {
    if (arguments.length !== 0) throw py_TypeError(`Random.random() takes no arguments (${arguments.length} given)`, new Error());
    if (!S.seeded) return Math.random();
    return ((genrand() >>> 5) * 67108864 + (genrand() >>> 6)) / TWO_53;
}

/** @param {number|bigint} n a positive int @returns {number} its bit length */
function bitLength(n) {
    if (typeof n === 'bigint') return n.toString(2).length;
    const hi = Math.floor(n / TWO_32);
    return hi ? 64 - Math.clz32(hi) : 32 - Math.clz32(n);
}

/** `getrandbits(k)`: an int of k random bits (a BigInt beyond 53 bits). */
export function getrandbits(k) {
    if (arguments.length !== 1) [k] = bind('getrandbits', ['k'], 1, arguments);
    k = integral(k, 'k');
    if (k < 0) throw ValueError('number of bits must be non-negative', new Error());
    if (k <= 32) return k === 0 ? 0 : word() >>> (32 - k);
    if (k <= 53) {
        const low = word();
        return (word() >>> (64 - k)) * TWO_32 + low;
    }
    let result = 0n;
    for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
        const next = k < 32 ? word() >>> (32 - k) : word();
        result |= BigInt(next) << shift;
    }
    return result;
}

/** Lib/random.py `_randbelow`: an int in [0, n), by rejection over n's bit length. */
function below(n) {
    if (!S.seeded && typeof n === 'number') return Math.floor(Math.random() * n);
    if (typeof n === 'bigint' && n <= BigInt(Number.MAX_SAFE_INTEGER)) n = Number(n);
    const k = bitLength(n);
    let r = getrandbits(k);
    if (typeof n === 'bigint') r = BigInt(r);
    while (r >= n) r = typeof n === 'bigint' ? BigInt(getrandbits(k)) : getrandbits(k);
    return r;
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

/** randrange's `_index` (Python 3.11: an integral float is accepted, another refused). */
function integral(value, what) {
    if (typeof value === 'boolean') return +value;
    if (isPyFloat(value)) value = value.valueOf();
    if (typeof value === 'bigint') return value;
    if (typeof value === 'number') {
        // An integral number beyond 2**53 is read exactly, as CPython's int(float) reads it.
        if (Number.isInteger(value)) return Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : BigInt(value);
        throw ValueError(`non-integer ${what} for randrange()`, new Error());
    }
    if (typeof value === 'string') throw ValueError(`invalid literal for int() with base 10: ${repr(value)}`, new Error());
    throw py_TypeError(`'${typeName(value)}' object cannot be interpreted as an integer`, new Error());
}

/** `randrange(stop)`, `randrange(start, stop[, step])`: an integer of that range. */
export function randrange(start, stop, step) {
    if (arguments.length > 0 && typeof arguments[arguments.length - 1] === 'object' && arguments[arguments.length - 1] !== null
            && !isPyFloat(arguments[arguments.length - 1])) {
        [start, stop, step] = bind('randrange', ['start', 'stop', 'step'], 1, arguments);
    }
    start = integral(start, 'arg 1');
    if (stop === undefined || stop === null) {
        if (step !== undefined && step !== 1) throw py_TypeError('Missing a non-None stop argument', new Error());
        if (start > 0) return typeof start === 'bigint' ? bigRange(0n, start, 1n) : below(start);
        throw ValueError('empty range for randrange()', new Error());
    }
    stop = integral(stop, 'stop');
    step = step === undefined ? 1 : integral(step, 'step');
    if (typeof start === 'bigint' || typeof stop === 'bigint' || typeof step === 'bigint'
            || Math.abs(stop - start) > Number.MAX_SAFE_INTEGER) {
        return bigRange(BigInt(start), BigInt(stop), BigInt(step));
    }
    const width = stop - start;
    if (step === 1) {
        if (width > 0) return start + below(width);
        throw ValueError(`empty range for randrange() (${start}, ${stop}, ${width})`, new Error());
    }
    let n;
    if (step > 0) n = Math.floor((width + step - 1) / step);
    else if (step < 0) n = Math.floor((width + step + 1) / step);
    else throw ValueError('zero step for randrange()', new Error());
    if (n <= 0) throw ValueError('empty range for randrange()', new Error());
    return start + step * below(n);
}

/** randrange over ints beyond 2**53 (BigInt), as above; a result that fits is a number. */
function bigRange(start, stop, step) {
    const width = stop - start;
    let n;
    if (step === 1n) {
        if (width <= 0n) throw ValueError(`empty range for randrange() (${start}, ${stop}, ${width})`, new Error());
        n = width;
    } else {
        const floorDiv = (a, b) => (a / b) - ((a % b !== 0n && (a < 0n) !== (b < 0n)) ? 1n : 0n);
        if (step > 0n) n = floorDiv(width + step - 1n, step);
        else if (step < 0n) n = floorDiv(width + step + 1n, step);
        else throw ValueError('zero step for randrange()', new Error());
        if (n <= 0n) throw ValueError('empty range for randrange()', new Error());
    }
    const result = start + step * BigInt(below(n));
    return result >= -BigInt(Number.MAX_SAFE_INTEGER) && result <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(result) : result;
}

/** `randint(a, b)`: an integer in [a, b], both ends included. */
export function randint(a, b) {
    if (arguments.length !== 2 || typeof b !== 'number') [a, b] = bind('randint', ['a', 'b'], 2, arguments);
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && b >= a && b - a < Number.MAX_SAFE_INTEGER) {
        return a + below(b - a + 1);  // the common case, without randrange's checks
    }
    if (typeof b === 'string') throw py_TypeError('can only concatenate str (not "int") to str', new Error());
    if (isPyFloat(b)) b = b.valueOf();
    if (typeof b === 'number' && Number.isInteger(b) && !Number.isSafeInteger(b)) b = BigInt(b);
    return randrange(a, typeof b === 'bigint' ? b + 1n : b + 1);
}

/** `uniform(a, b)`: a float between a and b. */
export function uniform(a, b) {
    if (arguments.length !== 2 || typeof b !== 'number') [a, b] = bind('uniform', ['a', 'b'], 2, arguments);
    if (isPyFloat(a)) a = a.valueOf();
    if (isPyFloat(b)) b = b.valueOf();
    if (typeof a !== 'number' || typeof b !== 'number') {
        throw py_TypeError(`unsupported operand type(s) for -: '${typeName(b)}' and '${typeName(a)}'`, new Error());
    }
    return a + (b - a) * random();
}

/** `triangular(low=0.0, high=1.0, mode=None)`. */
export function triangular(low, high, mode) {
    if (arguments.length > 0) [low, high, mode] = bind('triangular', ['low', 'high', 'mode'], 0, arguments);
    low = low === undefined ? 0 : +low;
    high = high === undefined ? 1 : +high;
    let u = random();
    let c = 0.5;
    if (mode !== undefined && mode !== null) {
        if (high - low === 0) return low;  // CPython: ZeroDivisionError → low
        c = (+mode - low) / (high - low);
    }
    if (u > c) {
        u = 1 - u;
        c = 1 - c;
        [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
}

/**
 * A sequence as Lib/random.py reads one (`len(seq)`, `seq[i]`): a list or tuple, a str (by code
 * point), or an object with `__len__` and `__getitem__` (a range); null for anything else (a
 * set, a dict).
 * @returns {{length: number, at: function(number): *}|null}
 */
function sequence(value) {
    if (typeof value === 'string') {
        const points = /[\uD800-\uDFFF]/.test(value) ? Array.from(value) : value;
        return { length: points.length, at: (i) => points[i] };
    }
    if (value === null || value === undefined || typeName(value) === 'dict') return null;
    if (Array.isArray(value) && typeName(value) !== 'set' && typeName(value) !== 'frozenset') {
        return { length: value.length, at: (i) => value[i] };
    }
    if (typeof value.__len__ === 'function' && typeof value.__getitem__ === 'function') {
        return { length: value.__len__(), at: (i) => value.__getitem__(i) };
    }
    return null;
}

/** `choice(seq)`: one item of a non-empty sequence (list, tuple, str, range…). */
export function choice(seq) {
    if (arguments.length !== 1) [seq] = bind('choice', ['seq'], 1, arguments);
    const items = sequence(seq);
    if (items === null) {
        const sized = seq !== null && seq !== undefined && (Array.isArray(seq) || typeof seq.__len__ === 'function');
        throw py_TypeError(sized ? `'${typeName(seq)}' object is not subscriptable` : `object of type '${typeName(seq)}' has no len()`, new Error());
    }
    if (items.length === 0) throw IndexError('Cannot choose from an empty sequence', new Error());
    return items.at(below(items.length));
}

/** `shuffle(x)`: the list shuffled in place (Lib/random.py's order of swaps); returns None. */
export function shuffle(x) {
    if (arguments.length !== 1) [x] = bind('shuffle', ['x'], 1, arguments);
    if (!Array.isArray(x) || isTuple(x)) {  // (a list subclass's instance is a list)
        const problem = sequence(x) === null && typeName(x) !== 'dict' ? 'is not subscriptable' : 'does not support item assignment';
        throw py_TypeError(`'${typeName(x)}' object ${problem}`, new Error());
    }
    for (let i = x.length - 1; i > 0; i--) {
        const j = below(i + 1);
        const kept = x[i];
        x[i] = x[j];
        x[j] = kept;
    }
    return null;
}

/** bisect_right(a, x, lo, hi) */
function bisectRight(a, x, lo, hi) {
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x < a[mid]) hi = mid; else lo = mid + 1;
    }
    return lo;
}

/** `sample(population, k, *, counts=None)`: k distinct items, Lib/random.py's way. */
export function sample(population, k, counts) {
    [population, k, counts] = bind('sample', ['population', 'k', 'counts'], 2, arguments, 2);
    const items = sequence(population);
    if (items === null) {
        throw py_TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).', new Error());
    }
    const n = items.length;
    if (counts !== undefined && counts !== null) {
        const cum = [];
        let total = 0;
        for (const count of counts) cum.push(total += count);
        if (cum.length !== n) throw ValueError('The number of counts does not match the population', new Error());
        total = cum.pop();
        if (!Number.isInteger(total)) throw py_TypeError('Counts must be integers', new Error());
        if (total <= 0) throw ValueError('Total of counts must be greater than zero', new Error());
        const all = Array.from({ length: total }, (_, i) => i);
        return sample(all, k).map((s) => items.at(bisectRight(cum, s, 0, cum.length)));
    }
    if (typeof k !== 'number' || !Number.isInteger(k)) {
        throw py_TypeError(`'${typeName(k)}' object cannot be interpreted as an integer`, new Error());
    }
    if (!(k >= 0 && k <= n)) throw ValueError('Sample larger than population or is negative', new Error());
    const result = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(log(k * 3) / log(4));
    if (n <= setsize) {
        const pool = Array.from({ length: n }, (_, i) => items.at(i));
        for (let i = 0; i < k; i++) {
            const j = below(n - i);
            result[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
    } else {
        const selected = new Set();
        for (let i = 0; i < k; i++) {
            let j = below(n);
            while (selected.has(j)) j = below(n);
            selected.add(j);
            result[i] = items.at(j);
        }
    }
    return result;
}

/** `choices(population, weights=None, *, cum_weights=None, k=1)`: k picks with replacement. */
export function choices(population, weights, cumWeights, k) {
    [population, weights, cumWeights, k] = bind('choices', ['population', 'weights', 'cum_weights', 'k'], 1, arguments, 2);
    k = k === undefined ? 1 : k;
    const items = sequence(population) || sequence(Array.from(population));
    const n = items.length;
    const out = [];
    const none = (value) => value === undefined || value === null;
    const user = !none(cumWeights);
    if (none(cumWeights)) {
        if (none(weights)) {
            for (let i = 0; i < k; i++) {
                // Lib/random.py indexes the population: an empty one raises IndexError.
                if (n === 0) throw IndexError(`${typeof population === 'string' ? 'string' : typeName(population)} index out of range`, new Error());
                out.push(items.at(Math.floor(random() * n)));
            }
            return out;
        }
        if (typeof weights === 'number') {
            throw py_TypeError(`The number of choices must be a keyword argument: k=${weights}`, new Error());
        }
        cumWeights = [];
        let total = 0;
        for (const w of weights) cumWeights.push(total += +w);
    } else if (!none(weights)) {
        throw py_TypeError('Cannot specify both weights and cumulative weights', new Error());
    }
    if (cumWeights.length !== n) throw ValueError('The number of weights does not match the population', new Error());
    // Lib/random.py reads cum_weights[-1]: with no population that is an IndexError.
    if (n === 0) throw IndexError(`${user ? typeName(cumWeights) : 'list'} index out of range`, new Error());
    const total = +cumWeights[n - 1];
    if (!(total > 0)) throw ValueError('Total of weights must be greater than zero', new Error());
    if (!Number.isFinite(total)) throw ValueError('Total of weights must be finite', new Error());
    const cum = Array.from(cumWeights, (w) => +w);
    for (let i = 0; i < k; i++) out.push(items.at(bisectRight(cum, random() * total, 0, n - 1)));
    return out;
}

/** `gauss(mu=0.0, sigma=1.0)`: Lib/random.py's, two numbers at a time. */
export function gauss(mu, sigma) {
    if (arguments.length > 0) [mu, sigma] = bind('gauss', ['mu', 'sigma'], 0, arguments);
    let z = S.gaussNext;
    S.gaussNext = null;
    if (z === null) {
        const x2pi = random() * 2 * Math.PI;
        const g2rad = Math.sqrt(-2 * log(1 - random()));
        z = cos(x2pi) * g2rad;
        S.gaussNext = sin(x2pi) * g2rad;
    }
    return (mu === undefined ? 0 : +mu) + z * (sigma === undefined ? 1 : +sigma);
}

const NV_MAGICCONST = 4 * exp(-0.5) / Math.sqrt(2);

/** `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's method, as Lib/random.py. */
export function normalvariate(mu, sigma) {
    if (arguments.length > 0) [mu, sigma] = bind('normalvariate', ['mu', 'sigma'], 0, arguments);
    let z;
    for (;;) {
        const u1 = random();
        const u2 = 1 - random();
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        if (z * z / 4 <= -log(u2)) break;
    }
    return (mu === undefined ? 0 : +mu) + z * (sigma === undefined ? 1 : +sigma);
}

/** `expovariate(lambd=1.0)`. */
export function expovariate(lambd) {
    if (arguments.length > 0) [lambd] = bind('expovariate', ['lambd'], 0, arguments);
    return -log(1 - random()) / (lambd === undefined ? 1 : +lambd);
}

// -- Random instances ---------------------------------------------------------------------------
const METHODS = {seed, random, getrandbits, randrange, randint, uniform, triangular, choice, shuffle,
    sample, choices, gauss, normalvariate, expovariate};

/**
 * `random.Random(x)`: a generator of its own, seeded as `seed(x)` seeds the module's (called
 * without `new`, as Python calls a class). Its methods are the module's functions, run on its
 * state.
 */
export function Random(x) {
    const self = Object.create(Random.prototype);
    Object.defineProperty(self, '_pm_state', {value: newState()});
    self.seed(...arguments);
    return self;
}
Random.__name__ = 'Random';
Random.__module__ = 'random';
for (const [name, fn] of Object.entries(METHODS)) {
    Object.defineProperty(Random.prototype, name, {
        value: function () {
            const outer = S;
            S = this._pm_state;
            try {
                return fn.apply(null, arguments);
            } finally {
                S = outer;
            }
        },
        writable: true, configurable: true,
    });
}

// `pyminis verify` starts both sides from one seed (see the header).
if (typeof globalThis.__pyminisRandomSeed === 'number') seed(globalThis.__pyminisRandomSeed);

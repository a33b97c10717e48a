// Python's `math` module for games, in place of Transcrypt's: CPython's results and types
// (floor, ceil and trunc give ints, exact for any size; factorial, comb, perm, gcd, lcm and
// isqrt are exact), its errors (ValueError "math domain error", OverflowError "math range
// error"), log10/log2 exact at powers (Transcrypt divided logarithms: log10(1000) was
// 2.9999999999999996), and the functions Transcrypt lacks (fsum, isqrt, dist, prod, …).
//
// pyminis/compile/python.py stages a one-line `math.py` re-exporting this file. Floats are
// returned as raw numbers: the guard types these results as floats and boxes them where
// they must be tagged (docs/architecture.md, "Value model").
import {ValueError, py_TypeError, tuple} from './org.transcrypt.__runtime__.js';
import {OverflowError} from './_pmrt_impl/errors.js';
import {PyFloat, MAX_SAFE, _pm_box} from './_pmrt_impl/numbers.js';
import {big, normBig} from './_pmrt_impl/ints.js';
import {_pm_tof} from './_pmrt_impl/floats.js';
import {powFloat} from './_pmrt_impl/powers.js';
import * as libm from './_pmrt_impl/libm.js';

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

function domain() { return ValueError('math domain error', new Error()); }
function range() { return OverflowError('math range error'); }

/** A float argument (an int converted, a str refused). */
function num(x) {
    if (typeof x === 'number') return x;
    if (x instanceof PyFloat || typeof x === 'bigint' || typeof x === 'boolean') return _pm_tof(x);
    if (x !== null && x !== undefined && typeof x.__float__ === 'function') return _pm_tof(x.__float__());
    throw py_TypeError(`must be real number, not ${typeName(x)}`, new Error());
}

function typeName(x) {
    if (x === null || x === undefined) return 'NoneType';
    if (typeof x === 'string') return 'str';
    if (Array.isArray(x)) return 'list';
    return x.__class__ !== undefined && x.__class__.__name__ !== undefined ? x.__class__.__name__ : typeof x;
}

function isInt(x) {
    return typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0));
}

/** An int argument (floats refused, as CPython's factorial/gcd/isqrt do). */
function integer(x, name) {
    if (isInt(x)) return typeof x === 'boolean' ? +x : x;
    if (x !== null && x !== undefined && typeof x.__index__ === 'function') return x.__index__();
    throw py_TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`, new Error());
}

/** A float result, checked: NaN from a number is a domain error, infinity an overflow. */
function checked(result, ...args) {
    if (result !== result && args.every((a) => a === a)) throw domain();
    if (!isFinite(result) && args.every((a) => isFinite(a))) throw range();
    return result;
}

/** An integral float as a Python int (a BigInt beyond 2**53). */
function toInt(x) {
    if (x !== x) throw ValueError('cannot convert float NaN to integer', new Error());
    if (!isFinite(x)) throw OverflowError('cannot convert float infinity to integer');
    x += 0;  // -0 → 0
    return x <= MAX_SAFE && x >= -MAX_SAFE ? x : BigInt(x);
}

/** `x.__floor__()` (…) of an object defining it (a Fraction: exact at any size), else undefined. */
function own(x, method) {
    return x !== null && typeof x === 'object' && typeof x[method] === 'function' ? x[method]() : undefined;
}

export function floor(x) { return isInt(x) ? integer(x) : own(x, '__floor__') ?? toInt(Math.floor(num(x))); }
export function ceil(x) { return isInt(x) ? integer(x) : own(x, '__ceil__') ?? toInt(Math.ceil(num(x))); }
export function trunc(x) { return isInt(x) ? integer(x) : own(x, '__trunc__') ?? toInt(Math.trunc(num(x))); }

export function sqrt(x) { x = num(x); if (x < 0) throw domain(); return Math.sqrt(x); }
export function exp(x) { x = num(x); return checked(libm.exp(x), x); }
export function expm1(x) { x = num(x); return checked(Math.expm1(x), x); }
export function exp2(x) { x = num(x); return checked(2 ** x, x); }
export function cbrt(x) { return libm.cbrt(num(x)); }

function logOf(x) {
    if (typeof x === 'bigint') {
        if (x <= 0n) throw domain();
        const digits = x.toString(2).length;  // log of a huge int, as CPython does it: by parts
        return digits > 1000 ? libm.log(Number(x >> BigInt(digits - 60))) + (digits - 60) * Math.LN2 : libm.log(Number(x));
    }
    const v = num(x);
    if (v <= 0) throw domain();
    return libm.log(v);
}

export function log(x, base) {
    if (base === undefined || (base !== null && typeof base === 'object' && base.__kwargtrans__)) return logOf(x);
    const d = logOf(base);
    if (d === 0) throw ValueError('math domain error', new Error());  // CPython: division by zero
    return logOf(x) / d;
}
export function log2(x) { const v = num(x); if (v <= 0) throw domain(); return libm.log2(v); }
export function log10(x) { const v = num(x); if (v <= 0) throw domain(); return libm.log10(v); }
export function log1p(x) { const v = num(x); if (v <= -1) throw domain(); return Math.log1p(v); }

export function pow(x, y) {
    x = num(x);
    y = num(y);
    if (y === 0 || x === 1) return 1;
    if (x === 0 && y < 0) throw domain();
    if (x < 0 && isFinite(x) && isFinite(y) && !Number.isInteger(y)) throw domain();
    if (x === -1 && !isFinite(y)) return 1;
    return checked(powFloat(x, y), x, y);
}

export function sin(x) { x = num(x); if (!isFinite(x) && x === x) throw domain(); return libm.sin(x); }
export function cos(x) { x = num(x); if (!isFinite(x) && x === x) throw domain(); return libm.cos(x); }
export function tan(x) { x = num(x); if (!isFinite(x) && x === x) throw domain(); return libm.tan(x); }
export function asin(x) { x = num(x); if (x < -1 || x > 1) throw domain(); return libm.asin(x); }
export function acos(x) { x = num(x); if (x < -1 || x > 1) throw domain(); return libm.acos(x); }
export function atan(x) { return libm.atan(num(x)); }
export function atan2(y, x) { return libm.atan2(num(y), num(x)); }
export function sinh(x) { x = num(x); return checked(libm.sinh(x), x); }
export function cosh(x) { x = num(x); return checked(libm.cosh(x), x); }
export function tanh(x) { return Math.tanh(num(x)); }
export function asinh(x) { return Math.asinh(num(x)); }
export function acosh(x) { x = num(x); if (x < 1) throw domain(); return Math.acosh(x); }
export function atanh(x) { x = num(x); if (x <= -1 || x >= 1) throw domain(); return Math.atanh(x); }

export function hypot(...args) { return vectorNorm(args.map((a) => Math.abs(num(a)))); }
export function dist(p, q) {
    if (p.length !== q.length) throw ValueError('both points must have the same number of dimensions', new Error());
    return vectorNorm(Array.from(p, (a, i) => Math.abs(num(a) - num(q[i]))));
}

// hypot and dist as CPython 3.11 computes them (Modules/mathmodule.c vector_norm): the squares
// summed in double-length arithmetic and a correction step, correctly rounded in nearly every
// case. JavaScript's Math.hypot differs from it in the last digit for about one input in four.
const fastSum = (a, b) => { const x = a + b; return [x, b - (x - a)]; };
function split(x) { const t = x * 134217729.0; const hi = t - (t - x); return [hi, x - hi]; }  // Dekker
function product(x, y) {
    const [xh, xl] = split(x), [yh, yl] = split(y);
    const p = xh * yh, q = xh * yl + xl * yh, z = p + q;
    return [z, p - z + q + xl * yl];
}
const MIN_NORMAL = 2.2250738585072014e-308;
/** frexp's exponent: x = m * 2**e with 0.5 <= m < 1 (x > 0 and finite). */
function exponent(x) {
    if (x < MIN_NORMAL) return exponent(x * 2 ** 54) - 54;
    let e = Math.ceil(Math.log2(x));
    while (x * 2 ** -e >= 1) e++;
    while (x * 2 ** -e < 0.5) e--;
    return e;
}
/** The Euclidean norm of non-negative numbers. */
function vectorNorm(vec) {
    let max = 0;
    for (const x of vec) if (x !== x) return vec.includes(Infinity) ? Infinity : NaN; else if (x > max) max = x;
    if (max === Infinity || max === 0 || vec.length <= 1) return max;
    const maxE = exponent(max);
    if (maxE < -1023) return MIN_NORMAL * vectorNorm(vec.map((x) => x / MIN_NORMAL));  // subnormals made normal
    const scale = 2 ** -maxE;
    let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (const v of vec) {
        const x = v * scale;  // lossless scaling
        const [ph, pl] = product(x, x);
        const [sh, sl] = fastSum(csum, ph);
        csum = sh; frac1 += pl; frac2 += sl;
    }
    let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
    const [ph, pl] = product(-h, h);
    const [sh, sl] = fastSum(csum, ph);
    csum = sh; frac1 += pl; frac2 += sl;
    h += (csum - 1.0 + (frac1 + frac2)) / (2.0 * h);  // differential correction
    return h / scale;
}
export function degrees(x) { return num(x) * (180 / Math.PI); }
export function radians(x) { return num(x) * (Math.PI / 180); }
export function fabs(x) { return Math.abs(num(x)); }
export function copysign(x, y) {
    x = Math.abs(num(x));
    y = num(y);
    return y < 0 || Object.is(y, -0) || (y !== y && 1 / y < 0) ? -x : x;
}
export function fmod(x, y) {
    x = num(x);
    y = num(y);
    if (y === 0 || !isFinite(x)) { if (x === x && y === y) throw domain(); }
    return x % y;
}
export function remainder(x, y) {
    x = num(x);
    y = num(y);
    if (y === 0 || !isFinite(x)) { if (x === x && y === y) throw domain(); }
    const n = Math.round(x / y);
    const r = x - n * y;
    return Math.abs(r) === Math.abs(y) / 2 && n % 2 !== 0 ? x - (n - Math.sign(n)) * y : r;
}
export function modf(x) {
    x = num(x);
    if (!isFinite(x)) return tuple2(x === x ? (x > 0 ? 0 : -0) : x, x);
    const whole = Math.trunc(x);
    return tuple2(copysign(x - whole, x), whole);
}
export function frexp(x) {
    x = num(x);
    if (x === 0 || !isFinite(x)) return tuple([_pm_box(x), 0]);
    let e = Math.floor(Math.log2(Math.abs(x))) + 1;
    let m = x * 2 ** -(e >> 1) * 2 ** -(e - (e >> 1));
    while (Math.abs(m) >= 1) { m /= 2; e++; }
    while (Math.abs(m) < 0.5) { m *= 2; e--; }
    return tuple([_pm_box(m), e]);
}
export function ldexp(x, i) {
    x = num(x);
    i = Number(integer(i));
    return checked(x * 2 ** (i >> 1) * 2 ** (i - (i >> 1)), x);
}

/** A pair of numbers as a tuple: its floats boxed (a tuple's items are tagged). */
function tuple2(a, b) {
    return tuple([_pm_box(a), _pm_box(b)]);
}

export function isnan(x) { x = num(x); return x !== x; }
export function isinf(x) { x = num(x); return x === Infinity || x === -Infinity; }
export function isfinite(x) { return isFinite(num(x)); }

/** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
export function isclose(a, b, ...rest) {
    let rel = 1e-9, abs = 0;
    const kw = rest[rest.length - 1];
    if (kw !== null && typeof kw === 'object' && kw.__kwargtrans__ !== undefined) {
        if (kw.rel_tol !== undefined) rel = num(kw.rel_tol);
        if (kw.abs_tol !== undefined) abs = num(kw.abs_tol);
    }
    if (rel < 0 || abs < 0) throw ValueError('tolerances must be non-negative', new Error());
    a = num(a);
    b = num(b);
    if (a === b) return true;
    if (!isFinite(a) || !isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
}

export function factorial(n) {
    n = integer(n);
    if (n < 0) throw ValueError('factorial() not defined for negative values', new Error());
    if (n <= 18) {
        let r = 1;
        for (let i = 2; i <= n; i++) r *= i;
        return r;
    }
    let r = 1n;
    for (let i = 2n; i <= big(n); i++) r *= i;
    return normBig(r);
}

export function perm(n, k) {
    n = big(integer(n));
    if (k === undefined || k === null) k = n;
    k = big(integer(k));
    if (n < 0n || k < 0n) throw ValueError(`${n < 0n ? 'n' : 'k'} must be a non-negative integer`, new Error());
    if (k > n) return 0;
    let r = 1n;
    for (let i = n - k + 1n; i <= n; i++) r *= i;
    return normBig(r);
}

export function comb(n, k) {
    n = big(integer(n));
    k = big(integer(k));
    if (n < 0n || k < 0n) throw ValueError(`${n < 0n ? 'n' : 'k'} must be a non-negative integer`, new Error());
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return normBig(r);
}

function gcd2(a, b) {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) [a, b] = [b, a % b];
    return a;
}

export function gcd(...args) {
    let r = 0n;
    for (const a of args) r = gcd2(r, big(integer(a)));
    return normBig(r);
}

export function lcm(...args) {
    let r = 1n;
    for (const a of args) {
        const x = big(integer(a));
        if (x === 0n) return 0;
        r = (r / gcd2(r, x)) * (x < 0n ? -x : x);
    }
    return normBig(r);
}

export function isqrt(n) {
    n = big(integer(n));
    if (n < 0n) throw ValueError('isqrt() argument must be nonnegative', new Error());
    if (n < 2n) return Number(n);
    // A float estimate (of n shifted into the float range), then Newton's steps: the first
    // lands at or above the root, the next ones fall to it (stepping by 1 from a low estimate
    // took 10**84 steps for a 200-digit n: Project Euler 80 never ended).
    const shift = Math.max(0, n.toString(16).length * 4 - 1000) & ~1;
    let x = (BigInt(Math.floor(Math.sqrt(Number(n >> BigInt(shift))))) + 1n) << BigInt(shift / 2);
    x = (x + n / x) >> 1n;
    for (let y = (x + n / x) >> 1n; y < x; y = (x + n / x) >> 1n) x = y;
    return normBig(x);
}

/** fsum: the correctly rounded sum (Shewchuk's partials, as CPython). */
export function fsum(iterable) {
    const partials = [];
    for (const item of iterable) {
        let x = num(item);
        let i = 0;
        for (let y of partials) {
            if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo) partials[i++] = lo;
            x = hi;
        }
        partials.length = i;
        partials.push(x);
    }
    let hi = 0;
    if (partials.length) {
        let n = partials.length - 1;
        hi = partials[n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = partials[--n];
            hi = x + y;
            const yr = hi - x;
            lo = y - yr;
            if (lo) break;
        }
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi) hi = x;
        }
    }
    return hi;
}

/** prod(iterable, start=1) with Python's `*` (ints stay exact) */
export function prod(iterable, start) {
    let r = start === undefined || (start !== null && typeof start === 'object' && start.__kwargtrans__) ? 1 : start;
    let float = !isInt(r);
    let exact = isInt(r) ? big(r) : 0n;
    let value = isInt(r) ? 0 : num(r);
    for (const x of iterable) {
        if (!float && isInt(x)) {
            exact *= big(x);
        } else {
            if (!float) { value = Number(exact); float = true; }
            value *= num(x);
        }
    }
    return float ? _pm_box(value) : normBig(exact);  // its type is not proven: tagged
}

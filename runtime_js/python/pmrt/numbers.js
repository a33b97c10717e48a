// How Python numbers live in JavaScript (docs/architecture.md, "Value model"):
//   bool  — a JS boolean;
//   int   — a JS number with an integral value within ±(2**53 - 1), never -0; a BigInt beyond
//           (normalised: a BigInt result that fits becomes a number again);
//   float — a JS number, except that an integral finite float, held where the compiler has not
//           proved that only floats live, is a PyFloat: a raw integral number there is an int.
// A raw non-integral number, NaN, ±Infinity and -0 can only be floats.
//
// "Where the compiler has proved that only floats live": a local,
// parameter or return value whose every value is a float holds raw numbers; the compiler boxes
// (`_pm_box`) such a value when it enters any other slot (an attribute, a list, an argument
// of a function it does not know, print), so every value outside proven slots is tagged.
import {ValueError, float} from '../org.transcrypt.__runtime__.js';

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A Python float with an integral value (2.0), kept apart from the int 2. */
export class PyFloat {
    /** @param {number} value */
    constructor(value) { this.value = value; }
    /** JavaScript arithmetic and the canvas read the number. */
    valueOf() { return this.value; }
    toJSON() { return this.value; }
    /** parseFloat(), String() and a property key read the number too. */
    toString() { return String(this.value); }
    __repr__() { return floatRepr(this.value); }
    __str__() { return floatRepr(this.value); }
    /** Truth (Transcrypt's bool() and the guard's tests ask `__bool__`). */
    __bool__() { return this.value !== 0; }
}
// isinstance(x, float), type(x) read `__class__` (Transcrypt's runtime).
PyFloat.prototype.__class__ = float;

/**
 * Is a raw number an int? An integral value within ±(2**53 - 1) other than -0 (beyond, ints
 * are BigInts, so a raw integral number there is a float).
 * @param {number} x @returns {boolean}
 */
export function isIntValue(x) {
    return Number.isSafeInteger(x) && !Object.is(x, -0);
}

/** @param {*} x @returns {boolean} a PyFloat */
export function isPyFloat(x) { return x instanceof PyFloat; }

// Boxes of small integral values are shared: a float that settles on 2.0 in a loop allocates
// nothing (identity of floats is not Python-observable beyond `is`, which CPython leaves open).
const SHARED_LOW = -128, SHARED_HIGH = 1024;
const shared = [];
for (let i = SHARED_LOW; i <= SHARED_HIGH; i++) shared.push(new PyFloat(i));

/**
 * A float leaving a slot proven to hold only floats: integral values become PyFloat.
 * @param {number} x a float as a raw number @returns {number|PyFloat}
 */
export function _pm_box(x) {
    return Number.isSafeInteger(x) ? boxIntegral(x) : x;  // beyond 2**53 a raw number is a float
}

/**
 * A value pyminis' own code hands to JavaScript: a PyFloat as its number (a platform API
 * checks `typeof x === 'number'`), anything else as it is.
 */
export function _pm_unbox(x) {
    return x instanceof PyFloat ? x.value : x;
}

function boxIntegral(x) {
    if (x >= SHARED_LOW && x <= SHARED_HIGH) {
        return Object.is(x, -0) ? x : shared[x - SHARED_LOW];  // a raw -0 is a float already
    }
    return new PyFloat(x);
}

/**
 * Python's repr of a float: the shortest digits that round-trip (JavaScript's own choice),
 * in CPython's layout: exponent form when the exponent is < -4 or >= 16, `.0` on integral
 * values, `inf`, `nan`, `-0.0`.
 * @param {number} x @returns {string}
 */
export function floatRepr(x) {
    if (x !== x) return 'nan';
    if (x === Infinity) return 'inf';
    if (x === -Infinity) return '-inf';
    if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
    const sign = x < 0 ? '-' : '';
    let text = String(Math.abs(x));  // shortest round-trip digits, closest to x
    let exp = 0;
    const e = text.indexOf('e');
    if (e >= 0) {
        exp = +text.slice(e + 1);
        text = text.slice(0, e);
    }
    const dot = text.indexOf('.');
    const whole = dot < 0 ? text : text.slice(0, dot);
    let digits = whole + (dot < 0 ? '' : text.slice(dot + 1));
    let point = whole.length + exp;  // the decimal point falls after this many digits
    const lead = digits.search(/[^0]/);
    digits = digits.slice(lead).replace(/0+$/, '');
    point -= lead;
    const sci = point - 1;
    if (sci < -4 || sci >= 16) {
        const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
        return sign + mantissa + 'e' + (sci < 0 ? '-' : '+') + String(Math.abs(sci)).padStart(2, '0');
    }
    if (point <= 0) return sign + '0.' + '0'.repeat(-point) + digits;
    if (digits.length <= point) return sign + digits + '0'.repeat(point - digits.length) + '.0';
    return sign + digits.slice(0, point) + '.' + digits.slice(point);
}

/**
 * repr() and str() of any Python number in its tagged form.
 * @param {number|bigint|boolean|PyFloat} x @returns {string}
 */
export function numRepr(x) {
    if (typeof x === 'number') return isIntValue(x) ? String(x) : floatRepr(x);
    if (typeof x === 'boolean') return x ? 'True' : 'False';
    if (x instanceof PyFloat) return floatRepr(x.value);
    return bigDigits(x);
}

// CPython 3.11's limit on int <-> decimal str conversions (sys.get_int_max_str_digits()).
export const MAX_STR_DIGITS = 4300;

/** The decimal digits of a BigInt, or CPython's ValueError beyond MAX_STR_DIGITS digits. */
export function bigDigits(b) {
    const s = b.toString();
    if (s.length - (s[0] === '-' ? 1 : 0) > MAX_STR_DIGITS) {
        throw ValueError(`Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`, new Error());
    }
    return s;
}

// Transcrypt's repr() calls `x.__repr__()` and its str() (runtime_fixes.py) `x.__str__()`:
// every number, in a list or a dict too, prints as CPython prints it.
for (const proto of [Number.prototype, BigInt.prototype]) {
    for (const name of ['__repr__', '__str__']) {
        Object.defineProperty(proto, name, {
            value: function () { return numRepr(this.valueOf()); }, writable: true, configurable: true,
        });
    }
}

Object.defineProperty(BigInt.prototype, '__bool__', {
    value: function () { return true; }, writable: true, configurable: true,  // a BigInt is never 0
});

// ---- hashing ---------------------------------------------------------------------------

const MODULUS = (1n << 61n) - 1n;  // CPython's _PyHASH_MODULUS on 64-bit builds
const HASH_INF = 314159;

/** @param {bigint} h @returns {number|bigint} a hash as a normalised Python int */
function hashInt(h) {
    if (h === -1n) h = -2n;
    return h >= -BigInt(MAX_SAFE) && h <= BigInt(MAX_SAFE) ? Number(h) : h;
}

/** @param {number} v finite, non-zero @returns {[number, number]} CPython's frexp: v = m * 2**e, 0.5 <= |m| < 1 */
function frexp(v) {
    let e = Math.floor(Math.log2(Math.abs(v))) + 1;
    const half = e >> 1;
    let m = v * 2 ** -half * 2 ** -(e - half);  // two exact steps: 2**-e alone may overflow
    while (Math.abs(m) >= 1) { m /= 2; e++; }
    while (Math.abs(m) < 0.5) { m *= 2; e--; }
    return [m, e];
}

/**
 * CPython's hash() of a number: equal numbers hash equal whatever their type
 * (hash(1) == hash(1.0) == hash(True)), hash(-1) == -2, non-integral floats by
 * CPython's reduction modulo 2**61 - 1 (hash(1.5) == 1152921504606846976).
 * NaN hashes to 0 (CPython hashes each NaN object by identity).
 * @param {number|bigint|boolean|PyFloat} x @returns {number|bigint}
 */
export function numHash(x) {
    if (typeof x === 'boolean') return +x;
    if (x instanceof PyFloat) x = x.value;
    if (typeof x === 'bigint') {
        const h = (x < 0n ? -x : x) % MODULUS;
        return hashInt(x < 0n ? -h : h);
    }
    if (Number.isInteger(x)) {
        if (Math.abs(x) <= MAX_SAFE) return x === -1 ? -2 : x + 0;  // + 0: -0.0 hashes as 0
        return numHash(BigInt(x));
    }
    if (x !== x) return 0;
    if (!isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
    let [m, e] = frexp(x);
    const sign = m < 0 ? -1n : 1n;
    m = Math.abs(m);
    let h = 0n;
    while (m) {
        h = ((h << 28n) & MODULUS) | (h >> 33n);
        m *= 268435456;  // 2**28
        e -= 28;
        const y = Math.trunc(m);
        m -= y;
        h += BigInt(y);
        if (h >= MODULUS) h -= MODULUS;
    }
    const shift = BigInt(e >= 0 ? e % 61 : 60 - ((-1 - e) % 61));
    h = ((h << shift) & MODULUS) | (h >> (61n - shift));
    return hashInt(h * sign);
}

const floatFunctions = new WeakMap();

/**
 * A standard function returning floats (`math.sqrt`, `random.random`) read as a value
 * (`map(math.sqrt, xs)`, `key=math.fabs`): its calls are not typed where they happen, so its
 * integral results are boxed (CPython's 2.0, not 2). One wrapper per function: `f is f` holds.
 * @param {Function} f @returns {Function}
 */
export function _pm_fnbox(f) {
    let boxed = floatFunctions.get(f);
    if (boxed === undefined) {
        boxed = function (...args) { return _pm_box(f.apply(this, args)); };
        floatFunctions.set(f, boxed);
    }
    return boxed;
}

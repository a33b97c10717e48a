// int(), float(), round(), divmod(), hex()/oct()/bin() and the number methods
// (is_integer, bit_length, bit_count, as_integer_ratio, conjugate, float.hex, float.fromhex) and
// attributes (real, imag, numerator, denominator) with CPython's results and errors.
import {AttributeError, ValueError, float, py_TypeError, py_typeof, repr, tuple} from '../org.transcrypt.__runtime__.js';
import {OverflowError, ZeroDivisionError} from './errors.js';
import {PyFloat, _pm_box, MAX_SAFE, MAX_STR_DIGITS, isIntValue} from './numbers.js';
import {big, normBig} from './ints.js';
import {_pm_roundf, _pm_tof, roundInt, roundToInt} from './floats.js';
import {_pm_fdiv, _pm_mod} from './arith.js';
import {typeName} from './typename.js';
import {_pm_gc} from './calls.js';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A float's integral part as an int (a BigInt beyond 2**53). */
function truncate(x) {
    if (x !== x) throw ValueError('cannot convert float NaN to integer', new Error());
    if (!isFinite(x)) throw OverflowError('cannot convert float infinity to integer');
    const t = Math.trunc(x) + 0;
    return t <= MAX_SAFE && t >= -MAX_SAFE ? t : BigInt(t);
}

/** `int(x)` and `int(s, base)`: exact for any size. */
export function _pm_int(x, base) {
    if (base === undefined || base === null) {
        if (typeof x === 'number') return Number.isInteger(x) && x <= MAX_SAFE && x >= -MAX_SAFE ? x + 0 : truncate(x);
        if (typeof x === 'bigint') return x;
        if (typeof x === 'boolean') return +x;
        if (x instanceof PyFloat) return truncate(x.value);
    }
    if (typeof x === 'string') return parseInt(x, base === undefined || base === null ? 10 : Number(base));
    if (base !== undefined && base !== null) throw py_TypeError("int() can't convert non-string with explicit base", new Error());
    if (x === undefined && base === undefined) return 0;  // int()
    if (x !== null && x !== undefined && typeof x.__int__ === 'function') return x.__int__();
    if (x !== null && x !== undefined && typeof x.__index__ === 'function') return x.__index__();
    throw py_TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`, new Error());
}

function parseInt(text, base) {
    const fail = () => ValueError(`invalid literal for int() with base ${base}: ${repr(text)}`, new Error());
    if (base !== 0 && (base < 2 || base > 36)) throw ValueError('int() base must be >= 2 and <= 36, or 0', new Error());
    let s = text.trim().toLowerCase();
    let negative = false;
    if (s[0] === '-' || s[0] === '+') {
        negative = s[0] === '-';
        s = s.slice(1);
    }
    let b = base;
    const prefix = s.slice(0, 2);
    const prefixes = {'0x': 16, '0o': 8, '0b': 2};
    if (prefix in prefixes && (b === 0 || b === prefixes[prefix])) {
        b = prefixes[prefix];
        s = s.slice(2).replace(/^_/, '');
    } else if (b === 0) {
        b = 10;
        if (/^0+[1-9]/.test(s.replace(/_/g, ''))) throw fail();  // int('012', 0): a leading zero
    }
    if (!/^[0-9a-z]+(_[0-9a-z]+)*$/.test(s)) throw fail();
    s = s.replace(/_/g, '');
    if (s.length > MAX_STR_DIGITS && (b & (b - 1)) !== 0) {  // bases 2, 4, 8, 16, 32 have no limit
        throw ValueError(`Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`, new Error());
    }
    let value;
    if (b === 10 && s.length <= 15) {
        if (!/^\d+$/.test(s)) throw fail();
        value = Number(s);
    } else {
        let n = 0n;
        const radix = BigInt(b);
        for (const c of s) {
            const d = DIGITS.indexOf(c);
            if (d < 0 || d >= b) throw fail();
            n = n * radix + BigInt(d);
        }
        value = normBig(n);
    }
    if (!negative) return value;
    return typeof value === 'bigint' ? normBig(-value) : 0 - value;
}

const FLOAT_TEXT = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:e[+-]?\d(?:_?\d)*)?$/i;

/** `float(x)`: a raw number (the guard boxes it where it must be tagged) */
export function _pm_float(x) {
    if (typeof x === 'number') return x;
    if (x instanceof PyFloat) return x.value;
    if (typeof x === 'bigint' || typeof x === 'boolean') return _pm_tof(x);
    if (typeof x === 'string') {
        const s = x.trim();
        const lower = s.toLowerCase().replace(/^[+-]/, '');
        if (lower === 'inf' || lower === 'infinity') return s[0] === '-' ? -Infinity : Infinity;
        if (lower === 'nan') return NaN;
        if (FLOAT_TEXT.test(s)) return Number(s.replace(/_/g, ''));
        throw ValueError(`could not convert string to float: ${repr(x)}`, new Error());
    }
    if (x === undefined) return 0;  // float(): 0.0, boxed by the guard where it must be
    if (x !== null && x !== undefined && typeof x.__float__ === 'function') return _pm_tof(x.__float__());
    throw py_TypeError(`float() argument must be a string or a real number, not '${typeName(x)}'`, new Error());
}

/** `round(x)`, `round(x, n)` where the type of x is not proven: a tagged result */
export function _pm_round(x, digits) {
    if (typeof x === 'number' && isIntValue(x)) return roundInt(x, digits);
    if (typeof x === 'bigint' || typeof x === 'boolean') return roundInt(x, digits);
    if (typeof x === 'number' || x instanceof PyFloat) {
        return digits === undefined || digits === null ? roundToInt(_pm_tof(x)) : _pm_box(_pm_roundf(x, digits));
    }
    if (x !== null && x !== undefined && typeof x.__round__ === 'function') return digits === undefined ? x.__round__() : x.__round__(digits);
    throw py_TypeError(`type ${typeName(x)} doesn't define __round__ method`, new Error());
}

/** `divmod(a, b)` */
export function _pm_divmod(a, b) {
    if ((b === 0 || b === false || (b instanceof PyFloat && b.value === 0)) && (typeName(a) === 'float' || typeName(b) === 'float')) {
        throw ZeroDivisionError('float divmod()');  // CPython's words for floats
    }
    return tuple([_pm_fdiv(a, b), _pm_mod(a, b)]);
}

function integer(x, what) {
    if (typeof x === 'boolean') return +x;
    if ((typeof x === 'number' && isIntValue(x)) || typeof x === 'bigint') return x;
    if (x !== null && x !== undefined && typeof x.__index__ === 'function') return x.__index__();
    throw py_TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`, new Error());
}

function radix(x, base, prefix) {
    const n = integer(x);
    const negative = n < 0;
    const digits = (negative ? -big(n) : big(n)).toString(base);
    return (negative ? '-' : '') + prefix + digits;
}

/** `hex(x)`, `oct(x)`, `bin(x)` of any int */
export function _pm_hex(x) { return radix(x, 16, '0x'); }
export function _pm_oct(x) { return radix(x, 8, '0o'); }
export function _pm_bin(x) { return radix(x, 2, '0b'); }

// ---- methods of numbers --------------------------------------------------------------

function method(proto, name, fn) {
    Object.defineProperty(proto, name, {value: fn, writable: true, configurable: true});
}

function floatValue(self) {
    return self instanceof PyFloat ? self.value : +self;
}

/** float.is_integer() (a raw number reaches it only as a float: the guard boxes ints' floats) */
function isInteger() { return Number.isInteger(floatValue(this)); }

/** int.bit_length() */
function bitLength() {
    const n = big(this.valueOf());
    return (n < 0n ? -n : n).toString(2).replace(/^0$/, '').length;
}

/** float.as_integer_ratio(), int.as_integer_ratio() */
function asIntegerRatio() {
    const v = this.valueOf();
    if (typeof v === 'bigint' || (typeof v === 'number' && isIntValue(v) && !(this instanceof PyFloat))) {
        return tuple([v, 1]);
    }
    const x = floatValue(this);
    if (x !== x) throw ValueError('cannot convert NaN to integer ratio', new Error());
    if (!isFinite(x)) throw OverflowError('cannot convert Infinity to integer ratio');
    let numerator = x, exponent = 0;
    while (!Number.isInteger(numerator)) {
        numerator *= 2;
        exponent++;
    }
    let n = BigInt(numerator), d = 1n << BigInt(exponent);
    while (d > 1n && n % 2n === 0n) {
        n /= 2n;
        d /= 2n;
    }
    return tuple([normBig(n), normBig(d)]);
}

/** float.hex() */
function floatHex() {
    const x = floatValue(this);
    if (x !== x) return 'nan';
    if (!isFinite(x)) return x > 0 ? 'inf' : '-inf';
    const sign = x < 0 || Object.is(x, -0) ? '-' : '';
    if (x === 0) return sign + '0x0.0p+0';
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Math.abs(x));
    const hi = view.getUint32(0), lo = view.getUint32(4);
    let exponent = hi >>> 20;
    const mantissa = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
    const lead = exponent === 0 ? '0' : '1';
    exponent = exponent === 0 ? -1022 : exponent - 1023;
    return `${sign}0x${lead}.${mantissa}p${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}

/** float.fromhex(s): CPython's parser (`[sign]['0x']digits['.'digits]['p'exp]`, inf, nan). */
function fromHex(text) {
    const s = String(text).trim().toLowerCase();
    const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
    if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
    const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
        throw ValueError('invalid hexadecimal floating-point string', new Error());
    }
    const fraction = m[3] || '';
    const mantissa = BigInt('0x' + ((m[2] + fraction).replace(/^0+/, '') || '0'));
    // exact: the mantissa as a float rounds once below 2**1024, then the exponent is a power of two
    const exponent = (m[4] === undefined ? 0 : Number(m[4])) - 4 * fraction.length;
    let x = mantissaTimesPowerOfTwo(mantissa, exponent);
    if (!isFinite(x)) throw OverflowError('hexadecimal value too large to represent as a float');
    if (m[1] === '-') x = -x;
    return _pm_box(x);
}

function mantissaTimesPowerOfTwo(n, e) {
    if (n === 0n) return 0;
    // keep 64 significant bits, folding the rest into a sticky bit, so one rounding happens
    const bits = n.toString(2).length;
    if (bits > 64) {
        const drop = BigInt(bits - 64);
        const sticky = (n & ((1n << drop) - 1n)) !== 0n ? 1n : 0n;
        n = (n >> drop) | sticky;
        e += bits - 64;
    }
    let x = Number(n);
    // scale in steps JavaScript's doubles can hold exactly
    while (e > 0) { const k = Math.min(e, 1000); x *= 2 ** k; e -= k; }
    while (e < 0) { const k = Math.min(-e, 1000); x = scaleDown(x, k); e += k; }
    return x;
}

function scaleDown(x, k) {
    // 2 ** -k is exact down to 2 ** -1074; below, halve in two steps so subnormals round once
    return k <= 1022 ? x * 2 ** -k : x * 2 ** -1022 * 2 ** -(k - 1022);
}

// `x.real`, `x.imag`, `x.numerator`, `x.denominator` of ints and floats (a bool is an int).
function isFloatValue(self) {
    return self instanceof PyFloat || (typeof self.valueOf() === 'number' && !isIntValue(self.valueOf()));
}
function intOnly(name, get) {
    return function () {
        if (isFloatValue(this)) throw AttributeError(`'float' object has no attribute '${name}'`, new Error());
        return get(this.valueOf());
    };
}
const int = (v) => typeof v === 'boolean' ? +v : v;
const NUMBER_ATTRIBUTES = {
    real() { return isFloatValue(this) ? _pm_box(floatValue(this)) : int(this.valueOf()); },
    imag() { return isFloatValue(this) ? _pm_box(0) : 0; },
    numerator: intOnly('numerator', int),
    denominator: intOnly('denominator', () => 1),
};
function conjugate() { return NUMBER_ATTRIBUTES.real.call(this); }
function bitCount() {
    if (isFloatValue(this)) throw AttributeError("'float' object has no attribute 'bit_count'", new Error());
    const n = big(this.valueOf());
    return (n < 0n ? -n : n).toString(2).replace(/0/g, '').length;
}

/**
 * `x.conjugate` called: Transcrypt compiles every `….conjugate(…)` call to its complex numbers'
 * `__conj__`, which games lack, so the guard calls it through here; any object's own method runs.
 * @param {*} x @returns {Function} the method bound to x
 */
export function _pm_conj(x) {
    _pm_numm(x);
    const f = x === null || x === undefined ? undefined : x.conjugate;
    return (...args) => (f ?? _pm_gc(x, 'conjugate')).apply(x, args);
}

let installed = false;

/**
 * `x.is_integer`, `x.hex`, `x.as_integer_ratio`, `x.bit_length`, `x.__class__` (and getattr of those names):
 * the guard passes `x` through here, which gives numbers these methods on first use, so a
 * game that names none of them ships none of them (no top-level side effect).
 * @template T @param {T} x @returns {T} x
 */
export function _pm_numm(x) {
    if (!installed) {
        installed = true;
        for (const proto of [Number.prototype, PyFloat.prototype]) {
            method(proto, 'is_integer', isInteger);
            method(proto, 'as_integer_ratio', asIntegerRatio);
            method(proto, 'hex', floatHex);
        }
        method(Number.prototype, 'bit_length', bitLength);
        method(BigInt.prototype, 'bit_length', bitLength);
        method(BigInt.prototype, 'as_integer_ratio', asIntegerRatio);
        method(Boolean.prototype, 'bit_length', bitLength);
        method(Boolean.prototype, 'as_integer_ratio', function () { return tuple([+this.valueOf(), 1]); });
        for (const proto of [Number.prototype, PyFloat.prototype, BigInt.prototype, Boolean.prototype]) {
            for (const [name, get] of Object.entries(NUMBER_ATTRIBUTES)) {
                Object.defineProperty(proto, name, {get, configurable: true});
            }
            method(proto, 'conjugate', conjugate);
        }
        for (const proto of [Number.prototype, BigInt.prototype, Boolean.prototype]) {
            method(proto, 'bit_count', bitCount);
            // `x.__class__` of a number: int, float or bool, as type(x) (PyFloat's is float).
            Object.defineProperty(proto, '__class__', {get() { return py_typeof(this.valueOf()); }, configurable: true});
        }
        method(float, 'fromhex', fromHex);
    }
    // An IntEnum's, `(int, Enum)`'s or `(float, Enum)`'s member: its value's (pmrt/enums.js).
    if (x !== null && typeof x === 'object' && x._value_ !== undefined && typeof x._pm_number === 'function') return x._pm_number();
    return x;
}

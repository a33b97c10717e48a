// Float arithmetic with CPython's results: true division of ints, floor division and modulo
// (Python's signs), `**` (errors instead of complex results; powers.js), round() correctly rounded.
// Results are raw numbers: the guard boxes them where they leave a proven-float slot.
import {ValueError} from '../org.transcrypt.__runtime__.js';
import {OverflowError, ZeroDivisionError} from './errors.js';
import {PyFloat, MAX_SAFE, isIntValue} from './numbers.js';
import {big, normBig} from './ints.js';
import {decompose, powFloat} from './powers.js';

/**
 * Any Python number as a JS float (int → float conversion: OverflowError when too large).
 * @param {*} x @returns {number}
 */
export function _pm_tof(x) {
    if (typeof x === 'number') return x;
    if (x instanceof PyFloat) return x.value;
    if (typeof x === 'bigint') {
        const n = Number(x);  // the nearest double, ties to even, as CPython rounds
        if (!isFinite(n)) throw OverflowError('int too large to convert to float');
        return n;
    }
    return +x;
}

/** `a / b` of numbers: always a float, ZeroDivisionError on zero, ints correctly rounded. */
export function _pm_truediv(a, b) {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a / b;
    if ((typeof a === 'bigint' || typeof b === 'bigint') && isInt(a) && isInt(b)) return bigDivide(big(a), big(b));
    const x = _pm_tof(a), y = _pm_tof(b);
    if (y === 0) throw ZeroDivisionError(isInt(a) && isInt(b) ? 'division by zero' : 'float division by zero');
    return x / y;
}

/** `a / b` where the types prove `a` or `b` a float (a float 1.0 may be the number 1 here):
 * CPython's float message on a zero divisor. */
export function _pm_truedivf(a, b) {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a / b;
    const x = _pm_tof(a), y = _pm_tof(b);
    if (y === 0) throw ZeroDivisionError('float division by zero');
    return x / y;
}

/** An int or bool (an integral number beyond 2**53, -0 and a PyFloat are floats). */
function isInt(x) {
    return typeof x === 'bigint' || typeof x === 'boolean' || isIntValue(x);
}

/** a / b of ints as the double nearest the exact quotient (CPython's long true division). */
function bigDivide(a, b) {
    if (b === 0n) throw ZeroDivisionError('division by zero');
    const negative = (a < 0n) !== (b < 0n);
    if (a < 0n) a = -a;
    if (b < 0n) b = -b;
    if (a === 0n) return negative ? -0 : 0;
    // Scale so the integer quotient has 55 bits, then round half to even on the 53rd.
    const shift = b.toString(2).length - a.toString(2).length + 55;
    const q = shift >= 0 ? (a << BigInt(shift)) / b : a / (b << BigInt(-shift));
    const exact = shift >= 0 ? (a << BigInt(shift)) % b === 0n : a % (b << BigInt(-shift)) === 0n;
    const drop = BigInt(q.toString(2).length - 53);  // >= 1
    let mantissa = q >> drop;
    const rest = q - (mantissa << drop);
    const half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (!exact || (mantissa & 1n)))) mantissa += 1n;
    const value = Number(mantissa) * 2 ** (Number(drop) - shift);
    if (!isFinite(value)) throw OverflowError('integer division result too large for a float');
    return negative ? -value : value;
}

/** `a // b` of floats (CPython's float_floor_div) */
export function _pm_floordivf(a, b) {
    const x = _pm_tof(a), y = _pm_tof(b);
    if (y === 0) throw ZeroDivisionError('float floor division by zero');
    const mod = x % y;
    let div = (x - mod) / y;
    if (mod && (y < 0) !== (mod < 0)) div -= 1;
    if (div) {
        let floor = Math.floor(div);
        if (div - floor > 0.5) floor += 1;
        return floor;
    }
    return x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
}

/** `a % b` of floats: the divisor's sign (a zero result too) */
export function _pm_modf(a, b) {
    const x = _pm_tof(a), y = _pm_tof(b);
    if (y === 0) throw ZeroDivisionError('float modulo');
    let mod = x % y;
    if (mod) {
        if ((y < 0) !== (mod < 0)) mod += y;
    } else {
        mod = y < 0 ? -0 : 0;
    }
    return mod;
}

/** `a ** b` where a float is involved: errors where CPython raises (or gives a complex). */
export function _pm_powf(a, b) {
    return power(a, b, powFloat);
}

/** `a ** b` of floats where `b` is a non-integral literal (`** 0.5`): V8's pow, and no
 * powers.js in the bundle (its pow is the C library's for these but in the last digit). */
export function _pm_powfr(a, b) {
    return power(a, b, (x, y) => x ** y);
}

function power(a, b, pow) {
    const x = _pm_tof(a), y = _pm_tof(b);
    if (y === 0 || x === 1) return 1;
    if (x === 0 && y < 0) throw ZeroDivisionError('0.0 cannot be raised to a negative power');
    if (x < 0 && isFinite(x) && isFinite(y) && !Number.isInteger(y)) {
        throw ValueError('a negative number to a fractional power has a complex result, which pyminis does not support', new Error());
    }
    if (x === -1 && !isFinite(y)) return 1;
    const r = pow(x, y);
    if (!isFinite(r) && isFinite(x) && isFinite(y)) throw OverflowError("(34, 'Numerical result out of range')");
    return r;
}

// ---- rounding ------------------------------------------------------------------------


/**
 * |x| * 10**digits rounded half to even to an integer, exactly (digits may be negative:
 * then |x| / 10**-digits).
 * @param {number} x finite @param {number} digits @returns {bigint}
 */
export function scaledRound(x, digits) {
    if (x === 0) return 0n;
    const [m, e] = decompose(x);
    let n = m, d = 1n;
    if (e >= 0) n <<= BigInt(e); else d <<= BigInt(-e);
    if (digits >= 0) n *= 10n ** BigInt(digits); else d *= 10n ** BigInt(-digits);
    const q = n / d, r = n % d;
    return 2n * r > d || (2n * r === d && (q & 1n)) ? q + 1n : q;
}

/** round(x, ndigits) of a float: the float nearest the correctly rounded decimal. */
export function _pm_roundf(x, digits) {
    x = _pm_tof(x);
    if (digits === undefined || digits === null) return roundToInt(x);
    digits = Number(digits);
    if (!isFinite(x) || digits > 330) return x;
    if (digits < -330) return x < 0 || Object.is(x, -0) ? -0 : 0;
    const q = scaledRound(x, digits);
    const value = Number(`${q}e${-digits}`);
    return x < 0 || Object.is(x, -0) ? -value : value;
}

/** round(x) of a float: the nearest int, ties to even */
export function roundToInt(x) {
    if (x !== x) throw ValueError('cannot convert float NaN to integer', new Error());
    if (!isFinite(x)) throw OverflowError('cannot convert float infinity to integer');
    let r = Math.round(x);
    if (r - x === 0.5 && r % 2 !== 0) r -= 1;
    r += 0;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : normBig(BigInt(r));
}

/** round(n, ndigits) of an int: n itself, or to a multiple of 10**-ndigits, ties to even */
export function roundInt(n, digits) {
    if (digits === undefined || digits === null || digits >= 0) return typeof n === 'boolean' ? +n : n;
    const x = big(n), unit = 10n ** big(-digits);
    let q = x / unit, r = x % unit;
    if (r < 0n) { r += unit; q -= 1n; }
    if (2n * r > unit || (2n * r === unit && (q & 1n))) q += 1n;
    return normBig(q * unit);
}

/**
 * The exact decimal digits of |x| with `p` digits after the point, rounded half to even as
 * CPython's '%.pf' does (JavaScript's toFixed rounds exact ties up and stops at 1e21).
 * @param {number} a finite, >= 0 @param {number} p @returns {string}
 */
export function exactFixed(a, p) {
    if (a < 1e21 && !Number.isInteger(a * 2 ** (p + 1))) return a.toFixed(p);  // no tie possible
    const digits = scaledRound(a, p).toString().padStart(p + 1, '0');
    return p ? digits.slice(0, digits.length - p) + '.' + digits.slice(digits.length - p) : digits;
}

// Exact int arithmetic (docs/architecture.md, "Value model"): an int is a JS number within
// ±(2**53 - 1) or a BigInt beyond; every result is normalised back to a number when it fits.
// The guard calls these only where an int may leave the safe range; each takes the number
// path first so V8 inlines it.
import {ValueError} from '../org.transcrypt.__runtime__.js';
import {ZeroDivisionError} from './errors.js';
import {MAX_SAFE} from './numbers.js';

const MAX_BIG = BigInt(MAX_SAFE);

/** @param {bigint} b @returns {number|bigint} b as a number when it fits */
export function normBig(b) {
    return b <= MAX_BIG && b >= -MAX_BIG ? Number(b) : b;
}

/** @param {number|bigint|boolean} x an int @returns {bigint} */
export function big(x) {
    return typeof x === 'bigint' ? x : BigInt(+x);
}

/** `a + b` of ints */
export function _pm_addi(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
    }
    return normBig(big(a) + big(b));
}

/** `a - b` of ints */
export function _pm_subi(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
    }
    return normBig(big(a) - big(b));
}

/** `a * b` of ints (`+ 0`: -3 * 0 is the int 0, not -0) */
export function _pm_muli(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r + 0;
    }
    return normBig(big(a) * big(b));
}

/** `a // b` of ints, floored */
export function _pm_floordivi(a, b) {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) return Math.floor(a / b) + 0;
    const x = big(a), y = big(b);
    if (y === 0n) throw ZeroDivisionError('integer division or modulo by zero');
    let q = x / y;
    if (x % y !== 0n && (x < 0n) !== (y < 0n)) q -= 1n;
    return normBig(q);
}

/** `a % b` of ints: the result takes the divisor's sign */
export function _pm_modi(a, b) {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
        const r = a % b;
        return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
    }
    const x = big(a), y = big(b);
    if (y === 0n) throw ZeroDivisionError('integer modulo by zero');  // CPython 3.11's words for %
    let r = x % y;
    if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
    return normBig(r);
}

/** `a ** b` of ints with b >= 0, exact */
export function powInt(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        let result = 1, base = a, e = b;
        while (true) {
            if (e % 2 === 1) {
                result *= base;
                if (result > MAX_SAFE || result < -MAX_SAFE) break;
            }
            e = Math.floor(e / 2);
            if (e === 0) return result + 0;
            base *= base;
            if (base > MAX_SAFE) break;
        }
    }
    return normBig(big(a) ** big(b));
}

/** `pow(a, b, m)` of ints */
export function powMod(a, b, m) {
    let x = big(a), e = big(b);
    const n = big(m);
    if (n === 0n) throw ValueError('pow() 3rd argument cannot be 0', new Error());
    if (e < 0n) {
        x = inverse(x, n);
        e = -e;
    }
    let result = 1n % (n < 0n ? -n : n);
    const mod = n < 0n ? -n : n;
    x = ((x % mod) + mod) % mod;
    while (e > 0n) {
        if (e & 1n) result = (result * x) % mod;
        x = (x * x) % mod;
        e >>= 1n;
    }
    if (n < 0n && result !== 0n) result += n;
    return normBig(result);
}

function inverse(x, n) {
    const mod = n < 0n ? -n : n;
    let [r0, r1] = [((x % mod) + mod) % mod, mod];
    let [s0, s1] = [1n, 0n];
    while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
    }
    if (r0 !== 1n) throw ValueError('base is not invertible for the given modulus', new Error());
    return ((s0 % mod) + mod) % mod;
}

const INT32 = 2147483648;

function int32(a, b) {
    return typeof a === 'number' && typeof b === 'number' && a < INT32 && a >= -INT32 && b < INT32 && b >= -INT32;
}

/** `a & b`, `a | b`, `a ^ b` of ints (JavaScript's operators are 32-bit) */
export function andInt(a, b) { return int32(a, b) ? a & b : normBig(big(a) & big(b)); }
export function orInt(a, b) { return int32(a, b) ? a | b : normBig(big(a) | big(b)); }
export function xorInt(a, b) { return int32(a, b) ? a ^ b : normBig(big(a) ^ big(b)); }
/** `~a` of an int */
export function invertInt(a) { return typeof a === 'number' && a < INT32 && a >= -INT32 ? ~a : normBig(~big(a)); }

/** `a << b` of ints */
export function lshiftInt(a, b) {
    if (b < 0) throw ValueError('negative shift count', new Error());
    if (typeof a === 'number' && typeof b === 'number' && b < 32 && a < INT32 && a >= -INT32) {
        const r = a * 2 ** b;  // exact: < 2**62 only when it also fits... checked below
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
    }
    return normBig(big(a) << big(b));
}

/** `a >> b` of ints: floor(a / 2**b) */
export function rshiftInt(a, b) {
    if (b < 0) throw ValueError('negative shift count', new Error());
    if (typeof a === 'number' && typeof b === 'number') {
        if (b > 60) return a < 0 ? -1 : 0;
        return Math.floor(a / 2 ** b) + 0;
    }
    return normBig(big(a) >> big(b));
}

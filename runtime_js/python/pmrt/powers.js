// Float powers as CPython's: `x ** n` with an integral exponent correctly rounded.
// CPython calls the C library's pow(), correctly rounded but for values within a hair of a
// rounding midpoint (glibc: 0.52 ulp); V8's Math.pow is off by an ulp about one time in ten
// ((1 + 0.05 / 365) ** 1095, 10 ** -5 gave 9.999999999999999e-06). An integral exponent up
// to MAX_EXACT, or half of one (`x ** 1.5`), is computed in double-double (BigInts near the
// ends of the float range) and rounded once; other exponents of a positive float through
// pmrt/libm.js's double-double pow.

import {pow} from './libm.js';

const SCRATCH = new DataView(new ArrayBuffer(8));
const MAX_EXACT = 4096;

/** @param {number} x finite, non-zero @returns {[bigint, number]} |x| = m * 2**e exactly, m > 0 */
export function decompose(x) {
    SCRATCH.setFloat64(0, Math.abs(x));
    const hi = SCRATCH.getUint32(0), lo = SCRATCH.getUint32(4);
    const exponent = hi >>> 20;
    const m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    if (exponent === 0) return [m, -1074];
    return [m | (1n << 52n), exponent - 1075];
}

/** @param {bigint} m > 0 @returns {number} its number of bits */
function bitLength(m) {
    const hex = m.toString(16);
    return hex.length * 4 - Math.clz32(parseInt(hex[0], 16)) + 28;
}

/** q * 2**k for a number q, exact whenever the result is representable. */
function scale(q, k) {
    for (; k > 1000; k -= 1000) q *= 2 ** 1000;
    for (; k < -1000; k += 1000) q *= 2 ** -1000;
    return q * 2 ** k;
}

/**
 * The double nearest (m + d) * 2**e, ties to even, for a BigInt m > 0 and 0 <= d < 1 with
 * d > 0 exactly when `inexact`.
 */
function rounded(m, e, inexact) {
    const bits = bitLength(m);
    const top = e + bits - 1;  // the exponent of the leading bit
    if (top > 1023) return Infinity;
    const kept = Math.min(53, top + 1075);  // below 2**-1022 fewer bits remain (subnormals)
    if (kept < 0) return 0;
    const drop = bits - kept;
    if (drop <= 0) return scale(Number(m), e);
    let q = m >> BigInt(drop);
    const rest = m - (q << BigInt(drop)), half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (inexact || (q & 1n) === 1n))) q += 1n;
    return scale(Number(q), e + drop);
}

// ---- double-double: (H + L), about 106 bits ------------------------------------------

const SPLIT = 134217729;  // 2**27 + 1 (Veltkamp's split)
let H = 0, L = 0;  // the last result, normalised: H is the double nearest H + L

/** (H, L) = (ah + al) * (bh + bl), to about 2**-104 relative (Dekker's exact product of the heads). */
function mul(ah, al, bh, bl) {
    const p = ah * bh;
    let t = SPLIT * ah;
    const a1 = t - (t - ah), a2 = ah - a1;
    t = SPLIT * bh;
    const b1 = t - (t - bh), b2 = bh - b1;
    const lo = (((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2) + (ah * bl + al * bh);
    H = p + lo;
    L = lo - (H - p);
}

/** (H, L) = x ** n for n >= 1, by squaring: relative error below 2**-97 for n <= MAX_EXACT. */
function powDD(x, n) {
    let rh = 1, rl = 0, bh = x, bl = 0;
    for (;;) {
        if (n & 1) {
            mul(rh, rl, bh, bl);
            rh = H;
            rl = L;
        }
        n >>>= 1;
        if (!n) break;
        mul(bh, bl, bh, bl);
        bh = H;
        bl = L;
    }
    H = rh;
    L = rl;
}

/** (H, L) = 1 / (h + l): a Newton step on 1 / h. */
function reciprocal(h, l) {
    const q = 1 / h;
    mul(h, l, q, 0);
    const r = ((1 - H) - L) * q;  // 1 - H is exact: H is within an ulp of 1
    H = q + r;
    L = r - (H - q);
}

const SAFE_LOW = 2 ** -960, SAFE_HIGH = 2 ** 960;  // no overflow in the split, no subnormal tails

/** `x ** n` for a float x and an integral float n, correctly rounded where |n| <= MAX_EXACT
 * (to 2**-97: a value nearer a midpoint than that is the only one that may round the other way,
 * as glibc's own pow may). */
export function powFloat(x, n) {
    if (n === 2) return x * x;  // one IEEE product: already correctly rounded
    if (n === 1) return x;
    if (n === -1) return 1 / x;
    if (n === 0.5 && x > 0) return Math.sqrt(x);  // correctly rounded too
    if (Number.isInteger(2 * n) && !Number.isInteger(n) && x > 0 && isFinite(x) && Math.abs(n) <= MAX_EXACT) {
        return halfPower(x, n);
    }
    if (!Number.isInteger(n) && x > 0 && isFinite(x) && isFinite(n)) return pow(x, n);
    if (!Number.isInteger(n) || n === 0 || Math.abs(n) > MAX_EXACT || x === 0 || !isFinite(x)) return x ** n;
    powDD(x, Math.abs(n));
    const size = Math.abs(H);
    if (size > SAFE_LOW && size < SAFE_HIGH) {
        if (n > 0) return H;
        reciprocal(H, L);
        const inverse = Math.abs(H);
        if (inverse > SAFE_LOW && inverse < SAFE_HIGH) return H;
    }
    return exactPow(x, n);
}

/** `x ** n` for x > 0 and n an odd multiple of 1/2 (`x ** 1.5`, `x ** -0.5`): x ** (n - 1/2)
 * times sqrt(x), both in double-double (the root's tail from its exact square's residual). */
function halfPower(x, n) {
    const s = Math.sqrt(x);
    mul(s, 0, s, 0);
    const t = ((x - H) - L) / (2 * s);  // x - H is exact: H is within an ulp of x
    const k = n - 0.5;
    if (k === 0) return s + t;
    powDD(x, Math.abs(k));
    if (Math.abs(H) > SAFE_LOW && Math.abs(H) < SAFE_HIGH) {
        if (k < 0) reciprocal(H, L);
        mul(H, L, s, t);
        if (Math.abs(H) > SAFE_LOW && Math.abs(H) < SAFE_HIGH) return H;
    }
    return x ** n;
}

/** `x ** n` exactly rounded through BigInts: results near the ends of the float range. */
function exactPow(x, n) {
    const [m, e] = decompose(x);
    const power = m ** BigInt(Math.abs(n));
    let r;
    if (n > 0) {
        r = rounded(power, e * n, false);
    } else {  // 2**(e*n) / m**|n|: a quotient of 55 bits or more, and whether it was exact
        const k = bitLength(power) + 55;
        const q = (1n << BigInt(k)) / power;
        r = rounded(q, e * n - k, q * power !== 1n << BigInt(k));
    }
    return x < 0 && n % 2 !== 0 ? -r : r;
}

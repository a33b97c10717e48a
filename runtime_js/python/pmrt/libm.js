// CPython's math results, digit for digit. CPython calls the C library (glibc), whose exp, log,
// log2, pow, sin, cos, tan, atan, atan2, asin and acos are correctly rounded but for rare inputs;
// JavaScript's Math (V8's fdlibm port) is within one unit in the last place, and so printed a
// different last digit for one input in ten (`math.exp(1.5)`, `math.atan2(y, x)`). Here each is
// computed in double-double arithmetic (about 106 bits) from Math's estimate and rounded once.
// cosh, sinh and log10 are glibc's own formulas (fdlibm's) over these; cbrt is glibc's.
// No imports: tests run this file alone under node against CPython.

// ---- double-double arithmetic: a value hi + lo, |lo| <= ulp(hi) / 2 ------------------------
// Each operation leaves its result in DD[0] + DD[1] (no allocation: these run in game loops).

// (a Float64Array: a double stored in a variable outside the function would be boxed, one
// allocation a store)
const DD = new Float64Array(2);
const SPLIT = 134217729;  // 2^27 + 1 (Dekker's split)

/** a + b exactly, |a| >= |b|. */
function fastTwoSum(a, b) {
    DD[0] = a + b;
    DD[1] = b - (DD[0] - a);
}

/** a + b exactly. */
function twoSum(a, b) {
    const s = a + b, bb = s - a;
    DD[1] = (a - (s - bb)) + (b - bb);
    DD[0] = s;
}

/** a * b exactly (|a|, |b| < 2^995). */
function twoProd(a, b) {
    const p = a * b;
    let t = SPLIT * a;
    const ah = t - (t - a), al = a - ah;
    t = SPLIT * b;
    const bh = t - (t - b), bl = b - bh;
    DD[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    DD[0] = p;
}

function add(ah, al, bh, bl) {
    twoSum(ah, bh);
    const s1 = DD[0], s2 = DD[1];
    twoSum(al, bl);
    const t1 = DD[0], t2 = DD[1];
    fastTwoSum(s1, s2 + t1);
    fastTwoSum(DD[0], DD[1] + t2);
}

function mul(ah, al, bh, bl) {
    twoProd(ah, bh);
    fastTwoSum(DD[0], DD[1] + (ah * bl + al * bh));
}

function mulD(ah, al, b) {
    twoProd(ah, b);
    fastTwoSum(DD[0], DD[1] + al * b);
}

function divD(ah, al, b) {
    const q1 = ah / b;
    twoProd(q1, b);
    fastTwoSum(q1, (((ah - DD[0]) - DD[1]) + al) / b);
}

function div(ah, al, bh, bl) {
    const q1 = ah / bh;
    mulD(bh, bl, q1);
    add(ah, al, -DD[0], -DD[1]);
    const q2 = DD[0] / bh;
    const rh = DD[0], rl = DD[1];
    mulD(bh, bl, q2);
    add(rh, rl, -DD[0], -DD[1]);
    const q3 = DD[0] / bh;
    fastTwoSum(q1, q2);
    add(DD[0], DD[1], q3, 0);
}

// 1/n and 1/(n(n-1)) as double-doubles, for the Taylor series.
const INV_H = new Float64Array(28), INV_L = new Float64Array(28);
const PAIR_H = new Float64Array(28), PAIR_L = new Float64Array(28);
for (let n = 2; n < 28; n += 1) {
    divD(1, 0, n);
    INV_H[n] = DD[0];
    INV_L[n] = DD[1];
    divD(1, 0, n * (n - 1));
    PAIR_H[n] = DD[0];
    PAIR_L[n] = DD[1];
}

const LN2_H = 0.6931471805599453, LN2_L = 2.3190468138462996e-17;
const LN2_PARTS = [0.6931471805592082, 7.371002565161996e-13, 5.80298898359054e-25];  // 40, 40, 53 bits
// π/2 in 23-bit pieces: k * piece is exact for k < 2^30.
const PIO2_PARTS = [1.570796251296997, 7.549789415861596e-08, 5.390302529957765e-15, 3.2820031633724233e-22,
    3.795010649787914e-29, 1.2293330898111133e-36, 2.7337005381646456e-44];
const TWO_OVER_PI = 0.6366197723675814;

// ---- exp and log ------------------------------------------------------------------------

/** e^r - 1 = DD[0] + DD[1] for |r| <= 0.35: the series at s = r / 8, its first terms in
 * double-double and its tail (below s³/24 of the value) in doubles, then 3 squarings
 * ((1+u)² - 1 = 2u + u²). */
function expm1Small(rh, rl) {
    const sh = rh / 8, sl = rl / 8;
    let w = 0;  // s/4·(1 + s/5·(1 + …))
    for (let n = 13; n >= 4; n -= 1) w = sh / n * (1 + w);
    fastTwoSum(1, w);
    for (let n = 3; n >= 2; n -= 1) {  // 1 + s/n·(…)
        mul(sh, sl, DD[0], DD[1]);
        mul(DD[0], DD[1], INV_H[n], INV_L[n]);
        add(1, 0, DD[0], DD[1]);
    }
    mul(sh, sl, DD[0], DD[1]);
    for (let i = 0; i < 3; i += 1) {
        const uh = DD[0], ul = DD[1];
        mul(uh, ul, uh, ul);
        add(2 * uh, 2 * ul, DD[0], DD[1]);
    }
}

/** e^x = (DD[0] + DD[1]) · 2^k for finite x in exp's range; returns k. */
function expParts(x) {
    const k = Math.round(x / LN2_H);
    twoSum(x - k * LN2_PARTS[0], -k * LN2_PARTS[1]);
    const rh = DD[0], rl = DD[1];
    twoProd(k, LN2_PARTS[2]);
    add(rh, rl, -DD[0], -DD[1]);
    expm1Small(DD[0], DD[1]);
    add(1, 0, DD[0], DD[1]);
    return k;
}

const pow2 = (k) => k > 1023 ? 2 ** 1023 * 2 ** (k - 1023) : k < -1022 ? 2 ** -1022 * 2 ** (k + 1022) : 2 ** k;

/** v * 2^k, rounded once (a subnormal result too). */
function scaled(v, k) {
    if (k < -1020) return (v * pow2(k + 60)) * 2 ** -60;
    return k > 1023 ? v * 2 * pow2(k - 1) : v * pow2(k);
}

export function exp(x) {
    if (!(x > -746 && x < 710)) return Math.exp(x);  // ±inf, 0, NaN
    if (x === 0) return 1;
    const k = expParts(x);
    return scaled(DD[0], k);
}

/** log(x) = DD[0] + DD[1] for a finite x > 0: Newton's step from Math.log. */
function logDD(x) {
    let shift = 0;
    if (x < 2 ** -1000) {  // e^y would be subnormal: scale x up
        x *= 2 ** 100;
        shift = -100;
    }
    const y0 = Math.log(x);
    const k = expParts(y0);  // e^y0 = (DD[0] + DD[1]) · 2^k
    const eh = DD[0];
    add(x * pow2(-k), 0, -DD[0], -DD[1]);  // exact: x and e^y0 are within a factor of 2
    const c = DD[0] / eh;  // x / e^y0 - 1, tiny
    twoSum(c, -c * c / 2);
    add(y0, 0, DD[0], DD[1]);
    if (shift !== 0) {
        const yh = DD[0], yl = DD[1];
        mulD(LN2_H, LN2_L, shift);
        add(yh, yl, DD[0], DD[1]);
    }
}

export function log(x) {
    if (!(x > 0 && x < Infinity) || x === 1) return Math.log(x);
    logDD(x);
    return DD[0];
}

export function log2(x) {
    if (!(x > 0 && x < Infinity)) return Math.log2(x);
    logDD(x);
    div(DD[0], DD[1], LN2_H, LN2_L);
    return DD[0];
}

/** x ** y for finite x > 0 and finite y: e^(y·log x) in double-double (glibc's pow is
 * correctly rounded but for rare inputs; V8's is off by an ulp one time in ten). */
export function pow(x, y) {
    logDD(x);
    mulD(DD[0], DD[1], y);
    const th = DD[0], tl = DD[1];
    if (!(th > -746 && th < 710)) return x ** y;  // 0 or inf
    const k = expParts(th);
    const eh = DD[0], el = DD[1];
    mulD(eh, el, tl + tl * tl / 2);  // e^(th + tl) = e^th · (1 + tl + tl²/2)
    add(eh, el, DD[0], DD[1]);
    return scaled(DD[0], k);
}

// glibc's log10 (fdlibm's e_log10.c): exponent and log of the mantissa, over glibc's log.
const IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01,
    LOG10_2LO = 3.69423907715893078616e-13;
const words = new DataView(new ArrayBuffer(8));

export function log10(x) {
    if (!(x > 0 && x < Infinity)) return Math.log10(x);
    let k = 0;
    if (x < 2 ** -1022) {
        k -= 54;
        x *= 2 ** 54;
    }
    words.setFloat64(0, x);
    let hx = words.getInt32(0);
    k += (hx >> 20) - 1023;
    const i = k < 0 ? 1 : 0;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    const y = k + i;
    words.setInt32(0, hx);
    const z = y * LOG10_2LO + IVLN10 * log(words.getFloat64(0));
    return z + y * LOG10_2HI;
}

// glibc's cosh and sinh (fdlibm's e_cosh.c, e_sinh.c) over glibc's exp.
const LOG_MAX = 709.782712893384, OVERFLOW = 710.4758600739439;

export function cosh(x) {
    const a = Math.abs(x);
    if (!(a < Infinity)) return a;
    if (a < 0.5 * LN2_H) {
        if (a < 2 ** -55) return 1;
        const t = Math.expm1(a), w = 1 + t;
        return 1 + (t * t) / (w + w);
    }
    if (a < 22) {
        const t = exp(a);
        return 0.5 * t + 0.5 / t;
    }
    if (a < LOG_MAX) return 0.5 * exp(a);
    if (a <= OVERFLOW) {
        const w = exp(0.5 * a), t = 0.5 * w;
        return t * w;
    }
    return Infinity;
}

export function sinh(x) {
    const a = Math.abs(x), h = x < 0 ? -0.5 : 0.5;
    if (!(a < Infinity)) return x;
    if (a < 22) {
        if (a < 2 ** -28) return x;
        const t = Math.expm1(a);
        return a < 1 ? h * (2 * t - t * t / (t + 1)) : h * (t + t / (t + 1));
    }
    if (a < LOG_MAX) return h * exp(a);
    if (a <= OVERFLOW) {
        const w = exp(0.5 * a), t = h * w;
        return t * w;
    }
    return x * Infinity;
}

// ---- trigonometry -----------------------------------------------------------------------

/** x - k·π/2 = DD[0] + DD[1] for |x| < 2^29 (k fits the pieces' exactness); returns k mod 4. */
function reduce(x) {
    if (Math.abs(x) <= Math.PI / 4) {
        DD[0] = x;
        DD[1] = 0;
        return 0;
    }
    const k = Math.round(x * TWO_OVER_PI);
    twoSum(x - k * PIO2_PARTS[0], -k * PIO2_PARTS[1]);
    const pieces = Math.abs(k) < 2 ** 16 ? 5 : PIO2_PARTS.length;  // the rest: below 2^-90 of π/2·k
    for (let i = 2; i < pieces; i += 1) {
        const rh = DD[0], rl = DD[1];
        twoProd(k, PIO2_PARTS[i]);
        add(rh, rl, -DD[0], -DD[1]);
    }
    return ((k % 4) + 4) % 4;
}

/** sin r (odd) or cos r = DD[0] + DD[1] for |r| <= π/4, 1 - r²/(n(n-1))·(1 - …): the series'
 * first terms in double-double, its tail (below r⁶/5040 of the value) in doubles. */
function sinOrCosSmall(rh, rl, odd) {
    mul(rh, rl, rh, rl);
    const zh = DD[0], zl = DD[1];
    const last = odd ? 7 : 8;  // the highest term computed in double-double
    let v = 1;
    for (let n = odd ? 21 : 22; n > last; n -= 2) v = 1 - zh * v * PAIR_H[n];
    DD[0] = v;
    DD[1] = 0;
    for (let n = last; n >= 2; n -= 2) {
        mul(DD[0], DD[1], zh, zl);
        mul(DD[0], DD[1], PAIR_H[n], PAIR_L[n]);
        add(1, 0, -DD[0], -DD[1]);
    }
    if (odd) mul(DD[0], DD[1], rh, rl);
}

const REDUCIBLE = 2 ** 29;

/** sin x (which 0) or cos x (which 1) = DD[0] + DD[1], for |x| < REDUCIBLE. */
function sinOrCos(x, which) {
    const q = reduce(x);
    const k = (q + which) % 4;  // cos x = sin(x + π/2)
    sinOrCosSmall(DD[0], DD[1], k % 2 === 0);
    if (k >= 2) {
        DD[0] = -DD[0];
        DD[1] = -DD[1];
    }
}

export function sin(x) {
    if (x === 0 || Math.abs(x) < 2 ** -26 || !(Math.abs(x) < REDUCIBLE)) return Math.sin(x);  // tiny: x itself
    sinOrCos(x, 0);
    return DD[0];
}

export function cos(x) {
    if (!(Math.abs(x) < REDUCIBLE)) return Math.cos(x);
    sinOrCos(x, 1);
    return DD[0];
}

export function tan(x) {
    if (x === 0 || Math.abs(x) < 2 ** -27 || !(Math.abs(x) < REDUCIBLE)) return Math.tan(x);
    sinOrCos(x, 0);
    const sh = DD[0], sl = DD[1];
    sinOrCos(x, 1);
    div(sh, sl, DD[0], DD[1]);
    return DD[0];
}

/** atan2(y, x) from Math's estimate a: a + atan((y·cos a - x·sin a) / (x·cos a + y·sin a)). */
function refineAngle(a, y, x) {
    sinOrCos(a, 0);
    const sh = DD[0], sl = DD[1];
    sinOrCos(a, 1);
    const ch = DD[0], cl = DD[1];
    mulD(ch, cl, y);
    const ph = DD[0], pl = DD[1];
    mulD(sh, sl, x);
    add(ph, pl, -DD[0], -DD[1]);
    const d = DD[0] / (x * ch + y * sh);
    twoSum(a, d - d * d * d / 3);
    return DD[0];
}

export function atan2(y, x) {
    const a = Math.atan2(y, x);
    if (!(Math.abs(x) < Infinity && Math.abs(y) < Infinity) || x === 0 || y === 0) return a;
    const big = Math.max(Math.abs(x), Math.abs(y)), small = Math.min(Math.abs(x), Math.abs(y));
    if (small / big < 2 ** -60) return a;  // the angle is its estimate's correctly rounded value
    // Common powers of two leave the angle alone and keep the products in range.
    // (in two steps for subnormal parts: 2 ** 1074 alone would overflow)
    let shift = -Math.floor(Math.log2(big));
    if (shift > 1000) {
        x *= 2 ** 600;
        y *= 2 ** 600;
        shift -= 600;
    }
    const f = 2 ** shift;
    return refineAngle(a, y * f, x * f);
}

export function atan(x) {
    if (!(Math.abs(x) < 2 ** 60) || Math.abs(x) < 2 ** -27) return Math.atan(x);
    return refineAngle(Math.atan(x), x, 1);
}

export function asin(x) {
    if (!(Math.abs(x) < 1) || Math.abs(x) < 2 ** -26) return Math.asin(x);
    const a = Math.asin(x);
    sinOrCos(a, 1);
    const c = DD[0];
    sinOrCos(a, 0);
    const s = DD[0];
    add(x, 0, -DD[0], -DD[1]);
    const d = DD[0] / c;  // (x - sin a) / cos a
    twoSum(a, d + d * d * s / (2 * c));
    return DD[0];
}

export function acos(x) {
    if (!(Math.abs(x) < 1)) return Math.acos(x);
    const a = Math.acos(x);
    sinOrCos(a, 0);
    const s = DD[0];
    sinOrCos(a, 1);
    const c = DD[0];
    add(DD[0], DD[1], -x, 0);
    const d = DD[0] / s;  // (cos a - x) / sin a
    twoSum(a, d - d * d * c / (2 * s));
    return DD[0];
}

// ---- cbrt -------------------------------------------------------------------------------

// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial, one rational step, the exponent.
const CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
const FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

export function cbrt(x) {
    if (x === 0 || !(Math.abs(x) < Infinity)) return x + x;
    let xm = Math.abs(x), xe = 0;
    // frexp: xm in [0.5, 1)
    if (xm < 2 ** -1022) {
        xm *= 2 ** 64;
        xe -= 64;
    }
    words.setFloat64(0, xm);
    const hi = words.getUint32(0);
    xe += ((hi >>> 20) & 0x7ff) - 1022;
    words.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
    xm = words.getFloat64(0);
    const u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
        + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
    const t2 = u * u * u;
    const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[2 + xe % 3];
    return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

function ldexp(v, e) {
    return e < -1000 ? v * 2 ** -1000 * 2 ** (e + 1000) : e > 1000 ? v * 2 ** 1000 * 2 ** (e - 1000) : v * 2 ** e;
}

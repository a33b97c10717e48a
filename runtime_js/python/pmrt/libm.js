// CPython's math results, digit for digit. CPython calls the C library (glibc), whose exp, log,
// log2, pow, sin, cos, tan, atan, atan2, asin and acos are correctly rounded but for rare inputs;
// JavaScript's Math (V8's fdlibm port) is within one unit in the last place, and so printed a
// different last digit for one input in ten (`math.exp(1.5)`, `math.atan2(y, x)`). Here each is
// computed in double-double arithmetic (about 106 bits) from Math's estimate and rounded once.
// cosh, sinh and log10 are glibc's own formulas (fdlibm's) over these; cbrt is glibc's.
// No imports: tests run this file alone under node against CPython.

// ---- double-double arithmetic: a value H + L, |L| <= ulp(H) / 2 ------------------------
// Each operation leaves its result in H and L (no allocation: these run in game loops).

let H = 0, L = 0;
const SPLIT = 134217729;  // 2^27 + 1 (Dekker's split)

/** a + b exactly, |a| >= |b|. */
function fastTwoSum(a, b) {
    H = a + b;
    L = b - (H - a);
}

/** a + b exactly. */
function twoSum(a, b) {
    const s = a + b, bb = s - a;
    L = (a - (s - bb)) + (b - bb);
    H = s;
}

/** a * b exactly (|a|, |b| < 2^995). */
function twoProd(a, b) {
    const p = a * b;
    let t = SPLIT * a;
    const ah = t - (t - a), al = a - ah;
    t = SPLIT * b;
    const bh = t - (t - b), bl = b - bh;
    L = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    H = p;
}

function add(ah, al, bh, bl) {
    twoSum(ah, bh);
    const s1 = H, s2 = L;
    twoSum(al, bl);
    const t1 = H, t2 = L;
    fastTwoSum(s1, s2 + t1);
    fastTwoSum(H, L + t2);
}

function mul(ah, al, bh, bl) {
    twoProd(ah, bh);
    fastTwoSum(H, L + (ah * bl + al * bh));
}

function mulD(ah, al, b) {
    twoProd(ah, b);
    fastTwoSum(H, L + al * b);
}

function divD(ah, al, b) {
    const q1 = ah / b;
    twoProd(q1, b);
    fastTwoSum(q1, (((ah - H) - L) + al) / b);
}

function div(ah, al, bh, bl) {
    const q1 = ah / bh;
    mulD(bh, bl, q1);
    add(ah, al, -H, -L);
    const q2 = H / bh;
    const rh = H, rl = L;
    mulD(bh, bl, q2);
    add(rh, rl, -H, -L);
    const q3 = H / bh;
    fastTwoSum(q1, q2);
    add(H, L, q3, 0);
}

// 1/n and 1/(n(n-1)) as double-doubles, for the Taylor series.
const INV_H = new Float64Array(28), INV_L = new Float64Array(28);
const PAIR_H = new Float64Array(28), PAIR_L = new Float64Array(28);
for (let n = 2; n < 28; n += 1) {
    divD(1, 0, n);
    INV_H[n] = H;
    INV_L[n] = L;
    divD(1, 0, n * (n - 1));
    PAIR_H[n] = H;
    PAIR_L[n] = L;
}

const LN2_H = 0.6931471805599453, LN2_L = 2.3190468138462996e-17;
const LN2_PARTS = [0.6931471805592082, 7.371002565161996e-13, 5.80298898359054e-25];  // 40, 40, 53 bits
// π/2 in 23-bit pieces: k * piece is exact for k < 2^30.
const PIO2_PARTS = [1.570796251296997, 7.549789415861596e-08, 5.390302529957765e-15, 3.2820031633724233e-22,
    3.795010649787914e-29, 1.2293330898111133e-36, 2.7337005381646456e-44];
const TWO_OVER_PI = 0.6366197723675814;

// ---- exp and log ------------------------------------------------------------------------

/** e^r - 1 for |r| <= 0.35: Taylor at r / 256, then 8 squarings ((1+u)² - 1 = 2u + u²). */
function expm1Small(rh, rl) {
    const sh = rh / 256, sl = rl / 256;
    let uh = 1, ul = 0;
    for (let n = 10; n >= 2; n -= 1) {
        mul(uh, ul, sh, sl);
        mul(H, L, INV_H[n], INV_L[n]);
        add(1, 0, H, L);
        uh = H;
        ul = L;
    }
    mul(uh, ul, sh, sl);
    for (let i = 0; i < 8; i += 1) {
        uh = H;
        ul = L;
        mul(uh, ul, uh, ul);
        add(2 * uh, 2 * ul, H, L);
    }
}

/** e^x = (H + L) · 2^k for finite x in exp's range; returns k. */
function expParts(x) {
    const k = Math.round(x / LN2_H);
    twoSum(x - k * LN2_PARTS[0], -k * LN2_PARTS[1]);
    const rh = H, rl = L;
    twoProd(k, LN2_PARTS[2]);
    add(rh, rl, -H, -L);
    expm1Small(H, L);
    add(1, 0, H, L);
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
    return scaled(H, k);
}

/** log(x) = H + L for a finite x > 0: Newton's step from Math.log. */
function logDD(x) {
    let shift = 0;
    if (x < 2 ** -1000) {  // e^y would be subnormal: scale x up
        x *= 2 ** 100;
        shift = -100;
    }
    const y0 = Math.log(x);
    const k = expParts(y0);  // e^y0 = (H + L) · 2^k
    const eh = H;
    add(x * pow2(-k), 0, -H, -L);  // exact: x and e^y0 are within a factor of 2
    const c = H / eh;  // x / e^y0 - 1, tiny
    twoSum(c, -c * c / 2);
    add(y0, 0, H, L);
    if (shift !== 0) {
        const yh = H, yl = L;
        mulD(LN2_H, LN2_L, shift);
        add(yh, yl, H, L);
    }
}

export function log(x) {
    if (!(x > 0 && x < Infinity) || x === 1) return Math.log(x);
    logDD(x);
    return H;
}

export function log2(x) {
    if (!(x > 0 && x < Infinity)) return Math.log2(x);
    logDD(x);
    div(H, L, LN2_H, LN2_L);
    return H;
}

/** x ** y for finite x > 0 and finite y: e^(y·log x) in double-double (glibc's pow is
 * correctly rounded but for rare inputs; V8's is off by an ulp one time in ten). */
export function pow(x, y) {
    logDD(x);
    mulD(H, L, y);
    const th = H, tl = L;
    if (!(th > -746 && th < 710)) return x ** y;  // 0 or inf
    const k = expParts(th);
    const eh = H, el = L;
    mulD(eh, el, tl + tl * tl / 2);  // e^(th + tl) = e^th · (1 + tl + tl²/2)
    add(eh, el, H, L);
    return scaled(H, k);
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

/** x - k·π/2 = H + L for |x| < 2^29 (k fits the pieces' exactness); returns k mod 4. */
function reduce(x) {
    if (Math.abs(x) <= Math.PI / 4) {
        H = x;
        L = 0;
        return 0;
    }
    const k = Math.round(x * TWO_OVER_PI);
    twoSum(x - k * PIO2_PARTS[0], -k * PIO2_PARTS[1]);
    for (let i = 2; i < PIO2_PARTS.length; i += 1) {
        const rh = H, rl = L;
        twoProd(k, PIO2_PARTS[i]);
        add(rh, rl, -H, -L);
    }
    return ((k % 4) + 4) % 4;
}

/** sin r (odd) or cos r = H + L for |r| <= π/4: Taylor series to r^27,
 * 1 - r²/(n(n-1))·(1 - …). */
function sinOrCosSmall(rh, rl, odd) {
    mul(rh, rl, rh, rl);
    const r2h = H, r2l = L;
    let th = 1, tl = 0;
    for (let n = odd ? 27 : 26; n >= 2; n -= 2) {
        mul(th, tl, r2h, r2l);
        mul(H, L, PAIR_H[n], PAIR_L[n]);
        add(1, 0, -H, -L);
        th = H;
        tl = L;
    }
    if (odd) mul(th, tl, rh, rl);
}

const REDUCIBLE = 2 ** 29;

/** sin x (which 0) or cos x (which 1) = H + L, for |x| < REDUCIBLE. */
function sinOrCos(x, which) {
    const q = reduce(x);
    const k = (q + which) % 4;  // cos x = sin(x + π/2)
    sinOrCosSmall(H, L, k % 2 === 0);
    if (k >= 2) {
        H = -H;
        L = -L;
    }
}

export function sin(x) {
    if (x === 0 || Math.abs(x) < 2 ** -26 || !(Math.abs(x) < REDUCIBLE)) return Math.sin(x);  // tiny: x itself
    sinOrCos(x, 0);
    return H;
}

export function cos(x) {
    if (!(Math.abs(x) < REDUCIBLE)) return Math.cos(x);
    sinOrCos(x, 1);
    return H;
}

export function tan(x) {
    if (x === 0 || Math.abs(x) < 2 ** -27 || !(Math.abs(x) < REDUCIBLE)) return Math.tan(x);
    sinOrCos(x, 0);
    const sh = H, sl = L;
    sinOrCos(x, 1);
    div(sh, sl, H, L);
    return H;
}

/** atan2(y, x) from Math's estimate a: a + atan((y·cos a - x·sin a) / (x·cos a + y·sin a)). */
function refineAngle(a, y, x) {
    sinOrCos(a, 0);
    const sh = H, sl = L;
    sinOrCos(a, 1);
    const ch = H, cl = L;
    mulD(ch, cl, y);
    const ph = H, pl = L;
    mulD(sh, sl, x);
    add(ph, pl, -H, -L);
    const d = H / (x * ch + y * sh);
    twoSum(a, d - d * d * d / 3);
    return H;
}

export function atan2(y, x) {
    const a = Math.atan2(y, x);
    if (!(Math.abs(x) < Infinity && Math.abs(y) < Infinity) || x === 0 || y === 0) return a;
    const big = Math.max(Math.abs(x), Math.abs(y)), small = Math.min(Math.abs(x), Math.abs(y));
    if (small / big < 2 ** -60) return a;  // the angle is its estimate's correctly rounded value
    // Common powers of two leave the angle alone and keep the products in range.
    const f = 2 ** -Math.floor(Math.log2(big));
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
    const c = H;
    sinOrCos(a, 0);
    const s = H;
    add(x, 0, -H, -L);
    const d = H / c;  // (x - sin a) / cos a
    twoSum(a, d + d * d * s / (2 * c));
    return H;
}

export function acos(x) {
    if (!(Math.abs(x) < 1)) return Math.acos(x);
    const a = Math.acos(x);
    sinOrCos(a, 0);
    const s = H;
    sinOrCos(a, 1);
    const c = H;
    add(H, L, -x, 0);
    const d = H / s;  // (cos a - x) / sin a
    twoSum(a, d - d * d * c / (2 * s));
    return H;
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

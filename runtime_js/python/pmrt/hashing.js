// CPython's hash() of every hashable value, as the two 32-bit halves of its 64 bits: the set
// table (pmrt/sets.js) probes with them exactly as CPython's does, so a set of ints, floats or
// tuples of those iterates in CPython's order. Strings, None and objects hash differently in
// every CPython run (string hashing is salted, the others use addresses): any value is
// CPython-faithful there, and these are cheap.
//
// Imported by the runtime's own module (runtime_fixes.py installs pmrt/dicts.js and set.js in
// it): nothing here may use a runtime binding while the module loads, only inside functions.
import {py_TypeError} from '../org.transcrypt.__runtime__.js';
import {MAX_SAFE, PyFloat, numHash} from './numbers.js';
import {isTuple, unhashable} from './shared.js';

/** The high 32 bits (signed) of the last `hash64` result. */
let HI = 0;
/** @returns {number} the high half of the hash `hash64` returned last */
export function hashHigh() { return HI; }

const TWO32 = 4294967296;
const NONE_HASH = 0x3c2b1a09;  // hash(None) is an address in CPython 3.11: any constant will do

// 64-bit constants of CPython's tuple hash (Objects/tupleobject.c, xxHash's primes).
const P1_HI = 0x9e3779b1 | 0, P1_LO = 0x85ebca87 | 0;
const P2_HI = 0xc2b2ae3d | 0, P2_LO = 0x27d4eb4f | 0;
const P5_HI = 0x27d4eb2f | 0, P5_LO = 0x165667c5 | 0;
const P5X_LO = (0x165667c5 ^ 3527539) | 0;  // _PyHASH_XXPRIME_5 ^ 3527539, low half

// 64-bit arithmetic on (hi, lo) halves; results in R_HI, R_LO (no allocation in hot loops).
let R_HI = 0, R_LO = 0;

/** (aHi, aLo) * (bHi, bLo) mod 2**64 */
function mul64(aHi, aLo, bHi, bLo) {
    const al = aLo >>> 0, bl = bLo >>> 0;
    const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
    const mid = a0 * b1 + a1 * b0;  // < 2**33: exact
    const low = a0 * b0 + (mid % 65536) * 65536;
    const carry = Math.floor(low / TWO32) + Math.floor(mid / 65536) + a1 * b1;
    R_LO = low | 0;
    R_HI = (carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) | 0;
}

/** (aHi, aLo) + (bHi, bLo) mod 2**64 */
function add64(aHi, aLo, bHi, bLo) {
    const low = (aLo >>> 0) + (bLo >>> 0);
    R_LO = low | 0;
    R_HI = (aHi + bHi + (low >= TWO32 ? 1 : 0)) | 0;
}

/** Split a Python int known to fit in 64 signed bits. */
function splitInt(h) {
    if (typeof h === 'number') {
        HI = Math.floor(h / TWO32) | 0;
        return h | 0;
    }
    HI = Number(BigInt.asIntN(32, h >> 32n));
    return Number(BigInt.asIntN(32, h));
}

const INT64_MIN = -(1n << 63n), INT64_MAX = (1n << 63n) - 1n;

/**
 * The 64-bit hash of a hashable Python value: returns the low 32 bits (signed), leaves the high
 * 32 bits for `hashHigh()`. Raises TypeError for unhashable values (lists, dicts, sets).
 * @param {*} x @returns {number}
 */
export function hash64(x) {
    switch (typeof x) {
        case 'number':
            if ((x | 0) === x) {  // a 32-bit int (or -0.0, whose hash is 0): its own hash
                HI = x < 0 ? -1 : 0;
                return x === -1 ? -2 : x | 0;
            }
            if (Number.isInteger(x) && x <= MAX_SAFE && x >= -MAX_SAFE) {
                const h = x === -1 ? -2 : x;
                HI = Math.floor(h / TWO32) | 0;
                return h | 0;
            }
            return splitInt(numHash(x));
        case 'string': return stringHash(x);
        case 'boolean': HI = 0; return +x;
        case 'bigint': return splitInt(numHash(x));
        case 'undefined': HI = 0; return NONE_HASH;
        case 'function': HI = 0; return identity(x);
        case 'object': return x === null ? (HI = 0, NONE_HASH) : objectHash(x);
        default: HI = 0; return 0;
    }
}

/** FNV-1a over the UTF-16 units: a hash like any CPython run's, cheap for short keys. */
function stringHash(s) {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    HI = 0;
    return h === -1 ? -2 : h;
}

const ids = new WeakMap();
let nextId = 0x1000;

/** An object hashed by identity (CPython: its address over 16) */
export function identity(x) {
    let id = ids.get(x);
    if (id === undefined) {
        id = nextId;
        nextId += 16;
        ids.set(x, id);
    }
    return id;
}

function objectHash(x) {
    if (x instanceof PyFloat) return splitInt(numHash(x));
    if (Array.isArray(x)) {
        if (isTuple(x)) return tupleHash(x);
        throw unhashable(x);
    }
    const own = x.__pm_hash;  // dicts, sets, frozensets and dict views: a Python int, or raise
    if (own !== undefined) return splitInt(own.call(x));
    if ('__hash__' in x) {
        const method = x.__hash__;
        if (typeof method !== 'function') throw unhashable(x);  // `__hash__ = None`
        return splitInt(userHash(method.call(x)));
    }
    // A class that defines __eq__ but no __hash__ is unhashable, as in CPython.
    if (typeof x.__eq__ === 'function' && x.__class__ !== undefined) throw unhashable(x);
    HI = 0;
    return identity(x);
}

/** What `__hash__` returned, reduced as CPython's slot_tp_hash does. */
function userHash(r) {
    if (typeof r === 'boolean') return +r;
    if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
    if (r instanceof PyFloat || typeof r === 'number') {
        throw py_TypeError('__hash__ method should return an integer', new Error());
    }
    if (typeof r === 'bigint') {
        if (r >= INT64_MIN && r <= INT64_MAX) return r === -1n ? -2 : r;
        return numHash(r);
    }
    throw py_TypeError('__hash__ method should return an integer', new Error());
}

/** The high half of the accumulator `lane` returned last. */
let L_HI = 0;

/** One item of tuplehash: acc = rotl31(acc + hash(x) * P2) * P1; the low half, high in L_HI. */
function lane(accHi, accLo, x) {
    const laneLo = hash64(x), laneHi = HI;  // (a nested tuple recurses: acc is in the arguments)
    mul64(laneHi, laneLo, P2_HI, P2_LO);
    add64(accHi, accLo, R_HI, R_LO);
    const hi = R_HI, lo = R_LO;  // rotate left by 31
    mul64((lo >>> 1) | (hi << 31), (hi >>> 1) | (lo << 31), P1_HI, P1_LO);
    L_HI = R_HI;
    return R_LO;
}

/** tuplehash's end: acc += len ^ (XXPRIME_5 ^ 3527539), the constant's high half XXPRIME_5's. */
function tupleEnd(accHi, accLo, n) {
    add64(accHi, accLo, P5_HI, (n ^ P5X_LO) | 0);
    if (R_HI === -1 && R_LO === -1) {
        HI = 0;
        return 1546275796;
    }
    HI = R_HI;
    return R_LO;
}

/** CPython 3.11's tuplehash (xxHash-based), element hashes in 64 bits. */
function tupleHash(t) {
    let accHi = P5_HI, accLo = P5_LO;
    for (let i = 0; i < t.length; i++) {
        accLo = lane(accHi, accLo, t[i]);
        accHi = L_HI;
    }
    return tupleEnd(accHi, accLo, t.length);
}

/** hash64 of the tuple `(a, b)` without making it (sets.js's pair lookups). */
export function pairHash(a, b) {
    const lo = lane(P5_HI, P5_LO, a), hi = L_HI;
    const lo2 = lane(hi, lo, b);
    return tupleEnd(L_HI, lo2, 2);
}

/**
 * CPython's frozenset hash of member hashes (Objects/setobject.c, frozenset_hash): an xor of
 * shuffled member hashes, so the order of members does not matter.
 * @param {Int32Array} his @param {Int32Array} los the members' hash halves @param {number} n
 * @returns {number} the low half; the high half in HI
 */
export function frozensetHash(his, los, n) {
    let hHi = 0, hLo = 0;
    for (let i = 0; i < n; i++) {
        // ((h ^ 89869747) ^ (h << 16)) * 3644798167
        const lo = los[i], hi = his[i];
        const xLo = (lo ^ 89869747) ^ (lo << 16);
        const xHi = hi ^ ((hi << 16) | (lo >>> 16));
        mul64(xHi, xLo, 0, 3644798167 | 0);
        hHi ^= R_HI;
        hLo ^= R_LO;
    }
    // hash ^= (n + 1) * 1927868237
    mul64(0, (n + 1) | 0, 0, 1927868237);
    hHi ^= R_HI;
    hLo ^= R_LO;
    // hash ^= (hash >> 11) ^ (hash >> 25)   (unsigned shifts)
    const s11Lo = (hLo >>> 11) | (hHi << 21), s11Hi = hHi >>> 11;
    const s25Lo = (hLo >>> 25) | (hHi << 7), s25Hi = hHi >>> 25;
    hLo ^= s11Lo ^ s25Lo;
    hHi ^= s11Hi ^ s25Hi;
    // hash = hash * 69069 + 907133923
    mul64(hHi, hLo, 0, 69069);
    add64(R_HI, R_LO, 0, 907133923);
    if (R_HI === -1 && R_LO === -1) {
        HI = 0;
        return 590923713;
    }
    HI = R_HI;
    return R_LO;
}

/**
 * `hash(x)`: a Python int (a BigInt beyond 2**53) equal to CPython's for numbers, tuples and
 * frozensets of those.
 * @param {*} x @returns {number|bigint}
 */
export function _pm_hash(x) {
    const lo = hash64(x);
    return hashValue(lo, HI);
}

/**
 * A 64-bit hash as a Python int.
 * @param {number} lo @param {number} hi the signed halves @returns {number|bigint}
 */
export function hashValue(lo, hi) {
    if (hi === 0 && lo >= 0) return lo;
    if (hi === -1 && lo < 0) return lo;
    const h = (BigInt(hi) << 32n) | BigInt(lo >>> 0);
    return h >= -BigInt(MAX_SAFE) && h <= BigInt(MAX_SAFE) ? Number(h) : h;
}

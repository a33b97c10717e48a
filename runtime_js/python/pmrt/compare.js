// Equality, truth and hashing with Python's meaning.
import {repr, set, tuple} from '../org.transcrypt.__runtime__.js';
import {hasOwn, isDict, isTuple} from './shared.js';
import {PyFloat, numHash} from './numbers.js';

/** `a == b` with Python's structural equality for lists, tuples, dicts and sets. */
export function _pm_eq(a, b) {
    if (a === b) return true;
    if (typeof a === 'number' && typeof b === 'number') return false;
    return eqSlow(a, b);
}

function eqSlow(a, b) {
    const ta = typeof a;
    if (ta === 'number' || ta === 'string' || ta === 'boolean') {
        return typeof b === 'boolean' || typeof b === 'number' ? +a === +b && ta !== 'string' : false;
    }
    if (a === null || a === undefined || b === null || b === undefined) return a == b;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length || isTuple(a) !== isTuple(b)) return false;
        for (let i = 0; i < a.length; i++) if (!_pm_eq(a[i], b[i])) return false;
        return true;
    }
    if (isDict(a)) {
        if (!isDict(b)) return false;
        const ka = Object.keys(a), kb = Object.keys(b);
        if (ka.length !== kb.length) return false;
        for (const k of ka) if (!hasOwn.call(b, k) || !_pm_eq(a[k], b[k])) return false;
        return true;
    }
    if (typeof a.__eq__ === 'function' && a.__class__ !== undefined) return !!a.__eq__(b);
    if (a instanceof Set || (a.__class__ === set)) return false;
    return false;
}

/** `a != b` */
export function _pm_ne(a, b) { return !_pm_eq(a, b); }

// Truth values: empty containers are false, as in Python.

/** `bool(x)` for a test */
export function _pm_truth(x) {
    if (typeof x === 'boolean') return x;
    if (typeof x === 'number') return x !== 0 && x === x;
    return truthSlow(x);
}

function truthSlow(x) {
    if (typeof x === 'string') return x.length > 0;
    if (x === null || x === undefined) return false;
    if (Array.isArray(x)) return x.length > 0;
    if (typeof x.__bool__ === 'function') return !!x.__bool__();
    if (typeof x.__len__ === 'function') return x.__len__() > 0;
    if (isDict(x)) return Object.keys(x).length > 0;
    return true;
}

/** `a or b` / `a and b` for operands without side effects (both evaluated). */
export function _pm_or(a, b) { return _pm_truth(a) ? a : b; }
export function _pm_and(a, b) { return _pm_truth(a) ? b : a; }
/** `a or b` / `a and b` where b must only run when needed: b is a function. */
export function _pm_orl(a, b) { return _pm_truth(a) ? a : b(); }
export function _pm_andl(a, b) { return _pm_truth(a) ? b() : a; }

/** `hash(x)` for ints, strings, tuples and None. */
export function _pm_hash(x) {
    if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' || x instanceof PyFloat) return numHash(x);
    if (x === null || x === undefined) return 0;
    const s = typeof x === 'string' ? x : repr(x);
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return h;
}

// Subscripts, lengths, tuples and zip with Python's meaning.
import {IndexError, ValueError, py_TypeError, len, list, tuple} from '../org.transcrypt.__runtime__.js';
import {isDict, isTuple} from './shared.js';
import {PyDict, pairKey} from './dicts.js';
import {setHasPair} from './sets.js';
import {_pm_in} from './compare.js';
import {_pm_iter, lazy} from './iterators.js';
import {charsOf, isWide} from './codepoints.js';
import {typeName} from './typename.js';
import {isKeywords, keywordMap} from './keywords.js';
import {_pm_truth} from './compare.js';

/** @param {number} k @param {number} n @returns {number} a Python index made non-negative, or -1 */
function index(k, n) {
    if (typeof k === 'boolean') k = +k;
    else if (k !== null && typeof k === 'object' && typeof k.__index__ === 'function') k = k.__index__();  // an IntEnum
    if (typeof k !== 'number' || k !== Math.floor(k)) return -2;
    const i = k < 0 ? k + n : k;
    return i >= 0 && i < n ? i : -1;
}

/** CPython's TypeError for `xs[1.5]`, `xs[4 / 2]`, `xs["a"]`. */
function notIndex(o, k) {
    return py_TypeError(`${o.__class__ === tuple ? 'tuple' : 'list'} indices must be integers or slices, not ${typeName(k)}`, new Error());
}

/** `o[k]` for a load: negative indexes, IndexError and KeyError like Python. */
export function _pm_gi(o, k) {
    // Kept tiny so V8 inlines it: in-range list indexes are a bounds check and a load
    // (`k >>> 0 === k`: a JS number that is a whole index; a float box, 1.5, True go slow;
    // `typeof` first: `>>>` would convert an object, and a slice object cannot be converted).
    if (Array.isArray(o) && typeof k === 'number' && (k >>> 0) === k && k < o.length) return o[k];
    return getSlow(o, k);
}

/** `xs[s]` of a slice object (a __getitem__ passing its argument on: `self._cards[position]`). */
function bySlice(o, k) {
    const items = typeof o === 'string' && isWide(o) ? charsOf(o) : o;
    const [a, b, s] = k.indices(items.length);
    const out = [];
    for (let i = a; s > 0 ? i < b : i > b; i += s) out.push(items[i]);
    if (typeof o === 'string') return out.join('');
    return isTuple(o) ? tuple(out) : out;
}

function getSlow(o, k) {
    if (o instanceof PyDict) return o.__getitem__(k);
    if (k !== null && typeof k === 'object' && typeof k.indices === 'function' && k.indices.__pm_stub !== true
            && (Array.isArray(o) || typeof o === 'string')) {  // a stub: runtime_classes.js's AttributeError
        return bySlice(o, k);
    }
    if (Array.isArray(o)) {
        const i = index(k, o.length);
        if (i >= 0) return o[i];
        if (i === -2) throw notIndex(o, k);
        throw IndexError(`${o.__class__ === tuple ? 'tuple' : 'list'} index out of range`, new Error());
    }
    if (typeof o === 'string') {
        const chars = isWide(o) ? charsOf(o) : o;  // Python indexes characters, not UTF-16 units
        const i = index(k, chars.length);
        if (i >= 0) return chars[i];
        if (i === -2) throw py_TypeError(`string indices must be integers, not '${typeName(k)}'`, new Error());
        throw IndexError('string index out of range', new Error());
    }
    // `Pool[int]` of a generic class (bases.js), `list[int]`, `dict[str, int]`: the class.
    if (typeof o === 'function' && (o.__pm_generic__ === true || o === list || o === tuple)) return o;
    if (typeof o === 'function' && (Object.prototype.hasOwnProperty.call(o, '__mro__') || Object.prototype.hasOwnProperty.call(o, '__bases__'))) return classItem(o, k);
    if (o !== null && o !== undefined && typeof o.__getitem__ === 'function') return o.__getitem__(k);
    // None, a number, a set, an iterator, an instance without __getitem__: CPython's TypeError
    // (a JS object of the platform, without a Python class, is read as a property).
    if (o === null || o === undefined || typeof o !== 'object' || o.__class__ !== undefined || typeof o.next === 'function') {
        throw py_TypeError(`'${typeName(o)}' object is not subscriptable`, new Error());
    }
    return o[k];
}

/**
 * `Cls[k]` of a class: its `__class_getitem__` (an implicit classmethod: `Hours[1]`), an enum's
 * members (their class-level `__getitem__`, a getter: pmrt/enums.js), else CPython's TypeError
 * (an instance's `__getitem__` is not the class's).
 */
export function classItem(o, k) {
    if (typeof o.__class_getitem__ === 'function') return o.__class_getitem__(k);
    for (let p = o; p !== null; p = Object.getPrototypeOf(p)) {
        const held = Object.getOwnPropertyDescriptor(p, '__getitem__');
        if (held !== undefined) {
            if (held.get !== undefined) return o.__getitem__(k);
            break;
        }
    }
    throw py_TypeError(`type '${o.__name__}' is not subscriptable`, new Error());
}

/** `o[k] = v`: negative indexes, IndexError; dicts and classes through `__setitem__`. */
export function _pm_si(o, k, v) {
    // A list, not a tuple: tuples are arrays with their own __class__ (lists take Array's).
    if (Array.isArray(o) && (k >>> 0) === k && k < o.length && o.__class__ === list) o[k] = v;
    else setSlow(o, k, v);
}

function setSlow(o, k, v) {
    if (o instanceof PyDict) {
        o.__setitem__(k, v);
        return;
    }
    if (isTuple(o)) throw py_TypeError(`'${typeName(o)}' object does not support item assignment`, new Error());
    if (Array.isArray(o)) {
        const i = index(k, o.length);
        if (i === -2) throw notIndex(o, k);
        if (i < 0) throw IndexError('list assignment index out of range', new Error());
        o[i] = v;
        return;
    }
    if (o !== null && typeof o === 'object' && typeof o.__setitem__ === 'function') {
        o.__setitem__(k, v);
        return;
    }
    o[k] = v;
}

/**
 * `o[(a, b)]` for a load: a dict finds the pair without making the tuple (grids keyed by
 * `(x, y)`); anything else, or a pair only equal to its key (`(1, 2.0)` for `(1, 2)`), as
 * `_pm_gi(o, (a, b))`.
 */
export function _pm_gi2(o, a, b) {
    if (o instanceof PyDict) {
        const c = pairKey(o, a, b);
        if (c !== undefined && c !== null) {
            const v = o._pm_m.get(c);
            if (v !== undefined || o._pm_m.has(c)) return v;
        }
    }
    return _pm_gi(o, _pm_tup([a, b]));
}

/** `o[(a, b)] = v`: a dict holding the pair already stores without making the tuple. */
export function _pm_si2(o, a, b, v) {
    if (o instanceof PyDict) {
        const c = pairKey(o, a, b);
        if (c !== undefined && c !== null) {
            o._pm_m.set(c, v);
            return;
        }
    }
    _pm_si(o, _pm_tup([a, b]), v);
}

/**
 * `(a, b) in c`: a dict or set answers from the pair's items when it can (grid and flood-fill
 * membership), without making the tuple; otherwise `in` as Python does.
 */
export function _pm_in2(a, b, c) {
    if (c instanceof PyDict) {
        const k = pairKey(c, a, b);
        if (k === null) return false;
        if (k !== undefined) return true;
    } else if (c !== null && typeof c === 'object') {
        const r = setHasPair(c, a, b);
        if (r >= 0) return r === 1;
    }
    return _pm_in(_pm_tup([a, b]), c);
}

/** `del o[k]`: lists close the gap, dicts raise KeyError, classes through `__delitem__`. */
export function _pm_di(o, k) {
    if (isTuple(o)) throw py_TypeError(`'${typeName(o)}' object doesn't support item deletion`, new Error());
    if (Array.isArray(o)) {
        const i = index(k, o.length);
        if (i === -2) throw notIndex(o, k);
        if (i < 0) throw IndexError('list assignment index out of range', new Error());
        o.splice(i, 1);
        return;
    }
    if (o !== null && typeof o === 'object' && typeof o.__delitem__ === 'function') {
        o.__delitem__(k);
        return;
    }
    if (o !== null && typeof o === 'object' && o.__class__ !== undefined) {
        throw py_TypeError(`'${typeName(o)}' object does not support item deletion`, new Error());
    }
    delete o[k];
}

/**
 * `o[k] op= v` where `o` or `k` must be evaluated once: `f(item)` computes the new value
 * (it evaluates `v`, after the item is read, as Python does).
 * @param {*} o @param {*} k @param {function(*): *} f
 */
export function _pm_augi(o, k, f) {
    _pm_si(o, k, f(_pm_gi(o, k)));
}

/**
 * `o.name op= v` where `o` must be evaluated once and the operator needs Python's meaning.
 * @param {*} o @param {string} name the JavaScript property name @param {function(*): *} f
 */
export function _pm_auga(o, name, f) {
    o[name] = f(o[name]);
}

/** `len(x)`: arrays and strings first (Transcrypt's len looks for __len__ first); a str counts
 * characters, not UTF-16 units. */
export function _pm_len(x) {
    if (Array.isArray(x)) return x.length;
    if (typeof x === 'string') return isWide(x) ? charsOf(x).length : x.length;
    return lenSlow(x);
}

function lenSlow(x) {
    // (a class with a class-level __len__, enum classes, and callable instances are functions)
    if (x !== null && (typeof x === 'object' || typeof x === 'function')) {
        if (typeof x.__len__ === 'function') return x.__len__();
        if (isDict(x)) return len(x);
        if (typeof x.length === 'number') return x.length;  // a JavaScript array-like (typed arrays)
    }
    throw py_TypeError(`object of type '${typeName(x)}' has no len()`, new Error());
}

/** A tuple display `(a, b)`: the fresh array is marked, not copied as tuple() does. */
export function _pm_tup(items) {
    items.__class__ = tuple;
    return items;
}

/**
 * `zip(...)`: lazy tuples (Transcrypt's gives lists of lists), lists read by index as they
 * are then; any other iterable read in turn as CPython does, so infinite
 * iterators (`zip(count(), names)`) and one iterator passed twice (`zip(it, it)`) work.
 * `strict=True` raises CPython's ValueError when the lengths differ (the keyword object was
 * taken for an iterable: "'object' object is not iterable").
 */
export function _pm_zip(...seqs) {
    let strict = false;
    if (seqs.length && isKeywords(seqs[seqs.length - 1])) {
        for (const [key, value] of keywordMap(seqs.pop())) {
            if (key !== 'strict') throw py_TypeError(`'${key}' is an invalid keyword argument for zip()`, new Error());
            strict = _pm_truth(value);
        }
    }
    if (!seqs.every((s) => Array.isArray(s) || typeof s === 'string')) return lazy(zipLazy(seqs.map((s) => _pm_iter(s)), strict), 'zip');
    return lazy(zipArrays(seqs.map((s) => (Array.isArray(s) ? s : Array.from(s))), strict), 'zip');
}

/** CPython's message when `zip(…, strict=True)` finds argument `i` (from 0) ended first, or
 * `i` longer than the ones before it. */
function unequal(i, shorter) {
    return ValueError(`zip() argument ${i + 1} is ${shorter ? 'shorter' : 'longer'} than argument${i === 1 ? ' ' : 's 1-'}${i}`, new Error());
}

/** Lists read live by index, as CPython's list iterators: `zip(xs, xs[1:])` sees the items
 * the loop body changed (bead sort), and a list that grows or shrinks meanwhile counts. */
function* zipArrays(arrays, strict) {
    if (!arrays.length) return;
    for (let i = 0; ; i++) {
        const row = [];
        for (const a of arrays) {
            if (i >= a.length) {
                if (strict && row.length) throw unequal(row.length, true);
                if (strict) for (let j = 1; j < arrays.length; j++) if (i < arrays[j].length) throw unequal(j, false);
                return;
            }
            row.push(a[i]);
        }
        yield tuple(row);
    }
}

function* zipLazy(iterators, strict) {
    if (!iterators.length) return;
    for (;;) {
        const row = [];
        for (const it of iterators) {
            const r = it.next();
            if (r.done) {
                if (strict && row.length) throw unequal(row.length, true);
                if (strict) for (let j = 1; j < iterators.length; j++) if (!iterators[j].next().done) throw unequal(j, false);
                return;
            }
            row.push(r.value);
        }
        yield tuple(row);
    }
}

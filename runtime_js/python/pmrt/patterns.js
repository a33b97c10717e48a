// `match` statements: the tests of sequence, mapping and class patterns, as CPython 3.11's
// MATCH_SEQUENCE, MATCH_MAPPING / MATCH_KEYS and MATCH_CLASS run them. The guard
// (pyminis/guard/match_statements.py) turns each `case` into an `elif` calling these; each
// returns the values the sub-patterns match (an array), or null when the pattern fails.
import {ValueError, bool, float, int, list, py_TypeError, repr, str, tuple} from '../org.transcrypt.__runtime__.js';
import {isDict, isTuple} from './shared.js';
import {typeName} from './typename.js';
import {_pm_di, _pm_gi, _pm_len} from './items.js';
import {_pm_isinstance} from './types.js';
import {_pm_getattr} from './calls.js';
import {_pm_eq} from './compare.js';
import {_pm_range} from './ranges.js';
import {PyDict, dict} from './dicts.js';
import {frozenset, set} from './sets.js';

const MISSING = {};

/**
 * A sequence to a sequence pattern: a list, tuple, range, deque or a class deriving from
 * collections.abc.Sequence (its `__pm_match_sequence__`); never a str, dict or iterator.
 * @param {*} x @returns {boolean}
 */
function isSequence(x) {
    if (Array.isArray(x)) return true;
    return x !== null && typeof x === 'object' && (x.__class__ === _pm_range || x.__pm_match_sequence__ === true);
}

/**
 * `case [p0, p1, *ps, p3]:` with `n` sub-patterns, the star at `star` (-1: none). The items
 * the sub-patterns take (the star's as a list), or null when `x` is no sequence of a length
 * that fits. A sequence other than a list or tuple is read by index: with a wildcard star (`*_`,
 * `wild`) only the items the pattern takes, as CPython (`range(10**9)` is not walked).
 * @param {*} x @param {number} n @param {number=} star @param {boolean=} wild
 * @returns {Array<*>|null}
 */
export function _pm_match_seq(x, n, star = -1, wild = false) {
    if (!isSequence(x)) return null;
    const size = _pm_len(x);
    if (star < 0 ? size !== n : size < n - 1) return null;
    if (star < 0) return Array.isArray(x) ? x : indexed(x, 0, size, []);
    const after = n - 1 - star;
    if (wild && !Array.isArray(x)) return indexed(x, size - after, size, indexed(x, 0, star, []).concat([null]));
    const items = Array.isArray(x) ? x : indexed(x, 0, size, []);
    const middle = list(items.slice(star, items.length - after));
    return [...items.slice(0, star), middle, ...items.slice(items.length - after)];
}

/** `out` with the items `x[start:stop]` appended, read by index (Sequence's own `__iter__`). */
function indexed(x, start, stop, out) {
    for (let i = start; i < stop; i++) out.push(_pm_gi(x, i));
    return out;
}

/**
 * `case {k0: p0, k1: p1, **rest}:` — the values of `keys` (looked up with the mapping's `get`,
 * so a defaultdict's factory is not called), then the rest as a new dict when `rest`; null
 * when `x` is no mapping or lacks a key.
 * @param {*} x @param {boolean} rest @param {...*} keys @returns {Array<*>|null}
 */
export function _pm_match_map(x, rest, ...keys) {
    if (!(isDict(x) || x !== null && typeof x === 'object' && x.__pm_match_mapping__ === true)) return null;
    if (keys.length > 0 && _pm_len(x) < keys.length) return null;
    for (let i = 1; i < keys.length; i++) {
        for (let j = 0; j < i; j++) {
            if (_pm_eq(keys[i], keys[j])) throw ValueError(`mapping pattern checks duplicate key (${repr(keys[i])})`, new Error());
        }
    }
    const values = [];
    for (const key of keys) {
        const value = typeof x.py_get === 'function' ? x.py_get(key, MISSING) : lookup(x, key);
        if (value === MISSING) return null;
        values.push(value);
    }
    if (rest) {
        const copy = dict(x);
        for (const key of keys) _pm_di(copy, key);
        values.push(copy);
    }
    return values;
}

/** Mapping.get of a class deriving from collections.abc.Mapping without its own `get`. */
function lookup(x, key) {
    try {
        return x.__getitem__(key);
    } catch (e) {
        if (e && e.__class__ !== undefined && e.__class__.__name__ === 'KeyError') return MISSING;
        throw e;
    }
}

// Classes whose one positional sub-pattern matches the subject itself (`case int(n):`).
const SELF_MATCHING = [bool, float, int, str, list, tuple, dict, set, frozenset];

function selfMatching(cls) {
    if (SELF_MATCHING.includes(cls)) return true;
    const mro = cls.__mro__;
    return Array.isArray(mro) && mro.some((c) => c === dict || c === set || c === frozenset || c === PyDict);
}

function isClass(cls) {
    return typeof cls === 'function' && (cls.__bases__ !== undefined || cls.__metaclass__ !== undefined);
}

/**
 * `case Cls(p0, p1, a=pa):` — with `count` positional sub-patterns (attributes named by
 * `Cls.__match_args__`) and the keyword attributes `names`: their values in that order, or
 * null when `x` is no instance of `cls` or lacks one; CPython's TypeErrors.
 * @param {*} x @param {*} cls @param {number} count @param {...string} names
 * @returns {Array<*>|null}
 */
export function _pm_match_class(x, cls, count, ...names) {
    if (!isClass(cls)) throw py_TypeError('called match pattern must be a type', new Error());
    if (!_pm_isinstance(x, cls)) return null;
    const values = [];
    const seen = new Set();
    const name = cls.__name__;
    let attrs = [];
    if (count > 0) {
        const args = _pm_getattr(cls, '__match_args__', MISSING);
        if (args === MISSING) {
            if (selfMatching(cls)) {
                if (count > 1) throw accepts(name, 1, count);
                values.push(x);
            } else {
                throw accepts(name, 0, count);
            }
        } else {
            if (!isTuple(args)) throw py_TypeError(`${name}.__match_args__ must be a tuple (got ${typeName(args)})`, new Error());
            if (count > args.length) throw accepts(name, args.length, count);
            attrs = args.slice(0, count);
            for (const attr of attrs) {
                if (typeof attr !== 'string') throw py_TypeError(`__match_args__ elements must be strings (got ${typeName(attr)})`, new Error());
            }
        }
    }
    for (const attr of [...attrs, ...names]) {
        if (seen.has(attr)) throw py_TypeError(`${name}() got multiple sub-patterns for attribute '${attr}'`, new Error());
        seen.add(attr);
        const value = _pm_getattr(x, attr, MISSING);
        if (value === MISSING) return null;
        values.push(value);
    }
    return values;
}

function accepts(name, allowed, given) {
    return py_TypeError(`${name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${given} given)`, new Error());
}

/** The bindings of a case, made by the walruses in its arguments: always true. */
export function _pm_match_bind() {
    return true;
}

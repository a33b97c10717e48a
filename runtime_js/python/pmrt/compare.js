// Equality, ordering and truth with Python's meaning: one `==` for everything (structural for
// containers, `__eq__` reflected, numbers by value across int, float, BigInt and bool), the
// rich comparisons `<` `<=` `>` `>=` with Python's lexicographic sequences and TypeError for
// unorderable values, and the sort, min and max built on `<`.
//
// Imported by the runtime's own module (through pmrt/dicts.js and set.js): nothing here may use a
// runtime binding while the module loads, only inside functions.
import {StopIteration, py_TypeError, ValueError, repr} from '../org.transcrypt.__runtime__.js';
import {hasOwn, isTuple, strValue, typeName} from './shared.js';
import {PyFloat} from './numbers.js';
import {NotImplemented} from './constants.js';

// Python's `NotImplemented`: what a rich comparison or operator method returns to decline.
export {NotImplemented};

/** @param {*} x @returns {boolean} a Python number of any kind (bool, int, float) */
function isNumber(x) {
    const t = typeof x;
    return t === 'number' || t === 'boolean' || t === 'bigint' || x instanceof PyFloat;
}

/** @param {*} x a Python number @returns {number|bigint} its value for JS comparisons */
function numValue(x) {
    return typeof x === 'object' ? x.value : typeof x === 'boolean' ? +x : x;
}

/** @param {*} x @returns {boolean} an instance of a Python class (or a pmrt container) */
function isPyObject(x) {
    return x !== null && typeof x === 'object' && !Array.isArray(x) && x.__class__ !== undefined;
}

/** The method `name` of a Python object, or undefined (lists and tuples compare here). */
function method(x, name) {
    if (!isPyObject(x)) return undefined;
    const m = x[name];
    return typeof m === 'function' ? m : undefined;
}

/** Python's rule: the right operand goes first when its class derives from the left's. */
function rightFirst(a, b, name) {
    const ca = isPyObject(a) ? a.__class__ : undefined, cb = isPyObject(b) ? b.__class__ : undefined;
    if (cb === undefined || ca === undefined || ca === cb || typeof cb !== 'function') return false;
    if (b[name] === a[name]) return false;
    for (let bases = cb.__bases__; bases && bases.length;) {
        if (bases.includes(ca)) return true;
        bases = bases[0].__bases__;
    }
    return false;
}

/** `a == b` with Python's meaning. */
export function _pm_eq(a, b) {
    if (a === b) return true;
    if (typeof a === 'number' && typeof b === 'number') return false;
    return eqSlow(a, b);
}

function eqSlow(a, b) {
    if (typeof a === 'string') return typeof b === 'string' ? false : reflectedEq(b, a);
    if (isNumber(a)) {
        if (isNumber(b)) return numValue(a) == numValue(b);  // == compares BigInt and number by value
        return reflectedEq(b, a);
    }
    if (a === null || a === undefined) return b === null || b === undefined || reflectedEq(b, a);
    if (Array.isArray(a)) {
        if (Array.isArray(b)) return sequenceEq(a, b);
        return reflectedEq(b, a);
    }
    return richEq(a, b);
}

/** list == list, tuple == tuple: same length, items equal (or identical). */
function sequenceEq(a, b) {
    if (isTuple(a) !== isTuple(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i], y = b[i];
        if (x !== y && !_pm_eq(x, y)) return false;
    }
    return true;
}

/** `b.__eq__(a)` when the left side (a builtin value) declined. */
function reflectedEq(b, a) {
    const eq = method(b, '__eq__');
    if (eq === undefined) return false;
    const r = eq.call(b, a);
    return r === NotImplemented ? false : truth(r);
}

function richEq(a, b) {
    if (rightFirst(a, b, '__eq__')) {
        const r = b.__eq__(a);
        if (r !== NotImplemented) return truth(r);
    }
    const eq = method(a, '__eq__');
    if (eq !== undefined) {
        const r = eq.call(a, b);
        if (r !== NotImplemented) return truth(r);
    }
    const other = method(b, '__eq__');
    if (other !== undefined) {
        const r = other.call(b, a);
        if (r !== NotImplemented) return truth(r);
    }
    return false;  // identity, already tested
}

/** `a != b`: `__ne__` where a class defines one, else the negation of `==`. */
export function _pm_ne(a, b) {
    if (a === b) return false;
    if (typeof a === 'number' && typeof b === 'number') return true;
    const ne = method(a, '__ne__');
    if (ne !== undefined) {
        const r = ne.call(a, b);
        if (r !== NotImplemented) return truth(r);
    }
    const other = method(b, '__ne__');
    if (other !== undefined) {
        const r = other.call(b, a);
        if (r !== NotImplemented) return truth(r);
    }
    return !eqSlow(a, b);
}

// ---- ordering ------------------------------------------------------------------------------

const LT = 0, LE = 1, GT = 2, GE = 3;
const SYMBOL = ['<', '<=', '>', '>='];
const DUNDER = ['__lt__', '__le__', '__gt__', '__ge__'];
const REFLECTED = [GT, GE, LT, LE];  // a < b  <=>  b > a

/** `a < b` */
export function _pm_lt(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    return order(a, b, LT);
}

/** `a <= b` */
export function _pm_le(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a <= b;
    return order(a, b, LE);
}

/** `a > b` */
export function _pm_gt(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a > b;
    return order(a, b, GT);
}

/** `a >= b` */
export function _pm_ge(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a >= b;
    return order(a, b, GE);
}

function jsOrder(x, y, op) {
    switch (op) {
        case LT: return x < y;
        case LE: return x <= y;
        case GT: return x > y;
        default: return x >= y;
    }
}

function order(a, b, op) {
    if (typeof a === 'string' && typeof b === 'string') return jsOrder(a, b, op);
    if (isNumber(a) && isNumber(b)) return jsOrder(numValue(a), numValue(b), op);
    if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
        return sequenceOrder(a, b, op);
    }
    return richOrder(a, b, op);
}

/** Lists and tuples: the first items that differ decide, else the lengths. */
function sequenceOrder(a, b, op) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i], y = b[i];
        if (x !== y && !_pm_eq(x, y)) return order(x, y, op);
    }
    return jsOrder(a.length, b.length, op);
}

function richOrder(a, b, op) {
    const name = DUNDER[op], reflected = DUNDER[REFLECTED[op]];
    if (rightFirst(a, b, reflected)) {
        const r = b[reflected](a);
        if (r !== NotImplemented) return truth(r);
    }
    const m = method(a, name);
    if (m !== undefined) {
        const r = m.call(a, b);
        if (r !== NotImplemented) return truth(r);
    }
    const other = method(b, reflected);
    if (other !== undefined) {
        const r = other.call(b, a);
        if (r !== NotImplemented) return truth(r);
    }
    throw py_TypeError(`'${SYMBOL[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`, new Error());
}

/** One link of a comparison chain, by its Python operator. */
function link(op, a, b) {
    switch (op) {
        case '<': return _pm_lt(a, b);
        case '<=': return _pm_le(a, b);
        case '>': return _pm_gt(a, b);
        case '>=': return _pm_ge(a, b);
        case '==': return _pm_eq(a, b);
        case '!=': return _pm_ne(a, b);
        case 'is': return a === b;
        case 'is not': return a !== b;
        case 'in': return _pm_in(a, b);
        default: return !_pm_in(a, b);
    }
}

/**
 * `a < f(x) <= c`: each operand evaluated once, in order, and not at all after a false link.
 * @param {*} first @param {string[]} ops @param {Array<function(): *>} rest
 */
export function _pm_chain(first, ops, rest) {
    let left = first;
    for (let i = 0; i < ops.length; i++) {
        const right = rest[i]();
        if (!link(ops[i], left, right)) return false;
        left = right;
    }
    return true;
}

// ---- sort, min, max --------------------------------------------------------------------------

/** The keyword arguments Transcrypt passes last (`__kwargtrans__`), removed from `args`. */
export function takeKwargs(args) {
    const last = args[args.length - 1];
    if (last !== null && typeof last === 'object' && hasOwn.call(last, '__kwargtrans__')) {
        args.pop();
        return last;
    }
    return null;
}

function compareLt(x, y) {
    return _pm_lt(x, y) ? -1 : _pm_lt(y, x) ? 1 : 0;
}

/**
 * `xs.sort(key=None, reverse=False)` in place: stable, with Python's `<`; reverse=True keeps
 * equal items in their order, as CPython's does (reverse, stable sort, reverse).
 * @param {Array} xs @param {?Function} key @param {boolean} reverse
 */
export function sortList(xs, key, reverse) {
    if (reverse) Array.prototype.reverse.call(xs);  // (not a list subclass's reverse)
    if (key === null || key === undefined) {
        xs.sort(allNumbers(xs) ? (x, y) => x - y : compareLt);
    } else {
        const keys = xs.map((x) => key(x));
        const order = xs.map((_, i) => i);
        const cmp = allNumbers(keys) ? (i, j) => keys[i] - keys[j] : (i, j) => compareLt(keys[i], keys[j]);
        order.sort(cmp);
        const items = xs.slice();
        for (let i = 0; i < order.length; i++) xs[i] = items[order[i]];
    }
    if (reverse) Array.prototype.reverse.call(xs);  // (not a list subclass's reverse)
}

/** Plain numbers only (no NaN): the comparator can subtract. */
function allNumbers(xs) {
    for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        if (typeof x !== 'number' || x !== x) return false;
    }
    return true;
}

/** Keyword arguments of sort()/sorted(): (key, reverse). */
function sortOptions(kw) {
    if (kw === null) return [null, false];
    for (const name of Object.keys(kw)) {
        if (name !== 'key' && name !== 'reverse' && name !== '__kwargtrans__' && name !== 'constructor') {
            throw py_TypeError(`'${name}' is an invalid keyword argument for sort()`, new Error());
        }
    }
    return [kw.key === undefined ? null : kw.key, truth(kw.reverse)];
}

/** `xs.sort(*, key=None, reverse=False)` (Transcrypt calls it `py_sort`). */
export function listSort(xs, args) {
    const [key, reverse] = sortOptions(takeKwargs(args));
    if (args.length) throw py_TypeError('sort() takes no positional arguments', new Error());
    sortList(xs, key, reverse);
}

/** `sorted(iterable, *, key=None, reverse=False)`: a new list. */
export function _pm_sorted(...args) {
    const [key, reverse] = sortOptions(takeKwargs(args));
    if (args.length !== 1) throw py_TypeError(`sorted expected 1 argument, got ${args.length}`, new Error());
    const xs = toArray(args[0], true);
    sortList(xs, key, reverse);
    return xs;
}

/** A fresh JS array of an iterable's items (strings by code point, as Python iterates). */
export function toArray(iterable, copy) {
    if (Array.isArray(iterable)) return copy ? iterable.slice() : iterable;
    if (iterable === null || iterable === undefined) {
        throw py_TypeError(`'${typeName(iterable)}' object is not iterable`, new Error());
    }
    if (typeof iterable[Symbol.iterator] === 'function') return Array.from(iterable);
    if (typeof iterable.__iter__ === 'function') {
        const it = iterable.__iter__();
        const out = [];
        for (;;) {
            try {
                out.push(it.__next__());
            } catch (e) {
                if (e instanceof Error || !(e && e.__class__ === StopIteration)) throw e;
                return out;
            }
        }
    }
    throw py_TypeError(`'${typeName(iterable)}' object is not iterable`, new Error());
}

function minMax(args, name, better) {
    const kw = takeKwargs(args);
    let key = null, dflt, hasDefault = false;
    if (kw !== null) {
        const given = Object.keys(kw).filter((k) => k !== '__kwargtrans__' && k !== 'constructor').length;
        if (given > 2) throw py_TypeError(`${name}() takes at most 2 keyword arguments (${given} given)`, new Error());
        for (const k of Object.keys(kw)) {
            if (k === 'key') key = kw.key;
            else if (k === 'default' || k === 'py_default') { dflt = kw[k]; hasDefault = true; }
            else if (k !== '__kwargtrans__' && k !== 'constructor') throw py_TypeError(`'${k}' is an invalid keyword argument for ${name}()`, new Error());
        }
    }
    let items;
    if (args.length === 1) {
        items = toArray(args[0], false);
    } else if (args.length === 0) {
        throw py_TypeError(`${name} expected at least 1 argument, got 0`, new Error());
    } else {
        if (hasDefault) throw py_TypeError(`Cannot specify a default for ${name}() with multiple positional arguments`, new Error());
        items = args;
    }
    if (items.length === 0) {
        if (hasDefault) return dflt;
        throw ValueError(`${name}() arg is an empty sequence`, new Error());
    }
    let best = items[0];
    let bestKey = key === null ? best : key(best);
    for (let i = 1; i < items.length; i++) {
        const x = items[i];
        const k = key === null ? x : key(x);
        if (better(k, bestKey)) { best = x; bestKey = k; }
    }
    return best;
}

/** `min(iterable, *, key, default)` / `min(a, b, …, key=…)`: the first smallest, by `<`. */
export function _pm_min(...args) { return minMax(args, 'min', _pm_lt); }

/** `max(…)`: the first largest, by `>`. */
export function _pm_max(...args) { return minMax(args, 'max', _pm_gt); }

// ---- membership ----------------------------------------------------------------------------

/** `x in c` */
export function _pm_in(x, c) {
    if (Array.isArray(c)) return listContains(c, x);
    return inSlow(x, c);
}

/** `x in xs` for a list or tuple: identity or `==`. */
export function listContains(xs, x) {
    if (xs.includes(x)) return true;
    if (typeof x === 'string') {
        for (let i = 0; i < xs.length; i++) if (isPyObject(xs[i]) && _pm_eq(xs[i], x)) return true;
        return false;
    }
    for (let i = 0; i < xs.length; i++) if (_pm_eq(xs[i], x)) return true;
    return false;
}

/** A slice bound of `index()`: negative counts from the end, clamped to [0, n]. */
function bound(i, n, dflt) {
    if (i === undefined || i === null) return dflt;
    if (typeof i === 'boolean') i = +i;
    if (i < 0) i += n;
    return i < 0 ? 0 : i > n ? n : i;
}

/** The first position of an item equal to `x` in `xs[start:stop]`, or -1. */
export function listIndex(xs, x, start, stop) {
    const n = xs.length;
    const end = bound(stop, n, n);
    for (let i = bound(start, n, 0); i < end; i++) {
        const y = xs[i];
        if (y === x || _pm_eq(y, x)) return i;
    }
    return -1;
}

/** `xs.index(x[, start[, stop]])`: ValueError when no item equals x. */
export function listIndexOf(xs, x, start, stop) {
    const i = listIndex(xs, x, start, stop);
    if (i >= 0) return i;
    throw ValueError(isTuple(xs) ? 'tuple.index(x): x not in tuple' : `${repr(x)} is not in list`, new Error());
}

function inSlow(x, c) {
    if (typeof c === 'string') {
        x = strValue(x);
        if (typeof x !== 'string') throw py_TypeError(`'in <string>' requires string as left operand, not ${typeName(x)}`, new Error());
        return c.includes(x);
    }
    if (c === null || c === undefined) throw py_TypeError(`argument of type '${typeName(c)}' is not iterable`, new Error());
    if (typeof c.__contains__ === 'function') return truth(c.__contains__(x));
    // A generator (a `def` with yield, a generator expression) is a JavaScript generator.
    if ((c.__class__ !== undefined || Object.prototype.toString.call(c) === '[object Generator]')
            && (typeof c.__iter__ === 'function' || typeof c[Symbol.iterator] === 'function')) {
        // Taken one at a time up to the first equal one: the rest stays to be iterated.
        for (const y of (typeof c[Symbol.iterator] === 'function' ? c : toArray(c, false))) if (y === x || _pm_eq(y, x)) return true;
        return false;
    }
    if (typeof c === 'object') return hasOwn.call(c, x);  // a JavaScript object: its own keys
    throw py_TypeError(`argument of type '${typeName(c)}' is not iterable`, new Error());
}

// ---- truth ---------------------------------------------------------------------------------

/** `bool(x)` for a test: empty containers are false, as in Python. */
export function _pm_truth(x) {
    if (typeof x === 'boolean') return x;
    if (typeof x === 'number') return x !== 0 && x === x;
    return truthSlow(x);
}

function truthSlow(x) {
    if (typeof x === 'string') return x.length > 0;
    if (x === null || x === undefined) return false;
    if (Array.isArray(x)) return x.length > 0;
    if (typeof x === 'bigint') return x !== 0n;
    if (x instanceof PyFloat) return x.value !== 0;
    if (typeof x.__bool__ === 'function') return !!x.__bool__();
    if (typeof x.__len__ === 'function') return x.__len__() > 0;
    return true;
}

const truth = _pm_truth;

/** `a or b` / `a and b` for operands without side effects (both evaluated). */
export function _pm_or(a, b) { return _pm_truth(a) ? a : b; }
export function _pm_and(a, b) { return _pm_truth(a) ? b : a; }
/** `a or b` / `a and b` where b must only run when needed: b is a function. */
export function _pm_orl(a, b) { return _pm_truth(a) ? a : b(); }
export function _pm_andl(a, b) { return _pm_truth(a) ? b() : a; }

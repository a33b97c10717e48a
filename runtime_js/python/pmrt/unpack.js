// Unpacking: `x, y = value`, `(a, b), c = …`, and starred targets `first, *rest = xs`,
// `for head, *tail in rows`.
import {ValueError, list, py_iter, py_TypeError} from '../org.transcrypt.__runtime__.js';
import {isIterable} from './iterators.js';
import {typeName} from './typename.js';

/**
 * The value of `a, b = value` as an array Transcrypt's code can index: any iterable (a class
 * with `__iter__`, a generator, a dict, a str by code point), with CPython's ValueError when
 * the count differs and TypeError for what is not iterable. Arrays of the right length (tuples,
 * lists) come back as they are. `shape` is the target's count, or for nested targets an array
 * with one entry per item: 0 for a plain target, -1 for the starred one (`*rest`, a list of
 * what the others leave), else that item's own shape.
 * @param {*} value @param {number|Array<*>} shape @returns {Array<*>}
 */
export function _pm_unpack(value, shape) {
    const nested = typeof shape !== 'number';
    const star = nested ? shape.indexOf(-1) : -1;
    if (star >= 0) {  // `(a, *b), c = …`, `for k, *rest in rows` with nested targets
        const out = _pm_star(value, star, shape.length - star - 1);  // a new array
        for (let i = 0; i < shape.length; i++) if (typeof shape[i] !== 'number') out[i] = _pm_unpack(out[i], shape[i]);
        return out;
    }
    const n = nested ? shape.length : shape;
    let items = value;
    if (!Array.isArray(value)) {
        if (!isIterable(value)) throw py_TypeError(`cannot unpack non-iterable ${typeName(value)} object`, new Error());
        items = typeof value === 'string' ? Array.from(value) : taken(value, n);
    }
    if (items.length !== n) {
        throw ValueError(items.length > n ? `too many values to unpack (expected ${n})`
            : `not enough values to unpack (expected ${n}, got ${items.length})`, new Error());
    }
    if (!nested) return items;
    let out = items;
    for (let i = 0; i < n; i++) {
        if (shape[i] === 0) continue;
        const inner = _pm_unpack(items[i], shape[i]);
        if (inner !== items[i]) {
            if (out === value) out = [...items];  // never change the caller's list
            out[i] = inner;
        }
    }
    return out;
}

/** At most `n + 1` items of an iterable: CPython stops there to say "too many". */
function taken(iterable, n) {
    const iterator = py_iter(iterable), items = [];
    while (items.length <= n) {
        const step = iterator.next();
        if (step.done) break;
        items.push(step.value);
    }
    return items;
}

/**
 * The value of `a, *middle, z = value` cut for a plain target `a, middle, z`: `before` items,
 * a list of the rest, `after` items. Raises ValueError as CPython does.
 * @param {*} value any iterable @param {number} before @param {number} after
 * @returns {Array<*>}
 */
export function _pm_star(value, before, after) {
    if (!Array.isArray(value) && !isIterable(value)) throw py_TypeError(`cannot unpack non-iterable ${typeName(value)} object`, new Error());
    const items = Array.isArray(value) ? value : list(value);
    if (items.length < before + after) {
        throw ValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`, new Error());
    }
    const end = items.length - after;
    return [...items.slice(0, before), items.slice(before, end), ...items.slice(end)];
}

/**
 * `for a, *rest in rows`: each row cut as `_pm_star` cuts it, lazily.
 * @param {*} rows any iterable @param {number} before @param {number} after
 * @returns {Iterable<Array<*>>}
 */
export function* _pm_stars(rows, before, after) {
    for (const row of rows) yield _pm_star(row, before, after);
}

/**
 * `for a, (b, c) in rows`: each row as `_pm_unpack` gives it (CPython's ValueError when a row
 * has another count; JavaScript's destructuring would take what is there), lazily.
 * @param {*} rows any iterable @param {number|Array<*>} shape @returns {Iterable<Array<*>>}
 */
export function _pm_unpacks(rows, shape) {
    return Array.isArray(rows) ? new ListRows(rows, shape) : unpackedRows(rows, shape);
}

function* unpackedRows(rows, shape) {
    for (const row of rows) yield _pm_unpack(row, shape);
}

/** A list's rows, read by index as CPython's list iterator reads them (a row appended during
 * the loop is reached); a plain iterator object, several times faster than a generator. */
class ListRows {
    constructor(rows, shape) {
        this.rows = rows;
        this.shape = shape;
        this.index = 0;
    }

    [Symbol.iterator]() {
        return this;
    }

    next() {
        if (this.index >= this.rows.length) return {value: undefined, done: true};
        const row = this.rows[this.index++];
        const fits = typeof this.shape === 'number' && Array.isArray(row) && row.length === this.shape;
        return {value: fits ? row : _pm_unpack(row, this.shape), done: false};
    }
}

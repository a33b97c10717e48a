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
 * with one entry per item: 0 for a plain target, else that item's own shape.
 * @param {*} value @param {number|Array<*>} shape @returns {Array<*>}
 */
export function _pm_unpack(value, shape) {
    const nested = typeof shape !== 'number';
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

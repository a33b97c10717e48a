// Starred assignment targets: `first, *rest = xs`, `for head, *tail in rows`.
import {ValueError, list} from '../org.transcrypt.__runtime__.js';

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

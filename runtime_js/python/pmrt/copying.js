// What pyminis/stdlib/copy.py cannot write in Python: objects keyed by identity, and a new
// instance of a class made without calling its __init__.
import {hasOwn} from './shared.js';

/** A `deepcopy` memo: original → copy, by identity. */
export function _pm_memo() { return new Map(); }

/**
 * A copy of `x`, an instance of a Python class (an object with its own `__class__`): a new
 * object with the same prototype and the same attributes, each value passed through `each`
 * (deepcopy) unless `each` is null (copy); recorded in `memo` first, so cycles end.
 * Any other object (a PyFloat, a JavaScript object) is returned as is.
 */
export function _pm_copy_instance(x, each, memo) {
    if (x === null || typeof x !== 'object' || !hasOwn.call(x, '__class__') || Array.isArray(x)) return x;
    const y = Object.create(Object.getPrototypeOf(x));
    if (memo) memo.set(x, y);
    for (const key of Reflect.ownKeys(x)) {
        const d = Object.getOwnPropertyDescriptor(x, key);
        if (each !== null && 'value' in d && key !== '__class__' && typeof d.value !== 'function') d.value = each(d.value);
        Object.defineProperty(y, key, d);
    }
    return y;
}

// What pyminis/stdlib/copy.py cannot write in Python: objects keyed by identity, and a new
// instance of a class made without calling its __init__.
import {hasOwn, isTuple} from './shared.js';

/** A `deepcopy` memo: original → copy, by identity. */
export function _pm_memo() { return new Map(); }

/**
 * A copy of `x`, an instance of a Python class (an object with its own `__class__`): a new
 * object with the same prototype and the same attributes, each value passed through `each`
 * (deepcopy) unless `each` is null (copy); recorded in `memo` first, so cycles end.
 * Any other object (a PyFloat, a JavaScript object) is returned as is.
 */
export function _pm_copy_instance(x, each, memo) {
    if (x === null || typeof x !== 'object' || !hasOwn.call(x, '__class__')) return x;
    const items = isListInstance(x);
    if (Array.isArray(x) && !items) return x;
    // (a list subclass's instance: made by its class's __new__, no __init__, as copy's _reconstruct)
    const y = items ? x.__class__.__new__(x.__class__) : Object.create(Object.getPrototypeOf(x));
    if (memo) memo.set(x, y);
    for (const key of Reflect.ownKeys(x)) {
        if (items && (key === 'length' || (typeof key === 'string' && String(key >>> 0) === key))) continue;
        const d = Object.getOwnPropertyDescriptor(x, key);
        if (each !== null && 'value' in d && key !== '__class__' && typeof d.value !== 'function') d.value = each(d.value);
        Object.defineProperty(y, key, d);
    }
    // then its items, through its append (an override runs), as copy's _reconstruct adds them
    if (items) for (const item of Array.prototype.slice.call(x)) y.append(each === null ? item : each(item));
    return y;
}

/** An instance of a class deriving from list (pmrt/lists.js): an array with its own class. */
function isListInstance(x) {
    return Array.isArray(x) && !isTuple(x) && hasOwn.call(x, '__class__');
}

// getattr, bound methods and calls of items.
import {AttributeError, dict, repr} from '../org.transcrypt.__runtime__.js';
import {attributeKeys, hasOwn} from './shared.js';
import {_pm_gi} from './items.js';

/** `getattr(o, name[, default])`; a method read this way keeps its `self`. */
export function _pm_getattr(o, name, dflt) {
    // Transcrypt keeps some attributes renamed (`o.name` is `o.py_name`): that one first
    // (a class's own `name` is its JS function name).
    const [renamed, plain] = attributeKeys(name);
    let v = o[renamed];
    if (v === undefined) v = o[plain];
    if (v === undefined) {
        if (arguments.length > 2) return dflt;
        throw AttributeError(`object has no attribute ${repr(name)}`, new Error());
    }
    return bindIfMethod(o, v, name);
}

function bindIfMethod(o, v, name) {
    // Methods compile to plain prototype functions (fast direct calls); a method read as a
    // value is bound here, so a callback keeps `self`.
    if (typeof v === 'function' && o !== null && typeof o === 'object' && hasOwn.call(o, '__class__') && o.__class__ !== dict && !v.__pm_plain) {
        return v.bind(o);
    }
    // A str or list method (`getattr("a", "upper")`) keeps its receiver too.
    if (typeof v === 'function' && (typeof o === 'string' || Array.isArray(o)) && !hasOwn.call(o, name)) return v.bind(o);
    return v;
}

/**
 * `o[k](…)` where `o` is not a plain name: the item called with `this` = o, as JavaScript's
 * `o[k](…)` is, so a JS method looked up by key keeps its object.
 * @param {*} o @param {*} k @param {...*} args @returns {*}
 */
export function _pm_ci(o, k, ...args) {
    return _pm_gi(o, k).apply(o, args);
}

/** `o.name` used as a value (not called): a bound method when it is one. */
export function _pm_bind(o, name) {
    const v = o[name];
    if (typeof v !== 'function' || hasOwn.call(o, name)) return v;
    return bindIfMethod(o, v, name);
}

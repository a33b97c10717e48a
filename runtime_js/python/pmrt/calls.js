// getattr, bound methods and calls of items.
import {AttributeError, repr} from '../org.transcrypt.__runtime__.js';
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
    // Lists, dicts and sets (their class on the prototype) too: `key=d.get` keeps `d`.
    if (typeof v === 'function' && o !== null && typeof o === 'object' && o.__class__ !== undefined && !v.__pm_plain
            && !hasOwn.call(v, '__mro__')) {
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

/** The class whose MRO `super()` follows: the object's class, or the class itself (classmethod). */
function mroOf(self) {
    return (hasOwn.call(self, '__class__') ? self.__class__ : self).__mro__;
}

/** The class after `cls` in the MRO that defines `name` itself (not through a copy). */
function nextDefining(cls, self, name) {
    const mro = mroOf(self);
    for (let i = mro.indexOf(cls) + 1; i < mro.length; i++) {
        if (hasOwn.call(mro[i], name) && !mro[i].__pm_copied.has(name)) return mro[i];
    }
    throw AttributeError(`'super' object has no attribute '${name.replace(/^py_/, '')}'`, new Error());
}

/**
 * `super().name` to call, in a program with multiple inheritance: what the next class of
 * `type(self).__mro__` after `cls` defines (a method is a function of `this`, `__init__` a
 * function of self).
 * @param {Function} cls the class whose method says super() @param {*} self @param {string} name
 * @returns {*}
 */
export function _pm_next(cls, self, name) {
    return nextDefining(cls, self, name)[name];
}

/**
 * `super().name` read, not called: a property's getter runs with `self`, a method comes bound.
 * @param {Function} cls @param {*} self @param {string} name @returns {*}
 */
export function _pm_super_get(cls, self, name) {
    const d = Object.getOwnPropertyDescriptor(nextDefining(cls, self, name), name);
    if (d.get) return d.get.call(self);
    return typeof d.value === 'function' && !d.value.__mro__ ? d.value.bind(self) : d.value;
}

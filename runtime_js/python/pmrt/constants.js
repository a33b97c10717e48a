// Python's builtin constants that are objects of their own type: `Ellipsis` (`...`) and
// `NotImplemented`, singletons so that `x is ...` is `===`.
//
// Imported by the runtime's own module (through pmrt/compare.js): their classes are made on
// first read of `__class__` (`type(...)`), when the runtime's `__class__` exists.
import {__class__ as makeClass, object} from '../org.transcrypt.__runtime__.js';

/**
 * The single value of a builtin type `typeName` printing as `text` (CPython's `type(...)`
 * is `<class 'ellipsis'>`, whose call gives the same value back).
 * @param {string} text @param {string} typeName @returns {!Object}
 */
function singleton(text, typeName) {
    let cls;
    const value = {};
    Object.defineProperties(value, {
        __class__: {get() {
            return cls || (cls = makeClass(typeName, [object], {__module__: 'builtins', __new__: () => value}));
        }},
        __repr__: {value: () => text},
        __str__: {value: () => text},
    });
    return value;
}

/** `...` and the name `Ellipsis` (the rewrite reads this for both). */
export const _pm_ellipsis = /* @__PURE__ */ singleton('Ellipsis', 'ellipsis');

/** Python's `NotImplemented`: what a rich comparison or operator method returns to decline. */
export const NotImplemented = singleton('NotImplemented', 'NotImplementedType');

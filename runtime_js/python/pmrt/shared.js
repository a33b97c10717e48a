// Small predicates the helper modules share.
// Imported (through pmrt/dicts.js) by the runtime's own module: no runtime binding may be used
// while this module loads, only inside functions.
import {object, py_metatype, py_TypeError, tuple} from '../org.transcrypt.__runtime__.js';

export const hasOwn = Object.prototype.hasOwnProperty;

/** @param {*} o @returns {boolean} is `o` a class (not an instance with `__call__`, also a function)? */
export function isClass(o) {
    return typeof o === 'function' && hasOwn.call(o, '__mro__');
}

/** @param {*} o @returns {boolean} a Python dict (or an instance of a dict subclass) */
export function isDict(o) {
    return o !== null && typeof o === 'object' && o._pm_dict === true;
}

/**
 * @param {*} o @returns {boolean} a tuple: an array marked `tuple`, or an instance of a
 * namedtuple class (records.js: its class has `__pm_tuple`), which is a tuple in Python
 */
export function isTuple(o) {
    return Array.isArray(o) && (o.__class__ === tuple || o.__pm_tuple === true);
}

/** Add a method to a builtin prototype unless Transcrypt already has one. */
export function define(proto, name, fn) {
    if (!hasOwn.call(proto, name)) Object.defineProperty(proto, name, {value: fn, writable: true, configurable: true});
}

/**
 * @param {string} name a Python attribute name @returns {string[]} the properties Transcrypt
 * may keep it under: itself, and for the names it renames (`name` → `py_name`, `type` →
 * `py_metatype`) the renamed one. (No list of those names here: the runtime prune keeps every
 * member a string of the bundle names.)
 */
export function attributeKeys(name) {
    return name === 'type' ? ['py_metatype', name] : ['py_' + name, name];
}

/**
 * Python's name for the type of a value, as error messages print it (`'list'`, `'NoneType'`,
 * the class name of an instance).
 * @param {*} x @returns {string}
 */
export function typeName(x) {
    switch (typeof x) {
        case 'number': return Number.isInteger(x) && !Object.is(x, -0) ? 'int' : 'float';
        case 'bigint': return 'int';
        case 'boolean': return 'bool';
        case 'string': return 'str';
        case 'undefined': return 'NoneType';
        case 'function':
            if (x.__bases__ !== undefined || x.__metaclass__ !== undefined) return 'type';
            return x.__pm_builtin !== undefined ? 'builtin_function_or_method' : 'function';  // (pmrt/introspection.js)
        default:
            if (x === null) return 'NoneType';
            if (Array.isArray(x) && !isTuple(x) && !hasOwn.call(x, '__class__')) return 'list';  // (a list subclass's instance: its class)
            if (x.__class__ !== undefined && x.__class__.__name__ !== undefined) {
                return hasOwn.call(x.__class__, '_pm_tpname') ? x.__class__._pm_tpname : x.__class__.__name__;
            }
            return 'object';
    }
}

/** @param {*} x @returns {Error} TypeError: unhashable type: 'list' */
export function unhashable(x) {
    return py_TypeError(`unhashable type: '${typeName(x)}'`, new Error());
}

/**
 * Make a pmrt class function (`dict`, `set`, `frozenset`) a base Python classes derive from
 * (runtime_js/python/runtime_classes.js: a class's JS prototype is its first base). Its bases,
 * metaclass and MRO are getters, read when a class first derives from it, once the runtime has
 * loaded; the first read also chains it to `object`.
 * @param {Function} fn
 */
export function derivable(fn) {
    const chain = () => {
        if (Object.getPrototypeOf(fn) !== object) Object.setPrototypeOf(fn, object);
    };
    Object.defineProperty(fn, '__bases__', {get() { chain(); return Object.assign([object], {__class__: tuple}); }, configurable: true});
    Object.defineProperty(fn, '__metaclass__', {get() { chain(); return py_metatype; }, configurable: true});
    Object.defineProperty(fn, '__mro__', {get() { chain(); return Object.assign([fn, object], {__class__: tuple}); }, configurable: true});
}

/**
 * A str argument: a str, or a StrEnum's or `(str, Enum)`'s member (a str in CPython: its value,
 * pmrt/enums.js); anything else as it is, for the caller's TypeError.
 */
export function strValue(x) {
    if (typeof x === 'string' || x === null || typeof x !== 'object' || typeof x._pm_number !== 'function') return x;
    const value = x._pm_number();
    return typeof value === 'string' ? value : x;
}

// Small predicates the helper modules share.
import {dict, tuple} from '../org.transcrypt.__runtime__.js';

export const hasOwn = Object.prototype.hasOwnProperty;

/** @param {*} o @returns {boolean} a Transcrypt dict */
export function isDict(o) {
    return o !== null && typeof o === 'object' && o.__class__ === dict;
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

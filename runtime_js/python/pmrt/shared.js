// Small predicates the helper modules share.
import {dict} from '../org.transcrypt.__runtime__.js';

export const hasOwn = Object.prototype.hasOwnProperty;

/** @param {*} o @returns {boolean} a Transcrypt dict */
export function isDict(o) {
    return o !== null && typeof o === 'object' && o.__class__ === dict;
}

/** Add a method to a builtin prototype unless Transcrypt already has one. */
export function define(proto, name, fn) {
    if (!hasOwn.call(proto, name)) Object.defineProperty(proto, name, {value: fn, writable: true, configurable: true});
}

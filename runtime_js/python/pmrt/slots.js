// `__slots__`: an instance of a class whose every class below `object` declares `__slots__`
// (none naming `__dict__`) takes only those names, as CPython's has no `__dict__` to put others
// in. The guard wraps the object of an attribute store through `_pm_open` only in programs that
// declare slots, and only for names no class lists (a slot's own store stays a plain store).
import {hasOwn} from './shared.js';
import {AttributeError} from '../org.transcrypt.__runtime__.js';
import {jsName} from './keywords.js';
import {_pm_setattr} from './calls.js';

const allowed = new WeakMap();

/** The names instances of `cls` may hold, or null when they take any name. */
function slotsOf(cls) {
    if (allowed.has(cls)) return allowed.get(cls);
    let names = new Set();
    for (const k of cls.__mro__ || []) {
        if (k.__mro__.length === 1) continue;  // object
        const own = hasOwn.call(k, '__slots__') && !k.__pm_copied.has('__slots__') ? k.__slots__ : undefined;
        const listed = typeof own === 'string' ? [own] : own == null ? null : [...own];
        if (listed === null || listed.includes('__dict__')) {
            names = null;
            break;
        }
        for (const name of listed) names.add(name);
    }
    allowed.set(cls, names);
    return names;
}

/** A store of attribute `name` (a Python name) may go to `o`: `o`, or CPython's AttributeError. */
export function _pm_open(o, name) {
    const cls = o !== null && typeof o === 'object' && hasOwn.call(o, '__class__') ? o.__class__ : undefined;
    if (cls === undefined || typeof cls !== 'function') return o;
    const names = slotsOf(cls);
    if (names === null || names.has(name)) return o;
    for (const k of cls.__mro__.slice(0, -1)) {  // a class attribute below object
        const held = Object.getOwnPropertyDescriptor(k, jsName(name));
        if (held === undefined) continue;
        if (held.set !== undefined || held.get !== undefined) return o;  // a property, a descriptor
        throw AttributeError(`'${cls.__name__}' object attribute '${name}' is read-only`, new Error());
    }
    throw AttributeError(`'${cls.__name__}' object has no attribute '${name}'`, new Error());
}

/** `setattr(o, name, value)` in a program with slots. */
export function _pm_setattr_slotted(o, name, value) {
    _pm_setattr(_pm_open(o, name), name, value);
}

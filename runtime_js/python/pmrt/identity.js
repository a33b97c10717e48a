// `id()` and the default repr of objects and functions, from the identity hash
// (hashing.js): CPython's `hash(obj)` is `id(obj) >> 4`, and so it is here.
//
// Imported by the runtime's own module (repr's fallback): runtime bindings only inside functions.
import {identity} from './hashing.js';
import {typeName} from './typename.js';

const values = new Map();  // ids of values that are not objects: one per value, as interned ones

/** `id(x)`: an int unique to `x` while it lives. */
export function _pm_id(x) {
    if (x === undefined) x = null;
    if (x !== null && (typeof x === 'object' || typeof x === 'function')) return identity(x) * 16;
    let id = values.get(x);
    if (id === undefined) values.set(x, id = identity({}) * 16);
    return id;
}

/** CPython's repr of an object without `__repr__` (`<__main__.Enemy object at 0x…>`) or of a
 * function (`<function spawn at 0x…>`). */
export function defaultRepr(o) {
    const at = ' at 0x' + _pm_id(o).toString(16).padStart(12, '0') + '>';
    const owner = typeof o === 'function' ? o.__pm_builtin : undefined;  // (pmrt/introspection.js)
    if (owner === true) return '<built-in function ' + o.__name__ + '>';
    if (owner !== undefined) {
        return '<built-in method ' + o.__name__ + ' of ' + typeName(owner) + ' object at 0x'
            + _pm_id(owner).toString(16).padStart(12, '0') + '>';
    }
    if (typeof o === 'function' && o.__class__ === undefined) {
        const name = o.__qualname__ || o.__name__ || (o.name || '<lambda>').replace(/^py_/, '');
        return (o.__self__ !== undefined ? '<bound method ' : '<function ') + name + at;
    }
    const cls = o.__class__;
    const module = cls.__module__ && cls.__module__ !== 'builtins' ? cls.__module__ + '.' : '';
    return '<' + module + (cls.__qualname__ || cls.__name__) + ' object' + at;
}

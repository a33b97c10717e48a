// A class body with statements beyond defs and `name = value` (pyminis/guard/class_bodies.py)
// is compiled as a function (`body (ns, def)`), which `_pm_class_body` turns into the class
// literal's `__pm_body__`, run by the class model (runtime_classes.js `__class__`) before the
// class is made: the statements bind names in a namespace object in order; at each def's place
// `def (key, plain)` binds the literal's value (a plain def as a function taking `self` first,
// as CPython's function read in a class body). What the namespace holds at the end is the
// class's attributes, a def still bound to its own function being the literal's method;
// `property (…)`'s accessor object becomes an accessor.
import {_pm_method_value} from './class_values.js';

const owns = (o, key) => Object.prototype.hasOwnProperty.call(o, key);
const plainMethod = (m) => Object.assign(function (self, ...args) { return m.call(self, ...args); },
    {__name__: m.__name__, __qualname__: m.__qualname__});
const isAccessor = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype
    && typeof v.get === 'function' && typeof v.set === 'function';

function run(body, attribs) {
    const ns = {}, defs = new Map(), out = {};
    body(ns, (key, plain) => {
        if (plain === 2) return _pm_method_value(key);  // (a def inside a statement: `key` is the function)
        if (!owns(attribs, key)) return;  // (a property's def is defined after the class)
        const held = Object.getOwnPropertyDescriptor(attribs, key);  // (`__init__` is a getter)
        defs.set(key, ns[key] = !('value' in held) ? held : plain ? plainMethod(held.value) : held.value);
    });
    for (const key of Object.keys(attribs)) {
        if (key !== '__pm_body__' && !defs.has(key)) Object.defineProperty(out, key, Object.getOwnPropertyDescriptor(attribs, key));
    }
    for (const key of Object.keys(ns)) {
        const v = ns[key];
        Object.defineProperty(out, key, defs.get(key) === v ? Object.getOwnPropertyDescriptor(attribs, key)
            : isAccessor(v) ? v : {value: v, writable: true, enumerable: true, configurable: true});
    }
    return out;
}

export function _pm_class_body(body) {
    return (attribs) => run(body, attribs);
}

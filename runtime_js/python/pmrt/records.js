// Classes whose instances are tuples (collections.namedtuple): JS arrays, so indexing,
// unpacking, len, iteration and tuple equality work as on any tuple, with the class's
// attributes (field getters, methods) on their prototype chain.
import {AttributeError, __class__, py_metatype, py_TypeError, repr, tuple} from '../org.transcrypt.__runtime__.js';
import {attributeKeys, hasOwn} from './shared.js';

/**
 * A namedtuple class: `base` (pyminis/stdlib/collections.py's _Record: repr, _asdict,
 * _replace, _make) with a getter per field and a `__new__` taking the fields positionally or
 * by keyword, missing ones from `defaults` (the values of the last fields).
 * @param {string} name @param {string[]} fields @param {Array} defaults @param {*} base
 * @returns {*} the class
 */
export function _pm_record(name, fields, defaults, base) {
    const attribs = {
        __module__: '__main__',
        __new__: function (args) {
            return makeRecord(this, fields, defaults, args, name);
        },
        // `Point._make(values)` (or through an instance)
        _make: function (iterable) {
            return _pm_record_make(Array.isArray(this) ? this.__class__ : this, iterable);
        },
    };
    Object.defineProperty(attribs._make, '__pm_kind', {value: 'c'});  // a classmethod (calls.js classMember)
    fields.forEach((field, i) => {
        for (const key of attributeKeys(field)) {
            Object.defineProperty(attribs, key, {
                get: function () { return this[i]; },
                set: function () { throw AttributeError("can't set attribute", new Error()); },
                enumerable: true, configurable: true,
            });
        }
    });
    const cls = __class__(name, [base], attribs, py_metatype);
    Object.defineProperty(cls, '__pm_tuple', {value: true, writable: true});
    cls.__bases__ = [base, tuple];  // isinstance(p, tuple)
    return cls;
}

function makeRecord(cls, fields, defaults, args, name) {
    let kw = null;
    const last = args[args.length - 1];
    if (last !== null && typeof last === 'object' && hasOwn.call(last, '__kwargtrans__')) kw = args.pop();
    if (args.length > fields.length) {
        throw py_TypeError(`${name}.__new__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`, new Error());
    }
    const values = args.slice();
    const firstDefault = fields.length - defaults.length;
    const missing = [];
    for (let i = args.length; i < fields.length; i++) {
        const field = fields[i];
        const key = kw === null ? undefined : attributeKeys(field).find((k) => hasOwn.call(kw, k));
        if (key !== undefined) {
            values.push(kw[key]);
            delete kw[key];
        } else if (i >= firstDefault) {
            values.push(defaults[i - firstDefault]);
        } else {
            missing.push(field);
            values.push(undefined);
        }
    }
    if (kw !== null) {
        for (const key of Object.keys(kw)) {
            if (key === '__kwargtrans__' || key === 'constructor') continue;
            const field = fields.find((f) => attributeKeys(f).includes(key));
            if (field !== undefined) throw py_TypeError(`${name}.__new__() got multiple values for argument '${field}'`, new Error());
            throw py_TypeError(`${name}.__new__() got an unexpected keyword argument '${key}'`, new Error());
        }
    }
    if (missing.length) {
        const names = missing.map((m) => repr(m));
        const list = names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
        throw py_TypeError(`${name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`, new Error());
    }
    return recordOf(cls, values);
}

const PROTOTYPE = '__pm_prototype';

/**
 * The prototype of `cls`'s instances: the array methods, then everything the class and its
 * bases have (each class of its MRO, the nearest last so it wins), copied at the first
 * instance — the class itself cannot be it (a class chained to Array.prototype is
 * `instanceof Array`, which Transcrypt's issubclass takes for a tuple of classes).
 */
function prototypeOf(cls) {
    if (hasOwn.call(cls, PROTOTYPE)) return cls[PROTOTYPE];
    const proto = Object.create(Array.prototype);
    for (const klass of [...cls.__mro__].reverse()) {
        for (const key of Reflect.ownKeys(klass)) {
            if (key === 'prototype' || key === 'length' || key === 'name' || key === 'caller' || key === 'arguments') continue;
            const d = Object.getOwnPropertyDescriptor(klass, key);
            if (d.value !== undefined && d.value !== null && d.value.__pm_stub) continue;  // a missing method's stub
            Object.defineProperty(proto, key, d);
        }
    }
    Object.defineProperty(cls, PROTOTYPE, {value: proto});
    return proto;
}

/** The array `values` made an instance of record class `cls`. */
function recordOf(cls, values) {
    Object.setPrototypeOf(values, prototypeOf(cls));
    Object.defineProperty(values, '__class__', {value: cls, writable: true, configurable: true});
    return values;
}

/** `cls._make(iterable)`: an instance from exactly as many values as fields. */
export function _pm_record_make(cls, iterable) {
    const values = Array.from(iterable);
    const n = cls._fields.length;
    if (values.length !== n) throw py_TypeError(`Expected ${n} arguments, got ${values.length}`, new Error());
    return recordOf(cls, values);
}


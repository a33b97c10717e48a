// Dataclasses and enums, built at run time from what the guard passes in.
import {__class__, ValueError, py_TypeError, repr, object, py_metatype} from '../org.transcrypt.__runtime__.js';
import {hasOwn} from './shared.js';
import {_pm_eq} from './compare.js';

const FACTORY = Symbol('factory');

/** `field(default_factory=f)` */
export function _pm_factory(f) { return {[FACTORY]: f}; }

/** `@dataclass`: `__init__` from the fields (positional or keyword), `__repr__`, `__eq__`. */
export function _pm_dataclass(pyNames, jsNames) {
    return function (cls) {
        const base = cls.__bases__[0];
        const pyOf = Object.assign({}, base && base.__pm_py ? base.__pm_py : {});
        jsNames.forEach((n, i) => { pyOf[n] = pyNames[i]; });
        const names = jsNames;
        const fields = (base && base.__pm_fields ? base.__pm_fields : []).filter((n) => !names.includes(n)).concat(names);
        const defaults = {};
        for (const n of fields) {
            const d = Object.getOwnPropertyDescriptor(cls, n);
            if (d && 'value' in d) defaults[n] = d.value;
            else if (base && base.__pm_defaults && n in base.__pm_defaults) defaults[n] = base.__pm_defaults[n];
        }
        Object.defineProperty(cls, '__pm_fields', {value: fields});
        Object.defineProperty(cls, '__pm_py', {value: pyOf});
        Object.defineProperty(cls, '__pm_defaults', {value: defaults});
        Object.defineProperty(cls, '__init__', {
            value: function (self, ...args) {
                let kw = null;
                const last = args[args.length - 1];
                if (last && hasOwn.call(last, '__kwargtrans__')) kw = args.pop();
                if (args.length > fields.length) {
                    throw py_TypeError(`__init__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`, new Error());
                }
                fields.forEach((n, i) => {
                    let v;
                    if (i < args.length) v = args[i];
                    else if (kw && hasOwn.call(kw, n)) v = kw[n];
                    else if (kw && hasOwn.call(kw, pyOf[n])) v = kw[pyOf[n]];
                    else if (n in defaults) v = defaults[n] !== null && typeof defaults[n] === 'object' && FACTORY in defaults[n] ? defaults[n][FACTORY]() : defaults[n];
                    else throw py_TypeError(`__init__() missing 1 required positional argument: '${pyOf[n]}'`, new Error());
                    self[n] = v;
                });
                if (typeof self.__post_init__ === 'function') self.__post_init__();
            },
            configurable: true, writable: true,
        });
        if (!hasOwn.call(cls, '__repr__')) {
            Object.defineProperty(cls, '__repr__', {
                value: function () {
                    return cls.__name__ + '(' + fields.map((n) => pyOf[n] + '=' + repr(this[n])).join(', ') + ')';
                }, configurable: true, writable: true,
            });
            Object.defineProperty(cls, '__str__', {value: function () { return this.__repr__(); }, configurable: true, writable: true});
        }
        if (!hasOwn.call(cls, '__eq__')) {
            Object.defineProperty(cls, '__eq__', {
                value: function (other) {
                    if (other === null || other === undefined || other.__class__ !== this.__class__) return false;
                    return fields.every((n) => _pm_eq(this[n], other[n]));
                }, configurable: true, writable: true,
            });
        }
        return cls;
    };
}

let autoValue = 0;
const AUTO = Symbol('auto');
/** `enum.auto()` */
export function auto() { return {[AUTO]: ++autoValue}; }

const EnumMeta = {
    __name__: 'EnumMeta',
    __bases__: [py_metatype],
    __new__: function (meta, name, bases, attribs) {
        const cls = py_metatype.__new__(meta, name, bases, attribs);
        cls.__metaclass__ = meta;
        const members = [];
        let next = 1;
        for (const key of Object.keys(attribs)) {
            const d = Object.getOwnPropertyDescriptor(attribs, key);
            if (key.startsWith('_') || d.get || typeof d.value === 'function') continue;
            let value = d.value;
            if (value !== null && typeof value === 'object' && AUTO in value) value = next;
            if (typeof value === 'number') next = value + 1;
            const member = Object.create(cls, {__class__: {value: cls, enumerable: false}});
            member.py_name = key;
            member.value = value;
            Object.defineProperty(cls, key, {value: member, enumerable: true});
            members.push(member);
        }
        Object.defineProperty(cls, '__pm_members', {value: members});
        Object.defineProperty(cls, '__new__', {
            value: function (args) {
                for (const m of members) if (_pm_eq(m.value, args[0])) return m;
                throw ValueError(`${repr(args[0])} is not a valid ${name}`, new Error());
            },
        });
        cls[Symbol.iterator] = function () { return members[Symbol.iterator](); };
        return cls;
    },
};
EnumMeta.__metaclass__ = EnumMeta;

/** `class Color(Enum)`: members with `.name` and `.value`, `Color(1)`, iteration. */
export const Enum = __class__('Enum', [object], {
    __module__: 'enum',
    __repr__: function () { return `<${this.__class__.__name__}.${this.py_name}: ${repr(this.value)}>`; },
    __str__: function () { return `${this.__class__.__name__}.${this.py_name}`; },
    toString: function () { return `${this.__class__.__name__}.${this.py_name}`; },
}, EnumMeta);

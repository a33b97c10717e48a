// Enums, built at run time from what the guard passes in.
import {__class__, ValueError, py_TypeError, repr, object, py_metatype} from '../org.transcrypt.__runtime__.js';
import {hasOwn} from './shared.js';
import {_pm_eq} from './compare.js';

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

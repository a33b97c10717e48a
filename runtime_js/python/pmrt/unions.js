// `int | None`, `float | int`: a union of types, as CPython 3.10+'s types.UnionType (type
// aliases written at module level, `isinstance(x, int | str)`). Made on first use.
import {__class__, object, py_typeof, tuple} from '../org.transcrypt.__runtime__.js';
import {_pm_isinstance} from './types.js';
import {NotImplemented} from './compare.js';

const owns = (x, key) => Object.prototype.hasOwnProperty.call(x, key);
const isType = (x) => typeof x === 'function' && (owns(x, '__mro__') || (owns(x, '__bases__') && typeof x.__name__ === 'string'));
let UnionType = null;

function typeName(t) {
    if (t === py_typeof(null)) return 'None';
    const module = t.__module__;
    return module === undefined || module === 'builtins' ? t.__name__ : `${module}.${t.__qualname__ || t.__name__}`;
}

function unionClass() {
    return UnionType || (UnionType = __class__('UnionType', [object], {
        __module__: 'types',
        __repr__() { return this.__args__.map(typeName).join(' | '); },
        __str__() { return this.__repr__(); },
        __or__(other) { const u = _pm_type_union(this, other); return u === undefined ? NotImplemented : u; },
        __ror__(other) { const u = _pm_type_union(other, this); return u === undefined ? NotImplemented : u; },
        __eq__(other) {
            return other !== null && other !== undefined && other.__class__ === UnionType
                && this.__args__.length === other.__args__.length && this.__args__.every((t) => other.__args__.includes(t));
        },
        __hash__() { return this.__args__.length; },
        __pm_check__(x) { return this.__args__.some((t) => _pm_isinstance(x, t)); },
    }));
}

/**
 * `a | b` of types (None standing for its type): their union, or undefined when a or b is
 * neither a type, None nor a union (the caller goes on to numbers and `__or__`).
 */
export function _pm_type_union(a, b) {
    const isUnion = (x) => x !== null && x !== undefined && UnionType !== null && x.__class__ === UnionType;
    const part = (x) => x === null || isType(x) || isUnion(x);
    if (!part(a) || !part(b) || (a === null && b === null)) return undefined;
    const args = [];
    for (const x of [a, b]) {
        for (const t of isUnion(x) ? x.__args__ : [x === null ? py_typeof(null) : x]) if (!args.includes(t)) args.push(t);
    }
    if (args.length === 1) return args[0];
    const union = unionClass()();
    union.__args__ = tuple(args);
    return union;
}

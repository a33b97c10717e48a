// @dataclass, built at run time from what the guard read in the class body
// (pyminis/guard/rewrite.py: one spec per annotated line, the decorator's options), with
// CPython's __init__ (positional, keyword, keyword-only, defaults, factories, InitVar,
// __post_init__), __repr__, __eq__, order, __hash__, frozen instances, and its error messages.
import {AttributeError, ValueError, py_TypeError, __class__, repr, tuple} from '../org.transcrypt.__runtime__.js';
import {hasOwn, isTuple, typeName} from './shared.js';
import {_pm_eq, _pm_ge, _pm_gt, _pm_le, _pm_lt} from './compare.js';
import {_pm_hash} from './hashing.js';
import {frozenStore} from './errors.js';

const FACTORY = Symbol('factory');

/** `field(default_factory=f)` in a class body: a marker the decorator reads and removes. */
export function _pm_factory(f) { return {[FACTORY]: f}; }

/** What dataclasses.FrozenInstanceError is (pyminis/stdlib/dataclasses.py re-exports it). */
export const FrozenInstanceError = __class__('FrozenInstanceError', [AttributeError], {__module__: 'dataclasses'});


// A field spec as the guard writes it: [name, jsName, kind, hasDefault, init, repr, compare,
// hash, kwOnly, type]; kind: 'field', 'initvar' or 'kw_only' (the KW_ONLY marker).
const NAME = 0, JS = 1, KIND = 2, HAS_DEFAULT = 3, INIT = 4, REPR = 5, COMPARE = 6, HASH = 7,
    KW_ONLY = 8, TYPE = 9;
// The decorator's options: [init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args].
const O_INIT = 0, O_REPR = 1, O_EQ = 2, O_ORDER = 3, O_UNSAFE_HASH = 4, O_FROZEN = 5, O_KW_ONLY = 6,
    O_MATCH_ARGS = 7;

/** The class's fields (its bases' first), each {spec, name, js, default, factory, kwOnly, initvar}. */
function collect(cls, specs, options) {
    const fields = [];
    const byName = new Map();
    for (let c = cls.__bases__ && cls.__bases__[0]; c; c = null) {
        if (c.__pm_dataclass) for (const f of c.__pm_dataclass.fields) { byName.set(f.name, f); fields.push(f); }
    }
    let kwOnlyFromHere = options[O_KW_ONLY];
    for (const spec of specs) {
        if (spec[KIND] === 'kw_only') { kwOnlyFromHere = true; continue; }
        // Python reads these (pyminis/stdlib/dataclasses.py): `f.name` compiles to `f.py_name`,
        // `f.type` to `f.py_metatype`.
        const field = {spec, name: spec[NAME], py_name: spec[NAME], js: spec[JS], initvar: spec[KIND] === 'initvar',
            kwOnly: spec[KW_ONLY] === null ? kwOnlyFromHere : spec[KW_ONLY], hasDefault: false,
            default: undefined, factory: null, init: spec[INIT], repr: spec[REPR], compare: spec[COMPARE],
            hash: spec[HASH], py_metatype: spec[TYPE]};
        if (spec[HAS_DEFAULT]) {
            const value = Object.getOwnPropertyDescriptor(cls, field.js).value;
            if (value !== null && typeof value === 'object' && FACTORY in value) {
                field.factory = value[FACTORY];
                delete cls[field.js];  // CPython deletes the class attribute of a factory field
            } else {
                checkMutable(value, field.name);
                field.hasDefault = true;
                field.default = value;
                field.py_default = value;
            }
        }
        if (byName.has(field.name)) fields[fields.indexOf(byName.get(field.name))] = field;
        else fields.push(field);
        byName.set(field.name, field);
    }
    return fields;
}

/** CPython 3.11 refuses a default whose class is unhashable (list, dict, set, a dataclass). */
function checkMutable(value, name) {
    if (value === null || typeof value !== 'object' || isTuple(value)) return;
    const cls = value.__class__;
    if (cls === undefined) return;
    const unhashable = Array.isArray(value) || cls.__name__ === 'dict' || cls.__hash__ === null
        || (typeof cls.__eq__ === 'function' && !('__hash__' in cls));
    if (unhashable) {
        throw ValueError(`mutable default <class '${cls.__name__}'> for field ${name} is not allowed: use default_factory`, new Error());
    }
}

/**
 * Does the class body of `cls` define `name`? Transcrypt copies its bases' attributes into a
 * class (object's __init__, a dataclass base's generated __repr__): those do not count.
 */
function userDefines(cls, name) {
    const own = Object.getOwnPropertyDescriptor(cls, name);
    if (own === undefined || own.value === null) return false;
    if (typeof own.value === 'function' && own.value.__pm_generated) return false;
    for (const base of cls.__bases__ || []) {
        const inherited = Object.getOwnPropertyDescriptor(base, name) || lookup(base, name);
        if (inherited && inherited.value === own.value && inherited.get === own.get) return false;
    }
    return true;
}

function lookup(obj, name) {
    for (let o = obj; o; o = Object.getPrototypeOf(o)) {
        const d = Object.getOwnPropertyDescriptor(o, name);
        if (d) return d;
    }
    return undefined;
}

function hasInitDefault(f) { return f.hasDefault || f.factory !== null; }

/** `@dataclass(...)` with the guard's specs and options. */
export function _pm_dataclass(specs, options) {
    return function (cls) {
        const fields = collect(cls, specs, options);
        // Enumerable: a plain subclass (Transcrypt copies attributes) is a dataclass too.
        Object.defineProperty(cls, '__pm_dataclass', {value: {fields, options}, configurable: true, enumerable: true, writable: true});
        const initFields = fields.filter((f) => f.spec[INIT]);
        const positional = initFields.filter((f) => !f.kwOnly);
        const keywordOnly = initFields.filter((f) => f.kwOnly);
        let seenDefault = null;
        for (const f of positional) {
            if (hasInitDefault(f)) seenDefault = f;
            else if (seenDefault) throw py_TypeError(`non-default argument '${f.name}' follows default argument`, new Error());
        }
        const name = cls.__name__;
        if (options[O_INIT] && !userDefines(cls, '__init__')) define(cls, '__init__', makeInit(cls, name, fields, positional, keywordOnly, options[O_FROZEN]));
        const shown = fields.filter((f) => !f.initvar && f.spec[REPR]);
        if (options[O_REPR] && !userDefines(cls, '__repr__')) {
            define(cls, '__repr__', function () {
                return this.__class__.__name__ + '(' + shown.map((f) => f.name + '=' + repr(this[f.js])).join(', ') + ')';
            });
            if (!userDefines(cls, '__str__')) define(cls, '__str__', function () { return this.__repr__(); });
        }
        const compared = fields.filter((f) => !f.initvar && f.spec[COMPARE]);
        const values = (o) => compared.map((f) => o[f.js]);
        if (options[O_EQ] && !userDefines(cls, '__eq__')) {
            define(cls, '__eq__', function (other) {
                if (other === null || other === undefined || other.__class__ !== this.__class__) return false;
                const a = values(this), b = values(other);
                for (let i = 0; i < a.length; i++) if (!_pm_eq(a[i], b[i])) return false;
                return true;
            });
        }
        if (options[O_ORDER]) {
            if (!options[O_EQ]) throw ValueError('eq must be true if order is true', new Error());
            for (const [op, sign, test] of [['__lt__', '<', _pm_lt], ['__le__', '<=', _pm_le],
                ['__gt__', '>', _pm_gt], ['__ge__', '>=', _pm_ge]]) {
                if (userDefines(cls, op)) throw py_TypeError(`Cannot overwrite attribute ${op} in class ${name}. Consider using functools.total_ordering`, new Error());
                define(cls, op, function (other) {
                    if (other === null || other === undefined || other.__class__ !== this.__class__) {
                        throw py_TypeError(`'${sign}' not supported between instances of '${typeName(this)}' and '${typeName(other)}'`, new Error());
                    }
                    return test(tuple(values(this)), tuple(values(other)));
                });
            }
        }
        setHash(cls, fields, options);
        if (options[O_MATCH_ARGS]) cls.__match_args__ = tuple(positional.map((f) => f.name));
        return cls;
    };
}

/** CPython's __hash__ rule: unsafe_hash or eq+frozen hash the fields; eq alone: unhashable. */
function setHash(cls, fields, options) {
    const own = userDefines(cls, '__hash__');
    const hashed = fields.filter((f) => !f.initvar && (f.spec[HASH] === null ? f.spec[COMPARE] : f.spec[HASH]));
    const hashFields = function () { return _pm_hash(tuple(hashed.map((f) => this[f.js]))); };
    if (options[O_UNSAFE_HASH]) {
        if (own) throw py_TypeError(`Cannot overwrite attribute __hash__ in class ${cls.__name__}`, new Error());
        define(cls, '__hash__', hashFields);
    } else if (options[O_EQ] && options[O_FROZEN]) {
        if (!own) define(cls, '__hash__', hashFields);
    } else if (options[O_EQ] && !own) {
        define(cls, '__hash__', null);  // unhashable, as a class with __eq__ and no __hash__
    }
}

/** A generated method: enumerable, so a plain subclass (Transcrypt copies its base's
 * attributes) inherits it, and marked, so a dataclass subclass makes its own. */
function define(cls, name, value) {
    if (typeof value === 'function') value.__pm_generated = true;
    Object.defineProperty(cls, name, {value, configurable: true, writable: true, enumerable: true});
}

function makeInit(cls, name, fields, positional, keywordOnly, frozen) {
    const initvars = fields.filter((f) => f.initvar);
    const required = positional.filter((f) => !hasInitDefault(f)).length;
    return function (self, ...args) {
        let kw = null;
        const last = args[args.length - 1];
        if (last !== null && typeof last === 'object' && hasOwn.call(last, '__kwargtrans__')) kw = args.pop();
        if (args.length > positional.length) {
            const takes = required === positional.length ? `${positional.length + 1} positional argument${positional.length ? 's' : ''}`
                : `from ${required + 1} to ${positional.length + 1} positional arguments`;
            throw py_TypeError(`${name}.__init__() takes ${takes} but ${args.length + 1} ${args.length ? 'were' : 'was'} given`, new Error());
        }
        const given = new Map();
        positional.forEach((f, i) => { if (i < args.length) given.set(f.name, args[i]); });
        if (kw !== null) {
            for (const key of Object.keys(kw)) {
                if (key === '__kwargtrans__' || key === 'constructor') continue;
                const field = positional.concat(keywordOnly).find((f) => f.name === key);
                if (field === undefined) throw py_TypeError(`${name}.__init__() got an unexpected keyword argument '${key}'`, new Error());
                if (given.has(key)) throw py_TypeError(`${name}.__init__() got multiple values for argument '${key}'`, new Error());
                given.set(key, kw[key]);
            }
        }
        missing(name, positional.filter((f) => !given.has(f.name) && !hasInitDefault(f)), 'positional');
        missing(name, keywordOnly.filter((f) => !given.has(f.name) && !hasInitDefault(f)), 'keyword-only');
        for (const f of fields) {
            let value;
            if (f.spec[INIT] && given.has(f.name)) value = given.get(f.name);
            else if (f.factory !== null) value = f.factory();
            else if (f.hasDefault) value = f.default;
            else continue;  // init=False without a default: the attribute stays unset
            if (f.initvar) continue;
            self[f.js] = value;
        }
        if (typeof self.__post_init__ === 'function') {
            self.__post_init__(...initvars.map((f) => (given.has(f.name) ? given.get(f.name) : f.hasDefault ? f.default : undefined)));
        }
        if (frozen) freeze(self, fields);
    };
}

function missing(name, fields, kind) {
    if (!fields.length) return;
    const names = fields.map((f) => `'${f.name}'`);
    const list = names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
    throw py_TypeError(`${name}.__init__() missing ${names.length} required ${kind} argument${names.length > 1 ? 's' : ''}: ${list}`, new Error());
}

/**
 * A frozen instance: every attribute read-only (assigning raises FrozenInstanceError), none can
 * be added or deleted (JavaScript's TypeError: the compiled game cannot catch a new attribute
 * being set as CPython does).
 */
function freeze(self, fields) {
    // a new attribute stored on it: JavaScript refuses it, pmrt/errors.js raises this
    frozenStore.error ??= (name, e) => FrozenInstanceError(`cannot assign to field '${name}'`, e);
    const pyName = new Map(fields.map((f) => [f.js, f.name]));
    for (const key of Object.keys(self)) {
        if (key === '__class__') continue;
        const value = self[key];
        const name = pyName.get(key) || key;
        Object.defineProperty(self, key, {
            get: () => value,
            set: () => { throw FrozenInstanceError(`cannot assign to field '${name}'`, new Error()); },
            enumerable: true, configurable: false,
        });
    }
    Object.preventExtensions(self);
}

/** `object.__setattr__(obj, name, value)`: sets even a frozen dataclass's field (__post_init__). */
export function _pm_object_setattr(obj, name, value) {
    Object.defineProperty(obj, name, {value, writable: true, enumerable: true, configurable: true});
}

// getattr, bound methods and calls of items.
import {AttributeError, py_TypeError, __pm_classValue, py_metatype} from '../org.transcrypt.__runtime__.js';
import {attributeKeys, hasOwn, isClass} from './shared.js';
import {_pm_gi} from './items.js';
import {PyDict} from './dicts.js';
import {typeName} from './typename.js';
import {jsName} from './keywords.js';
import {_pm_mro, describeBound, markBuiltin} from './introspection.js';
import {_pm_method_value} from './class_values.js';

/** `getattr(o, name[, default])`; a method read this way keeps its `self`. */
export function _pm_getattr(o, name, dflt) {
    // Transcrypt keeps some attributes renamed (`o.name` is `o.py_name`): that one first
    // (a class's own `name` is its JS function name). A missing method's stub is missing.
    if (name === '__mro__') {  // (the builtin types' too: `getattr(int, "__mro__")`)
        try {
            return _pm_mro(o);
        } catch (e) {
            if (arguments.length > 2) return dflt;
            throw e;
        }
    }
    const keys = attributeKeys(name);
    if (o !== null && o !== undefined) {
        for (const key of keys) {
            let v;
            try {
                v = key in Object(o) && !(isPython(o) && jsMember(o, key)) ? o[key] : STUB;
            } catch (e) {
                // a property raising AttributeError: CPython's getattr gives the default
                if (arguments.length > 2 && e && e.__class__ && e.__class__.__mro__ && e.__class__.__mro__.includes(AttributeError)) return dflt;
                throw e;
            }
            if (v === null || v === undefined || !v.__pm_stub) return bindIfMethod(o, v, name, key);
        }
        if (!isPython(o) && arguments.length < 3) return undefined;  // a missing JS property: None
    }
    if (arguments.length > 2) return dflt;
    throw missingError(o, keys[1]);
}

const STUB = {__pm_stub: true};

function bindIfMethod(o, v, name, key = name) {
    if (isClass(o)) return classMember(o, key, v);
    // Methods compile to plain prototype functions (fast direct calls); a method read as a
    // value is bound here, so a callback keeps `self`.
    // Lists, dicts and sets (their class on the prototype) too: `key=d.get` keeps `d`.
    if (typeof v === 'function' && o !== null && typeof o === 'object' && o.__class__ !== undefined && !v.__pm_plain
            && !hasOwn.call(v, '__mro__')) {
        const bound = describeBound(v.bind(o), v);
        return BUILTIN_OWNERS.has(typeName(o)) ? markBuiltin(bound, name, o) : bound;
    }
    // A str, list or number method (`getattr("a", "upper")`, `getattr(255, "bit_length")`)
    // keeps its receiver too.
    if (typeof v === 'function' && (typeof o === 'string' || Array.isArray(o) || typeof o === 'number'
            || typeof o === 'bigint' || typeof o === 'boolean') && !hasOwn.call(o, name) && v.__bases__ === undefined) {
        return markBuiltin(v.bind(o), name, o);  // (not a class: `getattr(7, "__class__")`)
    }
    return v;
}

// Values whose methods are CPython's builtin methods (`<built-in method append of list object at 0x…>`).
const BUILTIN_OWNERS = new Set(['list', 'tuple', 'dict', 'set', 'frozenset', 'str']);

/**
 * `o[k](…)` where `o` is not a plain name: the item called with `this` = o, as JavaScript's
 * `o[k](…)` is, so a JS method looked up by key keeps its object.
 * @param {*} o @param {*} k @param {...*} args @returns {*}
 */
export function _pm_ci(o, k, ...args) {
    return _pm_fn(_pm_gi(o, k)).apply(o, args);
}

/** `o.name` used as a value (not called): a bound method when it is one. */
export function _pm_bind(o, name, kind) {
    if (isPython(o) && jsMember(o, name)) throw missingError(o, name);
    const v = o[name];
    // (a special method a builtin type lacks here, `dict.__repr__`, reads as nothing, as
    // before the guard bound special methods: identity tests of them still hold)
    if (v === undefined && name.startsWith('__') && name.endsWith('__')) return v;
    if (v === undefined || (v !== null && v.__pm_stub)) return _pm_ga(o, name);
    if (kind !== undefined && typeof v === 'function' && isClass(o)
            && !hasOwn.call(v, '__mro__') && !v.__pm_method__) {
        // Read through the class (`key=Item.price`, `make = Item.create`): a method compiles to
        // a function taking self as `this`; CPython gives the plain function (self first), a
        // classmethod bound to the class. `kind` is the guard's: 'i' or 'c'.
        return kind === 'c' ? describeBound(v.bind(o), v) : selfFirst(v);
    }
    if (typeof v === 'function' && isClass(o)) return classMember(o, name, v);
    if (typeof v !== 'function' || hasOwn.call(o, name)) return v;
    return bindIfMethod(o, v, name);
}

/** A static method or classmethod, marked by kind (pyminis/guard/transcrypt_run.py _mark_method_kind). */
export function _pm_method_kind(fn, kind) {
    Object.defineProperty(fn, '__pm_kind', {value: kind});
    return fn;
}

/**
 * What CPython's lookup gives for `key` read through the class `cls` at run time
 * (`getattr(Cls, name)`, `vars(Cls)[name]`): a plain method compiles to a function taking self
 * as `this`, so it reads as a function taking self first; a classmethod bound to the class;
 * a static method, a class, what a getter gives (bound or self-first already) as they are.
 */
export function classMember(cls, key, v) {
    if (typeof v !== 'function' || hasOwn.call(v, '__mro__') || v.__pm_kind === 's' || v.__pm_method__ || v._pm_partial
            || key === '__new__') return v;
    let holder = cls;
    while (holder !== null && !hasOwn.call(holder, key)) holder = Object.getPrototypeOf(holder);
    if (holder === null || Object.getOwnPropertyDescriptor(holder, key).value !== v) return v;
    return v.__pm_kind === 'c' ? describeBound(v.bind(cls), v) : selfFirst(v);
}

const selfFirsts = new WeakMap();
/** A method as its class holds it in CPython: a function taking self first (`Item.price is Item.price`). */
function selfFirst(v) {
    let f = selfFirsts.get(v);
    if (f === undefined) {
        // its attributes are the method's own (`Shape.area.__isabstractmethod__`, `A.m.flag`)
        f = new Proxy(v, {
            apply: (target, self, args) => target.apply(args[0], args.slice(1)),
            get: (target, key) => key === '__pm_self_first__' ? target : target[key],  // (runtime_classes.js)
        });
        selfFirsts.set(v, f);
    }
    return f;
}

/** @param {*} o @returns {boolean} a Python object, class or value whose attributes are Python's */
function isPython(o) {
    switch (typeof o) {
        case 'string': case 'number': case 'boolean': case 'bigint': return true;
        // Every function a game reaches is Python's (its defs, lambdas, builtins, methods):
        // a missing attribute of one raises, as CPython's does.
        case 'function': return true;
        case 'object':
            return o !== null && (Array.isArray(o) || o.__class__ !== undefined || hasOwn.call(o, '__mro__'));
    }
    return false;
}

// The prototypes of the values Python's builtins are here: their own JavaScript methods
// (`[].values`, `"s".trim`, `(1).toFixed`) are no Python attributes; those the runtime adds
// (`append`, `upper`…) are.
// (A list's `reverse` is JavaScript's own, with Python's meaning. No other Python name is listed
// here: a name written in the runtime keeps that member in every bundle, bundle.py's prune.)
const PYTHON_NATIVES = new Set(['reverse']);
const VALUE_PROTOTYPES = new Set([Array.prototype, String.prototype, Number.prototype, Boolean.prototype, BigInt.prototype]);
const natives = new WeakMap();

/** A JavaScript engine's own method of a builtin value (`[].values`): missing for Python. */
function nativeMethod(o, name) {
    let c = Object(o);
    while (c !== null && !hasOwn.call(c, name)) c = Object.getPrototypeOf(c);
    if (c === null || !VALUE_PROTOTYPES.has(c) || (c === Array.prototype && PYTHON_NATIVES.has(name))) return false;
    const f = Object.getOwnPropertyDescriptor(c, name).value;
    if (typeof f !== 'function') return false;
    if (!natives.has(f)) natives.set(f, /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(f)));
    return natives.get(f);
}

/** The Python name of a property name (`py_name` → `name`). */
function pythonName(name) {
    return name === 'py_metatype' ? 'type' : name.replace(/^py_/, '');
}

// What JavaScript gives every class and instance (classes derive from Function.prototype):
// Object.prototype's and Function.prototype's members (`toString`, `call`, `bind`,
// `constructor`…) and a function's or array's own `length`/`name`/`prototype`. None is a
// Python attribute (guard/transcrypt_attrs.py JS_MEMBERS names the same).
const FUNCTION_OWN = new Set(['length', 'name', 'prototype', 'caller', 'arguments']);
const JS_MEMBERS = new Set([...FUNCTION_OWN, 'constructor', 'hasOwnProperty', 'isPrototypeOf',
    'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf', '__proto__', '__defineGetter__',
    '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'apply', 'bind', 'call']);

function jsMember(o, name) {
    if (!JS_MEMBERS.has(name)) return nativeMethod(o, name);
    for (let c = Object(o); c !== null; c = Object.getPrototypeOf(c)) {
        const d = Object.getOwnPropertyDescriptor(c, name);
        if (d === undefined) continue;
        if (c === Function.prototype || c === Object.prototype) return true;
        // A function's own length/name/…, an array's or str's length, and runtime_classes.js's
        // layer below `object` that shadows Function.prototype's with plain undefined values.
        return FUNCTION_OWN.has(name) && !d.enumerable && (typeof c === 'function' || Array.isArray(c)
            || c instanceof String || Object.getPrototypeOf(c) === Function.prototype);
    }
    return false;
}

/**
 * `o.length`, `o.call`, `o.toString`… read unproven (guard/transcrypt_attrs.py, no `??` fast
 * path: JavaScript's member is never null): the program's own attribute, else CPython's
 * AttributeError on a Python object (a JavaScript object's member is read as it is).
 * @param {*} o @param {string} name the property name @returns {*}
 */
export function _pm_gj(o, name) {
    if (isPython(o) && jsMember(o, name)) throw missingError(o, name);
    return (o === null || o === undefined ? undefined : o[name]) ?? _pm_ga(o, name);
}

/** `o.toString()` and the like, unproven: `_pm_gj`'s value, a function raising TypeError for None. */
export function _pm_gcj(o, name) {
    const v = _pm_gj(o, name);
    return v === null || v === undefined ? notCallable : v;
}

/**
 * A read of `o.name` that found null or undefined (transcrypt_run.py compiles an unproven
 * `o.name` to `(o.name ?? _pm_ga(o, "name"))`): None when the attribute is there (or `o` is a
 * JavaScript object: a missing JS property reads None), else AttributeError as CPython raises.
 * @param {*} o @param {string} name the property name @returns {*}
 */
export function _pm_ga(o, name) {
    if (name in Object(o)) {
        if (isPython(o) && jsMember(o, name)) return missing(o, name);
        const v = o[name];  // a data property holding None; a getter ran once already: None
        return v !== undefined && v !== null && v.__pm_stub ? missing(o, name) : v === undefined ? v : null;
    }
    if (o !== null && o !== undefined && typeof o === 'object' && o.__pm_target__ !== undefined) return null;  // __getattr__ answered None
    return missing(o, name);
}

/**
 * `(o.m ?? _pm_gc(o, "m")).call(o, …)`: a checked method call (transcrypt_attrs.py) that found
 * null or undefined: AttributeError when missing, else a function raising CPython's TypeError
 * for calling None (a missing JS method: undefined).
 * @param {*} o @param {string} name @returns {Function}
 */
export function _pm_gc(o, name) {
    const v = _pm_ga(o, name);
    if (v === null || v === undefined) return notCallable;
    return v;
}

/**
 * `f(…)` of a name that may hold something not callable (pyminis/guard/callees.py): `f` when it
 * is a function (a class, a def, a lambda, an instance with `__call__`), else CPython's
 * TypeError (JavaScript said 'f is not a function').
 * @param {*} f @returns {Function}
 */
export function _pm_fn(f) {
    if (typeof f === 'function') return f;
    throw py_TypeError(`'${typeName(f)}' object is not callable`, new Error());
}

function notCallable() {
    throw py_TypeError("'NoneType' object is not callable", new Error());
}

function missing(o, name) {
    if (o === null || o === undefined || isPython(o)) throw missingError(o, name);
    return undefined;
}

/** @param {*} o @param {string} name @returns {*} CPython's AttributeError for `o.name` */
function missingError(o, name) {
    const what = o !== null && o !== undefined && hasOwn.call(o, '__mro__') ? `type object '${o.__name__}'` : `'${typeName(o)}' object`;
    return AttributeError(`${what} has no attribute '${pythonName(name)}'`, new Error());
}

/**
 * `hasattr(o, name)`: whether reading it raises AttributeError (a missing method's stub, see
 * runtime_classes.js, counts as missing).
 * @param {*} o @param {string} name @returns {boolean}
 */
export function _pm_hasattr(o, name) {
    return _pm_getattr(o, name, MISSING) !== MISSING;
}

const MISSING = {};

/**
 * `del o.name`: CPython's AttributeError when `o` has no such attribute of its own (a class
 * attribute cannot be deleted through an instance); a property's deleter runs.
 * @param {*} o @param {string} name the property name
 */
export function _pm_delattr(o, name) {
    if (o === null || o === undefined) throw missingError(o, name);
    const deleter = o['_pm_del_' + name];
    if (typeof deleter === 'function') {
        deleter.call(o);
        return;
    }
    if (isPython(o) && !hasOwn.call(o, name)) {
        // A descriptor the class holds (a property): its `__delete__` runs, as CPython's.
        for (let c = Object.getPrototypeOf(o); c; c = Object.getPrototypeOf(c)) {
            const held = Object.getOwnPropertyDescriptor(c, name);
            if (held === undefined) continue;
            const descr = held.get !== undefined ? held.get.__pm_descr : undefined;
            if (descr && typeof descr.__delete__ === 'function') {
                if (descr.__pm_name === null) descr.__pm_name = pythonName(name);  // a class body's @property
                return descr.__delete__(o);
            }
            break;
        }
        throw missingError(o, name);
    }
    delete o[name];
}

/**
 * `setattr(o, name, value)`: stored where `o.name = value` stores, under the property Transcrypt
 * writes for that name (`name` → `py_name`, `items` → `py_items`).
 * @param {*} o @param {string} name a Python attribute name @param {*} value
 */
export function _pm_setattr(o, name, value) {
    if (name === '__class__') {  // through the object's __setattr__ (runtime_classes.js setClass)
        if (o === null || o === undefined || typeof o.__setattr__ !== 'function' || (isClass(o))) {
            throw py_TypeError('__class__ assignment only supported for mutable types or ModuleType subclasses', new Error());
        }
        o.__setattr__('__class__', value);
        return;
    }
    // On a class, a method or a descriptor is bound as a class body's would be (runtime_classes.js).
    // `setattr(cls, "__gt__", fn)` (functools.total_ordering, a class decorator) stores a method.
    if (typeof value === 'function' && isClass(o)) _pm_method_value(value);
    if (typeof o === 'function' && value !== null && (typeof value === 'object' || typeof value === 'function')
            && __pm_classValue(o, jsName(name), value)) return;
    o[jsName(name)] = value;
}

/** `delattr(o, name)`, as `del o.name`. @param {*} o @param {string} name a Python attribute name */
export function _pm_delattr_named(o, name) {
    _pm_delattr(o, jsName(name));
}

/** The class whose MRO `super()` follows: the object's class, or the class itself (classmethod). */
const isMeta = (c) => c === py_metatype || (c.__bases__ || []).some(isMeta);
function mroOf(self, cls) {
    let mro = (hasOwn.call(self, '__class__') ? self.__class__ : self).__mro__;
    // In a metaclass's method, `self` a class it made: the metaclass's MRO, with type before
    // object (the class model leaves it out).
    if (mro.indexOf(cls) < 0 && typeof self === 'function' && self.__metaclass__ && self.__metaclass__.__mro__) mro = self.__metaclass__.__mro__;
    return isMeta(cls) && mro.indexOf(py_metatype) < 0 ? [...mro.slice(0, -1), py_metatype, mro[mro.length - 1]] : mro;
}

/** The class after `cls` in the MRO that defines `name` itself (not through a copy). */
function nextDefining(cls, self, name) {
    const mro = mroOf(self, cls);
    for (let i = mro.indexOf(cls) + 1; i < mro.length; i++) {
        if (hasOwn.call(mro[i], name) && !(mro[i].__pm_copied && mro[i].__pm_copied.has(name))) return mro[i];
    }
    throw AttributeError(`'super' object has no attribute '${name.replace(/^py_/, '')}'`, new Error());
}

/**
 * `super().name` to call, in a program with multiple inheritance: what the next class of
 * `type(self).__mro__` after `cls` defines (a method is a function of `this`, `__init__` a
 * function of self).
 * @param {Function} cls the class whose method says super() @param {*} self @param {string} name
 * @returns {*}
 */
export function _pm_next(cls, self, name) {
    return nextDefining(cls, self, name)[name];
}

/**
 * `super().name` read, not called: a property's getter runs with `self`, a method comes bound.
 * @param {Function} cls @param {*} self @param {string} name @returns {*}
 */
export function _pm_super_get(cls, self, name) {
    const d = Object.getOwnPropertyDescriptor(nextDefining(cls, self, name), name);
    if (d.get) return d.get.call(self);
    return typeof d.value === 'function' && !d.value.__mro__ ? d.value.bind(self) : d.value;
}

/**
 * Marks a class's own `def __new__` (pyminis/guard/transcrypt_run.py): calling the class runs
 * it as CPython does (runtime_js/python/runtime_classes.js).
 * @param {Function} fn @returns {Function}
 */
export function _pm_pynew(fn) {
    fn.__pm_pynew = true;
    return fn;
}

/**
 * `f(**a, z=3, **b)`'s keywords as one dict (pyminis/guard/merged_keywords.py): each mapping's
 * items in order, CPython's TypeError for a keyword given twice or not a str.
 * @param {...*} parts mappings (a dict, or an object with keys() and items by key)
 * @returns {!PyDict}
 */
export function _pm_kwmerge(...parts) {
    const merged = new PyDict();
    for (const part of parts) {
        if (part === null || part === undefined || typeof part.py_keys !== 'function') {
            throw py_TypeError(`argument after ** must be a mapping, not ${typeName(part)}`, new Error());
        }
        for (const key of part.py_keys()) {
            if (typeof key !== 'string') throw py_TypeError('keywords must be strings', new Error());
            if (merged.__contains__(key)) throw py_TypeError(`got multiple values for keyword argument '${key}'`, new Error());
            merged.__setitem__(key, _pm_gi(part, key));
        }
    }
    return merged;
}

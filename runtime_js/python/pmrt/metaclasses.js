// Metaclasses of the game's (classes deriving from `type`) as CPython's type.__call__ runs them:
// their `__prepare__ (name, bases)` mapping gets the class body's names in order, their
// `__new__ (mcs, name, bases, ns)` makes the class (`type.__new__`/`super().__new__` reach
// py_metatype.__new__, which takes the namespace back as a dict), then their `__init__ (cls,
// name, bases, ns)` runs on it; calling a class whose metaclass defines `__call__` runs that
// (`super().__call__ (…)` makes the instance); `Meta (name, bases, ns)` makes a class;
// `type (cls)` is the metaclass and `repr (cls)` its `__repr__`.
//
// The guard writes a metaclass's base `type` as `_pm_type` (pyminis/guard/rewrite.py): this
// module loads with the first metaclass a program defines and sets the class model's hooks
// (runtime_classes.js `__pm_meta`), so classes without one take no step of it.
import {__pm_meta, dict, object, py_metatype, tuple} from '../org.transcrypt.__runtime__.js';

const owns = (o, key) => Object.prototype.hasOwnProperty.call(o, key);
const pyKey = (key) => key.startsWith('py_') ? key.slice(3) : key;
const user = (meta) => typeof meta === 'function' && meta !== py_metatype && owns(meta, '__mro__') && __pm_meta.isMeta(meta);

// The metaclass's own method `key` (none if only type's), as a function of (self, …args).
function method(meta, key) {
    for (const k of meta.__mro__) {
        if (k === object || !__pm_meta.isMeta(k)) return null;
        if (!owns(k, key)) continue;
        const held = Object.getOwnPropertyDescriptor(k, key);
        if (held.get) return (self, ...args) => held.get.call(self)(self, ...args);  // (`self` as a parameter)
        return (self, ...args) => held.value.call(self, ...args);  // (a staticmethod ignores `this`)
    }
    return null;
}

// A method Transcrypt wrote as a getter (`get __init__ () {return __get__ (this, f)}`) is seen
// as its function `f`; each function of the literal is given back as the literal had it.
const HELD = new WeakMap();

// The class body's names as the dict (or __prepare__'s mapping) a metaclass's methods see.
function namespaceOf(name, attribs, mapping) {
    const ns = mapping || dict();
    for (const key of Object.keys(attribs)) {
        const held = Object.getOwnPropertyDescriptor(attribs, key);
        let v = held.value;
        if (!('value' in held)) HELD.set(v = held.get.call(attribs), held);
        else if (typeof v === 'function') HELD.set(v, held);
        ns.__setitem__(pyKey(key), v);
        if (key === '__module__') ns.__setitem__('__qualname__', name);
    }
    Object.defineProperty(ns, '__pm_attribs', {value: attribs, configurable: true});
    return ns;
}

// A namespace given to type.__new__: the literal's own members where unchanged; a function
// the metaclass adds is a method (pmrt/class_values.js).
function attribsOf(ns) {
    if (!(ns && ns._pm_m instanceof Map)) return ns;
    const from = ns.__pm_attribs || {}, out = {};
    for (const [k, v] of ns._pm_m) {
        const key = typeof k === 'string' && owns(from, 'py_' + k) ? 'py_' + k : String(k);
        const held = owns(from, key) ? Object.getOwnPropertyDescriptor(from, key) : HELD.get(v);
        if (!held && typeof v === 'function' && !owns(v, '__mro__') && !owns(v, '__class__') && !v._pm_partial && !v.__pm_method__) {
            Object.defineProperty(v, '__pm_method__', {value: true});
        }
        Object.defineProperty(out, key, held && (held.value === v || HELD.get(v) === held) ? held
            : {value: v, writable: true, enumerable: true, configurable: true});
    }
    return out;
}

// What a class lacks, CPython reads from its metaclass: the metaclass's attributes and methods
// (bound to the class) are its classes' where they define none (`cls._instances` in a
// singleton's __call__, `Model.describe()`). Instances reach them too (through their class):
// CPython's AttributeError there is the difference left.
function expose(meta, cls) {
    for (const k of meta.__mro__) {
        if (k === object || !__pm_meta.isMeta(k)) return;
        for (const key of Object.keys(k)) {
            if (key.startsWith('__') || (key in cls && !(cls[key] && cls[key].__pm_stub))) continue;
            const held = Object.getOwnPropertyDescriptor(k, key);
            Object.defineProperty(cls, key, {
                get() {
                    if (held.get) { const f = held.get.call(this); return (...args) => f(this, ...args); }
                    const v = k[key];
                    return typeof v === 'function' && 'value' in held && v === held.value && !owns(v, '__mro__') ? v.bind(this) : v;
                },
                set(v) { Object.defineProperty(this, key, {value: v, writable: true, enumerable: true, configurable: true}); },
                configurable: true});
        }
    }
}

function make(meta, name, bases, attribs, kwargs) {
    const prepare = method(meta, '__prepare__');
    const ns = namespaceOf(name, attribs, prepare ? prepare(meta, name, bases, ...kwargs) : null);
    const create = method(meta, '__new__');
    const cls = create ? create(meta, name, bases, ns, ...kwargs) : py_metatype.__new__(meta, name, bases, attribs, ...kwargs);
    if (typeof cls === 'function' && owns(cls, '__mro__') && cls.__metaclass__ && user(cls.__metaclass__)) expose(cls.__metaclass__, cls);
    const init = method(meta, '__init__');
    if (init && typeof cls === 'function' && owns(cls, '__mro__') && cls.__metaclass__ && cls.__metaclass__.__mro__.includes(meta)) {
        init(cls, name, bases, ns, ...kwargs);
    }
    return cls;
}

// The function a class made by py_metatype.__new__ is: its metaclass's __call__, or for a
// metaclass, the making of a class; null for a plain class.
function caller(meta, bases, cls) {
    const called = user(meta) && method(meta, '__call__');
    if (called) return function () { return called(cls(), ...arguments); };
    if (__pm_meta.isMeta(meta) && bases.some(__pm_meta.isMeta)) {
        return function (name, bases, ns) {
            return make(cls(), name, Object.assign([...bases], {__class__: tuple}), attribsOf(ns), []);
        };
    }
    return null;
}

function install() {
    Object.assign(__pm_meta, {user, make, caller, attribs: attribsOf,
        repr: (cls) => { const own = user(cls.__metaclass__) && method(cls.__metaclass__, '__repr__'); return own ? own(cls) : null; }});
    // `super ().__init__ (…)`, `super ().__call__ (…)` in a metaclass's methods: type's.
    Object.defineProperty(py_metatype, '__call__', {value: function () {
        const args = [].slice.apply(arguments);
        return this.__new__.__pm_pynew ? __pm_meta.construct(this, args) : this.__new__(args);
    }, writable: true, configurable: true});
    Object.defineProperty(py_metatype, '__init__', {value: function () {}, writable: true, configurable: true});
    return py_metatype;
}

export const _pm_type = /* @__PURE__ */ install();

// Python's `property` as an object, as CPython's: `property(fget, fset, fdel, doc)` anywhere (a
// function making one and returning it, `x = property(getx, setx)` in a class body, `@property`
// outside a class), `.getter/.setter/.deleter` copies, `fget`/`fset`/`__doc__`, `Cls.prop` read
// through the class, and CPython's AttributeError for a missing setter, getter or deleter.
// Transcrypt's own `property` (what a class body's `@property` compiles to) makes its accessor
// here too (`accessor` below; the guard imports this module wherever a program names property).
import {__class__, object, property, AttributeError} from '../org.transcrypt.__runtime__.js';

/** The class made: Transcrypt's `property` makes its accessors here from now on. */
function installed(cls) {
    property.__pm_accessor = accessor;
    return cls;
}

/**
 * The `property` class: `property(fget, fset, fdel, doc)`, isinstance(x, property). Made where a
 * program names property (the guard imports it then), else dropped by the bundler (pure).
 */
export const _pm_property = /* @__PURE__ */ installed(/* @__PURE__ */ __class__('property', [object], {
    __module__: 'builtins',
    __new__(args) {
        const last = args.length ? args[args.length - 1] : undefined;
        const kw = last !== null && typeof last === 'object' && Object.prototype.hasOwnProperty.call(last, '__kwargtrans__')
            ? args.pop() : {};
        const [fget = kw.fget, fset = kw.fset, fdel = kw.fdel, doc = kw.doc] = args;
        return build(fget, fset, fdel, doc, null);
    },
    __get__(obj, type) {
        if (obj === null || obj === undefined) return this;
        if (this.fget === null) throw missing(this, obj, 'getter');
        return this.fget(obj);
    },
    __set__(obj, value) {
        if (this.fset === null) throw missing(this, obj, 'setter');
        this.fset(obj, value);
    },
    __delete__(obj) {
        if (this.fdel === null) throw missing(this, obj, 'deleter');
        this.fdel(obj);
    },
    __set_name__(owner, name) { this.__pm_name = name; },
    getter(f) { return copy(this, f, this.fset, this.fdel); },
    setter(f) { return copy(this, this.fget, f, this.fdel); },
    deleter(f) { return copy(this, this.fget, this.fset, f); },
}));

/**
 * `@x.deleter` after this class body's `@property def x` (the rewrite writes `@_pm_fdel`): the
 * function, marked; the class holds it under `x` until Transcrypt defines the property there,
 * which takes it as the deleter (`accessor` below, pyminis/guard/transcrypt_run.py).
 */
export function _pm_fdel(f) {
    f.__pm_fdel = f;  // (kept on the method wrapping it: it copies f's own properties)
    return f;
}

/** `@p.setter` outside a class body (Transcrypt takes any `.setter` decorator for its own). */
export function _pm_accessor(p, kind) {
    return (f) => p[kind](f);
}

const none = (x) => x === undefined ? null : x;

/** A property; its doc is fget's when none is given (CPython's getter_doc). */
function build(fget, fset, fdel, doc, name) {
    const p = object.__new__(_pm_property);
    p.fget = none(fget);
    p.fset = none(fset);
    p.fdel = none(fdel);
    const fromGetter = none(doc) === null && p.fget !== null;
    p.__doc__ = fromGetter ? none(p.fget.__doc__) : none(doc);
    Object.defineProperty(p, '__pm_getterDoc', {value: fromGetter, writable: true});
    Object.defineProperty(p, '__pm_name', {value: name, writable: true});
    return p;
}

function copy(p, fget, fset, fdel) {
    return build(none(fget) === null ? p.fget : fget, none(fset) === null ? p.fset : fset, none(fdel) === null ? p.fdel : fdel, p.__pm_getterDoc ? null : p.__doc__, p.__pm_name);
}

function missing(p, obj, what) {
    const owner = "'" + (obj.__class__ ? obj.__class__.__qualname__ || obj.__class__.__name__ : typeof obj) + "'";
    return AttributeError((p.__pm_name ? `property '${p.__pm_name}' of ` : 'property of ') + `${owner} object has no ${what}`, new Error());
}

/**
 * Transcrypt's `property (getter, setter)` for a class body's `@property`: the accessor it
 * defines on the class. Read on an instance, the getter runs; read on the class, the property
 * object; a store without a setter raises as CPython's. Marked a data descriptor (an instance's
 * `__dict__` keeps the same name beside the object, pmrt/instance_dict.js).
 */
function accessor(getter, setter, held) {
    let p = null;
    const deleter = held && held.value && held.value.__pm_fdel || null;  // (_pm_fdel)
    const made = () => p || (p = build(getter, setter || null, deleter, null, null));
    const isClass = (o) => typeof o === 'function' && Object.prototype.hasOwnProperty.call(o, '__mro__');
    const get = function () {
        return isClass(this) ? made() : getter(this);
    };
    get.__pm_data = true;
    Object.defineProperty(get, '__pm_descr', {get: made});  // `del obj.prop`: "has no deleter"
    return {get, set: function (value) {
        if (isClass(this)) {  // `Cls.prop = v` replaces the property
            for (const key of Object.getOwnPropertyNames(this)) {
                if (Object.getOwnPropertyDescriptor(this, key).get === get) {
                    Object.defineProperty(this, key, {value, writable: true, enumerable: true, configurable: true});
                }
            }
        }
        else if (setter) setter(this, value);
        else {
            // The property's name: the key this accessor is under, on the instance's class chain.
            for (let c = Object.getPrototypeOf(this); c && !made().__pm_name; c = Object.getPrototypeOf(c)) {
                for (const key of Object.getOwnPropertyNames(c)) {
                    if (Object.getOwnPropertyDescriptor(c, key).get === get) made().__pm_name = key.replace(/^py_/, '');
                }
            }
            throw missing(made(), this, 'setter');
        }
    }, enumerable: true, configurable: true};
}

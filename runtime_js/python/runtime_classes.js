// Python's class model, spliced into Transcrypt's runtime in place of its `py_metatype`, `object`
// and `__class__` (pyminis/guard/runtime_fixes.py). Not a module: it runs inside the runtime.
// - A class's JS prototype is its first base: class attributes are inherited live (`cls.count
//   += 1` in a classmethod is seen through subclasses and instances, as in CPython); Transcrypt
//   copied them into each subclass when it was made. The chain ends in `object`, then
//   Function.prototype with its read-only `length`, `name`… shadowed, so `self.length = 3` works.
// - `__mro__` is CPython's C3 linearization, a tuple as `__bases__` (`cls.mro()` a list of it);
//   what a later base in the MRO defines first (a diamond) is copied onto the class, the rest is
//   reached through the chain.
// - `object` is a class like the others: `object()` makes a bare instance (a sentinel).
// - An instance of a class with `__call__` is callable; `__getattr__` runs only when an attribute
//   is missing; `__setattr__`/`__delattr__` see every store and `del`; `__init_subclass__` runs.
const PER_CLASS = new Set (['__name__', '__qualname__', '__bases__', '__mro__', '__metaclass__', '__module__', '__doc__', '__pm_copied']);
function c3 (cls, bases) {
    const lists = bases.map ((base) => [...(base.__mro__ || [base])]).concat ([[...bases]]);
    const mro = [cls];
    while (lists.some ((l) => l.length)) {
        const head = lists.find ((l) => l.length && !lists.some ((o) => o.indexOf (l [0]) > 0));
        if (!head) throw py_TypeError ('Cannot create a consistent method resolution order (MRO)', new Error ());
        const next = head [0];
        mro.push (next);
        for (const l of lists) if (l [0] === next) l.shift ();
    }
    mro.__class__ = tuple;
    return mro;
}
// A method name any class defines gets a stub on `object` and on the prototypes of str, int,
// float, bool and list values: calling it on a value that lacks it raises CPython's
// AttributeError (not JavaScript's "is not a function"); getattr, hasattr
// and reads of it as a value (pmrt/calls.js) see a stub as missing. Never for dunders and names
// JavaScript or the runtime probe (`then`, `toJSON`, `next`…).
const STUBLESS = /^(__|_pm|py_keys$|py_items$|py_values$|py_get$|py_next$|py_iter$|next$|then$|toJSON$|valueOf$|constructor$|length$|indexOf$|catch$)/;
const stub = (key) => Object.assign (function () {throw AttributeError ("'" + py_typeof (this).__name__ + "' object has no attribute '" + key.replace (/^py_/, '') + "'", new Error ());}, {__pm_stub: true});
const isMeta = (cls) => cls === py_metatype || (cls.__bases__ || []).some (isMeta);
const define = (cls, key, value) => Object.defineProperty (cls, key, {value: value, writable: true, configurable: true});
// `obj.__class__ = Other` (a state machine switching its behaviour): CPython's checks (a class,
// the same layout: builtin base, slots, a __dict__ or not), then the instance's prototype.
const layout = (c) => JSON.stringify ([c.__mro__.find ((k) => k !== object && k.__module__ === 'builtins') || object, c.__mro__.map ((k) => owns (k, '__slots__') ? String (k.__slots__) : '').filter (Boolean), c.__mro__.some ((k) => k !== object && k.__module__ !== 'builtins' && !owns (k, '__slots__'))].map ((x, i) => i ? x : x.__name__));
function setClass (self, cls) {
    if (typeof cls !== 'function' || !owns (cls, '__mro__')) throw py_TypeError ("__class__ must be set to a class, not '" + py_typeof (cls).__name__ + "' object", new Error ());
    const old = owns (self, '__class__') ? self.__class__ : null;
    if (old === null || !owns (old, '__mro__') || old.__module__ === 'builtins' || cls.__module__ === 'builtins') throw py_TypeError ('__class__ assignment only supported for mutable types or ModuleType subclasses', new Error ());
    if (layout (cls) !== layout (old)) throw py_TypeError ("__class__ assignment: '" + cls.__name__ + "' object layout differs from '" + old.__name__ + "'", new Error ());
    Object.setPrototypeOf (self, cls);
    Object.defineProperty (self, '__class__', {value: cls, enumerable: true, configurable: true});
}
export const __pm_setClass = setClass;
// A class whose `__new__` is the author's (`_pm_pynew` marks it): CPython's type.__call__ runs it
// with the call's arguments, then `__init__` on what it returns if that is an instance.
function construct (cls, args) {
    const instance = cls.__new__.apply (cls, args);
    if (instance !== null && (typeof instance === 'object' || typeof instance === 'function') && Object.prototype.isPrototypeOf.call (cls, instance)) {
        cls.__init__.apply (null, [instance] .concat (args));
    }
    return instance;
}
// What a class body stores by assignment acts as CPython's attribute lookup makes it act: a
// function marked by pmrt/class_values.js is a method bound on each read, as a `def`; an object
// whose class defines `__get__` is a descriptor: a read calls its `__get__(obj, type(obj))`, or
// `__get__(None, cls)` through the class; a store on an instance calls its `__set__` if it has
// one (a data descriptor), else lands on the instance, which then shadows it. Its
// `__set_name__(cls, name)` runs when the class is made.
const owns = (o, key) => Object.prototype.hasOwnProperty.call (o, key);
const pyKey = (key) => key.startsWith ('py_') ? key.slice (3) : key;
const shadow = (o, key, v) => Object.defineProperty (o, key, {value: v, writable: true, enumerable: true, configurable: true});
export function __pm_classValue (cls, key, value) {
    if (!owns (cls, '__mro__')) return false;
    // Another class's method read through it (`g = A.f`, pmrt/calls.js selfFirst): the
    // method itself, self as `this` here too.
    if (typeof value === 'function' && value.__pm_self_first__ !== undefined) {
        Object.defineProperty (cls, key, {value: value.__pm_self_first__, writable: true, enumerable: true, configurable: true});
        return true;
    }
    if (typeof value === 'function' && value.__pm_method__ === true) {
        Object.defineProperty (cls, key, {get () {return __get__ (this, value);}, set (v) {shadow (this, key, v);}, enumerable: true, configurable: true});
        return true;
    }
    else if (value !== null && typeof value === 'object' && owns (value, '__class__')) {
        const data = typeof value.__set__ === 'function';
        if (typeof value.__get__ !== 'function' && !data) return false;
        // (a data descriptor without __get__ reads as itself, unless the instance has the name)
        const get = typeof value.__get__ !== 'function' ? function () {const side = owns (this, '__pm_dict') ? this.__pm_dict : null; return side && side.has (pyKey (key)) ? side.get (pyKey (key)) : value;} : function () {return owns (this, '__mro__') ? value.__get__ (null, this) : value.__get__ (this.__proxy__ || this, this.__class__);};
        if (data) get.__pm_data = true;
        get.__pm_descr = value;  // `del obj.key` calls its __delete__ (pmrt/calls.js _pm_delattr)
        Object.defineProperty (cls, key, {get,
            set (v) {if (data && !owns (this, '__mro__')) value.__set__ (this.__proxy__ || this, v); else shadow (this, key, v);},
            enumerable: true, configurable: true});
        return true;
    }
    return false;
}
// `type` called as a value (`map(type, xs)`) is `type(x)`: the metaclass is a function.
export var py_metatype = Object.assign (function type (x) {return py_typeof (x);}, {
    __name__: 'type', __qualname__: 'type', __module__: 'builtins',
    __bases__: [],
    __new__: function (meta, name, bases, attribs, kwargs) {
        if (__pm_meta.make) attribs = __pm_meta.attribs (attribs);  // (a metaclass's dict)
        bases = bases.length ? [...bases] : [object];
        if (kwargs !== undefined && !(kwargs && kwargs.__kwargtrans__ !== undefined)) kwargs = undefined;
        var cls = (__pm_meta.make && __pm_meta.caller (meta, bases, () => cls))
            || function () {return cls.__new__.__pm_pynew ? construct (cls, [].slice.apply (arguments)) : cls.__new__ ([].slice.apply (arguments));};
        delete cls.length, delete cls.name;
        const chained = bases [0].__mro__ ? bases [0] : object;
        Object.setPrototypeOf (cls, chained);
        const mro = c3 (cls, bases.map ((b) => b.__mro__ ? b : object));
        const reached = new Set (chained.__mro__), seen = new Set (Object.keys (attribs)), copied = new Set ();
        for (const base of [...mro.slice (1), ...bases.filter ((b) => !b.__mro__)]) {
            for (const key of [...Object.keys (base), ...Object.getOwnPropertySymbols (base)]) {
                if (PER_CLASS.has (key) || seen.has (key) || !seen.add (key) || reached.has (base)) continue;
                Object.defineProperty (cls, key, Object.getOwnPropertyDescriptor (base, key));
                copied.add (key);
            }
        }
        define (cls, '__metaclass__', meta);
        define (cls, '__name__', name.startsWith ('py_') ? name.slice (3) : name); if (!owns (attribs, '__qualname__')) define (cls, '__qualname__', cls.__name__);
        bases.__class__ = tuple;
        define (cls, '__bases__', bases);
        define (cls, '__mro__', mro);
        define (cls, '__pm_copied', copied);
        for (const base of bases) if (owns (base, '__mro__')) (owns (base, '__pm_subs') ? base.__pm_subs : define (base, '__pm_subs', []).__pm_subs).push (cls);
        for (const key of [...Object.keys (attribs), ...Object.getOwnPropertySymbols (attribs)]) {
            Object.defineProperty (cls, key, Object.getOwnPropertyDescriptor (attribs, key));
        }
        for (const key of Object.keys (attribs)) {const held = Object.getOwnPropertyDescriptor (attribs, key); if ('value' in held) __pm_classValue (cls, key, held.value);}
        for (const key of Object.keys (attribs)) {const v = Object.getOwnPropertyDescriptor (attribs, key).value; if (v !== null && typeof v === 'object' && owns (v, '__class__') && typeof v.__set_name__ === 'function') v.__set_name__ (cls, pyKey (key));}
        for (const key of Object.keys (attribs)) if (typeof Object.getOwnPropertyDescriptor (attribs, key).value === 'function' && !STUBLESS.test (key)) {
            for (const proto of [object, String.prototype, Number.prototype, Boolean.prototype, Array.prototype]) if (!(key in proto)) define (proto, key, stub (key));
        }
        // CPython iterates a class with `__getitem__` and no `__iter__` by calling it with 0, 1,
        // 2… until IndexError (the old sequence protocol): `for x in seq`, `list(seq)`, `x in seq`.
        // An `__iter__` later in a subclass's MRO (a mixin with `__getitem__` before UserDict) wins.
        if (owns (attribs, '__getitem__') && !(Symbol.iterator in cls) && !('__iter__' in cls)) define (cls, Symbol.iterator, iterateSequence);
        // `__next__ = step`, `__iter__ = items` (a class body's alias, not a def): JavaScript's
        // loops call `next` and Symbol.iterator, which Transcrypt writes beside defs only.
        if (owns (attribs, '__next__') && !owns (attribs, 'next')) define (cls, 'next', __jsUsePyNext__);
        if (owns (attribs, '__iter__') && !owns (attribs, Symbol.iterator)) define (cls, Symbol.iterator, function () {return this.__iter__ ();});
        const hook = mro.slice (1).find ((k) => Object.prototype.hasOwnProperty.call (k, '__init_subclass__'));
        if (hook) kwargs ? hook.__init_subclass__.call (cls, kwargs) : hook.__init_subclass__.call (cls);
        return cls;
    }
});
py_metatype.__metaclass__ = py_metatype;
function iterateSequence () {
    return typeof this.__iter__ == 'function' ? this.__iter__ () : sequenceIterator.call (this);
}
function* sequenceIterator () {
    for (let i = 0; ; i++) {
        let item;
        try {
            item = this.__getitem__ (i);
        } catch (e) {
            const mro = e && e.__class__ && e.__class__.__mro__;
            if (mro && (mro.includes (IndexError) || mro.includes (StopIteration))) return;
            throw e;
        }
        yield item;
    }
}

// Instances are made by `new` of a constructor per class whose prototype is the class, not by
// Object.create: V8 sizes an object made by `new` from the `this.x =` stores its constructor's
// source shows (plus slack, trimmed once a few instances exist), so a Sprite's twenty-odd fields
// live inside the object; Object.create leaves room for four and puts the rest in a separate
// array, one more load per attribute read (bunnymark's step: about 10%). The stores below never
// run; they only make room for 48 fields.
function constructorOf (cls) {
    const made = function (never) {
        // (V8 counts each store, the same name too)
        if (never) this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = this.a = 0;
    };
    made.prototype = cls;
    define (cls, '__pm_ctor', made);
    return made;
}
export var object = function object () {return object.__new__ ([].slice.apply (arguments));};
delete object.length, delete object.name;
Object.assign (object, {
    // Arguments reaching object's __init__ are CPython's TypeError: a class with neither
    // __init__ nor __new__ takes none (a metaclass's instance, a class, is type's to make).
    __init__: function (self) {
        if (arguments.length > 1 && self.__class__ && !isMeta (self.__class__) && (self.__class__.__init__ !== object.__init__ || self.__class__.__new__ === object.__new__)) {
            throw py_TypeError (self.__class__.__init__ !== object.__init__ ? 'object.__init__() takes exactly one argument (the instance to initialize)' : self.__class__.__name__ + '() takes no arguments', new Error ());
        }
    },
    __init_subclass__: function () {},
    __metaclass__: py_metatype, __name__: 'object', __qualname__: 'object', __module__: 'builtins', __bases__: [],
    // `cls.__subclasses__()`: the classes naming it as a direct base, in the order they were made.
    // A builtin class's would lack CPython's own subclasses: an error, not a shorter list.
    __subclasses__: function () {
        if (!owns (this, '__module__') || this.__module__ == 'builtins') throw AttributeError ("__subclasses__() of builtin class '" + this.__name__ + "' is not available in games", new Error ());
        return owns (this, '__pm_subs') ? this.__pm_subs.slice () : [];
    },
    __setattr__: function (a, b, c) {const [self, name, value] = arguments.length > 2 ? [a, b, c] : [this, a, b]; if (name === '__class__') setClass (self.__pm_target__ || self, value); else (self.__pm_target__ || self) [name] = value;},
    __delattr__: function (a, b) {const [self, name] = arguments.length > 1 ? [a, b] : [this, a]; delete (self.__pm_target__ || self) [name];},
    __new__: function (args) {
        // `object.__new__(cls)`, `super().__new__(cls)`: a bare instance of cls, no __init__.
        const bare = typeof args === 'function' && args.__mro__ !== undefined, klass = bare ? args : this;
        var instance = '__call__' in klass ? (...a) => instance.__call__ (...a) : new (Object.prototype.hasOwnProperty.call (klass, '__pm_ctor') ? klass.__pm_ctor : constructorOf (klass)) ();
        if (typeof instance === 'function') delete instance.length, delete instance.name, Object.setPrototypeOf (instance, klass);
        Object.defineProperty (instance, '__class__', {value: klass, enumerable: true, configurable: true});
        if (klass.__getattr__ || klass.__setattr__ !== object.__setattr__ || klass.__delattr__ !== object.__delattr__) {
            const target = instance;
            instance = instance.__proxy__ = new Proxy (target, {
                // A method stub (another class's method name, see `stub`) is missing here too.
                get: (t, key) => key === '__pm_target__' ? t : typeof key === 'symbol' || !t.__getattr__ || key in t && !(t [key] || {}).__pm_stub ? t [key] : t.__getattr__.call (instance, key),
                set: (t, key, value) => {instance.__setattr__ (key, value); return true;},
                deleteProperty: (t, key) => {instance.__delattr__ (key); return true;}
            });
        }
        if (!bare) this.__init__.apply (null, [instance] .concat (args));
        return instance;
    }
});
// Below `object`, Function.prototype (a class is called, bound, `.call`ed) with its read-only
// `length`, `name` and throwing `caller`, `arguments` shadowed by writable plain values.
Object.setPrototypeOf (object, Object.create (Function.prototype, Object.fromEntries (['length', 'name', 'caller', 'arguments'].map ((k) => [k, {value: undefined, writable: true}]))));
define (object, '__mro__', c3 (object, []));
define (object, 'mro', function () {if (!Object.prototype.hasOwnProperty.call (this, '__mro__')) throw AttributeError ("'" + this.__class__.__name__ + "' object has no attribute 'mro'", new Error ()); return [...this.__mro__];});
define (object, '__pm_copied', new Set ());
// A class body with statements (pyminis/guard/class_bodies.py) comes with `__pm_body__`, which
// runs it into the class's attributes (pmrt/class_bodies.js). A metaclass of the game's (a
// class deriving from `type`) makes and calls its classes through the hooks pmrt/metaclasses.js
// sets here: the module loads with the first metaclass a program defines, so classes
// without one take no step of it.
export const __pm_meta = {construct: (cls, args) => construct (cls, args), isMeta: (cls) => isMeta (cls)};
export const __pm_metaOf = (cls) => __pm_meta.user && __pm_meta.user (cls.__metaclass__) ? cls.__metaclass__ : py_metatype;
export const __pm_classRepr = (cls) => (__pm_meta.repr && __pm_meta.repr (cls)) || "<class '" + (cls.__module__ && cls.__module__ != 'builtins' ? cls.__module__ + '.' : '') + (cls.__qualname__ || cls.__name__) + "'>";
export const __pm_userMeta = (meta) => !!__pm_meta.user && __pm_meta.user (meta);
export function __class__ (name, bases, attribs, meta, kwargs) {
    if (owns (attribs, '__pm_body__')) attribs = attribs.__pm_body__ (attribs);
    // (the first base that is a class: `class Color(str, Enum)` is Enum's, pmrt/enums.js)
    meta = meta || (bases.find ((b) => b.__metaclass__) || object) .__metaclass__;
    if (__pm_meta.make && __pm_meta.user (meta)) return __pm_meta.make (meta, name, Object.assign ([...bases], {__class__: tuple}), attribs, kwargs ? [kwargs] : []);
    return meta.__new__ (meta, name, bases, attribs, kwargs);
};

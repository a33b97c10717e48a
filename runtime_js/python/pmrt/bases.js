// Bases and decorators of typing and abc, with CPython's run-time meaning: generic classes
// subscripted, TypedDict making dicts, runtime-checkable protocols, abstract classes refusing
// to be instantiated.
import {__class__, hasattr, object, py_TypeError} from '../org.transcrypt.__runtime__.js';
import {dict} from './dicts.js';
import {_pm_abc_register, virtualSubclass} from './virtual_subclasses.js';

/**
 * `typing.Generic` as a base (`class Pool(Generic[T])`, `Protocol[T]`): it is in the class's
 * MRO as in CPython, and marks the class generic, so `Pool[int]` is the class (items.js), as
 * CPython's alias behaves when called or subclassed.
 */
export const _pm_Generic = __class__('Generic', [object], {__module__: 'typing', __pm_generic__: true});

/** A class deriving from `typing.TypedDict`: calling it makes a plain dict, as in CPython. */
export const _pm_TypedDict = __class__('TypedDict', [object], {
    __module__: 'typing',
    __new__(args) { return dict(...args); },
});

/** typing's `NewType("Id", int)` and decorators that change nothing (`@final`, `@overload`). */
export function _pm_same(x) {
    return x;
}

/**
 * `@runtime_checkable` on a Protocol: isinstance() checks that the object has the protocol's
 * members, as CPython's does. Not inherited (a class naming the protocol as a base is checked
 * as a class).
 */
export function _pm_runtime_checkable(cls) {
    const members = Object.keys(cls).filter((k) => !(k.startsWith('__') && k.endsWith('__')));
    Object.defineProperty(cls, '__pm_check__', {
        value: (x) => x !== null && x !== undefined && members.every((k) => hasattr(x, k)),
        enumerable: false, configurable: true, writable: true,
    });
    return cls;
}

const ABSTRACT = new WeakMap();  // class → the names of its abstract methods, sorted

function abstractNames(cls) {
    let names = ABSTRACT.get(cls);
    if (names === undefined) {
        names = [];
        for (const k in cls) {  // its own members, copied ones and its first base's (prototype)
            let d;
            for (let c = cls; c !== null && (d = Object.getOwnPropertyDescriptor(c, k)) === undefined;) c = Object.getPrototypeOf(c);
            const member = d && (d.value !== undefined ? d.value : d.get);
            if (member && member.__isabstractmethod__ === true) names.push(k);
        }
        names.sort();
        ABSTRACT.set(cls, names);
    }
    return names;
}

/**
 * `abc.ABC` (and `metaclass=ABCMeta`): a class still holding a method marked by
 * `@abstractmethod` cannot be instantiated, with CPython 3.11's TypeError.
 */
export const _pm_ABC = __class__('ABC', [object], {
    __module__: 'abc',
    __pm_abstract__: true,  // its subclasses answer isinstance() for registered classes too
    __new__(args) {
        const names = abstractNames(this);
        if (names.length) {
            throw py_TypeError(`Can't instantiate abstract class ${this.__name__} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`, new Error());
        }
        return object.__new__.call(this, args);
    },
    /** `Cls.register(sub)`: sub becomes a virtual subclass (isinstance, issubclass), returned. */
    get register() {  // bound to the class, as a classmethod (`@Shape.register` reads it as a value)
        const cls = Object.prototype.hasOwnProperty.call(this, '__bases__') ? this : this.__class__;
        const register = (subclass) => _pm_abc_register(cls, subclass);
        register.__pm_method__ = true;  // calls.js _pm_bind: already bound
        return register;
    },
    /** issubclass() against an abstract class (the runtime's issubclass asks it). */
    __pm_subcheck__(klass) {
        return virtualSubclass(klass, this);
    },
});

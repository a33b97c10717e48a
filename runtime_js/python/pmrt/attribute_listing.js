// `dir(obj)` of an instance or a class of the game, as CPython 3.11 lists it: sorted, the
// instance's attributes, each class's of its MRO (what its body and later stores bound, and the
// names CPython's class dict holds beside them, which the compiler gives through `_pm_def`:
// `__module__`, `__doc__`, `__dict__`, `__weakref__`, `__annotations__`, slots) and object's.
// A def or lambda lists CPython's function names. Other values (builtin values, bound methods,
// modules, classes the compiler did not describe:
// exceptions, enums, dataclasses, builtin subclasses) raise NotImplementedError.
import {NotImplementedError, object} from '../org.transcrypt.__runtime__.js';
import {_pm_vars} from './instance_dict.js';
import {hasOwn, isClass} from './shared.js';
import {typeName} from './typename.js';

// dir(object()) in CPython 3.11.
const OBJECT_NAMES = ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
    '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__',
    '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__',
    '__subclasshook__'];
// A compiled class's own properties that are no attributes of the Python class.
const INTERNAL = new Set(['prototype', '__metaclass__', '__name__', '__qualname__', '__bases__', '__mro__',
    '__class__', '__proxy__']);
// A JavaScript function's own `length` and `name` (read-only data) unless the class stored its own.
const jsOwn = (cls, key) => (key === 'length' || key === 'name') && !Object.getOwnPropertyDescriptor(cls, key).writable
    && Object.getOwnPropertyDescriptor(cls, key).get === undefined;
const pyName = (key) => key === 'py_metatype' ? 'type' : key.startsWith('py_') ? key.slice(3) : key;

function classNames(cls, names) {
    for (const key of Object.getOwnPropertyNames(cls)) {
        if (INTERNAL.has(key) || key.startsWith('__pm') || key.startsWith('_pm_') || jsOwn(cls, key)) continue;
        // A property's getter and setter (`_get_p`, `_set_p`) beside the property `p`.
        const accessor = /^_[gs]et_(.+)$/.exec(key);
        if (accessor && Object.getOwnPropertyDescriptor(cls, accessor[1])?.get !== undefined) continue;
        names.add(pyName(key));
    }
    for (const name of cls.__pm_dir) names.add(name);
    if (hasOwn.call(cls, '__pm_annotated__')) names.add('__annotations__');
}

// dir() of a def or lambda in CPython 3.11, beside what the program stored on it.
const FUNCTION_NAMES = ['__annotations__', '__builtins__', '__call__', '__closure__', '__code__',
    '__defaults__', '__dict__', '__get__', '__globals__', '__kwdefaults__', '__module__', '__name__',
    '__qualname__'];

/** A def or lambda of the program: not a class, builtin, bound method (JS names those `bound f`),
 * partial or cached wrapper, whose attributes CPython lists otherwise. */
function plainFunction(x) {
    return typeof x === 'function' && !hasOwn.call(x, '__mro__') && !hasOwn.call(x, '__class__')
        && x.__pm_builtin === undefined && !x._pm_partial && !('cache_info' in x)
        && !String(x.name).startsWith('bound ');
}

/** `dir(x)` for an instance or a class the compiler described, or a function (else NotImplementedError). */
export function _pm_dir(x) {
    if (plainFunction(x)) {
        const names = new Set([...OBJECT_NAMES, ...FUNCTION_NAMES]);
        for (const name of _pm_vars(x)._pm_m.keys()) names.add(name);
        return [...names].sort();
    }
    const aClass = isClass(x);
    const cls = aClass ? x : x !== null && typeof x === 'object' && typeof x.__class__ === 'function' ? x.__class__ : null;
    const mro = cls !== null && Array.isArray(cls.__mro__) ? cls.__mro__ : null;
    if (mro === null || !mro.every((c) => c === object || hasOwn.call(c, '__pm_dir'))) {
        throw NotImplementedError(`dir() of a ${aClass ? x.__name__ + ' class' : typeName(x)} object: games list ` +
            'the attributes of their own classes and their instances only (pyminis)', new Error());
    }
    const names = new Set(OBJECT_NAMES);
    if (!aClass) for (const name of _pm_vars(x)._pm_m.keys()) names.add(name);
    for (const c of mro) if (c !== object) classNames(c, names);
    return [...names].sort();
}

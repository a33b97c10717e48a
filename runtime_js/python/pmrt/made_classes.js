// `type(name, bases, namespace)`: a class made by a call, as a class statement makes it (Fluent
// Python's record_factory: __slots__, __init__, __repr__, __iter__ in the namespace). Transcrypt
// compiled it as type(name), the str class. The namespace's functions are methods (bound on each
// read, pmrt/class_values.js), its other values class attributes.
import {__class__, object, py_TypeError} from '../org.transcrypt.__runtime__.js';
import {_pm_method_value} from './class_values.js';
import {jsName} from './keywords.js';

/** @param {string} name @param {Array} bases a tuple @param {*} ns a dict @param {string} module the caller's __name__ */
export function _pm_type3(name, bases, ns, module) {
    if (typeof name !== 'string') throw py_TypeError(`type.__new__() argument 1 must be str, not ${typeof name}`, new Error());
    if (!Array.isArray(bases)) throw py_TypeError('type.__new__() argument 2 must be tuple', new Error());
    if (ns === null || typeof ns !== 'object' || ns._pm_dict !== true) throw py_TypeError('type.__new__() argument 3 must be dict', new Error());
    const attribs = {__module__: module};
    for (const key of ns) attribs[jsName(key)] = _pm_method_value(ns.__getitem__(key));
    // as a class statement's: `*obj`, for…of and unpacking ask JavaScript's iterator protocol
    if ('__iter__' in attribs) attribs[Symbol.iterator] = function () {return this.__iter__ ();};
    return __class__(name, bases.length ? [...bases] : [object], attribs);
}

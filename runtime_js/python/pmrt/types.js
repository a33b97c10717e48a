// isinstance() without an exception per call: Transcrypt's tests `'__class__' in x`, which
// throws (and is caught) for every str, number and bool — a thousand times slower there.
import {isinstance, issubclass, object, py_typeof, py_TypeError} from '../org.transcrypt.__runtime__.js';
import {typeName} from './typename.js';
import {_pm_registered} from './virtual_subclasses.js';

/**
 * `isinstance(x, classinfo)` (a class or a tuple of classes), as Transcrypt's answers it; a
 * class with `__pm_check__` (pyminis/stdlib/collections/abc.py) answers for itself; then the
 * classes registered with an abstract class (`Shape.register(Square)`, virtual_subclasses.js).
 */
export function _pm_isinstance(x, classinfo) {
    if (Array.isArray(classinfo)) return classinfo.some((c) => _pm_isinstance(x, c));
    if (classinfo !== null && classinfo !== undefined && typeof classinfo.__pm_check__ === 'function') {
        return !!classinfo.__pm_check__(x) || _pm_registered(x, classinfo);
    }
    if (typeof classinfo !== 'function') throw py_TypeError('isinstance() arg 2 must be a type, a tuple of types, or a union', new Error());
    if (classinfo === object) return true;  // everything is: classes, functions, None
    const t = typeof x;
    if (t === 'string' || t === 'number' || t === 'boolean') return issubclass(py_typeof(x), classinfo) || _pm_registered(x, classinfo);
    return isinstance(x, classinfo) || _pm_registered(x, classinfo);
}

/**
 * A method of list, tuple, set or frozenset read from the class (`list.append(xs, 3)`,
 * `map(set.copy, groups)`): a function taking the object first, with CPython's TypeError for an
 * object of another type (`str.lower` is strings.js's `_pm_strm`, `dict.get` dicts.js's).
 */
export function _pm_typem(cls, name, pyName) {
    return function (self, ...args) {
        if (!_pm_isinstance(self, cls)) {
            throw py_TypeError(`descriptor '${pyName}' for '${cls.__name__}' objects doesn't apply to a '${typeName(self)}' object`, new Error());
        }
        // (a list's, a tuple's: Array.prototype's, not an override of a list subclass's)
        return (Array.isArray(self) ? Array.prototype[name] : self[name]).apply(self, args);
    };
}

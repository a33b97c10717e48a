// isinstance() without an exception per call: Transcrypt's tests `'__class__' in x`, which
// throws (and is caught) for every str, number and bool — a thousand times slower there.
import {isinstance, issubclass, py_typeof} from '../org.transcrypt.__runtime__.js';

/**
 * `isinstance(x, classinfo)` (a class or a tuple of classes), as Transcrypt's answers it; a
 * class with `__pm_check__` (pyminis/stdlib/collections/abc.py) answers for itself.
 */
export function _pm_isinstance(x, classinfo) {
    if (Array.isArray(classinfo)) return classinfo.some((c) => _pm_isinstance(x, c));
    if (classinfo !== null && classinfo !== undefined && typeof classinfo.__pm_check__ === 'function') {
        return !!classinfo.__pm_check__(x);
    }
    const t = typeof x;
    if (t === 'string' || t === 'number' || t === 'boolean') return issubclass(py_typeof(x), classinfo);
    return isinstance(x, classinfo);
}

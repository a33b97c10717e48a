// Virtual subclasses: `Shape.register(Square)` (abc.ABC's, collections.abc's), which isinstance()
// and issubclass() then accept, as CPython's ABCMeta. Its own file: isinstance (types.js) asks
// it in every game, the ABC class itself only games that import abc.
import {py_typeof, py_TypeError, RuntimeError} from '../org.transcrypt.__runtime__.js';

const REGISTERED = [];  // [abstract class, its registered virtual subclass], in order

/** Is `klass` a subclass of `cls`, really or through registrations (CPython's ABCMeta)? */
export function virtualSubclass(klass, cls) {
    const targets = [cls];
    const seen = new Set(targets);
    while (targets.length) {
        const target = targets.pop();
        if (klass === target || realSubclass(klass, target)) return true;
        for (const [abstract, sub] of REGISTERED) {  // registered with target or a subclass of it
            if ((abstract === target || realSubclass(abstract, target)) && !seen.has(sub)) {
                seen.add(sub);
                targets.push(sub);
            }
        }
    }
    return false;
}

function realSubclass(klass, cls) {
    const bases = klass !== null && klass !== undefined && klass.__bases__ ? [...klass.__bases__] : [];
    while (bases.length) {
        const base = bases.shift();
        if (base === cls) return true;
        if (base.__bases__) bases.push(...base.__bases__);
    }
    return false;
}

/**
 * isinstance() beyond a class's own answer: is `x`'s class registered with the abstract class
 * `cls` (or with a class under it)? False at once while nothing is registered.
 */
export function _pm_registered(x, cls) {
    return REGISTERED.length > 0 && cls.__pm_abstract__ === true && virtualSubclass(py_typeof(x), cls);
}

/** `ABC.register(subclass)` (and collections.abc's): CPython's ABCMeta.register. */
export function _pm_abc_register(cls, subclass) {
    if (typeof subclass !== 'function' || subclass.__bases__ === undefined) {
        throw py_TypeError('Can only register classes', new Error());
    }
    if (virtualSubclass(subclass, cls)) return subclass;  // already a subclass: nothing to record
    if (virtualSubclass(cls, subclass)) throw RuntimeError('Refusing to create an inheritance cycle', new Error());
    REGISTERED.push([cls, subclass]);
    return subclass;
}

/** issubclass(klass, cls) of an abstract class of collections.abc: by bases and registrations. */
export function _pm_abc_subclass(klass, cls) {
    return typeof klass === 'function' && virtualSubclass(klass, cls);
}

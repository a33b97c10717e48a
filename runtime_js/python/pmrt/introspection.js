// Python's `__name__`, `__qualname__`, `__doc__` and `__module__` of defs, lambdas and classes,
// given only in programs that read them (pyminis/guard/transcrypt_meta.py emits the calls).
import {hasOwn} from './shared.js';

/**
 * A decorator giving a def, lambda or class its metadata; for a class, `methods` lists
 * [property name, qualname, doc, …] of its plain methods. No qualname: nothing to give (a
 * method's decorator returned an object without one).
 * @param {string|undefined} qualname @param {?string} doc @param {string} module @param {Array=} methods
 * @returns {function(*): *}
 */
export function _pm_def(qualname, doc, module, methods) {
    return (f) => {
        if (f === null || (typeof f !== 'function' && typeof f !== 'object') || qualname === undefined) return f;
        describe(f, qualname, doc, module);
        for (let i = 0; methods !== undefined && i < methods.length; i += 3) {
            const own = Object.getOwnPropertyDescriptor(f, methods[i]);
            if (own !== undefined && typeof own.value === 'function') describe(own.value, methods[i + 1], methods[i + 2], module);
        }
        return f;
    };
}

function describe(f, qualname, doc, module) {
    if (!hasOwn.call(f, '__mro__')) give(f, '__name__', qualname.slice(qualname.lastIndexOf('.') + 1));
    give(f, '__qualname__', qualname);
    give(f, '__doc__', doc);
    give(f, '__module__', module);
}

// Not enumerable: a function's `__dict__` holds only what the program stored on it.
const give = (f, key, value) => Object.defineProperty(f, key, {value, writable: true, configurable: true});

/** A bound method reads its function's metadata (`self.on_hit.__name__`). */
export function describeBound(bound, f) {
    if (f.__qualname__ !== undefined) describe(bound, f.__qualname__, f.__doc__, f.__module__);
    return bound;
}

/**
 * A builtin function read as a value (`key=len`, `print(print)`), as CPython's
 * `builtin_function_or_method`: `<built-in function len>`, `len.__name__`, `type(len)`. The
 * guard passes each such read through here (pyminis/guard/rewrite.py BUILTIN_FUNCTIONS), so
 * builtins no program reads as values carry nothing.
 * @param {!Function} f @param {string} name @returns {!Function} f itself (`len is len`)
 */
export function _pm_bf(f, name) {
    if (!hasOwn.call(f, '__pm_builtin')) markBuiltin(f, name, undefined);
    return f;
}

/** Marks a builtin function, or (`owner` given) a method bound to a builtin value (`xs.append`). */
export function markBuiltin(f, name, owner) {
    if (name.startsWith('py_')) name = name.slice(3);  // (Transcrypt's name of `get`, `keys`…)
    Object.defineProperty(f, '__pm_builtin', {value: owner === undefined ? true : owner});
    give(f, '__name__', name);
    give(f, '__qualname__', name);
    if (owner === undefined) give(f, '__module__', 'builtins');
    return f;
}

// Python's `__name__`, `__qualname__`, `__doc__` and `__module__` of defs, lambdas and classes,
// and a function's `__defaults__` and `__kwdefaults__` (the values its parameters take, the
// same objects), given only in programs that read them (pyminis/guard/transcrypt_meta.py emits
// the calls).
import {PyDict} from './dicts.js';
import {_pm_tup} from './items.js';
import {hasOwn, typeName, isClass} from './shared.js';
import {AttributeError, bool, float, int, list, object, py_metatype, str, tuple} from '../org.transcrypt.__runtime__.js';

/**
 * A decorator giving a def, lambda or class its metadata; for a class, `methods` lists
 * [property name, qualname, doc, defaults, kwdefaults, …] of its plain methods. No qualname:
 * nothing to give (a method's decorator returned an object without one). `defaults`: the
 * positional parameters' default values; `kwdefaults`: [name, value, …] of the keyword-only
 * ones (null: none; undefined: a wrapper's, left as they are). `listed`: the names a class's
 * dict holds beyond its own properties, for `dir()` (pmrt/attribute_listing.js).
 * @param {string|undefined} qualname @param {?string} doc @param {string} module @param {?Array=} methods
 * @param {?Array=} defaults @param {?Array=} kwdefaults
 * @returns {function(*): *}
 */
export function _pm_def(qualname, doc, module, methods, defaults, kwdefaults, listed) {
    return (f) => {
        if (f === null || (typeof f !== 'function' && typeof f !== 'object') || qualname === undefined) return f;
        describe(f, qualname, doc, module, tupled(defaults), pairs(kwdefaults));
        if (listed !== undefined) Object.defineProperty(f, '__pm_dir', {value: listed});
        for (let i = 0; methods != null && i < methods.length; i += 5) {
            const own = Object.getOwnPropertyDescriptor(f, methods[i]);
            const [name, dflts, kwdflts] = [methods[i + 1], tupled(methods[i + 3]), pairs(methods[i + 4])];
            if (own !== undefined && typeof own.value === 'function') {
                describe(own.value, name, methods[i + 2], module, dflts, kwdflts);
            } else if (own !== undefined && own.get !== undefined && own.set === undefined) {
                // Transcrypt's `__init__`, a getter making the function bound to the object read.
                const get = own.get;
                Object.defineProperty(f, methods[i], {get() {
                    const m = get.call(this);
                    if (typeof m === 'function') describe(m, name, methods[i + 2], module, dflts, kwdflts);
                    return m;
                }, enumerable: own.enumerable, configurable: true});
            }
        }
        return f;
    };
}

/** Metadata on a function; `defaults` and `kwdefaults` undefined: left as they are. */
function describe(f, qualname, doc, module, defaults, kwdefaults) {
    give(f, '__qualname__', qualname);
    give(f, '__doc__', doc);
    give(f, '__module__', module);
    if (hasOwn.call(f, '__mro__')) return;  // a class: its name is its own
    give(f, '__name__', qualname.slice(qualname.lastIndexOf('.') + 1));
    if (defaults !== undefined) give(f, '__defaults__', defaults);
    if (kwdefaults !== undefined) give(f, '__kwdefaults__', kwdefaults);
}

// Not enumerable: a function's `__dict__` holds only what the program stored on it.
const give = (f, key, value) => Object.defineProperty(f, key, {value, writable: true, configurable: true});

const tupled = (items) => items == null ? items : _pm_tup(items);

function pairs(items) {
    if (items == null) return items;
    const d = new PyDict();
    for (let i = 0; i < items.length; i += 2) d.__setitem__(items[i], items[i + 1]);
    return d;
}

const META = ['__name__', '__qualname__', '__doc__', '__module__', '__defaults__', '__kwdefaults__'];

/** A bound method reads its function's metadata (`self.on_hit.__name__`). */
export function describeBound(bound, f) {
    if (f.__qualname__ !== undefined) for (const k of META) if (f[k] !== undefined) give(bound, k, f[k]);
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

/**
 * A standard module's function or class read as a value, given CPython's metadata of it
 * (pyminis/guard/standard_metadata.py): `math.sqrt.__name__`, `functools.reduce.__module__`
 * ("_functools"), `<built-in function sqrt>`. The same object back (`f is math.sqrt`).
 * @param {*} f @param {string} name @param {string} qualname @param {?string} module
 * @param {boolean} builtin @returns {*}
 */
export function _pm_meta(f, name, qualname, module, builtin) {
    if (f === null || (typeof f !== 'function' && typeof f !== 'object') || hasOwn.call(f, '__pm_meta')) return f;
    Object.defineProperty(f, '__pm_meta', {value: true});
    if (builtin && typeof f === 'function' && !hasOwn.call(f, '__mro__')) markBuiltin(f, name, undefined);
    else if (!hasOwn.call(f, '__mro__')) give(f, '__name__', name);
    give(f, '__qualname__', qualname);
    give(f, '__module__', module);
    return f;
}

// The builtin types that are no classes of the runtime's (no own `__mro__`: code tells classes
// by it), with their MRO as CPython gives it.
// (made when first asked for: the runtime's bindings are not all set when this module loads)
let builtinMros = null;
const mros = () => builtinMros ??= new Map([[int, [int]], [float, [float]], [str, [str]], [list, [list]],
    [tuple, [tuple]], [bool, [bool, int]], [py_metatype, [py_metatype]]]);

/** `cls.__mro__`: a class's, a builtin type's (`int.__mro__`), else CPython's AttributeError. */
export function _pm_mro(cls) {
    if (isClass(cls) && cls !== list) return cls.__mro__;
    if (mros().has(cls)) return _pm_tup([...mros().get(cls), object]);
    if (cls !== null && cls !== undefined && cls.__name__ === 'range' && cls.__module__ === 'builtins') return _pm_tup([cls, object]);
    const mro = cls === null || cls === undefined ? undefined : cls.__mro__;
    if (typeof cls === 'function' && mro !== undefined) return _pm_tup([...mro]);  // (dict, set: getters)
    throw AttributeError(`'${typeName(cls)}' object has no attribute '__mro__'`, new Error());
}

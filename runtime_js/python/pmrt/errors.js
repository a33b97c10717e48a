// Python's exceptions for compiled code: the built-in classes Transcrypt's import list lacks
// (defined in its runtime by runtime_js/python/runtime_exceptions.js, re-exported here for the
// guard's import line), JavaScript errors seen as Python's, `raise` and `with`.
import {
    AttributeError, NameError, RecursionError, JavaScriptError, py_TypeError, ImportError, UnboundLocalError,
    SystemExit, __class__, object,
} from '../org.transcrypt.__runtime__.js';
import {_pm_truth} from './compare.js';

export {
    ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError, LookupError,
    RuntimeError, RecursionError, NameError, UnboundLocalError, GeneratorExit, SystemExit,
    KeyboardInterrupt, StopAsyncIteration, OSError, ConnectionError, TimeoutError,
    FileNotFoundError, ImportError, ModuleNotFoundError, MemoryError, EOFError, BufferError,
    UnicodeError, JavaScriptError,
} from '../org.transcrypt.__runtime__.js';

/**
 * What an `except` clause sees: a Python exception as it is; a JavaScript error as the Python
 * exception CPython raises for the same mistake (calling None: TypeError; an attribute of None:
 * AttributeError; too deep a recursion: RecursionError; an unknown name: NameError), anything
 * else a JavaScriptError (an Exception) holding the original as `.js`.
 * @param {*} e what was thrown
 * @returns {*} a Python exception
 */
export function _pm_exc(e) {
    if (e !== null && typeof e === 'object' && e.__args__ !== undefined) return e;
    return fromJs(e);
}

const NONE_ATTRIBUTE = /^Cannot (?:read|set) propert(?:y|ies) of (?:null|undefined)(?: \((?:reading|setting) '(.*)'\))?/;
// `n.x = 1` of a number, str or bool (an attribute store JavaScript refuses in strict mode).
const VALUE_STORE = /^Cannot create property '(.*)' on (number|string|boolean|bigint) '(.*)'$/;
const VALUE_TYPES = {string: 'str', boolean: 'bool', bigint: 'int'};
// `p.z = 1` of a frozen dataclass instance, the one Python object that refuses new properties
// (pmrt/dataclasses.js freeze): its error, given by dataclasses.js when a game uses it.
const NOT_EXTENSIBLE = /^Cannot add property (.*), object is not extensible$/;
export const frozenStore = {error: null};

function fromJs(e) {
    if (e !== null && typeof e === 'object' && hasClass(e)) return e;  // a Python object raised
    const message = e instanceof Error ? e.message : String(e);
    let py;
    if (e instanceof RangeError && /call stack/.test(message)) {
        py = RecursionError('maximum recursion depth exceeded', e);
    } else if (e instanceof TypeError) {
        const none = NONE_ATTRIBUTE.exec(message);
        const store = VALUE_STORE.exec(message);
        const frozen = NOT_EXTENSIBLE.exec(message);
        if (frozen && frozenStore.error !== null) {
            py = frozenStore.error(frozen[1].replace(/^py_/, ''), e);
        } else if (none) {
            const name = none[1] === undefined ? '' : none[1].replace(/^py_/, '');
            py = AttributeError(`'NoneType' object has no attribute '${name}'`, e);
        } else if (store) {
            const kind = VALUE_TYPES[store[2]] ?? (/^-?\d+$/.test(store[3]) ? 'int' : 'float');
            py = AttributeError(`'${kind}' object has no attribute '${store[1].replace(/^py_/, '')}'`, e);
        } else {
            py = py_TypeError(message.replace(/ is not a function$/, ' is not callable'), e);
        }
    } else if (e instanceof ReferenceError) {
        py = NameError(message.replace(/^(\S+) is not defined$/, "name '$1' is not defined"), e);
    } else {
        py = JavaScriptError(message, e instanceof Error ? e : new Error());
    }
    py.js = e;
    return py;
}

function hasClass(x) {
    return Object.prototype.hasOwnProperty.call(x, '__class__');
}

/** What `del name` leaves in the variable: JavaScript's undefined, never a Python value. */
export const _pm_undef = undefined;

/** What a name that may be read unbound holds until it is bound (guard/unbound.py). */
export const _pm_unset = Object.freeze({__pm_unset: true});

/**
 * A read of a name that may be unbound: CPython's UnboundLocalError (a function's local) or
 * NameError (a module's name, after the `except … as` that deleted it).
 * @param {*} value @param {string} name @param {number} local @returns {*}
 */
export function _pm_ul(value, name, local) {
    if (value !== _pm_unset) return value;
    throw local ? UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`, new Error())
        : NameError(`name '${name}' is not defined`, new Error());
}

/**
 * A read of a name some `del` unbinds: NameError once it is deleted.
 * @param {*} value @param {string} name @returns {*}
 */
export function _pm_nm(value, name) {
    if (value === undefined) throw NameError(`name '${name}' is not defined`, new Error());
    return value;
}

/**
 * `from module import name` inside a try that catches ImportError: the member (read statically,
 * so the bundle keeps only it), or CPython's ImportError where the module has none.
 * @param {*} value @param {string} name @param {string} module @returns {*}
 */
export function _pm_from(value, name, module) {
    if (value === undefined) throw ImportError(`cannot import name '${name}' from '${module}'`, new Error());
    return value;
}

/**
 * `raise x`, `raise x from cause`, inside the handler of `context` (or null): the exception
 * to throw, made from a class if one is given, with Python's chaining attributes.
 * @param {*} x @param {*} context @param {*} [cause] @returns {*}
 */
export function _pm_raise(x, context, cause) {
    x = instance(x);
    if (arguments.length > 2) {
        x.__cause__ = cause === null ? null : instance(cause);
        x.__suppress_context__ = true;
    }
    if (context !== null && context !== x) x.__context__ = context;
    return x;
}

function instance(x) {
    if (typeof x === 'function' && x.__bases__ !== undefined) x = x();
    if (x === null || typeof x !== 'object' || x.__args__ === undefined) {
        throw py_TypeError('exceptions must derive from BaseException', new Error());
    }
    return x;
}

// What `with` passes to `__exit__` as the traceback: CPython's is a traceback object, never
// None when an exception is passed; compiled code has no frames to describe, so one object
// serves (a caught exception's own `__traceback__` stays None: setting it at every `except`
// would cost every game's bundle). Made on first use: Transcrypt's runtime imports this module
// (through pmrt/builtinfns.js) before it defines `object`.
let traceback = null;

function tracebackObject() {
    if (traceback === null) traceback = __class__('traceback', [object], {__module__: 'builtins'})();
    return traceback;
}

/** types.TracebackType: the class of traceback objects (pyminis/stdlib/types.py). */
export function _pm_traceback_type() {
    return tracebackObject().__class__;
}

/**
 * The end of a `with` block: `manager.__exit__(type, value, traceback)` for the exception `e`,
 * or `(None, None, None)` when e is null. Returns whether the exception is suppressed.
 * @param {*} manager @param {*} e @returns {boolean}
 */
export function _pm_exit(manager, e) {
    if (e === null) {
        manager.__exit__(null, null, null);
        return false;
    }
    return _pm_truth(manager.__exit__(e.__class__, e, e.__traceback__ !== null && e.__traceback__ !== undefined ? e.__traceback__ : tracebackObject()));
}

/**
 * The builtins exit() and quit(): raise SystemExit(status) as CPython's do (the lint refuses
 * keywords and reading them as values).
 * @param {...*} args none, or the status
 */
export function _pm_quit(...args) {
    if (args.length > 1) throw py_TypeError(`Quitter.__call__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`, new Error());
    throw SystemExit(...args, new Error());
}

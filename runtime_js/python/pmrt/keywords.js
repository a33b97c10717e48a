// Names as Transcrypt writes them: it renames some attributes and keywords (`type` →
// `py_metatype`, `name` → `py_name`: TRANSCRYPT.md), and (`-k`) passes keyword arguments as a
// last object marked `__kwargtrans__`.
import {py_TypeError} from '../org.transcrypt.__runtime__.js';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The property name Transcrypt writes for a Python attribute name: its renamed names
 * (compiler.py "predef_aliases"; pyminis/guard/facts.py JS_ALIASES is the same table). The
 * table lives inside the function: the prune reads the names in it as uses only when a
 * bundle calls jsName (pyminis/compile/prune.py).
 * @param {string} name @returns {string}
 */
export function jsName(name) {
    const aliases = {
        arguments: 'py_arguments', case: 'py_case', clear: 'py_clear', default: 'py_default', del: 'py_del',
        enumerate: 'py_enumerate', false: 'py_false', get: 'py_get', Infinity: 'py_Infinity', is: 'py_is',
        isNaN: 'py_isNaN', iter: 'py_iter', items: 'py_items', keys: 'py_keys', name: 'py_name', NaN: 'py_NaN',
        new: 'py_new', next: 'py_next', pop: 'py_pop', popitem: 'py_popitem', replace: 'py_replace',
        selector: 'py_selector', sort: 'py_sort', split: 'py_split', switch: 'py_switch', type: 'py_metatype',
        TypeError: 'py_TypeError', update: 'py_update', copy: 'py_copy', deepcopy: 'py_deepcopy',
        values: 'py_values', fromkeys: 'py_fromkeys', reversed: 'py_reversed', setdefault: 'py_setdefault',
    };
    return hasOwn.call(aliases, name) ? aliases[name] : name;
}

/** @param {*} x @returns {boolean} the keyword object of a call */
export function isKeywords(x) {
    return x !== null && typeof x === 'object' && hasOwn.call(x, '__kwargtrans__');
}

/**
 * The Python name of a keyword as it arrives (`py_metatype` → `type`, `py_name` → `name`).
 * @param {string} key @returns {string}
 */
export function pythonKey(key) {
    if (key === 'py_metatype') return 'type';
    return key.startsWith('py_') ? key.slice(3) : key;
}

/**
 * The keywords of a call as a Map of Python names, leaving out the markers.
 * @param {Object} keywords @returns {Map<string, *>}
 */
export function keywordMap(keywords) {
    const map = new Map();
    for (const key of Object.keys(keywords)) {
        if (key !== '__kwargtrans__' && key !== 'constructor') map.set(pythonKey(key), keywords[key]);
    }
    return map;
}

/**
 * A method's arguments by name (CPython's errors for an unknown or repeated keyword).
 * @param {string} fn the method's name, for messages @param {string[]} names its parameters
 * @param {IArguments|Array<*>} args @returns {Array<*>} one value per name (undefined: not given)
 */
export function bindArgs(fn, names, args) {
    const values = Array.prototype.slice.call(args);
    if (!isKeywords(values[values.length - 1])) {
        if (values.length > names.length) {
            throw py_TypeError(`${fn}() takes at most ${names.length} arguments (${values.length} given)`, new Error());
        }
        return values;
    }
    const keywords = keywordMap(values.pop());
    if (values.length > names.length) {
        throw py_TypeError(`${fn}() takes at most ${names.length} arguments (${values.length} given)`, new Error());
    }
    for (const [key, value] of keywords) {
        const at = names.indexOf(key);
        if (at < 0) throw py_TypeError(`${fn}() got an unexpected keyword argument '${key}'`, new Error());
        if (at < values.length && values[at] !== undefined) {
            throw py_TypeError(`argument for ${fn}() given by name ('${key}') and position (${at + 1})`, new Error());
        }
        values[at] = value;
    }
    return values;
}

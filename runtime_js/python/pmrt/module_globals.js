// `globals()` read in games (pyminis/guard/module_globals.py): a dict over the module's names,
// read when asked, so live as CPython's: its dunders first, then the names bound so far in the
// order CPython binds them (the compiler's list), each read through a closure (an unbound
// name reads undefined, or throws before its `let`).
import {NotImplementedError} from '../org.transcrypt.__runtime__.js';
import {PyDict} from './dicts.js';

// CPython 3.11's dunders of a module run as the program, and of an imported one
// (`__annotations__` there only when its body annotates a name).
const MAIN = ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__',
    '__builtins__', '__file__', '__cached__'];
const IMPORTED = ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__cached__',
    '__builtins__'];
// Those of the program's module whose value games have (None for the program's module).
const MAIN_NONE = new Set(['__package__', '__spec__', '__cached__']);

function unreadable(k) {
    return NotImplementedError(`globals()['${k}']: games have no value for it (pyminis)`, new Error());
}

// What a name without a value here reads: an object any use of which raises (printing it,
// comparing it, reading its attributes or type), so `.items()` filtered by name still works.
const poisons = new Map();
function poison(k) {
    if (!poisons.has(k)) {
        const fail = () => { throw unreadable(k); };
        poisons.set(k, new Proxy({}, {get: fail, has: fail, set: fail, deleteProperty: fail, ownKeys: fail,
            getPrototypeOf: fail, defineProperty: fail, getOwnPropertyDescriptor: fail}));
    }
    return poisons.get(k);
}

/** A Map (what PyDict keeps its items in) over the module's names. */
class GlobalsMap {
    constructor(module, listing) {
        const [doc, annotated, entries] = listing;
        this.main = module === '__main__';
        this.module = module;
        this.doc = doc;
        this.dunders = this.main ? MAIN : annotated ? IMPORTED.concat(['__annotations__']) : IMPORTED;
        this.entries_ = new Map(entries.map((e) => [e[0], e]));
    }
    /** [bound, value] of a name of the module (value undefined: bound, without a value here). */
    read(k) {
        if (this.dunders.includes(k)) {
            if (k === '__name__') return [true, this.module];
            if (k === '__doc__') return [true, this.doc];
            return [true, this.main && MAIN_NONE.has(k) ? null : undefined];
        }
        const e = this.entries_.get(k);
        if (e === undefined) return [false, undefined];
        let v;
        try {
            v = e[1]();
        } catch (error) {
            return [e[2] === 1, undefined];
        }
        return [v !== undefined || e[2] === 1, v];
    }
    names() {
        const bound = [];
        for (const k of this.entries_.keys()) if (this.read(k)[0]) bound.push(k);
        return this.dunders.concat(bound);
    }
    get size() { return this.names().length; }
    has(k) { return typeof k === 'string' && this.read(k)[0]; }
    get(k) {
        const [bound, v] = typeof k === 'string' ? this.read(k) : [false, undefined];
        return bound && v === undefined ? poison(k) : v;
    }
    set() { throw unreadable('…'); }  // writes are refused by the guard
    delete() { throw unreadable('…'); }
    keys() { return this.names()[Symbol.iterator](); }
    values() { return this.names().map((k) => this.get(k))[Symbol.iterator](); }
    entries() { return this.names().map((k) => [k, this.get(k)])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    forEach(f) { for (const [k, v] of this.entries()) f(v, k, this); }
}

/** `globals()` in a module whose names `listing` gives (module_globals.py `module_js`). */
export function _pm_globals(module, listing) {
    const d = new PyDict();
    d._pm_m = new GlobalsMap(module, listing());
    return d;
}

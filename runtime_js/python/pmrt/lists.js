// Classes deriving from list (`class Stack(list)`, `class Path(list)`): the guard writes the
// base `list` as `_pm_list`, which is the runtime's `list` made a base once. An instance is a
// real JS array whose prototype is its class, so every array path (len, indexing, slicing,
// iteration, repr, ==, +, in, sorting, json) takes it as the list it is, while the class's own
// methods come first on its prototype chain: Stack → list (the array methods, copied) → object.
// The guard refuses what these paths would bypass (pyminis/guard/list_subclasses.py): dunder
// overrides other than __init__, __repr__ and __str__, and method names JS arrays have (but push:
// the runtime calls Array.prototype.push itself on lists).
import {list, object, py_metatype, py_TypeError, tuple} from '../org.transcrypt.__runtime__.js';
import {toArray} from './compare.js';
import {hasOwn, isClass} from './shared.js';

const SKIPPED = new Set(['length', 'constructor', '__class__', '__str__']);

/** `list` made a class Python classes derive from (once; the first derivation calls this). */
function derivableList() {
    if (hasOwn.call(list, '__mro__')) return list;
    Object.setPrototypeOf(list, object);
    delete list.length;  // (read-only on a function: a subclass could not be given one)
    delete list.name;
    for (const key of Reflect.ownKeys(Array.prototype)) {
        if (SKIPPED.has(key)) continue;
        const m = Array.prototype[key];
        if (typeof m !== 'function' || m.__pm_stub) continue;  // (another class's method name)
        // Read from the class (`list.append(self, x)`, `list.__repr__(self)`), a method is
        // unbound as in Python: the list is its first argument; read from an instance, `this`.
        const unbound = function (...a) {
            return isClass(this) ? m.apply(a[0], a.slice(1)) : m.apply(this, a);
        };
        Object.defineProperty(list, key, {value: unbound, writable: true, configurable: true});
    }
    // (ArraySpeciesCreate reads `constructor`: slices, `+`, map give plain lists, as CPython's)
    Object.defineProperty(list, 'constructor', {value: Array, writable: true, configurable: true});
    const define = (key, value) => Object.defineProperty(list, key, {value, writable: true, configurable: true});
    define('__module__', 'builtins');
    define('__metaclass__', py_metatype);
    define('__bases__', Object.assign([object], {__class__: tuple}));
    define('__mro__', Object.assign([list, object], {__class__: tuple}));
    define('__pm_copied', new Set());
    define('__new__', function (args) {
        // `super().__new__(cls)`: a bare instance of cls, no __init__ (as object.__new__).
        const bare = typeof args === 'function' && args.__mro__ !== undefined, klass = bare ? args : this;
        const self = [];
        if (klass === list) return self;
        if (!Object.prototype.isPrototypeOf.call(list, klass)) {
            // (a class naming another base before list: its instances could not be arrays)
            throw py_TypeError(`${klass.__name__}: list must be the first base of a class deriving from it in games`, new Error());
        }
        Object.setPrototypeOf(self, klass);
        Object.defineProperty(self, '__class__', {value: klass, writable: true, configurable: true});
        if (!bare) klass.__init__.apply(null, [self].concat(args));
        return self;
    });
    // `list.__init__(self, iterable=())`: CPython's empties the list, then extends it.
    define('__init__', function (self, ...args) {
        const last = args[args.length - 1];
        if (last !== null && typeof last === 'object' && hasOwn.call(last, '__kwargtrans__')) {
            throw py_TypeError("list() takes no keyword arguments", new Error());
        }
        if (args.length > 1) throw py_TypeError(`list expected at most 1 argument, got ${args.length}`, new Error());
        const items = args.length ? toArray(args[0], true) : [];
        self.length = 0;
        for (const item of items) Array.prototype.push.call(self, item);
    });
    // What pyminis/guard/list_subclasses.py refuses in the class's own module, refused when a
    // class of another module (or a mixin after list) brings it: a special method the array paths
    // bypass, a member JavaScript's array methods would find instead of their own.
    define('__init_subclass__', function () {
        const bad = Object.prototype.isPrototypeOf.call(list, this) ? Reflect.ownKeys(this).find((k) => typeof k === 'string'
            && (JS_NAMES.has(k) || (k.startsWith('__') && k.endsWith('__') && !ALLOWED.has(k) && !k.startsWith('__pm')))) : 'list';
        if (bad !== undefined) {
            throw py_TypeError(`${this.__name__}.${bad}: a class deriving from list cannot have this in games (PM142)`, new Error());
        }
    });
    return list;
}

const ALLOWED = new Set(['__init__', '__repr__', '__str__', '__module__', '__qualname__', '__doc__', '__name__',
    '__bases__', '__mro__', '__metaclass__', '__class__', '__dict__', '__weakref__', '__annotations__']);
const JS_NAMES = new Set(['length', 'at', 'concat', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find',
    'findIndex', 'findLast', 'findLastIndex', 'flat', 'flatMap', 'forEach', 'includes', 'indexOf', 'join',
    'lastIndexOf', 'map', 'reduce', 'reduceRight', 'shift', 'slice', 'some', 'splice', 'toLocaleString',
    'toReversed', 'toSorted', 'toSpliced', 'toString', 'unshift', 'with']);

export const _pm_list = /* @__PURE__ */ derivableList();

// Python's dict, replacing Transcrypt's (a JS object with string keys): insertion order for every
// key type, any hashable key (tuples, frozensets, None, numbers, objects with __hash__/__eq__,
// other objects by identity), 1 == 1.0 == True the same key, KeyError for a missing key, views,
// and a `dict` that classes can derive from (collections builds on it).
//
// Storage: one JS Map in insertion order. Its keys are canonical: a string, number or BigInt
// stands for itself (True for 1, 2.0 for 2, -0.0 for 0, the original kept aside in `_pm_k`);
// any other key (a tuple, an object with __hash__) is represented by the first equal key
// inserted, found through buckets of Python hashes (`_pm_h`); an object without __eq__ stands
// for itself. String keys, the common case, are one Map lookup.
//
// Imported by the runtime's own module (runtime_fixes.py): nothing here may use a runtime
// binding while the module loads, only inside functions.
import {KeyError, RuntimeError, StopIteration, ValueError, py_TypeError, repr, tuple} from '../org.transcrypt.__runtime__.js';
import {MAX_SAFE, PyFloat, numRepr} from './numbers.js';
import {NotImplemented, _pm_eq, takeKwargs, toArray} from './compare.js';
import {derivable, hasOwn, isTuple, typeName, unhashable} from './shared.js';

const MISSING = undefined;

/** @param {*} o @returns {boolean} a dict or an instance of a dict subclass */
export function isDictLike(o) {
    return o !== null && typeof o === 'object' && o._pm_dict === true;
}

// ---- keys ----------------------------------------------------------------------------------

/** A key that is its own canonical key: a str, or an int of 32 bits (the Map's SameValueZero
 * finds 0 for -0.0, as Python does). Checked before primitiveKey on the hot paths. */
function ownKey(k) {
    return typeof k === 'string' || (typeof k === 'number' && (k | 0) === k);
}

/** Two tuples whose items are identical (`===`) one by one: equal for Python too (its tuple
 * comparison tries identity first; -0 === 0 as -0.0 == 0), without _pm_eq's dispatch. */
function sameItems(a, b) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}

/**
 * The canonical Map key of a key that stands for itself, or undefined for one that needs the
 * buckets (tuples, frozensets, objects with __eq__ or __hash__).
 */
function primitiveKey(k) {
    switch (typeof k) {
        case 'string': return k;
        case 'number':
            if (k > MAX_SAFE || k < -MAX_SAFE) return Number.isInteger(k) ? BigInt(k) : k;
            return k === 0 ? 0 : k;  // -0.0 and 0 are one key
        case 'boolean': return k ? 1 : 0;
        case 'bigint': return k <= MAX_SAFE && k >= -MAX_SAFE ? Number(k) : k;
        case 'undefined': return null;
        case 'function': return k;
        case 'symbol': return k;
        default:
            if (k === null) return null;
            if (k instanceof PyFloat) return primitiveKey(k.value);
            if (Array.isArray(k)) {
                if (!isTuple(k)) throw unhashable(k);
                return undefined;
            }
            // A Fraction equal to an int or float; an IntEnum's, a StrEnum's, a `(str, Enum)`'s
            // member: its value (pmrt/enums.js).
            if (typeof k._pm_number === 'function') {
                const n = k._pm_number();
                if (n != null) return primitiveKey(n);
            }
            if (k.__pm_hash !== undefined || '__hash__' in k || (typeof k.__eq__ === 'function' && k.__class__ !== undefined)) {
                return undefined;
            }
            return k;  // an object compared by identity
    }
}

const ids = new WeakMap();
let nextId = 1;

/**
 * The bucket of a key that needs one: a 32-bit hash equal for keys Python finds equal (it is
 * not CPython's hash(); sets need that one, pmrt/hashing.js, and dicts do without it).
 * Raises TypeError for an unhashable key.
 */
function bucketOf(k) {
    const p = primitiveKey(k);
    if (p === undefined) {
        if (Array.isArray(k)) {  // a tuple
            let h = k.length | 0;
            for (let i = 0; i < k.length; i++) {
                const e = k[i];  // a small int is its own bucket (as bucketOf gives it)
                h = (Math.imul(h, 1000003) ^ (typeof e === 'number' && (e | 0) === e ? e : bucketOf(e))) | 0;
            }
            return h;
        }
        const own = k.__pm_hash;  // frozensets (CPython's hash), dicts and sets (raise)
        if (own !== undefined) return foldInt(own.call(k));
        const method = k.__hash__;
        // `__hash__ = None`, or __eq__ without __hash__: unhashable, as in CPython.
        if (typeof method !== 'function') throw unhashable(k);
        return foldInt(method.call(k));
    }
    switch (typeof p) {
        case 'string': {
            let h = 0x811c9dc5 | 0;
            for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), 16777619);
            return h;
        }
        case 'number': return Number.isInteger(p) ? p | 0 : (p * 1000003) | 0;
        case 'bigint': return foldInt(p);
        default: {
            if (p === null) return 0x2b1;
            let id = ids.get(p);  // an object by identity
            if (id === undefined) {
                id = nextId++;
                ids.set(p, id);
            }
            return id;
        }
    }
}

/** What an item adds to its tuple's bucket (bucketOf of a tuple, item by item). */
function itemBucket(e) {
    return typeof e === 'number' && (e | 0) === e ? e : bucketOf(e);
}

/**
 * The canonical key of the tuple `(a, b)` in `d` when `d` holds one whose two items are `a`
 * and `b` themselves (===); null when no key can be equal (none has its bucket); else MISSING
 * (a key in its bucket may be equal without being identical item by item: the general path
 * decides). `d[(x, y)]` without making the tuple (items.js, `_pm_gi2`). Raises TypeError for
 * an unhashable item, as the general path does.
 * @param {PyDict} d
 */
export function pairKey(d, a, b) {
    const h = (Math.imul((Math.imul(2, 1000003) ^ itemBucket(a)) | 0, 1000003) ^ itemBucket(b)) | 0;
    const buckets = d._pm_h;
    if (buckets === null) return null;
    const reps = buckets.get(h);
    if (reps === undefined) return null;
    for (let i = 0; i < reps.length; i++) {
        const rep = reps[i];
        if (Array.isArray(rep) && rep.length === 2 && rep[0] === a && rep[1] === b) return rep;
    }
    return MISSING;
}

/** A Python int as 32 bits. */
function foldInt(h) {
    if (typeof h === 'bigint') return Number(BigInt.asIntN(32, h));
    if (typeof h === 'boolean') return +h;
    if (typeof h !== 'number' || !Number.isInteger(h)) {
        throw py_TypeError('__hash__ method should return an integer', new Error());
    }
    return (h | 0) ^ ((h / 4294967296) | 0);
}

/**
 * The canonical key of `k` in `d`, or MISSING when no equal key is there.
 * @param {PyDict} d @param {*} k
 */
function findKey(d, k) {
    const p = primitiveKey(k);
    if (p !== undefined) return p;
    const buckets = d._pm_h;
    const b = bucketOf(k);  // raises TypeError for an unhashable key, even in an empty dict
    if (buckets === null) return MISSING;
    const reps = buckets.get(b);
    if (reps === undefined) return MISSING;
    for (let i = 0; i < reps.length; i++) {
        const rep = reps[i];
        if (rep === k || sameItems(rep, k) || _pm_eq(rep, k)) return rep;
    }
    return MISSING;
}

/** The canonical key of `k`, registering it when it is new. */
function keyFor(d, k) {
    const p = primitiveKey(k);
    if (p !== undefined) {
        if (!Object.is(p, k) && !d._pm_m.has(p)) {
            if (d._pm_k === null) d._pm_k = new Map();
            d._pm_k.set(p, k);  // True, 2.0, -0.0: printed as given when first inserted
        }
        return p;
    }
    const b = bucketOf(k);
    if (d._pm_h === null) d._pm_h = new Map();
    const reps = d._pm_h.get(b);
    if (reps === undefined) {
        d._pm_h.set(b, [k]);
        return k;
    }
    for (let i = 0; i < reps.length; i++) {
        const rep = reps[i];
        if (rep === k || sameItems(rep, k) || _pm_eq(rep, k)) return rep;
    }
    reps.push(k);
    return k;
}

/** Forget the bookkeeping of canonical key `c` (the Map entry is removed by the caller). */
function dropKey(d, c) {
    if (d._pm_k !== null) d._pm_k.delete(c);
    if (d._pm_h !== null && c !== null && typeof c === 'object' && primitiveKey(c) === undefined) {
        const b = bucketOf(c);
        const reps = d._pm_h.get(b);
        if (reps !== undefined) {
            const i = reps.indexOf(c);
            if (i >= 0) reps.splice(i, 1);
            if (reps.length === 0) d._pm_h.delete(b);
        }
    }
}

/** The key as the program gave it, from its canonical form. */
function original(d, c) {
    if (d._pm_k === null) return c;
    const o = d._pm_k.get(c);
    return o === undefined ? c : o;
}

function keyError(k) {
    return KeyError(k, new Error());
}

// ---- iteration -----------------------------------------------------------------------------

export const KEYS = 0, VALUES = 1, ITEMS = 2;

/** An iterator over a dict, raising RuntimeError when the dict changes size meanwhile. */
class DictIterator {
    constructor(d, kind, reverse) {
        this.d = d;
        this.kind = kind;
        this.size = d._pm_m.size;
        this.it = reverse ? Array.from(d._pm_m.entries()).reverse()[Symbol.iterator]() : d._pm_m.entries();
    }

    // `next` and `__next__` each call `step`: Transcrypt's iter() replaces `next` on the
    // iterator with one that calls `__next__`.
    next() { return this.step(); }

    step() {
        const d = this.d;
        if (d._pm_m.size !== this.size) {
            this.size = -1;
            throw RuntimeError('dictionary changed size during iteration');
        }
        const r = this.it.next();
        if (r.done) return r;
        const [c, v] = r.value;
        const k = original(d, c);
        return {value: this.kind === KEYS ? k : this.kind === VALUES ? v : tuple([k, v]), done: false};
    }

    __next__() {
        const r = this.step();
        if (r.done) throw StopIteration(new Error());
        return r.value;
    }

    __iter__() { return this; }
    [Symbol.iterator]() { return this; }
}

// ---- views ---------------------------------------------------------------------------------

const VIEW_NAMES = ['dict_keys', 'dict_values', 'dict_items'];
// The views' classes, as type() and error messages name them.
const VIEW_TYPES = VIEW_NAMES.map((name) => ({__name__: name, __module__: 'builtins'}));

/**
 * `d.keys()`, `d.values()`, `d.items()`: live views of the dict. Their set algebra (`&`, `|`,
 * `-`, `^`, `<=`, `isdisjoint`…) is in pmrt/viewsets.js, loaded where a program may use it.
 */
export class DictView {
    constructor(d, kind) {
        this._pm_d = d;
        this._pm_kind = kind;
    }

    get __class__() { return VIEW_TYPES[this._pm_kind]; }
    [Symbol.iterator]() { return new DictIterator(this._pm_d, this._pm_kind, false); }
    __iter__() { return this[Symbol.iterator](); }
    __reversed__() { return new DictIterator(this._pm_d, this._pm_kind, true); }
    __len__() { return this._pm_d._pm_m.size; }

    __contains__(x) {
        const d = this._pm_d;
        // dict's own test: a subclass's __contains__ may itself ask `key in self.keys()`
        if (this._pm_kind === KEYS) return PyDict.prototype.__contains__.call(d, x);
        if (this._pm_kind === ITEMS) {
            if (!isTuple(x) || x.length !== 2) return false;
            const c = findKey(d, x[0]);
            if (c === MISSING || !d._pm_m.has(c)) return false;
            const v = d._pm_m.get(c);
            return v === x[1] || _pm_eq(v, x[1]);
        }
        for (const v of d._pm_m.values()) if (v === x || _pm_eq(v, x)) return true;
        return false;
    }

    __repr__() {
        return VIEW_NAMES[this._pm_kind] + '(' + repr(Array.from(this)) + ')';
    }

    __str__() { return this.__repr__(); }

    __getitem__() {
        throw py_TypeError(`'${VIEW_NAMES[this._pm_kind]}' object is not subscriptable`, new Error());
    }

    __pm_hash() { throw unhashable(this); }

    __eq__(other) {
        if (this._pm_kind === VALUES) return this === other;
        if (!setLike(other)) return NotImplemented;
        if (this.__len__() !== other.__len__()) return false;
        for (const x of this) if (!other.__contains__(x)) return false;
        return true;
    }

    __ne__(other) {
        const r = this.__eq__(other);
        return r === NotImplemented ? r : !r;
    }
}

/** Set-like for view comparisons: sets, frozensets, keys and items views. */
export function setLike(x) {
    return x !== null && typeof x === 'object' && (x._pm_set === true || (x instanceof DictView && x._pm_kind !== VALUES));
}

// ---- the dict ------------------------------------------------------------------------------

/** A Python dict. */
export class PyDict {
    constructor() {
        this._pm_m = new Map();  // canonical key → value, in insertion order
        this._pm_k = null;  // canonical key → the key as given, where they differ
        this._pm_h = null;  // bucket → keys that stand for their equals (tuples, objects)
    }

    __getitem__(k) {
        if (ownKey(k)) {
            const v = this._pm_m.get(k);
            if (v !== undefined || this._pm_m.has(k)) return v;
        } else {
            const c = findKey(this, k);
            if (c !== MISSING) {
                const v = this._pm_m.get(c);
                if (v !== undefined || this._pm_m.has(c)) return v;
            }
        }
        if (typeof this.__missing__ === 'function') return this.__missing__(k);
        throw keyError(k);
    }

    __setitem__(k, v) {
        // (-0.0 is no own key here: a new one is printed as given, see keyFor)
        if (ownKey(k) && (k !== 0 || 1 / k > 0)) this._pm_m.set(k, v);
        else this._pm_m.set(keyFor(this, k), v);
    }

    __contains__(k) {
        if (ownKey(k)) return this._pm_m.has(k);
        const c = findKey(this, k);
        return c !== MISSING && this._pm_m.has(c);
    }

    __len__() { return this._pm_m.size; }
    __bool__() { return this._pm_m.size > 0; }
    __iter__() { return new DictIterator(this, KEYS, false); }
    [Symbol.iterator]() { return new DictIterator(this, KEYS, false); }
    py_keys() { return new DictView(this, KEYS); }
    py_values() { return new DictView(this, VALUES); }
    py_items() { return new DictView(this, ITEMS); }

    /** `d.get(k, default=None)` */
    py_get(k, dflt) {
        let c;
        if (ownKey(k)) c = k;
        else {
            c = findKey(this, k);
            if (c === MISSING) return dflt === undefined ? null : dflt;
        }
        const v = this._pm_m.get(c);
        if (v !== undefined || this._pm_m.has(c)) return v;
        return dflt === undefined ? null : dflt;
    }

    __eq__(other) {
        if (!isDictLike(other)) return NotImplemented;
        if (other._pm_m.size !== this._pm_m.size) return false;
        for (const [c, v] of this._pm_m) {
            const k = original(this, c);
            const oc = findKey(other, k);
            if (oc === MISSING || !other._pm_m.has(oc)) return false;
            const w = other._pm_m.get(oc);
            if (v !== w && !_pm_eq(v, w)) return false;
        }
        return true;
    }

    __ne__(other) {
        const r = this.__eq__(other);
        return r === NotImplemented ? r : !r;
    }

    __repr__() {
        if (reprActive.has(this)) return '{...}';
        reprActive.add(this);
        try {
            const parts = [];
            for (const [c, v] of this._pm_m) parts.push(repr(original(this, c)) + ': ' + repr(v));
            return '{' + parts.join(', ') + '}';
        } finally {
            reprActive.delete(this);
        }
    }

    __str__() { return this.__repr__(); }

    __pm_hash() { throw unhashable(this); }

    /** JSON.stringify: an object with the keys as strings (json.dumps' text for plain data). */
    toJSON() {
        const out = {};
        for (const [c, v] of this._pm_m) {
            const k = original(this, c);
            if (typeof k === 'string') out[k] = v;
            else if (k === null || k === undefined) out['null'] = v;
            else if (typeof k === 'boolean') out[k ? 'true' : 'false'] = v;
            else if (typeof k === 'number' || typeof k === 'bigint' || k instanceof PyFloat) out[numRepr(k)] = v;
            else throw py_TypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`, new Error());
        }
        return out;
    }

    /** A keyword Transcrypt's prologue collects into a `**kwargs` dict (transcrypt_run.py;
     * keywords travel under their Python names). */
    __pm_kwset(name, v) {
        if (!isMarker(name, v)) this._pm_m.set(name, v);
    }

    /** A plain JS object of the string keys (keyword arguments, platform options). */
    __pm_object() {
        const out = {};
        for (const [c, v] of this._pm_m) {
            if (typeof c !== 'string') {
                throw py_TypeError(`keywords must be strings, not ${typeName(original(this, c))}`, new Error());
            }
            out[c] = v;
        }
        return out;
    }
}

// Methods a game may never name: plain assignments, so the bundle's prune drops the unnamed ones
// (pyminis/compile/prune.py). `__reversed__`, `__or__`… are named by the helpers that call them.
/** `d.setdefault(k, default=None)` */
PyDict.prototype.py_setdefault = function (k, dflt) {
    const c = keyFor(this, k);
    if (this._pm_m.has(c)) return this._pm_m.get(c);
    const v = dflt === undefined ? null : dflt;
    this._pm_m.set(c, v);
    return v;
};

/** `d.pop(k[, default])` */
PyDict.prototype.py_pop = function (k, dflt) {
    const c = findKey(this, k);
    if (c !== MISSING && this._pm_m.has(c)) {
        const v = this._pm_m.get(c);
        this._pm_m.delete(c);
        dropKey(this, c);
        return v;
    }
    if (arguments.length < 2) throw keyError(k);
    return dflt;
};

/** `d.popitem()`: the last inserted (key, value). */
PyDict.prototype.py_popitem = function () {
    if (this._pm_m.size === 0) throw KeyError('popitem(): dictionary is empty', new Error());
    let last;
    for (const c of this._pm_m.keys()) last = c;
    const v = this._pm_m.get(last);
    const k = original(this, last);
    this._pm_m.delete(last);
    dropKey(this, last);
    return tuple([k, v]);
};

/** `d.update([other], **kw)` */
PyDict.prototype.py_update = function (...args) {
    const kw = takeKwargs(args);
    if (args.length > 1) throw py_TypeError(`update expected at most 1 argument, got ${args.length}`, new Error());
    if (args.length) fill(this, args[0]);
    if (kw !== null) fillKeywords(this, kw);
    return null;
};

PyDict.prototype.py_clear = function () {
    this._pm_m.clear();
    this._pm_k = null;
    this._pm_h = null;
    return null;
};

/** `d.copy()`: a shallow copy (a plain dict, as CPython's dict.copy of a subclass is). */
PyDict.prototype.py_copy = function () {
    return copyOf(this);
};

PyDict.prototype.py_fromkeys = function (iterable, value) { return fromkeys(iterable, value); };

/** `a | b`: a new dict, b's values winning. */
PyDict.prototype.__or__ = function (other) {
    if (!isDictLike(other)) return NotImplemented;
    const d = copyOf(this);
    fill(d, other);
    return d;
};

PyDict.prototype.__ror__ = function (other) {
    if (!isDictLike(other)) return NotImplemented;
    const d = copyOf(other);
    fill(d, this);
    return d;
};

/** `a |= b`: any mapping or iterable of pairs. */
PyDict.prototype.__ior__ = function (other) {
    fill(this, other);
    return this;
};

PyDict.prototype.__reversed__ = function () { return new DictIterator(this, KEYS, true); };

PyDict.prototype.__delitem__ = function (k) {
    const c = findKey(this, k);
    if (c === MISSING || !this._pm_m.has(c)) throw keyError(k);
    this._pm_m.delete(c);
    dropKey(this, c);
};

// Containers being printed: a dict inside itself prints as {...}, as CPython's does.
const reprActive = new Set();
/** @returns {Set} the containers whose repr is being built (lists share it) */
export function reprGuard() { return reprActive; }

/**
 * repr() of a list or tuple: `(1,)` for a one-item tuple, `[...]` for a list inside itself.
 * @param {Array} xs @returns {string}
 */
export function sequenceRepr(xs) {
    const tupled = isTuple(xs);
    if (reprActive.has(xs)) return tupled ? '(...)' : '[...]';
    reprActive.add(xs);
    try {
        const parts = [];
        for (let i = 0; i < xs.length; i++) parts.push(repr(xs[i]));
        if (tupled) return parts.length === 1 ? '(' + parts[0] + ',)' : '(' + parts.join(', ') + ')';
        return '[' + parts.join(', ') + ']';
    } finally {
        reprActive.delete(xs);
    }
}

PyDict.prototype._pm_dict = true;

/** The marks `__kwargtrans__` puts on a keyword object: not keywords. */
function isMarker(name, v) {
    return name === '__kwargtrans__' || (name === 'constructor' && v === Object);
}

/** Add keyword arguments (a Transcrypt `__kwargtrans__` object) to a dict. */
function fillKeywords(d, kw) {
    for (const name of Object.keys(kw)) {
        const v = kw[name];
        if (!isMarker(name, v)) d._pm_m.set(name, v);
    }
}

/** `d.update(x)`: a mapping (keys() and []), or an iterable of pairs. */
function fill(d, x) {
    if (x instanceof PyDict || isDictLike(x)) {
        if (x === d) return;
        if (x._pm_k === null && x._pm_h === null) {
            for (const [c, v] of x._pm_m) d._pm_m.set(c, v);  // canonical keys carry over
            return;
        }
        for (const [c, v] of x._pm_m) d.__setitem__(original(x, c), v);
        return;
    }
    if (x === null || x === undefined) throw py_TypeError(`'${typeName(x)}' object is not iterable`, new Error());
    if (!Array.isArray(x) && typeof x === 'object' && hasOwn.call(x, '__kwargtrans__')) {
        fillKeywords(d, x);
        return;
    }
    if (!Array.isArray(x) && typeof x.py_keys === 'function' && x.__class__ !== undefined) {
        for (const k of toArray(x.py_keys(), false)) d.__setitem__(k, x.__getitem__(k));
        return;
    }
    if (!Array.isArray(x) && typeof x === 'object' && x.__class__ === undefined && typeof x[Symbol.iterator] !== 'function') {
        // A JavaScript object (from the platform): its own keys.
        for (const k of Object.keys(x)) d._pm_m.set(k, x[k]);
        return;
    }
    const items = toArray(x, false);
    for (let i = 0; i < items.length; i++) {
        const pair = items[i];
        if (typeof pair === 'string' || Array.isArray(pair)) {
            if (pair.length !== 2) {
                throw ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`, new Error());
            }
            d.__setitem__(pair[0], pair[1]);
            continue;
        }
        let two;
        try {
            two = toArray(pair, false);
        } catch (e) {
            throw py_TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`, new Error());
        }
        if (two.length !== 2) {
            throw ValueError(`dictionary update sequence element #${i} has length ${two.length}; 2 is required`, new Error());
        }
        d.__setitem__(two[0], two[1]);
    }
}

function copyOf(d) {
    const out = new PyDict();
    for (const [c, v] of d._pm_m) out._pm_m.set(c, v);
    if (d._pm_k !== null) out._pm_k = new Map(d._pm_k);
    if (d._pm_h !== null) {
        out._pm_h = new Map();
        for (const [b, reps] of d._pm_h) out._pm_h.set(b, reps.slice());
    }
    return out;
}

function fromkeys(iterable, value) {
    const d = new PyDict();
    const v = value === undefined ? null : value;
    for (const k of toArray(iterable, false)) d.__setitem__(k, v);
    return d;
}

/**
 * A dict display with keys other than plain strings (`{3: 'a', (1, 2): 'b'}`), written by the
 * guard as one flat list of keys and values, in the order Python evaluates them.
 * @param {Array} kv @returns {PyDict}
 */
export function _pm_dkv(kv) {
    const d = new PyDict();
    for (let i = 0; i < kv.length; i += 2) d.__setitem__(kv[i], kv[i + 1]);
    return d;
}

/** Marks, in `_pm_dsplat`'s list, a `**mapping` entry of a dict display. */
export const _pm_splat = Object.freeze({});

/** `{**a, 'k': v, **b}`: keys, values and mappings merged in Python's order. */
export function _pm_dsplat(kv) {
    const d = new PyDict();
    for (let i = 0; i < kv.length; i += 2) {
        if (kv[i] === _pm_splat) spread(d, kv[i + 1]);
        else d.__setitem__(kv[i], kv[i + 1]);
    }
    return d;
}

function spread(d, m) {
    const mapping = m instanceof PyDict || isDictLike(m) || (m !== null && typeof m === 'object' && !Array.isArray(m)
        && (m.__class__ !== undefined ? typeof m.py_keys === 'function' : typeof m[Symbol.iterator] !== 'function'));
    if (!mapping) throw py_TypeError(`'${typeName(m)}' object is not a mapping`, new Error());
    fill(d, m);
}

/**
 * `dict(...)`: empty, from a mapping, pairs or keyword arguments; Transcrypt calls it for every
 * dict display (`dict({'a': 1})`), comprehension (a list of [key, value]) and **kwargs.
 */
export function dict(...args) {
    const d = new PyDict();
    const kw = takeKwargs(args);
    if (args.length > 1) throw py_TypeError(`dict expected at most 1 argument, got ${args.length}`, new Error());
    if (args.length === 1 && args[0] !== undefined) fill(d, args[0]);
    if (kw !== null) fillKeywords(d, kw);
    return d;
}

/** Storage for an instance of a class deriving from dict. */
function initStorage(self) {
    Object.defineProperty(self, '_pm_m', {value: new Map(), writable: true});
    Object.defineProperty(self, '_pm_k', {value: null, writable: true});
    Object.defineProperty(self, '_pm_h', {value: null, writable: true});
}

// `dict` as a Transcrypt class: `class Counter(dict)` copies its enumerable members (the
// methods) and calls its `__new__`. Bases and metaclass are read when a class derives, once
// the runtime has loaded (hence the getters).
dict.__name__ = 'dict';
dict.__qualname__ = 'dict';
dict.__module__ = 'builtins';
dict.__pm_generic__ = true;  // `dict[str, int]` is the class (items.js)
derivable(dict);
// Read from the class (`dict.get(d, k)`, `f = D.__setitem__; f(d, k, v)`), a method is unbound
// as in Python: the dict is its first argument; read from an instance, `this`.
const unbound = (m) => function (...a) {
    return this === undefined || this === null || (typeof this === 'function' && Object.prototype.hasOwnProperty.call(this, '__mro__'))
        ? m.apply(a[0], a.slice(1)) : m.apply(this, a);
};
for (const name of Object.getOwnPropertyNames(PyDict.prototype)) {
    if (name !== 'constructor') dict[name] = unbound(PyDict.prototype[name]);
}
dict._pm_dict = true;
dict[Symbol.iterator] = PyDict.prototype[Symbol.iterator];
dict.__new__ = function (args) {
    const self = Object.create(this, {__class__: {value: this, enumerable: true, configurable: true}});
    initStorage(self);
    this.__init__.apply(null, [self].concat(args));
    return self;
};
dict.__init__ = function (self, ...args) {
    PyDict.prototype.py_update.apply(self, args);
};
/** `dict.fromkeys(iterable, value=None)` on the class */
dict.py_fromkeys = fromkeys;
// (read through the class at run time, these two are what they are: calls.js classMember)
for (const f of [dict.__init__, fromkeys]) Object.defineProperty(f, '__pm_kind', {value: 's'});
PyDict.prototype.__class__ = dict;

/**
 * A value handed to a JavaScript function (`tt.login({...})`, the guard wraps the arguments of
 * calls on JavaScript globals): dicts become plain objects (keys as strings, as JSON's), float
 * boxes numbers, in lists and dicts too; anything else is passed as it is.
 * @param {*} x @returns {*}
 */
export function _pm_js(x) {
    if (x === null || typeof x !== 'object') return x;
    if (x._pm_dict === true) {
        const out = {};
        for (const [c, v] of x._pm_m) out[String(original(x, c))] = _pm_js(v);
        return out;
    }
    if (x instanceof PyFloat) return x.value;
    if (Array.isArray(x)) {
        for (let i = 0; i < x.length; i++) {
            const v = x[i];
            if (v !== null && typeof v === 'object' && (v._pm_dict === true || v instanceof PyFloat || Array.isArray(v))) {
                return x.map(_pm_js);
            }
        }
    }
    return x;
}

// Python's set and frozenset, replacing Transcrypt's (arrays): CPython's hash table itself
// (Objects/setobject.c of 3.11: open addressing, 9 linear probes then perturbation, dummies on
// delete, the same resize rules and the same algorithms for copy, union, intersection,
// difference…), so a set of ints, floats, bools or tuples of those iterates and prints in the
// order CPython gives (`print({3, 1, 2})` prints `{1, 2, 3}`). Strings, None and objects hash
// differently in each CPython run, so any order is CPython's there.
//
// Imported by the runtime's own module (runtime_fixes.py): nothing here may use a runtime
// binding while the module loads, only inside functions.
import {KeyError, RuntimeError, StopIteration, py_TypeError, repr} from '../org.transcrypt.__runtime__.js';
import {frozensetHash, hash64, hashHigh, hashValue, pairHash} from './hashing.js';
import {NotImplemented, _pm_eq, takeKwargs, toArray} from './compare.js';
import {PyDict, reprGuard} from './dicts.js';
import {derivable, unhashable} from './shared.js';

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const DUMMY = {};

/** Python `==` of two set members with equal hashes. */
function same(a, b) {
    return a === b || _pm_eq(a, b);
}

/** A set member as stored: JavaScript's undefined is None. */
function member(x) {
    return x === undefined ? null : x;
}

/** What sets and frozensets share: the table and every non-mutating operation. */
class PyAnySet {
    constructor() {
        this._pm_keys = new Array(MINSIZE);  // undefined: never used; DUMMY: deleted
        this._pm_hs = new Int32Array(2 * MINSIZE);  // per slot: high, low half of the hash
        this._pm_mask = MINSIZE - 1;
        this._pm_fill = 0;  // active + dummy slots
        this._pm_used = 0;  // active slots
        this._pm_finger = 0;  // where pop() searches next
        this._pm_hash = null;  // a frozenset's hash, once computed
    }

    get _pm_set() { return true; }

    // ---- the table (set_lookkey, set_add_entry, set_insert_clean, set_table_resize) ----

    /** The slot of a member equal to `key` (hash lo/hi), or -1. */
    _pm_find(key, lo, hi) {
        let mask = this._pm_mask;
        let i = lo & mask;
        let pLo = lo, pHi = hi;  // perturb: the hash as 64 unsigned bits
        for (;;) {
            const keys = this._pm_keys, hs = this._pm_hs;
            let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            let j = i;
            do {
                const k = keys[j];
                if (k === undefined) return -1;
                if (hs[2 * j + 1] === lo && hs[2 * j] === hi && k !== DUMMY) {
                    if (k === key) return j;
                    const before = this._pm_keys;
                    const eq = same(k, key);
                    if (before !== this._pm_keys || this._pm_keys[j] !== k) return this._pm_find(key, lo, hi);
                    if (eq) return j;
                    mask = this._pm_mask;
                }
                j++;
            } while (probes--);
            pLo = (pLo >>> 5) | (pHi << 27);
            pHi >>>= 5;
            i = ((i * 5) + 1 + (pLo >>> 0)) & mask;
        }
    }

    /**
     * `(a, b) in self` without making the tuple: 1 when the probe meets a member that is a
     * pair of these very items, 0 when it meets an unused slot first (no member is equal),
     * -1 when a member with the same hash needs `==` (the general path decides).
     */
    _pm_pair(a, b) {
        const lo = pairHash(a, b), hi = hashHigh();
        const mask = this._pm_mask, keys = this._pm_keys, hs = this._pm_hs;
        let i = lo & mask;
        let pLo = lo, pHi = hi;
        for (;;) {  // _pm_find's probe sequence
            let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            let j = i;
            do {
                const k = keys[j];
                if (k === undefined) return 0;
                if (hs[2 * j + 1] === lo && hs[2 * j] === hi && k !== DUMMY) {
                    return Array.isArray(k) && k.length === 2 && k[0] === a && k[1] === b ? 1 : -1;
                }
                j++;
            } while (probes--);
            pLo = (pLo >>> 5) | (pHi << 27);
            pHi >>>= 5;
            i = ((i * 5) + 1 + (pLo >>> 0)) & mask;
        }
    }

    /** set_add_entry: add `key` (hash lo/hi) unless an equal member is there. */
    _pm_add(key, lo, hi) {
        restart: for (;;) {
            const mask = this._pm_mask;
            let i = lo & mask;
            let free = -1;
            let pLo = lo, pHi = hi;
            for (;;) {
                const keys = this._pm_keys, hs = this._pm_hs;
                let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                let j = i;
                do {
                    const k = keys[j];
                    if (k === undefined) {
                        if (free >= 0) {  // found_unused_or_dummy: the last dummy seen
                            this._pm_store(free, key, lo, hi);
                            this._pm_used++;
                            return;
                        }
                        this._pm_store(j, key, lo, hi);
                        this._pm_fill++;
                        this._pm_used++;
                        if (this._pm_fill * 5 >= mask * 3) {
                            this._pm_resize(this._pm_used > 50000 ? this._pm_used * 2 : this._pm_used * 4);
                        }
                        return;
                    }
                    const eh = hs[2 * j], el = hs[2 * j + 1];
                    if (el === lo && eh === hi && k !== DUMMY) {
                        if (k === key) return;
                        const before = this._pm_keys;
                        const eq = same(k, key);
                        if (eq) return;
                        if (before !== this._pm_keys || this._pm_keys[j] !== k) continue restart;
                    } else if (k === DUMMY) {
                        free = j;
                    }
                    j++;
                } while (probes--);
                pLo = (pLo >>> 5) | (pHi << 27);
                pHi >>>= 5;
                i = ((i * 5) + 1 + (pLo >>> 0)) & mask;
            }
        }
    }

    _pm_store(j, key, lo, hi) {
        this._pm_keys[j] = key;
        this._pm_hs[2 * j] = hi;
        this._pm_hs[2 * j + 1] = lo;
    }

    /** set_table_resize: a table of the smallest size above `minused`, dummies dropped. */
    _pm_resize(minused) {
        let size = MINSIZE;
        while (size <= minused) size *= 2;
        const oldKeys = this._pm_keys, oldHs = this._pm_hs, oldMask = this._pm_mask;
        if (size === MINSIZE && oldMask === MINSIZE - 1 && this._pm_fill === this._pm_used) return;
        this._pm_keys = new Array(size);
        this._pm_hs = new Int32Array(2 * size);
        this._pm_mask = size - 1;
        this._pm_fill = this._pm_used;
        for (let j = 0; j <= oldMask; j++) {
            const k = oldKeys[j];
            if (k !== undefined && k !== DUMMY) insertClean(this._pm_keys, this._pm_hs, this._pm_mask, k, oldHs[2 * j + 1], oldHs[2 * j]);
        }
    }

    /** set_discard_entry: true when a member equal to `key` was removed. */
    _pm_discard(key, lo, hi) {
        const j = this._pm_find(key, lo, hi);
        if (j < 0) return false;
        this._pm_keys[j] = DUMMY;
        this._pm_hs[2 * j] = -1;
        this._pm_hs[2 * j + 1] = -1;
        this._pm_used--;
        return true;
    }

    /** set_merge: add every member of another set (its stored hashes reused). */
    _pm_merge(other) {
        if (other === this || other._pm_used === 0) return;
        if ((this._pm_fill + other._pm_used) * 5 >= this._pm_mask * 3) this._pm_resize((this._pm_used + other._pm_used) * 2);
        const okeys = other._pm_keys, ohs = other._pm_hs, omask = other._pm_mask;
        if (this._pm_fill === 0 && this._pm_mask === omask && other._pm_fill === other._pm_used) {
            for (let j = 0; j <= omask; j++) {
                const k = okeys[j];
                if (k !== undefined) this._pm_store(j, k, ohs[2 * j + 1], ohs[2 * j]);
            }
            this._pm_fill = other._pm_fill;
            this._pm_used = other._pm_used;
            return;
        }
        if (this._pm_fill === 0) {
            this._pm_fill = other._pm_used;
            this._pm_used = other._pm_used;
            for (let j = 0; j <= omask; j++) {
                const k = okeys[j];
                if (k !== undefined && k !== DUMMY) insertClean(this._pm_keys, this._pm_hs, this._pm_mask, k, ohs[2 * j + 1], ohs[2 * j]);
            }
            return;
        }
        for (let j = 0; j <= omask; j++) {
            const k = okeys[j];
            if (k !== undefined && k !== DUMMY) this._pm_add(k, ohs[2 * j + 1], ohs[2 * j]);
        }
    }

    /** set_update_internal: sets merge, exact dicts pre-size, anything else adds one by one. */
    _pm_update(x) {
        if (isAnySet(x)) {
            this._pm_merge(x);
            return;
        }
        if (x instanceof PyDict) {
            const n = x._pm_m.size;
            if ((this._pm_fill + n) * 5 >= this._pm_mask * 3) this._pm_resize((this._pm_used + n) * 2);
            for (const k of x) this.__pm_addKey(k);
            return;
        }
        for (const k of toArray(x, false)) this.__pm_addKey(k);
    }

    __pm_addKey(x) {
        const k = member(x);
        const lo = hash64(k);
        this._pm_add(k, lo, hashHigh());
    }

    __pm_has(x) {
        if (typeof x === 'number' && (x | 0) === x && x !== -1) {
            // A 32-bit int hashes to itself: its first slot settles most lookups (a number
            // there is the member itself; an unused slot ends the probe, as in set_lookkey).
            const j = x & this._pm_mask, k = this._pm_keys[j];
            if (k === x) return true;
            if (k === undefined) return false;
        }
        const k = member(x);
        const lo = hash64(k);
        return this._pm_find(k, lo, hashHigh()) >= 0;
    }

    __pm_clear() {
        this._pm_keys = new Array(MINSIZE);
        this._pm_hs = new Int32Array(2 * MINSIZE);
        this._pm_mask = MINSIZE - 1;
        this._pm_fill = 0;
        this._pm_used = 0;
        this._pm_hash = null;
    }

    /** A new set of the base type of this one (set or frozenset), empty. */
    _pm_empty() { return this._pm_frozen ? new PyFrozenSet() : new PySet(); }

    _pm_copy() {
        const out = this._pm_empty();
        out._pm_merge(this);
        return out;
    }

    // ---- Python's interface ----

    __len__() { return this._pm_used; }
    __bool__() { return this._pm_used > 0; }
    __iter__() { return new SetIterator(this); }
    [Symbol.iterator]() { return new SetIterator(this); }

    __contains__(x) {
        try {
            return this.__pm_has(x);
        } catch (e) {
            if (x instanceof PySet && isTypeError(e)) return this.__pm_has(frozenFrom(x));  // {1} in a set of frozensets
            throw e;
        }
    }

    union(...others) {
        const out = this._pm_copy();
        for (const o of others) if (o !== this) out._pm_update(o);
        return out;
    }

    intersection(...others) {
        if (others.length === 0) return this._pm_copy();
        let result = this;
        for (const o of others) result = intersect(result, o);
        return result;
    }

    difference(...others) {
        if (others.length === 0) return this._pm_copy();
        const result = difference(this, others[0]);
        for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i]);
        return result;
    }

    symmetric_difference(other) {
        const out = this._pm_empty();
        out._pm_update(other);
        symmetricDifferenceUpdate(out, this);
        return out;
    }

    issubset(other) {
        if (!isAnySet(other)) return intersect(this, other)._pm_used === this._pm_used;
        if (this._pm_used > other._pm_used) return false;
        for (const k of this) if (!other.__pm_has(k)) return false;
        return true;
    }

    issuperset(other) {
        if (isAnySet(other)) return other.issubset(this);
        for (const k of toArray(other, false)) if (!this.__pm_has(k)) return false;
        return true;
    }

    isdisjoint(other) {
        if (other === this) return this._pm_used === 0;
        if (isAnySet(other)) {
            let small = this, big = other;
            if (other._pm_used > this._pm_used) { small = other; big = this; }
            for (const k of small) if (big.__pm_has(k)) return false;
            return true;
        }
        for (const k of toArray(other, false)) if (this.__pm_has(k)) return false;
        return true;
    }

    py_copy() { return this._pm_frozen && this.__class__ === frozenset ? this : this._pm_copy(); }

    __eq__(other) {
        if (!isAnySet(other)) return NotImplemented;
        if (this._pm_used !== other._pm_used) return false;
        return this.issubset(other);
    }

    __ne__(other) {
        const r = this.__eq__(other);
        return r === NotImplemented ? r : !r;
    }

    __le__(other) { return isAnySet(other) ? this.issubset(other) : NotImplemented; }
    __ge__(other) { return isAnySet(other) ? this.issuperset(other) : NotImplemented; }

    __lt__(other) {
        if (!isAnySet(other)) return NotImplemented;
        return this._pm_used < other._pm_used && this.issubset(other);
    }

    __gt__(other) {
        if (!isAnySet(other)) return NotImplemented;
        return this._pm_used > other._pm_used && this.issuperset(other);
    }

    __or__(other) {
        if (!isAnySet(other)) return NotImplemented;
        const out = this._pm_copy();
        if (other !== this) out._pm_update(other);
        return out;
    }

    __and__(other) { return isAnySet(other) ? intersect(this, other) : NotImplemented; }
    __sub__(other) { return isAnySet(other) ? difference(this, other) : NotImplemented; }
    __xor__(other) { return isAnySet(other) ? this.symmetric_difference(other) : NotImplemented; }

    __repr__() {
        const name = this.__class__.__name__;
        const active = reprGuard();
        if (active.has(this)) return name + '(...)';
        if (this._pm_used === 0) return name + '()';
        active.add(this);
        try {
            const inner = '{' + Array.from(this, (k) => repr(k)).join(', ') + '}';
            return this.__class__ === set ? inner : name + '(' + inner + ')';
        } finally {
            active.delete(this);
        }
    }

    __str__() { return this.__repr__(); }

    toJSON() {
        throw py_TypeError(`Object of type ${this.__class__.__name__} is not JSON serializable`, new Error());
    }
}


/** set_insert_clean: place a member known absent in a table without dummies. */
function insertClean(keys, hs, mask, key, lo, hi) {
    let i = lo & mask;
    let pLo = lo, pHi = hi;
    for (;;) {
        if (keys[i] === undefined) break;
        let found = -1;
        if (i + LINEAR_PROBES <= mask) {
            for (let j = 1; j <= LINEAR_PROBES; j++) {
                if (keys[i + j] === undefined) { found = i + j; break; }
            }
        }
        if (found >= 0) { i = found; break; }
        pLo = (pLo >>> 5) | (pHi << 27);
        pHi >>>= 5;
        i = ((i * 5) + 1 + (pLo >>> 0)) & mask;
    }
    keys[i] = key;
    hs[2 * i] = hi;
    hs[2 * i + 1] = lo;
}

function isTypeError(e) {
    return e !== null && typeof e === 'object' && e.__class__ === py_TypeError;
}

function frozenFrom(s) {
    const f = new PyFrozenSet();
    f._pm_merge(s);
    return f;
}

/**
 * `(a, b) in s` for a set or frozenset itself (a subclass may define its own __contains__):
 * 1 or 0, or -1 when the general path must decide.
 */
export function setHasPair(s, a, b) {
    return s instanceof PyAnySet ? s._pm_pair(a, b) : -1;
}

/** @param {*} x @returns {boolean} a set or frozenset (or an instance of a subclass) */
export function isAnySet(x) {
    return x !== null && typeof x === 'object' && x._pm_set === true;
}

/** set_intersection: iterates the smaller set (or the iterable), adds the common members. */
function intersect(so, other) {
    if (so === other) return so._pm_copy();
    const result = so._pm_empty();
    if (isAnySet(other)) {
        let a = so, b = other;
        if (b._pm_used > a._pm_used) { a = other; b = so; }
        const keys = b._pm_keys, hs = b._pm_hs;
        for (let j = 0; j <= b._pm_mask; j++) {
            const k = keys[j];
            if (k === undefined || k === DUMMY) continue;
            const lo = hs[2 * j + 1], hi = hs[2 * j];
            if (a._pm_find(k, lo, hi) >= 0) result._pm_add(k, lo, hi);
        }
        return result;
    }
    for (const x of toArray(other, false)) {
        const k = member(x);
        const lo = hash64(k), hi = hashHigh();
        if (so._pm_find(k, lo, hi) >= 0) {
            result._pm_add(k, lo, hi);
            if (result._pm_used >= so._pm_used) break;
        }
    }
    return result;
}

/** set_difference_update_internal */
function differenceUpdate(so, other) {
    if (so === other) {
        so.__pm_clear();
        return;
    }
    if (isAnySet(other)) {
        const src = (other._pm_used >> 3) > so._pm_used ? intersect(so, other) : other;
        const keys = src._pm_keys, hs = src._pm_hs;
        for (let j = 0; j <= src._pm_mask; j++) {
            const k = keys[j];
            if (k !== undefined && k !== DUMMY) so._pm_discard(k, hs[2 * j + 1], hs[2 * j]);
        }
    } else {
        for (const x of toArray(other, false)) {
            const k = member(x);
            const lo = hash64(k);
            so._pm_discard(k, lo, hashHigh());
        }
    }
    if ((so._pm_fill - so._pm_used) <= (so._pm_mask >>> 2)) return;
    so._pm_resize(so._pm_used > 50000 ? so._pm_used * 2 : so._pm_used * 4);
}

/** set_difference */
function difference(so, other) {
    let otherSize;
    if (isAnySet(other)) otherSize = other._pm_used;
    else if (other instanceof PyDict) otherSize = other._pm_m.size;
    else {
        const out = so._pm_copy();
        differenceUpdate(out, other);
        return out;
    }
    if ((so._pm_used >> 2) > otherSize) {
        const out = so._pm_copy();
        differenceUpdate(out, other);
        return out;
    }
    const result = so._pm_empty();
    const keys = so._pm_keys, hs = so._pm_hs;
    for (let j = 0; j <= so._pm_mask; j++) {
        const k = keys[j];
        if (k === undefined || k === DUMMY) continue;
        const lo = hs[2 * j + 1], hi = hs[2 * j];
        const present = isAnySet(other) ? other._pm_find(k, lo, hi) >= 0 : other.__contains__(k);
        if (!present) result._pm_add(k, lo, hi);
    }
    return result;
}

/** set_symmetric_difference_update */
function symmetricDifferenceUpdate(so, other) {
    if (so === other) {
        so.__pm_clear();
        return;
    }
    if (other instanceof PyDict) {
        for (const x of other) {
            const k = member(x);
            const lo = hash64(k), hi = hashHigh();
            if (!so._pm_discard(k, lo, hi)) so._pm_add(k, lo, hi);
        }
        return;
    }
    let src = other;
    if (!isAnySet(other)) {
        src = so._pm_empty();
        src._pm_update(other);
    }
    const keys = src._pm_keys, hs = src._pm_hs;
    for (let j = 0; j <= src._pm_mask; j++) {
        const k = keys[j];
        if (k === undefined || k === DUMMY) continue;
        const lo = hs[2 * j + 1], hi = hs[2 * j];
        if (!so._pm_discard(k, lo, hi)) so._pm_add(k, lo, hi);
    }
}

/** Iterates the table's slots in order; RuntimeError when the set changes size meanwhile. */
class SetIterator {
    constructor(s) {
        this.s = s;
        this.used = s._pm_used;
        this.pos = 0;
    }

    // `next` and `__next__` each call `step` (Transcrypt's iter() replaces `next`).
    next() { return this.step(); }

    step() {
        const s = this.s;
        if (s === null) return {value: undefined, done: true};
        if (this.used !== s._pm_used) {
            this.used = -1;
            throw RuntimeError('Set changed size during iteration');
        }
        const keys = s._pm_keys, mask = s._pm_mask;
        let i = this.pos;
        while (i <= mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
        this.pos = i + 1;
        if (i > mask) {
            this.s = null;
            return {value: undefined, done: true};
        }
        return {value: keys[i], done: false};
    }

    __next__() {
        const r = this.step();
        if (r.done) throw StopIteration(new Error());
        return r.value;
    }

    __iter__() { return this; }
    [Symbol.iterator]() { return this; }
}

/** A Python set. */
export class PySet extends PyAnySet {
    get _pm_frozen() { return false; }
    get __class__() { return set; }

    add(x) {
        this.__pm_addKey(x);
        return null;
    }

    discard(x) {
        try {
            const k = member(x);
            const lo = hash64(k);
            this._pm_discard(k, lo, hashHigh());
        } catch (e) {
            if (!(x instanceof PySet && isTypeError(e))) throw e;
            this.discard(frozenFrom(x));
        }
        return null;
    }

    remove(x) {
        let found;
        try {
            const k = member(x);
            const lo = hash64(k);
            found = this._pm_discard(k, lo, hashHigh());
        } catch (e) {
            if (!(x instanceof PySet && isTypeError(e))) throw e;
            return this.remove(frozenFrom(x));
        }
        if (!found) throw KeyError(member(x), new Error());
        return null;
    }

    /** `s.pop()`: CPython's arbitrary member (the next one after the last popped). */
    py_pop() {
        if (this._pm_used === 0) throw KeyError('pop from an empty set', new Error());
        const keys = this._pm_keys, mask = this._pm_mask;
        let i = this._pm_finger & mask;
        while (keys[i] === undefined || keys[i] === DUMMY) {
            i++;
            if (i > mask) i = 0;
        }
        const k = keys[i];
        keys[i] = DUMMY;
        this._pm_hs[2 * i] = -1;
        this._pm_hs[2 * i + 1] = -1;
        this._pm_used--;
        this._pm_finger = i + 1;
        return k;
    }

    py_clear() {
        this.__pm_clear();
        return null;
    }

    py_update(...others) {
        for (const o of others) this._pm_update(o);
        return null;
    }

    intersection_update(...others) {
        const r = this.intersection(...others);
        swapBodies(this, r);
        return null;
    }

    difference_update(...others) {
        for (const o of others) differenceUpdate(this, o);
        return null;
    }

    symmetric_difference_update(other) {
        symmetricDifferenceUpdate(this, other);
        return null;
    }

    __ior__(other) {
        if (!isAnySet(other)) return NotImplemented;
        this._pm_update(other);
        return this;
    }

    __iand__(other) {
        if (!isAnySet(other)) return NotImplemented;
        swapBodies(this, intersect(this, other));
        return this;
    }

    __isub__(other) {
        if (!isAnySet(other)) return NotImplemented;
        differenceUpdate(this, other);
        return this;
    }

    __ixor__(other) {
        if (!isAnySet(other)) return NotImplemented;
        symmetricDifferenceUpdate(this, other);
        return this;
    }

    __pm_hash() { throw unhashable(this); }
}


/** A Python frozenset. */
export class PyFrozenSet extends PyAnySet {
    get _pm_frozen() { return true; }
    get __class__() { return frozenset; }

    /** CPython's frozenset hash (order-independent), computed once. */
    __pm_hash() {
        if (this._pm_hash === null) {
            const his = new Int32Array(this._pm_used), los = new Int32Array(this._pm_used);
            let n = 0;
            for (let j = 0; j <= this._pm_mask; j++) {
                const k = this._pm_keys[j];
                if (k === undefined || k === DUMMY) continue;
                his[n] = this._pm_hs[2 * j];
                los[n] = this._pm_hs[2 * j + 1];
                n++;
            }
            const lo = frozensetHash(his, los, n);
            this._pm_hash = hashValue(lo, hashHigh());
        }
        return this._pm_hash;
    }
}


/** set_swap_bodies, for the in-place operations that build their result aside. */
function swapBodies(a, b) {
    for (const f of ['_pm_keys', '_pm_hs', '_pm_mask', '_pm_fill', '_pm_used']) {
        const t = a[f];
        a[f] = b[f];
        b[f] = t;
    }
    a._pm_hash = null;
    b._pm_hash = null;
}

// ---- construction --------------------------------------------------------------------------

function build(made, args, name) {
    const kw = takeKwargs(args);
    if (kw !== null) throw py_TypeError(`${name}() takes no keyword arguments`, new Error());
    if (args.length > 1) throw py_TypeError(`${name} expected at most 1 argument, got ${args.length}`, new Error());
    if (args.length === 1 && args[0] !== undefined) made._pm_update(args[0]);
    return made;
}

/** `set()`, `set(iterable)`; Transcrypt also calls it for set displays and comprehensions. */
export const set = /* @__PURE__ */ classify(function set(...args) {
    return build(new PySet(), args, 'set');
}, 'set', PySet);

/** `frozenset()`, `frozenset(iterable)` */
export const frozenset = /* @__PURE__ */ classify(function frozenset(...args) {
    if (args.length === 1 && args[0] instanceof PyFrozenSet && args[0].__class__ === frozenset) return args[0];
    return build(new PyFrozenSet(), args, 'frozenset');
}, 'frozenset', PyFrozenSet);

/**
 * A set display of three or more constants (`{3, 1, 2}`): CPython builds a frozenset constant
 * from the items, rebuilds it when it merges constants, and copies that into a new set — each
 * step decides where members sit in the table, so this takes the same steps.
 * @param {Array} items @returns {PySet}
 */
export function _pm_setc(items) {
    const first = new PyFrozenSet();
    for (const x of items) first.__pm_addKey(x);
    const merged = new PyFrozenSet();
    for (const x of first) merged.__pm_addKey(x);
    const s = new PySet();
    s._pm_merge(merged);
    return s;
}

/** Storage for an instance of a class deriving from set or frozenset. */
function initStorage(self) {
    const fresh = new PySet();
    for (const f of ['_pm_keys', '_pm_hs', '_pm_mask', '_pm_fill', '_pm_used', '_pm_finger', '_pm_hash']) {
        Object.defineProperty(self, f, {value: fresh[f], writable: true});
    }
}

/** Make a set type derivable as a Transcrypt class (see pmrt/dicts.js); returns it. */
function classify(fn, name, cls) {
    const proto = cls.prototype;
    fn.__name__ = name;
    fn.__qualname__ = name;
    fn.__module__ = 'builtins';
    fn.__pm_generic__ = true;  // `set[int]` is the class (items.js)
    derivable(fn);
    for (let p = proto; p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const n of Object.getOwnPropertyNames(p)) {
            if (n !== 'constructor' && n !== '__class__' && !Object.prototype.hasOwnProperty.call(fn, n)) fn[n] = p[n];
        }
    }
    fn[Symbol.iterator] = PyAnySet.prototype[Symbol.iterator];
    fn.__new__ = function (args) {
        const self = Object.create(this, {__class__: {value: this, enumerable: true, configurable: true}});
        initStorage(self);
        this.__init__.apply(null, [self].concat(args));
        return self;
    };
    fn.__init__ = function (self, ...args) {
        if (args.length === 1 && args[0] !== undefined) self._pm_update(args[0]);
    };
    return fn;
}

// Slices read with Python's meaning: `xs[a:b:c]` on lists, tuples (a tuple), strings (in
// characters, not UTF-16 units), ranges, and objects whose __getitem__ takes a slice.
import {ValueError, py_TypeError, repr, tuple, __class__, object} from '../org.transcrypt.__runtime__.js';
import {charsOf, isWide} from './codepoints.js';
import {typeName} from './typename.js';
import {_pm_iter} from './iterators.js';
import {classItem} from './items.js';

/** A slice bound: an int, a bool, an object with __index__; null stays null. */
function bound(v) {
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'boolean') return +v;
    if (typeof v === 'object' && typeof v.__index__ === 'function') return v.__index__();
    throw py_TypeError('slice indices must be integers or None or have an __index__ method', new Error());
}

/**
 * `slice(start, stop, step).indices(n)` with the number of items: CPython's
 * PySlice_Unpack + PySlice_AdjustIndices.
 * @returns {number[]} [start, stop, step, count]
 */
export function sliceBounds(start, stop, step, n) {
    step = bound(step);
    if (step === null) step = 1;
    else if (step === 0) throw ValueError('slice step cannot be zero', new Error());
    const back = step < 0;
    start = bound(start);
    stop = bound(stop);
    if (start === null) start = back ? n - 1 : 0;
    else if (start < 0) start = Math.max(start + n, back ? -1 : 0);
    else if (start >= n) start = back ? n - 1 : n;
    if (stop === null) stop = back ? -1 : n;
    else if (stop < 0) stop = Math.max(stop + n, back ? -1 : 0);
    else if (stop >= n) stop = back ? n - 1 : n;
    let count = 0;
    if (back ? stop < start : start < stop) count = Math.floor((stop - start - (back ? -1 : 1)) / step) + 1;
    return [start, stop, step, count];
}

function pick(items, start, step, count) {
    const out = new Array(count);
    for (let i = 0, k = start; i < count; i++, k += step) out[i] = items[k];
    return out;
}

/** `o[start:stop:step]` (a load); null bounds are Python's None. */
export function _pm_slice(o, start, stop, step) {
    if (Array.isArray(o)) {
        const [a, b, s, count] = sliceBounds(start, stop, step, o.length);
        const out = s === 1 ? o.slice(a, a + count) : pick(o, a, s, count);
        if (o.__class__ === tuple || o.__pm_tuple === true) out.__class__ = tuple;  // a namedtuple's slice is a tuple
        return out;
    }
    if (typeof o === 'string') {
        if (step === null && !isWide(o)) {
            if ((start | 0) === start && (stop | 0) === stop && start >= 0 && stop >= 0) return o.slice(start, stop);
            const [a, , , count] = sliceBounds(start, stop, null, o.length);
            return o.substr(a, count);
        }
        const chars = isWide(o) ? charsOf(o) : o;
        const [a, , s, count] = sliceBounds(start, stop, step, chars.length);
        let out = '';
        for (let i = 0, k = a; i < count; i++, k += s) out += chars[k];
        return out;
    }
    if (typeof o === 'function' && Object.prototype.hasOwnProperty.call(o, '__mro__')) return classItem(o, slice(start, stop, step));
    if (o !== null && o !== undefined && typeof o.__getitem__ === 'function') return o.__getitem__(slice(start, stop, step));
    throw py_TypeError(`'${typeName(o)}' object is not subscriptable`, new Error());
}

/** Python's slice objects, `slice(stop)`, `slice(start, stop[, step])`, as __getitem__ receives them. */
export const slice = __class__('slice', [object], {
    __module__: 'builtins',
    __init__(self, ...args) {
        if (args.length < 1 || args.length > 3) throw py_TypeError(`slice expected at most 3 arguments, got ${args.length}`, new Error());
        const [start, stop, step] = args.length === 1 ? [null, args[0], null] : [args[0], args[1], args.length > 2 ? args[2] : null];
        self.start = start === undefined ? null : start;
        self.stop = stop === undefined ? null : stop;
        self.step = step === undefined ? null : step;
    },
    indices(n) {
        const [a, b, s] = sliceBounds(this.start, this.stop, this.step, n);
        return tuple([a, b, s]);
    },
    __repr__() { return `slice(${repr(this.start)}, ${repr(this.stop)}, ${repr(this.step)})`; },
    __str__() { return this.__repr__(); },
    __eq__(other) {
        return other instanceof Object && other.__class__ === slice && other.start === this.start && other.stop === this.stop && other.step === this.step;
    },
});

// Slices written and deleted (lists): `xs[a:b] = iterable`, `del xs[a:b:c]`.

/** The positions a slice covers, in its order. */
function positions(n, start, stop, step) {
    const [a, , s, count] = sliceBounds(start, stop, step, n);
    const out = new Array(count);
    for (let i = 0, k = a; i < count; i++, k += s) out[i] = k;
    return out;
}

/**
 * `xs[start:stop:step] = source` (Transcrypt calls `xs.__setslice__`): any iterable; an
 * extended slice takes exactly as many items as it covers. (Transcrypt's own clamped a start
 * past the end to the last item.)
 */
Array.prototype.__setslice__ = function (start, stop, step, source) {
    const items = Array.isArray(source) && source !== this ? source : Array.from(_pm_iter(source));
    const [a, , s, count] = sliceBounds(start, stop, step, this.length);
    if (step === null || step === undefined || step === 1) {
        this.splice(a, count, ...items);
        return;
    }
    if (count !== items.length) {
        throw ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`, new Error());
    }
    for (let i = 0, k = a; i < count; i++, k += s) this[k] = items[i];
};

/** `del xs[start:stop:step]` */
export function _pm_delsl(xs, start, stop, step) {
    if (!Array.isArray(xs)) {
        if (xs !== null && typeof xs === 'object' && typeof xs.__delitem__ === 'function') {
            xs.__delitem__(slice(start, stop, step));
            return;
        }
        throw py_TypeError(`'${typeName(xs)}' object does not support item deletion`, new Error());
    }
    const at = positions(xs.length, start, stop, step);
    if (at.length === 0) return;
    if (step === null || step === undefined || step === 1) {
        xs.splice(at[0], at.length);
        return;
    }
    at.sort((x, y) => y - x);
    for (const i of at) xs.splice(i, 1);
}

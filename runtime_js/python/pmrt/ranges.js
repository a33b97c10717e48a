// `range` objects as Python's: lazy (range(10**9) costs nothing), with len, indexes, slices (a
// range), `in` in constant time, reversed, index/count, equality of the sequences, and the repr
// `range(0, 5)`. Transcrypt's range builds an array; the guard keeps it only where Transcrypt
// compiles `for i in range(…)` into a counted loop, and calls `_pm_range` everywhere else.
// Bounds and items are ints of any size: the exact int helpers (ints.js) take the number path
// first, and a range of BigInts (range(2**60, 2**60 + 3)) counts exactly.
import {IndexError, StopIteration, ValueError, object, py_TypeError, repr} from '../org.transcrypt.__runtime__.js';
import {sliceBounds} from './slices.js';
import {typeName} from './typename.js';
import {OverflowError} from './errors.js';
import {_pm_addi, _pm_floordivi, _pm_modi, _pm_muli, _pm_subi} from './ints.js';

/** An argument of range(): an int (bools count), else CPython's TypeError. */
function integer(v) {
    if ((typeof v === 'number' && Number.isSafeInteger(v)) || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return +v;
    if (v !== null && typeof v === 'object' && typeof v.__index__ === 'function') return v.__index__();
    throw py_TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`, new Error());
}

/**
 * A bound of `for i in range(…)` compiled as a counted loop (rewrite.py counted_loop), where
 * the types do not prove it an int: CPython's TypeError for a float (`range(n / 2)`), as
 * `range()` raises; ints (also beyond 2**53), bools and `__index__` objects pass.
 */
export function _pm_range_arg(v) {
    return integer(v);
}

/** Iterates a range from its first item, `step` apart, `count` items. */
class RangeIterator {
    constructor(first, step, count) {
        this.next_value = first;
        this.step = step;
        this.left = count;
    }

    next() {
        if (this.left <= 0) return {value: undefined, done: true};
        this.left--;
        const value = this.next_value;
        this.next_value = _pm_addi(value, this.step);
        return {value, done: false};
    }

    [Symbol.iterator]() { return this; }
    __iter__() { return this; }
    __next__() {
        if (this.left <= 0) throw StopIteration(new Error());
        this.left--;
        const value = this.next_value;
        this.next_value = _pm_addi(value, this.step);
        return value;
    }
}

class PyRange {
    constructor(start, stop, step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        const span = step > 0 ? _pm_subi(stop, start) : _pm_subi(start, stop);
        this.size = span > 0 ? _pm_addi(_pm_floordivi(_pm_subi(span, 1), step > 0 ? step : _pm_subi(0, step)), 1) : 0;
    }

    __len__() {
        if (typeof this.size === 'bigint' && this.size > 9223372036854775807n) {
            throw OverflowError('Python int too large to convert to C ssize_t');
        }
        return this.size;
    }
    __bool__() { return this.size > 0; }
    [Symbol.iterator]() { return new RangeIterator(this.start, this.step, this.size); }
    __iter__() { return this[Symbol.iterator](); }
    __reversed__() { return new RangeIterator(this.at(_pm_subi(this.size, 1)), _pm_subi(0, this.step), this.size); }
    at(i) { return _pm_addi(this.start, _pm_muli(i, this.step)); }

    __contains__(x) {
        if (typeof x === 'boolean') x = +x;
        if (x !== null && typeof x === 'object' && typeof x.valueOf() === 'number') x = x.valueOf();  // a PyFloat
        if (typeof x !== 'bigint' && !(typeof x === 'number' && Number.isSafeInteger(x))) {
            for (const item of this) if (item == x) return true;  // CPython compares each item with ==
            return false;
        }
        const offset = _pm_subi(x, this.start), at = _pm_floordivi(offset, this.step);
        return _pm_modi(offset, this.step) === 0 && at >= 0 && at < this.size;
    }

    __getitem__(key) {
        if (key !== null && typeof key === 'object' && key.__class__ !== undefined && key.__class__.__name__ === 'slice') {
            const [a, b, s] = sliceBounds(key.start, key.stop, key.step, this.size);  // as CPython's compute_slice
            return new PyRange(this.at(a), this.at(b), _pm_muli(this.step, s));
        }
        const i = integer(key);
        const at = i < 0 ? _pm_addi(i, this.size) : i;
        if (at < 0 || at >= this.size) throw IndexError('range object index out of range', new Error());
        return this.at(at);
    }

    index(x) {
        if (this.__contains__(x) && typeof x !== 'boolean') return _pm_floordivi(_pm_subi(x, this.start), this.step);
        throw ValueError(`${repr(x)} is not in range`, new Error());
    }

    count(x) { return this.__contains__(x) ? 1 : 0; }

    __eq__(other) {
        if (!(other instanceof PyRange)) return false;
        if (this.size !== other.size) return false;
        if (this.size === 0) return true;
        return this.start === other.start && (this.size === 1 || this.step === other.step);
    }

    __ne__(other) { return !this.__eq__(other); }
    __hash__() { return this.size; }

    __repr__() {
        return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
    }

    __str__() { return this.__repr__(); }
}

/** `range(stop)`, `range(start, stop[, step])` as a value (not the iterable of a for loop). */
export function _pm_range(...args) {
    if (args.length < 1 || args.length > 3) {
        throw py_TypeError(args.length ? `range expected at most 3 arguments, got ${args.length}` : 'range expected at least 1 argument, got 0', new Error());
    }
    const [start, stop, step] = args.length === 1 ? [0, integer(args[0]), 1] : [integer(args[0]), integer(args[1]), args.length > 2 ? integer(args[2]) : 1];
    if (step === 0) throw ValueError('range() arg 3 must not be zero', new Error());
    return new PyRange(start, stop, step);
}
PyRange.prototype.__class__ = _pm_range;
_pm_range.__name__ = 'range';
_pm_range.__qualname__ = 'range';
_pm_range.__module__ = 'builtins';
_pm_range.__bases__ = [object];

// enumerate() and sum() with Python's meaning: enumerate is lazy and gives tuples (Transcrypt's
// gave lists); sum takes a start and adds what `+` adds (`sum([[1], [2]], [])`), refusing str as
// CPython does. `for i, x in enumerate(xs)` loops stay counted loops (transcrypt_run.py).
import {py_TypeError, tuple} from '../org.transcrypt.__runtime__.js';
import {_pm_add} from './arith.js';
import {_pm_iter, kind} from './iterators.js';

/** What `for … of` reads: the object itself when JavaScript can iterate it, else iter(x) (TypeError for what is not iterable). */
function iterable(x) {
    return x !== null && x !== undefined && typeof x[Symbol.iterator] === 'function' ? x : _pm_iter(x);
}
import {bindArgs} from './keywords.js';

/** `enumerate(iterable, start=0)`: an iterator of `(index, item)` tuples. */
class Enumerate {
    constructor(source, start) {
        this.items = Array.isArray(source) ? source : null;  // a list is read live, as Python reads it
        this.source = this.items ? null : iterable(source)[Symbol.iterator]();
        this.at = 0;
        this.index = start;
    }

    next() {
        let item;
        if (this.items) {
            if (this.at >= this.items.length) return {value: undefined, done: true};
            item = this.items[this.at++];
        } else {
            const r = this.source.next();
            if (r.done) return r;
            item = r.value;
        }
        const pair = [this.index++, item];
        pair.__class__ = tuple;
        return {value: pair, done: false};
    }

    [Symbol.iterator]() { return this; }
    __iter__() { return this; }
    get __class__() { return kind('enumerate'); }
}

export function _pm_enumerate(items, start) {
    if (arguments.length !== 1) [items, start] = bindArgs('enumerate', ['iterable', 'start'], arguments);
    if (start === undefined) start = 0;
    else if (typeof start !== 'number' || !Number.isInteger(start)) {
        throw py_TypeError(`'${typeof start === 'string' ? 'str' : 'float'}' object cannot be interpreted as an integer`, new Error());
    }
    return new Enumerate(items, start);
}

/** `sum(iterable, /, start=0)`: Python's + (`_pm_add`: ints exact, 0.5 + 0.5 is the float 1.0). */
export function _pm_sum(items, start) {
    if (arguments.length !== 1) [items, start] = bindArgs('sum', ['iterable', 'start'], arguments);
    let total = start === undefined ? 0 : start;
    if (typeof total === 'string') throw py_TypeError("sum() can't sum strings [use ''.join(seq) instead]", new Error());
    if (Array.isArray(items)) {
        for (const x of items) total = _pm_add(total, x);
        return total;
    }
    for (const x of iterable(items)) total = _pm_add(total, x);
    return total;
}

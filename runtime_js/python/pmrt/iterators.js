// iter(), map(), filter() and reversed() with Python's meaning: lazy, TypeError for what is
// not iterable.
import {StopIteration, py_iter, py_TypeError, __class__, object, repr, str} from '../org.transcrypt.__runtime__.js';
import {typeName} from './shared.js';
import {_pm_truth, _pm_eq} from './compare.js';

/** @param {*} x @returns {boolean} whether `for … of x` works */
export function isIterable(x) {
    return typeof x === 'string' || (x !== null && typeof x === 'object' && (Symbol.iterator in x || '__iter__' in x))
        || (typeof x === 'function' && Symbol.iterator in x);
}

// The classes of iterators (`type(g).__name__`, `<map object at 0x…>`, "'generator' object is
// not subscriptable"): made when first asked for, as CPython's builtins.
const kinds = new Map();
export function kind(name) {
    if (!kinds.has(name)) kinds.set(name, __class__(name, [object], {__module__: 'builtins'}));
    return kinds.get(name);
}

/** Give an iterator object its Python class. */
function named(iterator, name) {
    Object.defineProperty(iterator, '__class__', {value: kind(name), configurable: true});
    return iterator;
}

/** `iter(x)`: Transcrypt's iterator (both `__next__` and JS `next`), or Python's TypeError. */
export function _pm_iter(x, sentinel) {
    // `iter(f, sentinel)`: f() called until it returns the sentinel (`iter(scanner.match, None)`)
    if (arguments.length > 1) {
        if (typeof x !== 'function') throw py_TypeError('iter(v, w): v must be callable', new Error());
        return named((function* () {
            for (;;) {
                const v = x();
                if (v === sentinel || (v == null && sentinel == null) || _pm_eq(v, sentinel)) return;
                yield v;
            }
        })(), 'callable_iterator');
    }
    if (!isIterable(x)) throw py_TypeError(`'${typeName(x)}' object is not iterable`, new Error());
    const it = py_iter(x);
    if (it !== x && it !== null && typeof it === 'object' && !Object.prototype.hasOwnProperty.call(it, '__class__')) {
        if (Array.isArray(x)) return named(it, typeName(x) === 'tuple' ? 'tuple_iterator' : 'list_iterator');
        if (typeof x === 'string') return named(it, /^[\x00-\x7f]*$/.test(x) ? 'str_ascii_iterator' : 'str_iterator');
    }
    return it;
}

/** A generator expression's first iterable, checked where the expression stands, as CPython
 * evaluates `iter()` of it there: `(x for x in 5)` raises at once, not at the first next(). */
export function _pm_iterable(x) {
    if (!isIterable(x)) throw py_TypeError(`'${typeName(x)}' object is not iterable`, new Error());
    return x;
}

// Python's `for … break`, `x in gen`, any() and all() leave a generator where they stopped, to
// be resumed: JavaScript's for…of (and destructuring) closed it on leaving early, so the rest
// was lost (`4 in squares` then `list(squares)` gave []). A generator closes only when the
// program says so: `gen.close()`. `gen.send(v)` resumes it with a value, `gen.__next__()` with None.
const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
const closeGenerator = GeneratorPrototype.return;
Object.defineProperty(GeneratorPrototype, 'return', {value: undefined, writable: true, configurable: true});
Object.defineProperty(GeneratorPrototype, 'close', {
    value: function close() { closeGenerator.call(this); }, writable: true, configurable: true});
// (the generator's own next: Transcrypt's iter() may give it a `next` calling `__next__`)
const resume = GeneratorPrototype.next;
Object.defineProperty(GeneratorPrototype, 'send', {
    value: function send(value) {
        const r = resume.call(this, value);
        if (r.done) throw r.value === undefined ? StopIteration(new Error()) : StopIteration(r.value, new Error());
        return r.value === undefined ? null : r.value;  // a bare `yield` yields None
    }, writable: true, configurable: true});
Object.defineProperty(GeneratorPrototype, '__next__', {
    value: function __next__() { return this.send(null); }, writable: true, configurable: true});

/**
 * `for x in gen(…):` of a generator with `yield` inside try/finally
 * (pyminis/guard/closing_generators.py): only the loop reaches that generator, so CPython drops
 * it, running its `finally`, when the loop ends; leaving the loop early (break, return, an
 * exception) closes it here as that drop does. An exception its `finally` raises then is
 * printed and ignored, as CPython's "Exception ignored in" is.
 * @param {!Generator} generator @returns {!Generator} generator itself
 */
export function _pm_closing(generator) {
    Object.defineProperty(generator, 'return', {value: function () {
        try {
            closeGenerator.call(generator);
        } catch (error) {
            const name = error && error.__class__ ? error.__class__.__name__ : 'Exception';
            console.error(`Exception ignored in: ${repr(generator)}\nTraceback (most recent call last):\n${name}: ${str(error)}`);
        }
        return {value: undefined, done: true};
    }, writable: true, configurable: true});
    return generator;
}

// `gen.throw(exc)`: raises exc where the generator is paused; what it yields next is the
// result (JavaScript's throw gave {value, done}), its return a StopIteration.
const throwInto = GeneratorPrototype.throw;
Object.defineProperty(GeneratorPrototype, 'throw', {
    value: function py_throw(error) {
        if (typeof error === 'function' && error.__mro__ !== undefined) error = error();  // gen.throw(ValueError)
        const r = throwInto.call(this, error);
        if (r.done) throw r.value === undefined ? StopIteration(new Error()) : StopIteration(r.value, new Error());
        return r.value === undefined ? null : r.value;
    }, writable: true, configurable: true});
Object.defineProperty(GeneratorPrototype, '__class__', {
    get() { return kind('generator'); }, configurable: true});

/**
 * An itertools function's result (its generator, pyminis/stdlib/itertools.py) as CPython's
 * object of class `itertools.chain`…: not a generator (types.GeneratorType, collections.abc).
 * @param {!Generator} generator @param {string} name @returns {!Generator} generator itself
 */
export function _pm_itertype(generator, name) {
    if (!kinds.has(`itertools.${name}`)) kinds.set(`itertools.${name}`, __class__(name, [object], {__module__: 'itertools'}));
    Object.defineProperty(generator, '__pm_lazy__', {value: true});
    Object.defineProperty(generator, '__class__', {value: kinds.get(`itertools.${name}`), configurable: true});
    return generator;
}

/** A builtin's lazy result (map, filter, zip): not a generator for collections.abc. */
export function lazy(generator, name) {
    Object.defineProperty(generator, '__pm_lazy__', {value: true});
    return named(generator, name);
}

/**
 * `map(f, *iterables)`: lazy, as CPython's (`next(map(f, xs))`, infinite iterators, side
 * effects only as items are taken).
 */
export function _pm_map(f, ...seqs) {
    if (!seqs.length) throw py_TypeError('map() must have at least two arguments.', new Error());
    return lazy(mapLazy(f, seqs.map((s) => _pm_iter(s))), 'map');
}

function* mapLazy(f, iterators) {
    if (typeof f !== 'function') f = notCallable(f);  // CPython's TypeError, on the first item
    for (;;) {
        const args = [];
        for (const it of iterators) {
            const r = it.next();
            if (r.done) return;
            args.push(r.value);
        }
        yield f(...args);
    }
}

/** What calling a value that is not callable raises: CPython's TypeError. */
function notCallable(f) {
    return () => { throw py_TypeError(`'${typeName(f)}' object is not callable`, new Error()); };
}

/** `filter(f, iterable)` (`f` None: Python truth), lazy as CPython's. */
export function _pm_filter(f, seq) {
    const call = typeof f === 'function' ? f : notCallable(f);
    const test = f === null || f === undefined ? _pm_truth : (x) => _pm_truth(call(x));
    return lazy(filterLazy(test, _pm_iter(seq)), 'filter');
}

function* filterLazy(test, iterator) {
    for (const x of iterator) if (test(x)) yield x;
}

/**
 * `reversed(x)`: `x.__reversed__()` where the class has one (collections.deque), a reversed
 * copy of a list, tuple or str, the keys of a dict last first, or the sequence protocol
 * (`__len__` and `__getitem__`); TypeError otherwise.
 */
export function _pm_reversed(x) {
    const object = x !== null && (typeof x === 'object' || typeof x === 'function');  // classes are functions
    if (object && !Array.isArray(x) && typeof x.__reversed__ === 'function') return x.__reversed__();
    // Lazy, as CPython's: a list is read as it is then (next() works; it is used up once).
    if (Array.isArray(x)) return named(arrayReversed(x), typeName(x) === 'list' ? 'list_reverseiterator' : 'reversed');
    if (typeof x === 'string') return named(arrayReversed(Array.from(x)), 'reversed');  // code points, as Python indexes
    if (object && typeof x.__len__ === 'function' && typeof x.__getitem__ === 'function') return named(sequenceReversed(x), 'reversed');
    if (object && typeof x.py_keys === 'function') return named(arrayReversed(Array.from(x.py_keys())), 'dict_reversekeyiterator');
    throw py_TypeError(`'${typeName(x)}' object is not reversible`, new Error());
}

function* arrayReversed(x) {
    for (let i = x.length - 1; i >= 0 && i < x.length; i--) yield x[i];
}

function* sequenceReversed(x) {
    for (let i = x.__len__() - 1; i >= 0; i--) yield x.__getitem__(i);
}

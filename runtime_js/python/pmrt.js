// Python semantics Transcrypt leaves out, for code rewritten by pyminis' guard.
//
// The guard (pyminis/guard/) rewrites natural Python into calls of these helpers, then
// this file replaces the compiled stub `_pmrt.js` in Transcrypt's output. Each helper
// takes the plain JS fast path first (numbers, arrays) so V8 inlines it in hot loops.
import {
    __class__, Exception, KeyError, IndexError, ValueError, py_TypeError, AttributeError,
    dict, str, repr, len, tuple, list, set, object, py_metatype, isinstance,
} from './org.transcrypt.__runtime__.js';

const hasOwn = Object.prototype.hasOwnProperty;

/** Exception classes Transcrypt lacks; unknown names pass through as JS globals. */
// Raised with the message only (Exception's own constructor records the JS stack).
export const ZeroDivisionError = __class__('ZeroDivisionError', [Exception], {__module__: 'builtins'});
export const RuntimeError = __class__('RuntimeError', [Exception], {__module__: 'builtins'});
export const OverflowError = __class__('OverflowError', [Exception], {__module__: 'builtins'});
export const LookupError = Exception;
export const ArithmeticError = Exception;

/** @param {*} o @returns {boolean} a Transcrypt dict */
function isDict(o) {
    return o !== null && typeof o === 'object' && o.__class__ === dict;
}

/** @param {*} o @returns {boolean} a Python list or tuple (JS array) */


/** @param {number} k @param {number} n @returns {number} a Python index made non-negative, or -1 */
function index(k, n) {
    if (typeof k === 'boolean') k = +k;
    if (typeof k !== 'number' || k !== Math.floor(k)) return -2;
    const i = k < 0 ? k + n : k;
    return i >= 0 && i < n ? i : -1;
}

/** `o[k]` for a load: negative indexes, IndexError and KeyError like Python. */
export function _pm_gi(o, k) {
    // Kept tiny so V8 inlines it: in-range list indexes are a bounds check and a load.
    if (Array.isArray(o) && k >= 0 && k < o.length) return o[k];
    return getSlow(o, k);
}

function getSlow(o, k) {
    if (Array.isArray(o)) {
        const i = index(k, o.length);
        if (i >= 0) return o[i];
        if (i === -2) throw py_TypeError('list indices must be integers', new Error());
        throw IndexError('list index out of range', new Error());
    }
    if (typeof o === 'string') {
        const i = index(k, o.length);
        if (i >= 0) return o[i];
        throw IndexError('string index out of range', new Error());
    }
    if (isDict(o)) {
        if (hasOwn.call(o, k)) return o[k];
        if (typeof o.__missing__ === 'function') return o.__missing__(k);
        throw KeyError(repr(k), new Error());
    }
    if (o !== null && o !== undefined && typeof o.__getitem__ === 'function') return o.__getitem__(k);
    return o[k];
}

/** `o[k] = v`: negative indexes, IndexError, and int keys remembered on dicts. */
export function _pm_si(o, k, v) {
    if (Array.isArray(o) && k >= 0 && k < o.length) o[k] = v;
    else setSlow(o, k, v);
}

function setSlow(o, k, v) {
    if (Array.isArray(o)) {
        const i = index(k, o.length);
        if (i < 0) throw IndexError('list assignment index out of range', new Error());
        o[i] = v;
        return;
    }
    if (isDict(o)) {
        if (typeof k === 'number' && !o.__pm_nk) markIntKeys(o);
        o[k] = v;
        return;
    }
    if (o !== null && typeof o === 'object' && typeof o.__setitem__ === 'function') {
        o.__setitem__(k, v);
        return;
    }
    o[k] = v;
}

/** `del o[k]`: lists close the gap, dicts raise KeyError. */
export function _pm_di(o, k) {
    if (Array.isArray(o)) {
        const i = index(k, o.length);
        if (i < 0) throw IndexError('list assignment index out of range', new Error());
        o.splice(i, 1);
        return;
    }
    if (isDict(o)) {
        if (!hasOwn.call(o, k)) throw KeyError(repr(k), new Error());
        delete o[k];
        return;
    }
    delete o[k];
}

/** Mark a dict whose keys include ints, so its keys come back as numbers (runtime_fixes.py). */
function markIntKeys(d) {
    Object.defineProperty(d, '__pm_nk', {value: true, enumerable: false});
}

/** A dict literal with non-string keys: remember that its int keys are ints. */
export function _pm_nk(d) {
    for (const k of Object.keys(d)) {
        if (String(+k) === k) { markIntKeys(d); break; }
    }
    return d;
}

// Arithmetic and comparison with Python's meaning for lists and strings.

/** `a + b` */
export function _pm_add(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    return addSlow(a, b);
}

function addSlow(a, b) {
    if (typeof a === 'number' || typeof a === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) {
        const r = a.concat(b);
        if (a.__class__ === tuple) return tuple(r);
        return r;
    }
    if (a !== null && typeof a === 'object' && typeof a.__add__ === 'function') return a.__add__(b);
    if (b !== null && typeof b === 'object' && typeof b.__radd__ === 'function') return b.__radd__(a);
    return a + b;
}

/** `a += b`: lists extend in place, as Python does. */
export function _pm_iadd(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    return iaddSlow(a, b);
}

function iaddSlow(a, b) {
    if (typeof a === 'number' || typeof a === 'string') return a + b;
    if (Array.isArray(a) && a.__class__ !== tuple) {
        for (const x of b === a ? a.slice() : b) a.push(x);  // `xs += xs` doubles once
        return a;
    }
    if (a !== null && typeof a === 'object' && typeof a.__iadd__ === 'function') return a.__iadd__(b);
    return addSlow(a, b);
}

function repeat(seq, n) {
    if (typeof seq === 'string') return n > 0 ? seq.repeat(n) : '';
    const r = [];
    for (let i = 0; i < n; i++) for (const x of seq) r.push(x);
    return seq.__class__ === tuple ? tuple(r) : r;
}

/** `a * b` */
export function _pm_mul(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a * b;
    return mulSlow(a, b);
}

function mulSlow(a, b) {
    if (typeof a === 'string' || Array.isArray(a)) return repeat(a, b);
    if (typeof b === 'string' || Array.isArray(b)) return repeat(b, a);
    if (a !== null && typeof a === 'object' && typeof a.__mul__ === 'function') return a.__mul__(b);
    if (b !== null && typeof b === 'object' && typeof b.__rmul__ === 'function') return b.__rmul__(a);
    return a * b;
}

/** `a *= b`: lists repeat in place. */
export function _pm_imul(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a * b;
    return imulSlow(a, b);
}

function imulSlow(a, b) {
    if (Array.isArray(a) && a.__class__ !== tuple) {
        const r = repeat(a, b);
        a.length = 0;
        for (const x of r) a.push(x);
        return a;
    }
    return mulSlow(a, b);
}

/** `a / b`, raising ZeroDivisionError. */
export function _pm_div(a, b) {
    if (typeof b === 'number' && b !== 0 && typeof a === 'number') return a / b;
    return divSlow(a, b);
}

function divSlow(a, b) {
    if (b === 0 || b === false) throw ZeroDivisionError('division by zero');
    if (typeof a === 'object' && a !== null && typeof a.__truediv__ === 'function') return a.__truediv__(b);
    return a / b;
}

/** `a // b`, floored, raising ZeroDivisionError. */
export function _pm_fdiv(a, b) {
    if (b !== 0 && b !== false) return Math.floor(a / b);
    throw ZeroDivisionError('integer division or modulo by zero');
}

/** `a % b`: Python's sign rule for numbers, printf-style formatting for strings. */
export function _pm_mod(a, b) {
    if (typeof a === 'number' && b > 0) {
        const r = a % b;
        return r < 0 ? r + b : r;
    }
    return modSlow(a, b);
}

/**
 * `a % b` where the guard proved both numbers: the result takes the divisor's sign as in
 * Python (`-1 % 3 == 2`, `1 % -3 == -2`, floats too), never -0, and ZeroDivisionError on 0.
 * No string branch, so a game whose every `%` is numeric ships no printf-style code.
 * @param {number} a @param {number} b @returns {number}
 */
export function _pm_nmod(a, b) {
    const r = a % b;
    if (r < 0 ? b > 0 : r > 0 && b < 0) return r + b;
    if (b === 0) throw ZeroDivisionError('integer modulo by zero');
    return r === 0 ? 0 : r;
}

function modSlow(a, b) {
    if (typeof a === 'number') {
        if (b === 0) throw ZeroDivisionError('integer division or modulo by zero');
        const r = a % b;
        return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
    }
    if (typeof a === 'string') return percentFormat(a, Array.isArray(b) && b.__class__ === tuple ? b : [b]);
    if (a !== null && typeof a === 'object' && typeof a.__mod__ === 'function') return a.__mod__(b);
    return a % b;
}

/** `a | b`, `a & b`, `a ^ b` on ints or sets. */
export function _pm_bor(a, b) { return typeof a === 'number' ? a | b : a.union(b); }
export function _pm_band(a, b) { return typeof a === 'number' ? a & b : a.intersection(b); }
export function _pm_bxor(a, b) { return typeof a === 'number' ? a ^ b : a.symmetric_difference(b); }

/** `a == b` with Python's structural equality for lists, tuples, dicts and sets. */
export function _pm_eq(a, b) {
    if (a === b) return true;
    if (typeof a === 'number' && typeof b === 'number') return false;
    return eqSlow(a, b);
}

function eqSlow(a, b) {
    const ta = typeof a;
    if (ta === 'number' || ta === 'string' || ta === 'boolean') {
        return typeof b === 'boolean' || typeof b === 'number' ? +a === +b && ta !== 'string' : false;
    }
    if (a === null || a === undefined || b === null || b === undefined) return a == b;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length || (a.__class__ === tuple) !== (b.__class__ === tuple)) return false;
        for (let i = 0; i < a.length; i++) if (!_pm_eq(a[i], b[i])) return false;
        return true;
    }
    if (isDict(a)) {
        if (!isDict(b)) return false;
        const ka = Object.keys(a), kb = Object.keys(b);
        if (ka.length !== kb.length) return false;
        for (const k of ka) if (!hasOwn.call(b, k) || !_pm_eq(a[k], b[k])) return false;
        return true;
    }
    if (typeof a.__eq__ === 'function' && a.__class__ !== undefined) return !!a.__eq__(b);
    if (a instanceof Set || (a.__class__ === set)) return false;
    return false;
}

/** `a != b` */
export function _pm_ne(a, b) { return !_pm_eq(a, b); }

// Truth values: empty containers are false, as in Python.

/** `bool(x)` for a test */
export function _pm_truth(x) {
    if (typeof x === 'boolean') return x;
    if (typeof x === 'number') return x !== 0 && x === x;
    return truthSlow(x);
}

function truthSlow(x) {
    if (typeof x === 'string') return x.length > 0;
    if (x === null || x === undefined) return false;
    if (Array.isArray(x)) return x.length > 0;
    if (typeof x.__bool__ === 'function') return !!x.__bool__();
    if (typeof x.__len__ === 'function') return x.__len__() > 0;
    if (isDict(x)) return Object.keys(x).length > 0;
    return true;
}

/** `a or b` / `a and b` for operands without side effects (both evaluated). */
export function _pm_or(a, b) { return _pm_truth(a) ? a : b; }
export function _pm_and(a, b) { return _pm_truth(a) ? b : a; }
/** `a or b` / `a and b` where b must only run when needed: b is a function. */
export function _pm_orl(a, b) { return _pm_truth(a) ? a : b(); }
export function _pm_andl(a, b) { return _pm_truth(a) ? b() : a; }

// Builtins Transcrypt gets wrong.

/** `str(x)` inside an f-string: strings and numbers without a call into Transcrypt's str. */
export function _pm_str(x) {
    if (typeof x === 'string') return x;
    if (typeof x === 'number') return '' + x;
    return str(x);
}

/** `len(x)`: arrays and strings first (Transcrypt's len looks for __len__ first). */
export function _pm_len(x) {
    if (Array.isArray(x) || typeof x === 'string') return x.length;
    return len(x);
}

/** A tuple display `(a, b)`: the fresh array is marked, not copied as tuple() does. */
export function _pm_tup(items) {
    items.__class__ = tuple;
    return items;
}

/** `int(x)` and `int(s, base)`: no 32-bit truncation. */
export function _pm_int(x, base) {
    if (typeof x === 'number') {
        if (!isFinite(x)) throw OverflowError('cannot convert float infinity to integer');
        return Math.trunc(x);
    }
    if (typeof x === 'boolean') return +x;
    if (typeof x === 'string') {
        let s = x.trim().replace(/_/g, '');
        let b = base === undefined ? 10 : base;
        let sign = 1;
        if (s[0] === '-' || s[0] === '+') { if (s[0] === '-') sign = -1; s = s.slice(1); }
        const prefix = s.slice(0, 2).toLowerCase();
        if ((b === 16 || b === 0) && prefix === '0x') { s = s.slice(2); b = 16; }
        else if ((b === 8 || b === 0) && prefix === '0o') { s = s.slice(2); b = 8; }
        else if ((b === 2 || b === 0) && prefix === '0b') { s = s.slice(2); b = 2; }
        if (b === 0) b = 10;
        const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
        let n = 0;
        for (const c of s.toLowerCase()) {
            const d = digits.indexOf(c);
            if (d < 0 || s.length === 0) {
                throw ValueError(`invalid literal for int() with base ${base === undefined ? 10 : base}: ${repr(x)}`, new Error());
            }
            n = n * b + d;
        }
        if (s.length === 0) throw ValueError(`invalid literal for int() with base 10: ${repr(x)}`, new Error());
        return sign * n;
    }
    if (x !== null && x !== undefined && typeof x.__int__ === 'function') return x.__int__();
    throw py_TypeError('int() argument must be a string or a number', new Error());
}

/** `getattr(o, name[, default])`; a method read this way keeps its `self`. */
export function _pm_getattr(o, name, dflt) {
    let v = o[name];
    if (v === undefined) v = o['py_' + name];
    if (v === undefined) {
        if (arguments.length > 2) return dflt;
        throw AttributeError(`object has no attribute ${repr(name)}`, new Error());
    }
    return bindIfMethod(o, v);
}

function bindIfMethod(o, v) {
    // Methods compile to plain prototype functions (fast direct calls); a method read as a
    // value is bound here, so a callback keeps `self`.
    if (typeof v === 'function' && o !== null && typeof o === 'object' && hasOwn.call(o, '__class__') && o.__class__ !== dict && !v.__pm_plain) {
        return v.bind(o);
    }
    return v;
}

/**
 * `o[k](…)` where `o` is not a plain name: the item called with `this` = o, as JavaScript's
 * `o[k](…)` is, so a JS method looked up by key keeps its object.
 * @param {*} o @param {*} k @param {...*} args @returns {*}
 */
export function _pm_ci(o, k, ...args) {
    return _pm_gi(o, k).apply(o, args);
}

/** `o.name` used as a value (not called): a bound method when it is one. */
export function _pm_bind(o, name) {
    const v = o[name];
    if (typeof v !== 'function' || hasOwn.call(o, name)) return v;
    return bindIfMethod(o, v);
}

/** `hash(x)` for ints, strings, tuples and None. */
export function _pm_hash(x) {
    if (typeof x === 'number') return Math.trunc(x) === x ? x : Math.trunc(x * 1e9);
    if (typeof x === 'boolean') return +x;
    if (x === null || x === undefined) return 0;
    const s = typeof x === 'string' ? x : repr(x);
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return h;
}

// Format specs: f"{x:>8.2f}" and "%5.1f" % x.

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/;

/** `format(value, spec)`: the format-spec mini-language for numbers and strings. */
export function _pm_fmt(value, spec) {
    if (value !== null && value !== undefined && typeof value === 'object' && typeof value.__format__ === 'function' && value.__class__ !== undefined && !Array.isArray(value)) {
        return value.__format__(spec);
    }
    if (!spec) return str(value);
    const m = SPEC.exec(spec);
    if (!m) throw ValueError(`Invalid specifier '${spec}'`, new Error());
    let [, fill, align, sign, alt, zero, width, group, precision, type] = m;
    let body;
    const isNum = typeof value === 'number' || typeof value === 'boolean';
    if (typeof value === 'boolean' && !type) {
        body = value ? 'True' : 'False';
    } else if (!isNum) {
        body = typeof value === 'string' ? value : str(value);
        if (precision !== undefined) body = body.slice(0, +precision);
    } else {
        const n = +value;
        const neg = n < 0 || Object.is(n, -0);
        let a = Math.abs(n);
        if (!type && precision !== undefined) type = 'g';
        switch (type) {
            case 'd': case 'n': body = String(Math.trunc(a)); break;
            case 'f': case 'F': body = fixed(a, precision === undefined ? 6 : +precision); break;
            case 'e': case 'E': body = expo(a, precision === undefined ? 6 : +precision); break;
            case '%': body = fixed(a * 100, precision === undefined ? 6 : +precision) + '%'; break;
            case 'x': body = Math.trunc(a).toString(16); if (alt) body = '0x' + body; break;
            case 'X': body = Math.trunc(a).toString(16).toUpperCase(); if (alt) body = '0X' + body; break;
            case 'o': body = Math.trunc(a).toString(8); if (alt) body = '0o' + body; break;
            case 'b': body = Math.trunc(a).toString(2); if (alt) body = '0b' + body; break;
            case 'c': body = String.fromCharCode(a); break;
            case 'g': case 'G': body = general(a, precision === undefined ? 6 : Math.max(1, +precision), alt); break;
            default: body = str(a);
        }
        if (type === 'E' || type === 'G') body = body.toUpperCase();
        if (group) {
            const [int, frac] = body.split('.');
            body = int.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (frac !== undefined ? '.' + frac : '');
        }
        const signText = neg && (a !== 0 || type === 'f' || !type) && !(a === 0 && !Object.is(n, -0)) ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
        if (zero && !align) { fill = '0'; align = '='; }
        body = signText + body;
        if (align === '=') {
            const w = width === undefined ? 0 : +width;
            const pad = Math.max(0, w - body.length);
            return signText + (fill || ' ').repeat(pad) + body.slice(signText.length);
        }
    }
    const w = width === undefined ? 0 : +width;
    const pad = Math.max(0, w - body.length);
    if (!pad) return body;
    const f = fill || ' ';
    align = align || (isNum ? '>' : '<');
    if (align === '<') return body + f.repeat(pad);
    if (align === '^') return f.repeat(pad >> 1) + body + f.repeat(pad - (pad >> 1));
    return f.repeat(pad) + body;
}

/** `a.toFixed(p)`, but exact ties round to even as CPython does (2.25 → "2.2"). */
function fixed(a, p) {
    const scale = 10 ** p;
    const scaled = a * scale;
    if (scaled % 1 === 0.5 && scaled < 2 ** 52) {
        const down = Math.floor(scaled);
        return ((down % 2 === 0 ? down : down + 1) / scale).toFixed(p);
    }
    return a.toFixed(p);
}

function expo(a, p) {
    const s = a.toExponential(p);
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function general(a, p, alt) {
    if (a === 0) return '0';
    const exp = Math.floor(Math.log10(a));
    let s;
    if (exp < -4 || exp >= p) {
        s = expo(a, p - 1);
        if (!alt) s = s.replace(/\.?0+e/, 'e');
    } else {
        s = fixed(a, Math.max(0, p - 1 - exp));
        if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
    }
    return s;
}

/** `"%5.2f %s" % args` */
function percentFormat(text, args) {
    let i = 0;
    const out = text.replace(/%([-+ 0#]*)(\d+|\*)?(?:\.(\d+))?([sdifFeEgGxXorc%])/g, (all, flags, width, precision, type) => {
        if (type === '%') return '%';
        if (i >= args.length) throw py_TypeError('not enough arguments for the % string', new Error());
        const v = args[i++];
        if (type === 's') return _pm_fmt(str(v), (flags.includes('-') ? '<' : '>') + (width || ''));
        if (type === 'r') return _pm_fmt(repr(v), (flags.includes('-') ? '<' : '>') + (width || ''));
        const t = type === 'i' ? 'd' : type;
        if (typeof v !== 'number' && typeof v !== 'boolean') {
            throw py_TypeError(`%${type}: a real number is required, not ${typeof v === 'string' ? 'str' : typeof v}`, new Error());
        }
        let spec = (flags.includes('-') ? '<' : '') + (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '');
        spec += (flags.includes('#') ? '#' : '') + (flags.includes('0') && !flags.includes('-') ? '0' : '');
        spec += (width || '') + (precision !== undefined ? '.' + precision : '') + t;
        return _pm_fmt(t === 'd' ? Math.trunc(v) : v, spec);
    });
    if (i < args.length) throw py_TypeError('not all arguments converted by the % string', new Error());
    return out;
}

// Dataclasses and enums, built at run time from what the guard passes in.

const FACTORY = Symbol('factory');

/** `field(default_factory=f)` */
export function _pm_factory(f) { return {[FACTORY]: f}; }

/** `@dataclass`: `__init__` from the fields (positional or keyword), `__repr__`, `__eq__`. */
export function _pm_dataclass(pyNames, jsNames) {
    return function (cls) {
        const base = cls.__bases__[0];
        const pyOf = Object.assign({}, base && base.__pm_py ? base.__pm_py : {});
        jsNames.forEach((n, i) => { pyOf[n] = pyNames[i]; });
        const names = jsNames;
        const fields = (base && base.__pm_fields ? base.__pm_fields : []).filter((n) => !names.includes(n)).concat(names);
        const defaults = {};
        for (const n of fields) {
            const d = Object.getOwnPropertyDescriptor(cls, n);
            if (d && 'value' in d) defaults[n] = d.value;
            else if (base && base.__pm_defaults && n in base.__pm_defaults) defaults[n] = base.__pm_defaults[n];
        }
        Object.defineProperty(cls, '__pm_fields', {value: fields});
        Object.defineProperty(cls, '__pm_py', {value: pyOf});
        Object.defineProperty(cls, '__pm_defaults', {value: defaults});
        Object.defineProperty(cls, '__init__', {
            value: function (self, ...args) {
                let kw = null;
                const last = args[args.length - 1];
                if (last && hasOwn.call(last, '__kwargtrans__')) kw = args.pop();
                if (args.length > fields.length) {
                    throw py_TypeError(`__init__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`, new Error());
                }
                fields.forEach((n, i) => {
                    let v;
                    if (i < args.length) v = args[i];
                    else if (kw && hasOwn.call(kw, n)) v = kw[n];
                    else if (kw && hasOwn.call(kw, pyOf[n])) v = kw[pyOf[n]];
                    else if (n in defaults) v = defaults[n] !== null && typeof defaults[n] === 'object' && FACTORY in defaults[n] ? defaults[n][FACTORY]() : defaults[n];
                    else throw py_TypeError(`__init__() missing 1 required positional argument: '${pyOf[n]}'`, new Error());
                    self[n] = v;
                });
                if (typeof self.__post_init__ === 'function') self.__post_init__();
            },
            configurable: true, writable: true,
        });
        if (!hasOwn.call(cls, '__repr__')) {
            Object.defineProperty(cls, '__repr__', {
                value: function () {
                    return cls.__name__ + '(' + fields.map((n) => pyOf[n] + '=' + repr(this[n])).join(', ') + ')';
                }, configurable: true, writable: true,
            });
            Object.defineProperty(cls, '__str__', {value: function () { return this.__repr__(); }, configurable: true, writable: true});
        }
        if (!hasOwn.call(cls, '__eq__')) {
            Object.defineProperty(cls, '__eq__', {
                value: function (other) {
                    if (other === null || other === undefined || other.__class__ !== this.__class__) return false;
                    return fields.every((n) => _pm_eq(this[n], other[n]));
                }, configurable: true, writable: true,
            });
        }
        return cls;
    };
}

let autoValue = 0;
const AUTO = Symbol('auto');
/** `enum.auto()` */
export function auto() { return {[AUTO]: ++autoValue}; }

const EnumMeta = {
    __name__: 'EnumMeta',
    __bases__: [py_metatype],
    __new__: function (meta, name, bases, attribs) {
        const cls = py_metatype.__new__(meta, name, bases, attribs);
        cls.__metaclass__ = meta;
        const members = [];
        let next = 1;
        for (const key of Object.keys(attribs)) {
            const d = Object.getOwnPropertyDescriptor(attribs, key);
            if (key.startsWith('_') || d.get || typeof d.value === 'function') continue;
            let value = d.value;
            if (value !== null && typeof value === 'object' && AUTO in value) value = next;
            if (typeof value === 'number') next = value + 1;
            const member = Object.create(cls, {__class__: {value: cls, enumerable: false}});
            member.py_name = key;
            member.value = value;
            Object.defineProperty(cls, key, {value: member, enumerable: true});
            members.push(member);
        }
        Object.defineProperty(cls, '__pm_members', {value: members});
        Object.defineProperty(cls, '__new__', {
            value: function (args) {
                for (const m of members) if (_pm_eq(m.value, args[0])) return m;
                throw ValueError(`${repr(args[0])} is not a valid ${name}`, new Error());
            },
        });
        cls[Symbol.iterator] = function () { return members[Symbol.iterator](); };
        return cls;
    },
};
EnumMeta.__metaclass__ = EnumMeta;

/** `class Color(Enum)`: members with `.name` and `.value`, `Color(1)`, iteration. */
export const Enum = __class__('Enum', [object], {
    __module__: 'enum',
    __repr__: function () { return `<${this.__class__.__name__}.${this.py_name}: ${repr(this.value)}>`; },
    __str__: function () { return `${this.__class__.__name__}.${this.py_name}`; },
    toString: function () { return `${this.__class__.__name__}.${this.py_name}`; },
}, EnumMeta);

/** `zip(...)`: a list of tuples (Transcrypt's gives lists). */
export function _pm_zip(...seqs) {
    const arrays = seqs.map((s) => (Array.isArray(s) ? s : typeof s === 'string' ? s.split('') : Array.from(s)));
    const n = arrays.length ? Math.min(...arrays.map((a) => a.length)) : 0;
    const out = [];
    for (let i = 0; i < n; i++) out.push(tuple(arrays.map((a) => a[i])));
    return out;
}

// str and list methods Transcrypt lacks (it extends the same prototypes for the others).

function define(proto, name, fn) {
    if (!hasOwn.call(proto, name)) Object.defineProperty(proto, name, {value: fn, writable: true, configurable: true});
}

define(Array.prototype, 'count', function (x) { let n = 0; for (const y of this) if (_pm_eq(x, y)) n++; return n; });
define(String.prototype, 'count', function (sub) {
    if (sub.length === 0) return this.length + 1;
    let n = 0, i = 0;
    while ((i = this.indexOf(sub, i)) >= 0) { n++; i += sub.length; }
    return n;
});
define(String.prototype, 'index', function (sub, start) {
    const i = this.indexOf(sub, start || 0);
    if (i < 0) throw ValueError('substring not found', new Error());
    return i;
});
define(String.prototype, 'center', function (width, fill = ' ') {
    const pad = width - this.length;
    if (pad <= 0) return String(this);
    const left = (pad >> 1) + (pad & width & 1);
    return fill.repeat(left) + this + fill.repeat(pad - left);
});
define(String.prototype, 'zfill', function (width) {
    const sign = this[0] === '-' || this[0] === '+' ? this[0] : '';
    const body = sign ? this.slice(1) : String(this);
    return sign + '0'.repeat(Math.max(0, width - this.length)) + body;
});
define(String.prototype, 'ljust', function (width, fill = ' ') { return this + fill.repeat(Math.max(0, width - this.length)); });
define(String.prototype, 'rjust', function (width, fill = ' ') { return fill.repeat(Math.max(0, width - this.length)) + this; });
define(String.prototype, 'title', function () {
    return this.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (m, p, c) => p + c.toUpperCase());
});
define(String.prototype, 'partition', function (sep) {
    const i = this.indexOf(sep);
    return i < 0 ? tuple([String(this), '', '']) : tuple([this.slice(0, i), sep, this.slice(i + sep.length)]);
});
define(String.prototype, 'rpartition', function (sep) {
    const i = this.lastIndexOf(sep);
    return i < 0 ? tuple(['', '', String(this)]) : tuple([this.slice(0, i), sep, this.slice(i + sep.length)]);
});

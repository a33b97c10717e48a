// `bytes` and `bytearray` as CPython 3.11's: a sequence of ints 0–255 held in a JS array,
// indexes give ints, slices the same type, repr `b'…'`; `str.encode()`, `bytes.decode()`
// (utf-8, ascii, latin-1: codecs.js), `int.from_bytes` and `int.to_bytes`.
//
// Operators reach these objects through the paths every object with special methods takes
// (`_pm_add` → __add__, `_pm_eq` → __eq__, `_pm_hash` → __hash__), so no hot path checks for
// bytes. The methods that search or split work on a "binary string" (one char per byte,
// `binary()`), where JavaScript's string methods are byte-exact; case and whitespace are
// ASCII's only, as CPython's bytes methods.
import {IndexError, ValueError, int, object, py_TypeError, repr, tuple} from '../org.transcrypt.__runtime__.js';
import {NotImplemented} from './constants.js';
import {sliceBounds} from './slices.js';
import {typeName} from './typename.js';
import {bindArgs} from './keywords.js';
import {_pm_iter} from './iterators.js';
import {hash64, hashValue} from './hashing.js';
import {decodeBytes, encodeText} from './codecs.js';
import {OverflowError} from './errors.js';
import {PyFloat} from './numbers.js';
import {_pm_float, _pm_int} from './conversions.js';
import {_pm_ord} from './strings.js';

const SPACE = ' \t\n\r\x0b\x0c';

/** A byte string (`\x00`–`\xff` chars) of an array of ints. */
function binary(codes) {
    let out = '';
    for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
    return out;
}

/** The ints of a byte string. */
function codesOf(s) {
    const out = new Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
}

/** Pushes the items of `more` onto `codes` (a spread would overflow the stack for a large one). */
function append(codes, more) {
    for (let i = 0, n = more.length; i < n; i++) codes.push(more[i]);
}

/** An int argument (bools, __index__ count), else CPython's TypeError. */
function intArg(v) {
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return +v;
    if (v !== null && typeof v === 'object' && typeof v.__index__ === 'function') return v.__index__();
    throw py_TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`, new Error());
}

/** A byte value of an item, else `what`'s ValueError. */
function byteArg(v, what = 'byte must be in range(0, 256)') {
    const n = intArg(v);
    if (!(n >= 0 && n < 256)) throw ValueError(what, new Error());
    return Number(n);
}

function isBytesLike(x) {
    return x instanceof PyBytesBase;
}

/** The byte string of a bytes-like argument, else CPython's TypeError. */
function bytesArg(x, what = 'a bytes-like object is required') {
    if (isBytesLike(x)) return x.binary();
    throw py_TypeError(`${what}, not '${typeName(x)}'`, new Error());
}

/** find/count/index's sub: bytes-like or an int, as one byte string. */
function subArg(x) {
    if (isBytesLike(x)) return x.binary();
    if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint'
            || (x !== null && typeof x === 'object' && typeof x.__index__ === 'function')) {
        return String.fromCharCode(byteArg(x));
    }
    throw py_TypeError(`argument should be integer or bytes-like object, not '${typeName(x)}'`, new Error());
}

/** CPython's ADJUST_INDICES bounds of find/count/startswith. */
function bounds(n, start, end) {
    let a = start === undefined || start === null ? 0 : Number(intArg(start));
    let b = end === undefined || end === null ? n : Number(intArg(end));
    if (b > n) b = n;
    else if (b < 0) b = Math.max(0, b + n);
    if (a < 0) a = Math.max(0, a + n);
    return [a, b];
}

function search(s, sub, start, end, dir) {
    const [a, b] = bounds(s.length, start, end);
    if (b - a < sub.length) return -1;
    const i = dir > 0 ? s.indexOf(sub, a) : s.lastIndexOf(sub, b - sub.length);
    return i < 0 || i < a || i + sub.length > b ? -1 : i;
}

const isUpper = (c) => c >= 65 && c <= 90;
const isLower = (c) => c >= 97 && c <= 122;
const isDigit = (c) => c >= 48 && c <= 57;
const isAlpha = (c) => isUpper(c) || isLower(c);
const isSpaceCode = (c) => c === 32 || (c >= 9 && c <= 13);
const upper = (c) => isLower(c) ? c - 32 : c;
const lower = (c) => isUpper(c) ? c + 32 : c;

/** Every byte passes `test` (and there is one). */
function all(codes, test) {
    if (codes.length === 0) return false;
    for (const c of codes) if (!test(c)) return false;
    return true;
}

/** The items of an iterable as bytes (`bytes([1, 2])`, `bytearray(range(3))`, `ba.extend(…)`). */
function itemsOf(source) {
    if (isBytesLike(source)) return source.v.slice();
    if (typeof source === 'string') throw py_TypeError('string argument without an encoding', new Error());
    if (source === null || source === undefined || typeof source === 'number' || typeof source === 'boolean'
            || (typeof source === 'object' && source[Symbol.iterator] === undefined && typeof source.__iter__ !== 'function')) {
        throw py_TypeError(`cannot convert '${typeName(source)}' object to bytes`, new Error());
    }
    const out = [];
    for (const x of Array.isArray(source) ? source : _pm_iter(source)) out.push(byteArg(x, 'bytes must be in range(0, 256)'));
    return out;
}

/** CPython's repr body of bytes: the quote is " only when the bytes hold ' and no ". */
function reprOf(codes) {
    const quote = codes.includes(39) && !codes.includes(34) ? '"' : "'";
    let out = 'b' + quote;
    for (const c of codes) {
        if (c === 92) out += '\\\\';
        else if (c === 9) out += '\\t';
        else if (c === 10) out += '\\n';
        else if (c === 13) out += '\\r';
        else if (c === quote.charCodeAt(0)) out += '\\' + quote;
        else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
        else out += String.fromCharCode(c);
    }
    return out + quote;
}

let linked = false;

/** What bytes and bytearray share: everything but mutation and hashing. */
class PyBytesBase {
    constructor(codes) {
        if (!linked) {
            // Python's `object` below bytes: the stubs of the methods the game's classes
            // define raise CPython's AttributeError here too (runtime_classes.js); done on first
            // use, so that a game without bytes ships none of this module.
            linked = true;
            Object.setPrototypeOf(PyBytesBase.prototype, object);
        }
        this.v = codes;  // the ints; a bytes object never changes its array
    }

    /** A new object of this one's type (bytes or bytearray). */
    make(codes) { return new this.constructor(codes); }
    binary() { return binary(this.v); }
    fromBinary(s) { return this.make(codesOf(s)); }

    __len__() { return this.v.length; }
    __bool__() { return this.v.length > 0; }
    // (live, as CPython's bytearray iterator: it reads the item at each step)
    [Symbol.iterator]() { return this.v[Symbol.iterator](); }
    __iter__() { return this[Symbol.iterator](); }

    __getitem__(key) {
        if (key !== null && typeof key === 'object' && key.__class__ !== undefined && key.__class__.__name__ === 'slice') {
            const [a, , s, count] = sliceBounds(key.start, key.stop, key.step, this.v.length);
            const out = new Array(count);
            for (let i = 0, k = a; i < count; i++, k += s) out[i] = this.v[k];
            return this.make(out);
        }
        if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint'
                && !(key !== null && typeof key === 'object' && typeof key.__index__ === 'function')) {
            throw py_TypeError(`${this.kind() === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeName(key)}`, new Error());
        }
        return this.v[this.position(key)];
    }

    /** The position of index `key`, else IndexError. */
    position(key) {
        const i = Number(intArg(key));
        const at = i < 0 ? i + this.v.length : i;
        if (!(at >= 0 && at < this.v.length)) throw IndexError(this.outOfRange(), new Error());
        return at;
    }

    __contains__(x) {
        if (typeof x === 'string') throw py_TypeError("a bytes-like object is required, not 'str'", new Error());
        const sub = subArg(x);
        return sub.length === 1 && !isBytesLike(x) ? this.v.includes(sub.charCodeAt(0)) : this.binary().includes(sub);
    }

    __add__(other) {
        if (!isBytesLike(other)) throw py_TypeError(`can't concat ${typeName(other)} to ${this.kind()}`, new Error());
        return this.make(this.v.concat(other.v));
    }

    __mul__(n) {
        if (!(typeof n === 'number' ? Number.isInteger(n) : typeof n === 'boolean' || typeof n === 'bigint'
                || (n !== null && typeof n === 'object' && typeof n.__index__ === 'function'))) {
            if (n !== null && typeof n === 'object' && typeof n.__rmul__ === 'function' && !(n instanceof PyFloat)) return NotImplemented;
            throw py_TypeError(`can't multiply sequence by non-int of type '${typeName(n)}'`, new Error());
        }
        const count = Math.max(0, Number(intArg(n))), v = this.v, out = new Array(count * v.length);
        for (let i = 0, k = 0; i < count; i++) for (let j = 0; j < v.length; j++) out[k++] = v[j];
        return this.make(out);
    }

    __rmul__(n) { return this.__mul__(n); }
    __copy__() { return this.kind() === 'bytes' ? this : this.make(this.v.slice()); }
    __deepcopy__() { return this.__copy__(); }

    __eq__(other) {
        if (!isBytesLike(other)) return NotImplemented;
        return this.compare(other) === 0;
    }

    __ne__(other) {
        if (!isBytesLike(other)) return NotImplemented;
        return this.compare(other) !== 0;
    }

    __lt__(other) { return isBytesLike(other) ? this.compare(other) < 0 : NotImplemented; }
    __le__(other) { return isBytesLike(other) ? this.compare(other) <= 0 : NotImplemented; }
    __gt__(other) { return isBytesLike(other) ? this.compare(other) > 0 : NotImplemented; }
    __ge__(other) { return isBytesLike(other) ? this.compare(other) >= 0 : NotImplemented; }

    /** <0, 0 or >0 as the bytes order. */
    compare(other) {
        const a = this.v, b = other.v, n = Math.min(a.length, b.length);
        for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
        return a.length - b.length;
    }

    __repr__() { return reprOf(this.v); }
    __str__() { return this.__repr__(); }

    // ---- conversions --------------------------------------------------------------------

    decode(...args) {
        const [encoding, errors] = bindArgs('decode', ['encoding', 'errors'], args);
        return decodeBytes(this.v, encoding, errors);
    }

    hex(...args) {
        const [sep, perSep] = bindArgs('hex', ['sep', 'bytes_per_sep'], args);
        const digits = this.v.map((c) => c.toString(16).padStart(2, '0'));
        if (sep === undefined) return digits.join('');
        const mark = typeof sep === 'string' ? sep : isBytesLike(sep) ? sep.binary() : null;
        if (mark === null) throw py_TypeError('sep must be str or bytes.', new Error());
        if (mark.length !== 1) throw ValueError('sep must be length 1.', new Error());
        const every = perSep === undefined ? 1 : Number(intArg(perSep));
        if (every === 0) return digits.join('');
        const size = Math.abs(every), groups = [];
        if (every > 0) {  // groups counted from the right
            for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end).join(''));
        } else {
            for (let at = 0; at < digits.length; at += size) groups.push(digits.slice(at, at + size).join(''));
        }
        return groups.join(mark);
    }

    // ---- searching ----------------------------------------------------------------------

    find(sub, start, end) { return search(this.binary(), subArg(sub), start, end, 1); }
    rfind(sub, start, end) { return search(this.binary(), subArg(sub), start, end, -1); }

    index(sub, start, end) {
        const i = this.find(sub, start, end);
        if (i < 0) throw ValueError('subsection not found', new Error());
        return i;
    }

    rindex(sub, start, end) {
        const i = this.rfind(sub, start, end);
        if (i < 0) throw ValueError('subsection not found', new Error());
        return i;
    }

    count(sub, start, end) {
        const s = this.binary(), needle = subArg(sub);
        const [a, b] = bounds(s.length, start, end);
        if (b - a < needle.length) return 0;
        if (needle.length === 0) return b - a + 1;
        let n = 0;
        for (let i = s.indexOf(needle, a); i >= 0 && i + needle.length <= b; i = s.indexOf(needle, i + needle.length)) n++;
        return n;
    }

    startswith(prefix, start, end) { return this.affix(prefix, start, end, 'startswith'); }
    endswith(suffix, start, end) { return this.affix(suffix, start, end, 'endswith'); }

    affix(fix, start, end, name) {
        const s = this.binary();
        const [a, b] = bounds(s.length, start, end);
        const fixes = Array.isArray(fix) ? fix : [fix];
        for (const one of fixes) {
            if (!isBytesLike(one)) {
                throw py_TypeError(Array.isArray(fix)
                    ? `a bytes-like object is required, not '${typeName(one)}'`
                    : `${name} first arg must be bytes or a tuple of bytes, not ${typeName(one)}`, new Error());
            }
            const t = one.binary();
            if (b - a < t.length) continue;
            if (name === 'startswith' ? s.startsWith(t, a) : s.slice(a, b).endsWith(t)) return true;
        }
        return false;
    }

    // ---- making new bytes ---------------------------------------------------------------

    join(items) {
        const parts = [];
        let i = 0;
        for (const item of Array.isArray(items) ? items : _pm_iter(items)) {
            if (!isBytesLike(item)) {
                throw py_TypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(item)} found`, new Error());
            }
            parts.push(item.binary());
            i++;
        }
        return this.fromBinary(parts.join(this.binary()));
    }

    py_replace(old, replacement, count) {
        const s = this.binary(), a = bytesArg(old), b = bytesArg(replacement);
        let left = count === undefined ? -1 : Number(intArg(count));
        if (left < 0) left = Infinity;
        if (a === '') {  // between every byte, as str.replace
            let out = '';
            for (let i = 0; i <= s.length; i++) {
                if (left > 0) { out += b; left--; }
                if (i < s.length) out += s[i];
            }
            return this.fromBinary(out);
        }
        let out = '', i = 0;
        for (let j; left > 0 && (j = s.indexOf(a, i)) >= 0; left--) {
            out += s.slice(i, j) + b;
            i = j + a.length;
        }
        return this.fromBinary(out + s.slice(i));
    }

    py_split(...args) { return this.splitting(args, 'split', 1); }
    rsplit(...args) { return this.splitting(args, 'rsplit', -1); }

    splitting(args, name, dir) {
        const [sepArg, maxArg] = bindArgs(name, ['sep', 'maxsplit'], args);
        let left = maxArg === undefined ? -1 : Number(intArg(maxArg));
        if (left < 0) left = Infinity;
        const s = this.binary();
        const pieces = [];
        if (sepArg === undefined || sepArg === null) {
            const words = [];
            let i = dir > 0 ? 0 : s.length - 1;
            const inside = (k) => k >= 0 && k < s.length;
            while (inside(i)) {
                while (inside(i) && SPACE.includes(s[i])) i += dir;
                if (!inside(i)) break;
                if (left <= 0) {  // the rest, as it is beyond its first byte
                    words.push(dir > 0 ? s.slice(i) : s.slice(0, i + 1));
                    break;
                }
                const from = i;
                while (inside(i) && !SPACE.includes(s[i])) i += dir;
                words.push(dir > 0 ? s.slice(from, i) : s.slice(i + 1, from + 1));
                left--;
            }
            if (dir < 0) words.reverse();
            return words.map((w) => this.fromBinary(w));
        }
        const sep = bytesArg(sepArg);
        if (sep === '') throw ValueError('empty separator', new Error());
        if (dir > 0) {
            let i = 0;
            for (let j; left > 0 && (j = s.indexOf(sep, i)) >= 0; left--) {
                pieces.push(s.slice(i, j));
                i = j + sep.length;
            }
            pieces.push(s.slice(i));
        } else {
            let end = s.length;
            for (let j; left > 0 && end >= sep.length && (j = s.lastIndexOf(sep, end - sep.length)) >= 0; left--) {
                pieces.unshift(s.slice(j + sep.length, end));
                end = j;
            }
            pieces.unshift(s.slice(0, end));
        }
        return pieces.map((w) => this.fromBinary(w));
    }

    splitlines(...args) {
        const [keep] = bindArgs('splitlines', ['keepends'], args);
        const s = this.binary(), out = [];
        let i = 0;
        while (i < s.length) {
            let j = i;
            while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
            let next = j;
            if (j < s.length) next = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
            out.push(this.fromBinary(s.slice(i, keep ? next : j)));
            i = next;
        }
        return out;
    }

    partition(sep) { return this.parting(sep, 1); }
    rpartition(sep) { return this.parting(sep, -1); }

    parting(sepArg, dir) {
        const s = this.binary(), sep = bytesArg(sepArg);
        if (sep === '') throw ValueError('empty separator', new Error());
        const i = dir > 0 ? s.indexOf(sep) : s.lastIndexOf(sep);
        const empty = this.make([]);
        if (i < 0) return tuple(dir > 0 ? [this.make(this.v.slice()), empty, this.make([])] : [empty, this.make([]), this.make(this.v.slice())]);
        return tuple([this.fromBinary(s.slice(0, i)), this.fromBinary(sep), this.fromBinary(s.slice(i + sep.length))]);
    }

    strip(chars) { return this.stripping(chars, true, true); }
    lstrip(chars) { return this.stripping(chars, true, false); }
    rstrip(chars) { return this.stripping(chars, false, true); }

    stripping(chars, left, right) {
        const set = chars === undefined || chars === null ? SPACE : bytesArg(chars);
        const s = this.binary();
        let a = 0, b = s.length;
        if (left) while (a < b && set.includes(s[a])) a++;
        if (right) while (b > a && set.includes(s[b - 1])) b--;
        return this.fromBinary(s.slice(a, b));
    }

    removeprefix(prefix) {
        const s = this.binary(), p = bytesArg(prefix);
        return this.fromBinary(s.startsWith(p) ? s.slice(p.length) : s);
    }

    removesuffix(suffix) {
        const s = this.binary(), p = bytesArg(suffix);
        return this.fromBinary(p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    }

    translate(table, ...args) {
        const [remove] = bindArgs('translate', ['delete'], args);
        let map = null;
        if (table !== null && table !== undefined) {
            if (!isBytesLike(table)) throw py_TypeError(`a bytes-like object is required, not '${typeName(table)}'`, new Error());
            if (table.v.length !== 256) throw ValueError('translation table must be 256 characters long', new Error());
            map = table.v;
        }
        const dropped = remove === undefined ? '' : bytesArg(remove);
        const out = [];
        for (const c of this.v) if (!dropped.includes(String.fromCharCode(c))) out.push(map === null ? c : map[c]);
        return this.make(out);
    }

    upper() { return this.make(this.v.map(upper)); }
    lower() { return this.make(this.v.map(lower)); }
    swapcase() { return this.make(this.v.map((c) => isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c)); }
    capitalize() { return this.make(this.v.map((c, i) => i === 0 ? upper(c) : lower(c))); }

    title() {
        let cased = false;
        return this.make(this.v.map((c) => {
            const out = cased ? lower(c) : upper(c);
            cased = isAlpha(c);
            return out;
        }));
    }

    zfill(width) {
        const w = Number(intArg(width)), v = this.v;
        if (v.length >= w) return this.make(v.slice());
        const fill = new Array(w - v.length).fill(48);
        if (v.length && (v[0] === 43 || v[0] === 45)) return this.make([v[0], ...fill, ...v.slice(1)]);
        return this.make([...fill, ...v]);
    }

    center(width, fill) { return this.padded(width, fill, 'center'); }
    ljust(width, fill) { return this.padded(width, fill, 'ljust'); }
    rjust(width, fill) { return this.padded(width, fill, 'rjust'); }

    padded(width, fillArg, name) {
        const w = Number(intArg(width));
        let fill = 32;
        if (fillArg !== undefined) {
            if (!isBytesLike(fillArg) || fillArg.v.length !== 1) {
                throw py_TypeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(fillArg)}`, new Error());
            }
            fill = fillArg.v[0];
        }
        const v = this.v, pad = w - v.length;
        if (pad <= 0) return this.make(v.slice());
        // CPython's str/bytes center: the odd byte goes left when the width is odd
        const left = name === 'ljust' ? 0 : name === 'rjust' ? pad : Math.floor(pad / 2) + (pad & w & 1);
        return this.make([...new Array(left).fill(fill), ...v, ...new Array(pad - left).fill(fill)]);
    }

    expandtabs(tabsize) {
        const size = tabsize === undefined ? 8 : Number(intArg(tabsize)), out = [];
        let column = 0;
        for (const c of this.v) {
            if (c === 9) {
                if (size > 0) {
                    const n = size - (column % size);
                    for (let i = 0; i < n; i++) out.push(32);
                    column += n;
                }
            } else {
                out.push(c);
                column = c === 10 || c === 13 ? 0 : column + 1;
            }
        }
        return this.make(out);
    }

    isdigit() { return all(this.v, isDigit); }
    isalpha() { return all(this.v, isAlpha); }
    isalnum() { return all(this.v, (c) => isAlpha(c) || isDigit(c)); }
    isspace() { return all(this.v, isSpaceCode); }
    isascii() { return this.v.every((c) => c < 128); }
    isupper() { return this.v.some(isUpper) && !this.v.some(isLower); }
    islower() { return this.v.some(isLower) && !this.v.some(isUpper); }

    istitle() {
        let cased = false, previous = false;
        for (const c of this.v) {
            if (isUpper(c)) {
                if (previous) return false;
                previous = cased = true;
            } else if (isLower(c)) {
                if (!previous) return false;
                previous = cased = true;
            } else {
                previous = false;
            }
        }
        return cased;
    }
}

class PyBytes extends PyBytesBase {
    kind() { return 'bytes'; }
    outOfRange() { return 'index out of range'; }

    __hash__() {
        return hashValue(hash64(this.binary()), 0);
    }

    __setitem__() { throw py_TypeError("'bytes' object does not support item assignment", new Error()); }
    __setslice__() { this.__setitem__(); }
    __delitem__() { throw py_TypeError("'bytes' object doesn't support item deletion", new Error()); }
}

class PyByteArray extends PyBytesBase {
    kind() { return 'bytearray'; }
    outOfRange() { return 'bytearray index out of range'; }

    __repr__() { return `bytearray(${reprOf(this.v)})`; }

    __setitem__(key, value) {
        if (key !== null && typeof key === 'object' && key.__class__ !== undefined && key.__class__.__name__ === 'slice') {
            this.__setslice__(key.start, key.stop, key.step, value);
            return;
        }
        if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint'
                && !(key !== null && typeof key === 'object' && typeof key.__index__ === 'function')) {
            throw py_TypeError(`bytearray indices must be integers or slices, not ${typeName(key)}`, new Error());
        }
        this.v[this.position(key)] = byteArg(value);
    }

    /** `ba[a:b:c] = source` (Transcrypt calls `__setslice__`). */
    __setslice__(start, stop, step, source) {
        if (typeof source === 'number' || typeof source === 'boolean') {
            throw py_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)", new Error());
        }
        const items = itemsOf(source);
        const [a, , s, count] = sliceBounds(start, stop, step, this.v.length);
        if (step === null || step === undefined || s === 1) {
            const tail = this.v.splice(a + count);
            this.v.length = a;
            append(this.v, items);
            append(this.v, tail);
            return;
        }
        if (count !== items.length) {
            throw ValueError(`attempt to assign bytes of size ${items.length} to extended slice of size ${count}`, new Error());
        }
        for (let i = 0, k = a; i < count; i++, k += s) this.v[k] = items[i];
    }

    __delitem__(key) {
        if (key !== null && typeof key === 'object' && key.__class__ !== undefined && key.__class__.__name__ === 'slice') {
            const [a, , s, count] = sliceBounds(key.start, key.stop, key.step, this.v.length);
            const at = [];
            for (let i = 0, k = a; i < count; i++, k += s) at.push(k);
            at.sort((x, y) => y - x);
            for (const i of at) this.v.splice(i, 1);
            return;
        }
        this.v.splice(this.position(key), 1);
    }

    __iadd__(other) {
        if (!isBytesLike(other)) throw py_TypeError(`can't concat ${typeName(other)} to bytearray`, new Error());
        append(this.v, other.v);
        return this;
    }

    __imul__(n) {
        const product = this.__mul__(n);
        if (product === NotImplemented) return product;
        this.v.length = 0;
        append(this.v, product.v);
        return this;
    }

    append(x) { this.v.push(byteArg(x)); }

    extend(items) {
        if (typeof items === 'string') throw py_TypeError('expected iterable of integers; got: \'str\'', new Error());
        append(this.v, itemsOf(items));
    }

    insert(index, x) {
        let i = Number(intArg(index));
        const n = this.v.length;
        if (i < 0) i = Math.max(0, i + n);
        this.v.splice(Math.min(i, n), 0, byteArg(x));
    }

    py_pop(index) {
        if (this.v.length === 0) throw IndexError('pop from empty bytearray', new Error());
        const i = index === undefined ? this.v.length - 1 : Number(intArg(index));
        const at = i < 0 ? i + this.v.length : i;
        if (!(at >= 0 && at < this.v.length)) throw IndexError('pop index out of range', new Error());
        return this.v.splice(at, 1)[0];
    }

    remove(x) {
        const i = this.v.indexOf(byteArg(x));
        if (i < 0) throw ValueError('value not found in bytearray', new Error());
        this.v.splice(i, 1);
    }

    py_clear() { this.v.length = 0; }
    py_copy() { return new PyByteArray(this.v.slice()); }
    reverse() { this.v.reverse(); }
}
PyByteArray.prototype.__hash__ = null;  // unhashable, as CPython's

/** The ints of `bytes(…)`/`bytearray(…)`'s arguments. */
function construct(name, args) {
    const [source, encoding, errors] = bindArgs(name, ['source', 'encoding', 'errors'], args);
    if (source === undefined) {
        if (encoding !== undefined || errors !== undefined) {
            throw py_TypeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument', new Error());
        }
        return [];
    }
    if (typeof source === 'string') {
        if (encoding === undefined) throw py_TypeError('string argument without an encoding', new Error());
        return encodeText(source, encoding, errors);
    }
    if (encoding !== undefined || errors !== undefined) {
        throw py_TypeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument', new Error());
    }
    if (typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean'
            || (source !== null && typeof source === 'object' && typeof source.__index__ === 'function')) {
        if (typeof source === 'number' && !Number.isInteger(source)) {
            throw py_TypeError(`cannot convert 'float' object to ${name}`, new Error());
        }
        const n = intArg(source);
        if (n < 0) throw ValueError('negative count', new Error());
        if (n > 2 ** 31) throw OverflowError(`cannot fit 'int' into an index-sized integer`, new Error());
        return new Array(Number(n)).fill(0);
    }
    if (source instanceof PyFloat) throw py_TypeError(`cannot convert 'float' object to ${name}`, new Error());
    return itemsOf(source);
}

/** `bytes(…)`: empty, n zero bytes, the ints of an iterable, or a str encoded; an object's own `__bytes__`. */
export function _pm_bytes(...args) {
    const [source] = args;
    if (args.length === 1 && source !== null && typeof source === 'object' && !isBytesLike(source)
            && typeof source.__bytes__ === 'function') {
        const made = source.__bytes__();
        if (!(made instanceof PyBytes)) {
            throw py_TypeError(`__bytes__ returned non-bytes (type ${typeName(made)})`, new Error());
        }
        return made;
    }
    return new PyBytes(construct('bytes', args));
}

/** `bytearray(…)`, the same arguments as bytes(), mutable. */
export function _pm_bytearray(...args) {
    return new PyByteArray(construct('bytearray', args));
}

// ---- int(), float(), ord() of bytes (in the modules that make or name bytes: rewrite.py) ----

/** Parses bytes as their ASCII text; a ValueError shows the bytes, as CPython's. */
function parsed(parse, x) {
    const text = binary(x.v);
    try {
        return parse(text);
    } catch (e) {
        const message = e !== null && typeof e === 'object' && Array.isArray(e.__args__) ? e.__args__[0] : undefined;
        const shown = repr(text);
        if (typeof message === 'string' && message.endsWith(shown)) {
            throw ValueError(message.slice(0, message.length - shown.length) + reprOf(x.v), new Error());
        }
        throw e;
    }
}

/** `int(x[, base])`: bytes are read as text, as CPython's int() reads them. */
export function _pm_bint(x, base) {
    if (!isBytesLike(x)) return _pm_int(x, base);  // (an argument not given is undefined either way)
    return parsed((text) => _pm_int(text, base === undefined || base === null ? 10 : base), x);
}

/** `float(x)`, bytes read as text. */
export function _pm_bfloat(x) {
    return isBytesLike(x) ? parsed(_pm_float, x) : _pm_float(x);
}

/** `ord(c)`: a bytes of length 1 gives its byte. */
export function _pm_bord(c) {
    if (!isBytesLike(c)) return _pm_ord(c);
    if (c.v.length === 1) return c.v[0];
    throw py_TypeError(`ord() expected a character, but string of length ${c.v.length} found`, new Error());
}

/** A bytes literal: its bytes as a str of chars \x00–\xff (rewrite.py). */
export function _pm_b(s) {
    return new PyBytes(codesOf(s));
}

/** `bytes.fromhex(s)`/`bytearray.fromhex(s)`: pairs of hex digits, whitespace between pairs. */
function fromHex(make, s) {
    if (typeof s !== 'string') throw py_TypeError(`fromhex() argument must be str, not ${typeName(s)}`, new Error());
    const out = [];
    let i = 0;
    while (i < s.length) {
        if (' \t\n\r\x0b\x0c'.includes(s[i])) { i++; continue; }
        const pair = s.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
            const at = /^[0-9a-fA-F]$/.test(s[i]) ? i + 1 : i;
            throw ValueError(`non-hexadecimal number found in fromhex() arg at position ${at}`, new Error());
        }
        out.push(parseInt(pair, 16));
        i += 2;
    }
    return make(out);
}

// (only statements the prune can drop: a game without bytes ships none of this module)
PyBytes.prototype.__class__ = _pm_bytes;
_pm_bytes.__name__ = 'bytes';
_pm_bytes.__bases__ = [object];
PyByteArray.prototype.__class__ = _pm_bytearray;
_pm_bytearray.__name__ = 'bytearray';
_pm_bytearray.__bases__ = [object];

/** `s.encode(encoding='utf-8', errors='strict')` */
function encode(...args) {
    const [encoding, errors] = bindArgs('encode', ['encoding', 'errors'], args);
    return new PyBytes(encodeText(String(this), encoding, errors));
}

// ---- int.from_bytes, int.to_bytes ---------------------------------------------------------

/** The byte order argument: 'big' or 'little', else CPython's ValueError. */
function byteOrder(order) {
    if (order === 'big' || order === 'little') return order;
    if (typeof order !== 'string') {
        throw py_TypeError(`to_bytes() argument 'byteorder' must be str, not ${typeName(order)}`, new Error());
    }
    throw ValueError("byteorder must be either 'little' or 'big'", new Error());
}

/** `int.from_bytes(bytes, byteorder='big', *, signed=False)` */
function fromBytes(...args) {
    const [data, order, signed] = bindArgs('from_bytes', ['bytes', 'byteorder', 'signed'], args);
    const codes = isBytesLike(data) ? data.v : itemsOf(data);
    const big = byteOrder(order === undefined ? 'big' : order) === 'big';
    let n = 0n;
    for (let i = 0; i < codes.length; i++) n = (n << 8n) | BigInt(codes[big ? i : codes.length - 1 - i]);
    if (signed && codes.length && n >= 1n << BigInt(8 * codes.length - 1)) n -= 1n << BigInt(8 * codes.length);
    return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}

/** `n.to_bytes(length=1, byteorder='big', *, signed=False)` */
function toBytes(...args) {
    const [lengthArg, order, signed] = bindArgs('to_bytes', ['length', 'byteorder', 'signed'], args);
    const length = lengthArg === undefined ? 1 : Number(intArg(lengthArg));
    const big = byteOrder(order === undefined ? 'big' : order) === 'big';
    if (length < 0) throw ValueError('length argument must be non-negative', new Error());
    let n = BigInt(this.valueOf());
    if (n < 0n) {
        if (!signed) throw OverflowError("can't convert negative int to unsigned", new Error());
        if (length === 0 || n < -(1n << BigInt(8 * length - 1))) throw OverflowError('int too big to convert', new Error());
        n += 1n << BigInt(8 * length);
    } else if (n >= 1n << BigInt(signed ? 8 * length - 1 : 8 * length) || (signed && length === 0 && n > 0n)) {
        throw OverflowError('int too big to convert', new Error());
    }
    const out = new Array(length);
    for (let i = length - 1; i >= 0; i--, n >>= 8n) out[big ? i : length - 1 - i] = Number(n & 255n);
    return new PyBytes(out);
}

/** `bytes.maketrans(frm, to)`: the table translate() takes, each byte of frm mapped to to's. */
function makeTrans(frm, to) {
    const a = bytesArg(frm), b = bytesArg(to);
    if (a.length !== b.length) throw ValueError('maketrans arguments must have same length', new Error());
    const table = Array.from({length: 256}, (_, i) => i);
    for (let i = 0; i < a.length; i++) table[a.charCodeAt(i)] = b.charCodeAt(i);
    return new PyBytes(table);
}

// The methods of the classes that are not Python's (their helpers).
const INTERNAL = new Set(['constructor', 'make', 'binary', 'fromBinary', 'kind', 'outOfRange', 'position', 'compare',
    'affix', 'splitting', 'parting', 'stripping', 'padded']);

/** The Python methods of bytes or bytearray, as compiled names (`py_split`). */
function methodNames(cls) {
    const names = new Set();
    for (let proto = cls.prototype; proto !== PyBytesBase.prototype.__proto__; proto = Object.getPrototypeOf(proto)) {
        for (const name of Object.getOwnPropertyNames(proto)) {
            if (!INTERNAL.has(name) && !name.startsWith('__') && typeof proto[name] === 'function') names.add(name);
        }
    }
    return names;
}

/** `bytes.hex`, `bytearray.append` read from the type: a function taking the object first. */
function unbound(type, cls, name) {
    return function (self, ...args) {
        if (!(self instanceof cls)) {
            const shown = name.replace(/^py_/, '');
            throw py_TypeError(`descriptor '${shown}' for '${type.__name__}' objects doesn't apply to a '${typeName(self)}' object`, new Error());
        }
        return cls.prototype[name].apply(self, args);
    };
}

let installed = false;

/**
 * `s.encode`, `int.from_bytes`, `x.to_bytes`, `bytes.fromhex`, `bytes.__qualname__` (the guard
 * passes the receiver through here): str, int and bytes get these on first use, so a game that
 * names none of them ships no bytes (pyminis' json names its own `encode` methods).
 * @template T @param {T} x @returns {T} x
 */
export function _pm_bytesm(x) {
    if (!installed) {
        installed = true;
        Object.defineProperty(String.prototype, 'encode', {value: encode, writable: true, configurable: true});
        int.from_bytes = fromBytes;
        _pm_bytes.fromhex = (s) => fromHex((codes) => new PyBytes(codes), s);
        _pm_bytes.maketrans = _pm_bytearray.maketrans = makeTrans;
        _pm_bytearray.fromhex = (s) => fromHex((codes) => new PyByteArray(codes), s);
        for (const [type, cls] of [[_pm_bytes, PyBytes], [_pm_bytearray, PyByteArray]]) {
            type.__qualname__ = type.__name__;
            type.__module__ = 'builtins';
            for (const name of methodNames(cls)) type[name] = unbound(type, cls, name);
        }
        for (const proto of [Number.prototype, BigInt.prototype, Boolean.prototype]) {
            Object.defineProperty(proto, 'to_bytes', {value: toBytes, writable: true, configurable: true});
        }
    }
    return x;
}

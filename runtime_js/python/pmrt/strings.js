// str with CPython 3.11's meaning: every str method (str.format: fields.js; repr: quoting.js).
//
// Each method is a plain `String.prototype.NAME = function` statement, so
// pyminis/compile/prune.py drops the methods nothing in a bundle names: a game ships only what
// it can call. Transcrypt's own string methods are cut from its runtime (runtime_fixes.py), so
// this module is the one definition. Methods whose Python names Transcrypt renames are defined
// under the compiled names (`split` → `py_split`, `replace` → `py_replace`).
//
// Python counts characters (code points), JavaScript UTF-16 units (codepoints.js): a method that
// measures or returns a position checks for surrogates first and keeps the native path for the
// strings without (nearly all). A method's argument errors are CPython's TypeErrors and
// ValueErrors, with its messages.
import {
    __PyIterator__, LookupError, NotImplementedError, ValueError, dict, isinstance, py_TypeError, tuple,
} from '../org.transcrypt.__runtime__.js';
import {charIndex, charsOf, isWide, strLen, unitOffset} from './codepoints.js';
import {bindArgs, isKeywords} from './keywords.js';
import {typeName} from './typename.js';
import {strValue} from './shared.js';
import {
    DIGIT_EXTRA, NUMERIC_EXTRA, casefold, isCased, isLineBreak, isLowerChar, isSpace, isTitleChar,
    isUpperChar, lowerAt, titleChar,
} from './unicode.js';
import {_pm_gi} from './items.js';
import {_pm_slice} from './slices.js';

const S = String.prototype;

// ---- arguments ----------------------------------------------------------------------------

/** An int argument (bools count), else CPython's TypeError. */
function intArg(v) {
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'boolean') return +v;
    if (v !== null && typeof v === 'object' && typeof v.__index__ === 'function') return v.__index__();
    throw py_TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`, new Error());
}

/** A str argument, else `must be str, not int`. */
function strArg(v, what = 'must be str') {
    v = strValue(v);  // a StrEnum's member: its value
    if (typeof v !== 'string') throw py_TypeError(`${what}, not ${typeName(v)}`, new Error());
    return v;
}

/**
 * The [start, end] character bounds of `s[start:end]` for find/count/startswith: CPython's
 * ADJUST_INDICES (start may exceed the length).
 */
function bounds(n, start, end) {
    let a = start === undefined || start === null ? 0 : intArg(start);
    let b = end === undefined || end === null ? n : intArg(end);
    if (b > n) b = n;
    else if (b < 0) b = Math.max(0, b + n);
    if (a < 0) a = Math.max(0, a + n);
    return [a, b];
}

// ---- searching ----------------------------------------------------------------------------

/** The position of `sub` in s[start:end] from the left (dir 1) or the right (-1), or -1. */
function search(s, sub, start, end, dir) {
    sub = strArg(sub);
    if (start === undefined && end === undefined && !isWide(s)) return dir > 0 ? s.indexOf(sub) : s.lastIndexOf(sub);
    const wide = isWide(s);
    const [a, b] = bounds(wide ? strLen(s) : s.length, start, end);
    const subLen = strLen(sub);
    if (b - a < subLen) return -1;
    if (!wide) {
        const i = dir > 0 ? s.indexOf(sub, a) : s.lastIndexOf(sub, b - sub.length);
        return i < 0 || i < a || i + sub.length > b ? -1 : i;
    }
    const ua = unitOffset(s, a), ub = unitOffset(s, b);
    const i = dir > 0 ? s.indexOf(sub, ua) : s.lastIndexOf(sub, ub - sub.length);
    return i < 0 || i < ua || i + sub.length > ub ? -1 : charIndex(s, i);
}

String.prototype.find = function (sub, start, end) { return search(this, sub, start, end, 1); };
String.prototype.rfind = function (sub, start, end) { return search(this, sub, start, end, -1); };
String.prototype.index = function (sub, start, end) {
    const i = search(this, sub, start, end, 1);
    if (i < 0) throw ValueError('substring not found', new Error());
    return i;
};
String.prototype.rindex = function (sub, start, end) {
    const i = search(this, sub, start, end, -1);
    if (i < 0) throw ValueError('substring not found', new Error());
    return i;
};

String.prototype.count = function (sub, start, end) {
    sub = strArg(sub);
    let s = this;
    if (start !== undefined || end !== undefined) {
        const wide = isWide(s);
        const [a, b] = bounds(wide ? strLen(s) : s.length, start, end);
        if (a > b) return 0;
        s = wide ? charsOf(s).slice(a, b).join('') : s.slice(a, b);
    }
    if (sub.length === 0) return strLen(s) + 1;
    let n = 0;
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
    return n;
};

/** startswith/endswith: a str or a tuple of str, within s[start:end] (CPython's tailmatch). */
function tailMatch(s, affix, start, end, atEnd, name) {
    affix = strValue(affix);
    const many = Array.isArray(affix) && affix.__class__ === tuple;
    if (!many && typeof affix !== 'string') {
        throw py_TypeError(`${name} first arg must be str or a tuple of str, not ${typeName(affix)}`, new Error());
    }
    if (!many && start === undefined && end === undefined) return atEnd ? s.endsWith(affix) : s.startsWith(affix);
    const wide = isWide(s);
    const [a, b] = bounds(wide ? strLen(s) : s.length, start, end);
    const ua = wide ? unitOffset(s, a) : a, ub = wide ? unitOffset(s, b) : b;
    for (const one of many ? affix : [affix]) {
        if (typeof one !== 'string') {
            throw py_TypeError(`tuple for ${name} must only contain str, not ${typeName(one)}`, new Error());
        }
        if (b - strLen(one) < a) continue;
        if (atEnd ? s.startsWith(one, ub - one.length) : s.startsWith(one, ua)) return true;
    }
    return false;
}

String.prototype.startswith = function (prefix, start, end) { return tailMatch(this, prefix, start, end, false, 'startswith'); };
String.prototype.endswith = function (suffix, start, end) { return tailMatch(this, suffix, start, end, true, 'endswith'); };

String.prototype.__contains__ = function (sub) {
    sub = strValue(sub);
    if (typeof sub !== 'string') throw py_TypeError(`'in <string>' requires string as left operand, not ${typeName(sub)}`, new Error());
    return this.includes(sub);
};

// ---- splitting and joining ------------------------------------------------------------------

function splitSpace(s, max) {
    const out = [];
    const n = s.length;
    let i = 0;
    for (;;) {
        while (i < n && isSpace(s.charCodeAt(i))) i++;
        if (i === n) break;
        if (max === 0) {
            out.push(s.slice(i));
            break;
        }
        let j = i;
        while (j < n && !isSpace(s.charCodeAt(j))) j++;
        out.push(s.slice(i, j));
        max--;
        i = j;
    }
    return out;
}

function rsplitSpace(s, max) {
    const out = [];
    let j = s.length;
    for (;;) {
        while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
        if (j === 0) break;
        if (max === 0) {
            out.push(s.slice(0, j));
            break;
        }
        let i = j;
        while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
        out.push(s.slice(i, j));
        max--;
        j = i;
    }
    return out.reverse();
}

function splitArgs(args, name) {
    let [sep, maxsplit] = isKeywords(args[args.length - 1]) || args.length > 2 ? bindArgs(name, ['sep', 'maxsplit'], args) : args;
    if (sep !== undefined && sep !== null) {
        sep = strArg(sep, 'must be str or None');
        if (sep === '') throw ValueError('empty separator', new Error());
    }
    return [sep === undefined ? null : sep, maxsplit === undefined ? -1 : intArg(maxsplit)];
}

String.prototype.py_split = function (sep, maxsplit) {
    if (sep instanceof RegExp) return this.split(sep);  // Transcrypt's own `re` module splits by a JS RegExp
    [sep, maxsplit] = splitArgs(arguments, 'split');
    if (sep === null) return splitSpace(this, maxsplit);
    if (maxsplit < 0) return this.split(sep);
    const out = [];
    let i = 0;
    for (let j; maxsplit > 0 && (j = this.indexOf(sep, i)) >= 0; maxsplit--) {
        out.push(this.slice(i, j));
        i = j + sep.length;
    }
    out.push(this.slice(i));
    return out;
};

String.prototype.rsplit = function (sep, maxsplit) {
    [sep, maxsplit] = splitArgs(arguments, 'rsplit');
    if (sep === null) return rsplitSpace(this, maxsplit);
    if (maxsplit < 0) return this.split(sep);
    const out = [];
    let j = this.length;
    for (let i; maxsplit > 0 && j >= sep.length && (i = this.lastIndexOf(sep, j - sep.length)) >= 0; maxsplit--) {
        out.push(this.slice(i + sep.length, j));
        j = i;
    }
    out.push(this.slice(0, j));
    return out.reverse();
};

String.prototype.splitlines = function (keepends) {
    [keepends] = isKeywords(keepends) || arguments.length > 1 ? bindArgs('splitlines', ['keepends'], arguments) : [keepends];
    if (keepends !== undefined && typeof keepends !== 'boolean') keepends = intArg(keepends) !== 0;
    const out = [];
    const n = this.length;
    let start = 0;
    for (let i = 0; i < n;) {
        const c = this.charCodeAt(i);
        if (!isLineBreak(c)) {
            i++;
            continue;
        }
        const eol = c === 13 && this.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        out.push(this.slice(start, keepends ? eol : i));
        start = i = eol;
    }
    if (start < n) out.push(this.slice(start));
    return out;
};

String.prototype.partition = function (sep) {
    sep = strArg(sep);
    if (sep === '') throw ValueError('empty separator', new Error());
    const i = this.indexOf(sep);
    return i < 0 ? tupleOf([String(this), '', '']) : tupleOf([this.slice(0, i), sep, this.slice(i + sep.length)]);
};

String.prototype.rpartition = function (sep) {
    sep = strArg(sep);
    if (sep === '') throw ValueError('empty separator', new Error());
    const i = this.lastIndexOf(sep);
    return i < 0 ? tupleOf(['', '', String(this)]) : tupleOf([this.slice(0, i), sep, this.slice(i + sep.length)]);
};

/** A fresh array marked as a tuple (`partition` returns one). */
function tupleOf(items) {
    items.__class__ = tuple;
    return items;
}

String.prototype.join = function (iterable) {
    let items;
    if (Array.isArray(iterable)) items = iterable;
    else if (typeof iterable === 'string') return Array.from(iterable).join(this);
    else if (iterable !== null && iterable !== undefined && typeof iterable[Symbol.iterator] === 'function') items = Array.from(iterable);
    else throw py_TypeError('can only join an iterable', new Error());
    for (let i = 0; i < items.length; i++) {
        if (typeof items[i] !== 'string') {
            const value = strValue(items[i]);  // a StrEnum's member
            if (typeof value === 'string') {
                if (items === iterable) items = items.slice();
                items[i] = value;
                continue;
            }
            throw py_TypeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`, new Error());
        }
    }
    return items.join(this);
};

// ---- stripping and replacing --------------------------------------------------------------

function strip(s, chars, left, right, name) {
    let a = 0, b = s.length;
    if (chars === undefined || chars === null) {
        while (left && a < b && isSpace(s.charCodeAt(a))) a++;
        while (right && b > a && isSpace(s.charCodeAt(b - 1))) b--;
        return s.slice(a, b);
    }
    chars = strValue(chars);
    if (typeof chars !== 'string') throw py_TypeError(`${name} arg must be None or str`, new Error());
    if (!isWide(chars) && !isWide(s)) {
        while (left && a < b && chars.includes(s[a])) a++;
        while (right && b > a && chars.includes(s[b - 1])) b--;
        return s.slice(a, b);
    }
    const set = new Set(Array.from(chars));
    const all = Array.from(s);
    let i = 0, j = all.length;
    while (left && i < j && set.has(all[i])) i++;
    while (right && j > i && set.has(all[j - 1])) j--;
    return all.slice(i, j).join('');
}

String.prototype.strip = function (chars) { return strip(this, chars, true, true, 'strip'); };
String.prototype.lstrip = function (chars) { return strip(this, chars, true, false, 'lstrip'); };
String.prototype.rstrip = function (chars) { return strip(this, chars, false, true, 'rstrip'); };

String.prototype.removeprefix = function (prefix) {
    prefix = strArg(prefix, 'removeprefix() argument must be str');
    return prefix && this.startsWith(prefix) ? this.slice(prefix.length) : String(this);
};

String.prototype.removesuffix = function (suffix) {
    suffix = strArg(suffix, 'removesuffix() argument must be str');
    return suffix && this.endsWith(suffix) ? this.slice(0, this.length - suffix.length) : String(this);
};

String.prototype.py_replace = function (old, replacement, count) {
    old = strArg(old, 'replace() argument 1 must be str');
    replacement = strArg(replacement, 'replace() argument 2 must be str');
    count = count === undefined ? -1 : intArg(count);
    if (old === '') {
        // Python inserts the replacement before every character and at the end.
        const chars = Array.from(this);
        let out = '';
        for (let i = 0; i <= chars.length; i++) {
            if (count < 0 || i < count) out += replacement;
            if (i < chars.length) out += chars[i];
        }
        return out;
    }
    if (count < 0) return this.split(old).join(replacement);
    let out = '', i = 0;
    for (let j; count > 0 && (j = this.indexOf(old, i)) >= 0; count--) {
        out += this.slice(i, j) + replacement;
        i = j + old.length;
    }
    return out + this.slice(i);
};

String.prototype.expandtabs = function (tabsize) {
    [tabsize] = isKeywords(tabsize) || arguments.length > 1 ? bindArgs('expandtabs', ['tabsize'], arguments) : [tabsize];
    const size = tabsize === undefined ? 8 : intArg(tabsize);
    let out = '', column = 0;
    for (const c of this) {
        if (c === '\t') {
            if (size > 0) {
                const pad = size - (column % size);
                out += ' '.repeat(pad);
                column += pad;
            }
        } else {
            out += c;
            column = c === '\n' || c === '\r' ? 0 : column + 1;
        }
    }
    return out;
};

// ---- padding ------------------------------------------------------------------------------

function fillArg(fill) {
    if (fill === undefined) return ' ';
    if (typeof fill !== 'string') throw py_TypeError(`The fill character must be a unicode character, not ${typeName(fill)}`, new Error());
    if (strLen(fill) !== 1) throw py_TypeError('The fill character must be exactly one character long', new Error());
    return fill;
}

String.prototype.center = function (width, fill) {
    const w = intArg(width), f = fillArg(fill);
    const pad = w - strLen(this);
    if (pad <= 0) return String(this);
    const left = (pad >> 1) + (pad & w & 1);
    return f.repeat(left) + this + f.repeat(pad - left);
};

String.prototype.ljust = function (width, fill) {
    const w = intArg(width), f = fillArg(fill);
    return this + f.repeat(Math.max(0, w - strLen(this)));
};

String.prototype.rjust = function (width, fill) {
    const w = intArg(width), f = fillArg(fill);
    return f.repeat(Math.max(0, w - strLen(this))) + this;
};

String.prototype.zfill = function (width) {
    const pad = intArg(width) - strLen(this);
    if (pad <= 0) return String(this);
    const sign = this[0] === '-' || this[0] === '+' ? this[0] : '';
    return sign + '0'.repeat(pad) + this.slice(sign.length);
};

// ---- case ---------------------------------------------------------------------------------

String.prototype.lower = function () { return this.toLowerCase(); };
String.prototype.upper = function () { return this.toUpperCase(); };
String.prototype.casefold = function () { return casefold(this); };

String.prototype.capitalize = function () {
    if (this.length === 0) return '';
    const first = String.fromCodePoint(this.codePointAt(0));
    return titleChar(first) + this.toLowerCase().slice(first.toLowerCase().length);
};

String.prototype.title = function () {
    let out = '', cased = false, at = 0;
    for (const c of this) {
        out += cased ? lowerAt(this, at, c) : titleChar(c);
        cased = isCased(c);
        at += c.length;
    }
    return out;
};

String.prototype.swapcase = function () {
    let out = '', at = 0;
    for (const c of this) {
        out += isUpperChar(c) ? lowerAt(this, at, c) : isLowerChar(c) ? c.toUpperCase() : c;
        at += c.length;
    }
    return out;
};

// ---- predicates ---------------------------------------------------------------------------

String.prototype.isascii = function () { return /^[\x00-\x7f]*$/.test(this); };
String.prototype.isalpha = function () { return /^\p{L}+$/u.test(this); };
String.prototype.isdecimal = function () { return /^\p{Nd}+$/u.test(this); };
String.prototype.isdigit = function () { return /^[0-9]+$/.test(this) || new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, 'u').test(this); };
String.prototype.isnumeric = function () { return /^[0-9]+$/.test(this) || new RegExp(`^[\\p{N}${NUMERIC_EXTRA}]+$`, 'u').test(this); };
String.prototype.isalnum = function () { return /^[0-9A-Za-z]+$/.test(this) || new RegExp(`^[\\p{L}\\p{N}${NUMERIC_EXTRA}]+$`, 'u').test(this); };
String.prototype.isspace = function () {
    for (let i = 0; i < this.length; i++) if (!isSpace(this.charCodeAt(i))) return false;
    return this.length > 0;
};
String.prototype.isprintable = function () { return /^(?:[^\p{C}\p{Z}]| )*$/u.test(this); };
String.prototype.isidentifier = function () { return /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(this); };

String.prototype.islower = function () {
    let cased = false;
    for (const c of this) {
        if (isUpperChar(c) || isTitleChar(c)) return false;
        if (!cased && isLowerChar(c)) cased = true;
    }
    return cased;
};

String.prototype.isupper = function () {
    let cased = false;
    for (const c of this) {
        if (isLowerChar(c) || isTitleChar(c)) return false;
        if (!cased && isUpperChar(c)) cased = true;
    }
    return cased;
};

String.prototype.istitle = function () {
    let cased = false, previous = false;
    for (const c of this) {
        if (isUpperChar(c) || isTitleChar(c)) {
            if (previous) return false;
            previous = cased = true;
        } else if (isLowerChar(c)) {
            if (!previous) return false;
            previous = cased = true;
        } else {
            previous = false;
        }
    }
    return cased;
};

// ---- translate ----------------------------------------------------------------------------

/** `str.maketrans(x[, y[, z]])`: a dict of code points, as CPython builds it. */
export function _pm_maketrans(x, y, z) {
    const table = dict();
    const put = (k, v) => { table.__setitem__(k, v); };
    if (y === undefined) {
        if (x === null || typeof x !== 'object' || x._pm_dict !== true) {
            throw py_TypeError('if you give only one argument to maketrans it must be a dict', new Error());
        }
        for (const key of x.py_keys()) {
            if (typeof key === 'string') {
                if (strLen(key) !== 1) throw ValueError('string keys in translate table must be of length 1', new Error());
                put(key.codePointAt(0), x.__getitem__(key));
            } else if (typeof key === 'number') {
                put(key, x.__getitem__(key));
            } else {
                throw py_TypeError('keys in translate table must be strings or integers', new Error());
            }
        }
    } else {
        x = strArg(x, 'maketrans() argument 1 must be str');
        y = strArg(y, 'maketrans() argument 2 must be str');
        const from = Array.from(x), to = Array.from(y);
        if (from.length !== to.length) throw ValueError('the first two maketrans arguments must have equal length', new Error());
        from.forEach((c, i) => put(c.codePointAt(0), to[i].codePointAt(0)));
        if (z !== undefined) for (const c of strArg(z, 'maketrans() argument 3 must be str')) put(c.codePointAt(0), null);
    }
    return table;
}

String.prototype.maketrans = _pm_maketrans;  // `s.maketrans(…)`: the static method through a str

String.prototype.translate = function (table) {
    let out = '';
    for (const c of this) {
        const code = c.codePointAt(0);
        let v;
        try {
            v = _pm_gi(table, code);
        } catch (error) {
            if (isinstance(error, LookupError)) {  // no mapping: the character stays
                out += c;
                continue;
            }
            throw error;
        }
        if (v === null || v === undefined) continue;
        if (typeof v === 'string') out += v;
        else if (typeof v === 'number' && Number.isInteger(v)) out += _pm_chr(v);
        else throw py_TypeError('character mapping must return integer, None or str', new Error());
    }
    return out;
};

// ---- iteration, bytes ----------------------------------------------------------------

String.prototype.__str__ = function () { return String(this); };
// Slices in code compiled without the guard's rewrite (Transcrypt's own modules: re, …).
String.prototype.__getslice__ = function (start, stop, step) { return _pm_slice(String(this), start, stop, step); };
String.prototype.__iter__ = function () { return new __PyIterator__(Array.from(this)); };

String.prototype.encode = function () {
    throw NotImplementedError('str.encode(): bytes do not exist in games; keep the text as a str', new Error());
};

// ---- ord, chr, unbound methods ------------------------------------------------------------

/** `ord(c)`: the code point of one character (a surrogate pair is one). */
export function _pm_ord(c) {
    if (typeof c !== 'string') throw py_TypeError(`ord() expected string of length 1, but ${typeName(c)} found`, new Error());
    if (c.length === 1 || (c.length === 2 && isWide(c) && strLen(c) === 1)) return c.codePointAt(0);
    throw py_TypeError(`ord() expected a character, but string of length ${strLen(c)} found`, new Error());
}

/** `chr(i)`: any code point, surrogates included, as CPython's. */
export function _pm_chr(i) {
    i = intArg(i);
    if (i < 0 || i > 0x10FFFF) throw ValueError('chr() arg not in range(0x110000)', new Error());
    return i >= 0xD800 && i <= 0xDFFF ? String.fromCharCode(i) : String.fromCodePoint(i);
}

/**
 * `str.NAME` read from the class (`map(str.strip, lines)`, `key=str.lower`): a function taking
 * the string first. `name` is the compiled method name (`py_split` for `split`).
 * @param {string} name @param {string} pyName @returns {Function}
 */
export function _pm_strm(name, pyName) {
    return function (self, ...args) {
        if (typeof self !== 'string') {
            throw py_TypeError(`descriptor '${pyName}' for 'str' objects doesn't apply to a '${typeName(self)}' object`, new Error());
        }
        return S[name].apply(self, args);
    };
}

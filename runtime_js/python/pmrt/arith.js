// Arithmetic with Python's meaning for numbers, lists and strings.
import {ValueError, py_TypeError, repr, tuple} from '../org.transcrypt.__runtime__.js';
import {OverflowError, ZeroDivisionError} from './errors.js';
import {percentFormat} from './percent.js';
import {NotImplemented} from './compare.js';
import {isTuple, typeName} from './shared.js';

/** `a + b` */
export function _pm_add(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    return addSlow(a, b);
}

function addSlow(a, b) {
    if (typeof a === 'number' || typeof a === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) {
        const r = Array.prototype.concat.call([], a, b);
        if (isTuple(a)) return tuple(r);
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
    if (Array.isArray(a) && !isTuple(a)) {
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
    return isTuple(seq) ? tuple(r) : r;
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
    if (Array.isArray(a) && !isTuple(a)) {
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
        return r < 0 ? r + b : r + 0;  // + 0: never -0 (`-6 % 3` is 0)
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
        if (r === 0) return 0;  // never -0 (`-6 % 3` is 0), as _pm_nmod
        return (r < 0) !== (b < 0) ? r + b : r;
    }
    if (typeof a === 'string') return percentFormat(a, b);
    if (a !== null && typeof a === 'object' && typeof a.__mod__ === 'function') return a.__mod__(b);
    return a % b;
}

/**
 * Python's operator protocol past numbers: `a.__op__(b)`, then `b.__rop__(a)`, each may return
 * NotImplemented; then TypeError. Sets, dicts and dict views define these methods.
 */
function dunder(a, b, name, rname, symbol) {
    if (a !== null && typeof a === 'object' && typeof a[name] === 'function') {
        const r = a[name](b);
        if (r !== NotImplemented) return r;
    }
    if (b !== null && typeof b === 'object' && typeof b[rname] === 'function') {
        const r = b[rname](a);
        if (r !== NotImplemented) return r;
    }
    throw py_TypeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`, new Error());
}

/** `a op= b`: `a.__iop__(b)` in place where defined (sets, dicts), else `a op b`. */
function inPlace(a, b, name, binary) {
    if (a !== null && typeof a === 'object' && typeof a[name] === 'function') {
        const r = a[name](b);
        if (r !== NotImplemented) return r;
    }
    return binary(a, b);
}

/** `a - b`: numbers, or set difference and other classes' `__sub__`. */
export function _pm_sub(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a !== 'object' || a === null) return typeof b === 'object' && b !== null ? dunder(a, b, '__sub__', '__rsub__', '-') : a - b;
    return dunder(a, b, '__sub__', '__rsub__', '-');
}

/** `a -= b` */
export function _pm_isub(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return inPlace(a, b, '__isub__', _pm_sub);
}

function bits(a, b, op, name, rname, symbol) {
    if (typeof a === 'boolean' && typeof b === 'boolean') return op === 0 ? a || b : op === 1 ? a && b : a !== b;
    if ((typeof a === 'number' || typeof a === 'boolean') && (typeof b === 'number' || typeof b === 'boolean')) {
        return op === 0 ? a | b : op === 1 ? a & b : a ^ b;
    }
    return dunder(a, b, name, rname, symbol);
}

/** `a | b`, `a & b`, `a ^ b` on ints, bools, sets, dicts (`|`) and classes defining them. */
export function _pm_bor(a, b) { return typeof a === 'number' && typeof b === 'number' ? a | b : bits(a, b, 0, '__or__', '__ror__', '|'); }
export function _pm_band(a, b) { return typeof a === 'number' && typeof b === 'number' ? a & b : bits(a, b, 1, '__and__', '__rand__', '&'); }
export function _pm_bxor(a, b) { return typeof a === 'number' && typeof b === 'number' ? a ^ b : bits(a, b, 2, '__xor__', '__rxor__', '^'); }
/** `a |= b`, `a &= b`, `a ^= b`: sets and dicts change in place. */
export function _pm_ibor(a, b) { return typeof a === 'number' && typeof b === 'number' ? a | b : inPlace(a, b, '__ior__', _pm_bor); }
export function _pm_iband(a, b) { return typeof a === 'number' && typeof b === 'number' ? a & b : inPlace(a, b, '__iand__', _pm_band); }
export function _pm_ibxor(a, b) { return typeof a === 'number' && typeof b === 'number' ? a ^ b : inPlace(a, b, '__ixor__', _pm_bxor); }

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

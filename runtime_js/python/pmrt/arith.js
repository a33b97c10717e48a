// Python's operators where the guard has not proved the operand types: numbers of every
// kind (int, BigInt, float, PyFloat, bool), strings, lists and tuples, sets, the dunder
// methods of the game's classes, and TypeError with CPython's message for anything else.
// Each takes the two-numbers path first, small enough for V8 to inline.
import {py_TypeError, tuple} from '../org.transcrypt.__runtime__.js';
import {ZeroDivisionError} from './errors.js';
import {PyFloat, _pm_box, MAX_SAFE, isIntValue} from './numbers.js';
import {
    _pm_addi, _pm_floordivi, _pm_modi, _pm_muli, _pm_subi, andInt, big, invertInt, lshiftInt,
    normBig, orInt, powInt, powMod, rshiftInt, xorInt,
} from './ints.js';
import {_pm_floordivf, _pm_modf, _pm_powf, _pm_powfr, _pm_tof, _pm_truediv} from './floats.js';
import {powFloat} from './powers.js';
import {percentFormat} from './percent.js';
import {NotImplemented} from './compare.js';
import {isTuple} from './shared.js';
import {typeName} from './typename.js';
import {_pm_type_union} from './unions.js';

/** @returns {boolean} an int, float or bool in any representation */
function isNumber(x) {
    const t = typeof x;
    return t === 'number' || t === 'bigint' || t === 'boolean' || x instanceof PyFloat;
}

/** @returns {boolean} a float (a number is an int when integral, except -0) */
function isFloat(x) {
    return typeof x === 'number' ? !isIntValue(x) : x instanceof PyFloat;
}

/** @returns {boolean} an int (not a bool) held as a number */
function isIntNumber(x) {
    return isIntValue(x);
}

function unsupported(symbol, a, b) {
    return py_TypeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`, new Error());
}

export function hasMethod(x, name) {
    return x !== null && typeof x === 'object' && typeof x[name] === 'function' && x.__class__ !== undefined;
}

/**
 * CPython tries the right operand's reflected method first when its class derives from the left
 * operand's and gives that method another body (`Vector() + Vector3()`, `{…} | defaultdict(…)`).
 */
function rightFirst(a, b, reflected) {
    if (!hasMethod(b, reflected) || a === null || a === undefined) return false;
    const left = a.__class__, right = b.__class__;
    return left !== undefined && right !== left && Array.isArray(right.__mro__) && right.__mro__.includes(left)
        && b[reflected] !== Object(a)[reflected];
}

/** The dunder methods of `a op b`: a.__op__(b), then b.__rop__(a); NotImplemented passes on. */
function dunder(a, b, name, reflected, symbol) {
    if (reflected && rightFirst(a, b, reflected)) {
        const r = b[reflected](a);
        if (r !== NotImplemented) return r;
        reflected = '';  // (tried)
    }
    if (hasMethod(a, name)) {
        const r = a[name](b);
        if (r !== NotImplemented) return r;
    }
    if (reflected && hasMethod(b, reflected)) {
        const r = b[reflected](a);
        if (r !== NotImplemented) return r;
    }
    throw unsupported(symbol, a, b);
}


/** `divmod(a, b)` where a class defines `__divmod__` or `__rdivmod__` (Fraction, complex). */
export function _pm_divmodd(a, b) {
    return dunder(a, b, '__divmod__', '__rdivmod__', 'divmod()');
}

/** `a @ b`: only classes have it (`__matmul__`, `__rmatmul__`), else CPython's TypeError. */
export function _pm_matmul(a, b) {
    return dunder(a, b, '__matmul__', '__rmatmul__', '@');
}

/** `a @= b`: `__imatmul__`, else `a @ b`. */
export function _pm_imatmul(a, b) {
    if (hasMethod(a, '__imatmul__')) {
        const r = a.__imatmul__(b);
        if (r !== NotImplemented) return r;
    }
    return dunder(a, b, '__matmul__', '__rmatmul__', '@=');
}

const ADD = 0, SUB = 1, MUL = 2;

/** The exact int result of `a op b` (ints whose number result left the safe range). */
function exactInt(op, a, b) {
    return op === ADD ? _pm_addi(a, b) : op === SUB ? _pm_subi(a, b) : _pm_muli(a, b);
}

/**
 * An integral result `r` of two raw numbers, tagged: ints stay exact (a BigInt beyond the
 * safe range), an integral float becomes a PyFloat.
 */
function integral(op, r, a, b) {
    if (isIntNumber(a) && isIntNumber(b)) return Number.isSafeInteger(r) ? r + 0 : exactInt(op, a, b);
    return _pm_box(r);
}

/** The same where nothing observes int against float (`_pm_addb`…): no box. */
function integralBlind(op, r, a, b) {
    if (isIntNumber(a) && isIntNumber(b)) return exactInt(op, a, b);
    return r;
}

/** A numeric operation on any numbers: ints exactly (`ints`), floats as `floats` does. */
function numeric(a, b, ints, floats, box = true) {
    if (isFloat(a) || isFloat(b)) {
        const r = floats(_pm_tof(a), _pm_tof(b));
        return box ? _pm_box(r) : r;
    }
    return ints(typeof a === 'boolean' ? +a : a, typeof b === 'boolean' ? +b : b);
}

const plus = (x, y) => x + y, minus = (x, y) => x - y, times = (x, y) => x * y;

// ---- + - * ---------------------------------------------------------------------------

/** `a + b` */
export function _pm_add(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        return Number.isInteger(r) ? integral(ADD, r, a, b) : r;
    }
    return addSlow(a, b, true);
}

/** `a + b` whose int-or-float kind nothing observes (types/observe.py): no PyFloat. */
export function _pm_addb(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        return Number.isSafeInteger(r) || !Number.isInteger(r) ? r : integralBlind(ADD, r, a, b);
    }
    return addSlow(a, b, false);
}

function addSlow(a, b, box) {
    if (isNumber(a) && isNumber(b)) return numeric(a, b, _pm_addi, plus, box);
    if (typeof a === 'string') {
        if (typeof b === 'string') return a + b;
        if (hasMethod(b, '__radd__')) return dunder(a, b, '', '__radd__', '+');
        throw py_TypeError(`can only concatenate str (not "${typeName(b)}") to str`, new Error());
    }
    if (Array.isArray(a)) {
        if (Array.isArray(b) && (isTuple(a)) === (isTuple(b))) {
            const r = Array.prototype.concat.call([], a, b);
            return isTuple(a) ? tuple(r) : r;
        }
        if (!hasMethod(b, '__radd__')) {
            const kind = isTuple(a) ? 'tuple' : 'list';
            throw py_TypeError(`can only concatenate ${kind} (not "${typeName(b)}") to ${kind}`, new Error());
        }
    }
    return dunder(a, b, '__add__', '__radd__', '+');
}

/** `a += b`: lists extend in place, as Python does. */
export function _pm_iadd(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        return Number.isInteger(r) ? integral(ADD, r, a, b) : r;
    }
    return iaddSlow(a, b, true);
}

/** `a += b` whose kind nothing observes */
export function _pm_iaddb(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        return Number.isSafeInteger(r) || !Number.isInteger(r) ? r : integralBlind(ADD, r, a, b);
    }
    return iaddSlow(a, b, false);
}

function iaddSlow(a, b, box) {
    if (Array.isArray(a) && !isTuple(a)) {
        if (typeof b === 'string' || Array.isArray(b) || (b !== null && typeof b === 'object' && typeof b[Symbol.iterator] === 'function')) {
            for (const x of b === a ? a.slice() : b) Array.prototype.push.call(a, x);  // `xs += xs` doubles once; (not a subclass's push)
            return a;
        }
        throw py_TypeError(`'${typeName(b)}' object is not iterable`, new Error());
    }
    if (hasMethod(a, '__iadd__')) return a.__iadd__(b);
    return addSlow(a, b, box);
}

/** `a - b` */
export function _pm_sub(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        return Number.isInteger(r) ? integral(SUB, r, a, b) : r;
    }
    return subSlow(a, b, true);
}

/** `a - b` whose kind nothing observes */
export function _pm_subb(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        return Number.isSafeInteger(r) || !Number.isInteger(r) ? r : integralBlind(SUB, r, a, b);
    }
    return subSlow(a, b, false);
}

function subSlow(a, b, box) {
    if (isNumber(a) && isNumber(b)) return numeric(a, b, _pm_subi, minus, box);
    return dunder(a, b, '__sub__', '__rsub__', '-');
}

function repeat(seq, n) {
    if (typeof n === 'boolean') n = +n;
    if (typeof n !== 'number' && typeof n !== 'bigint') {
        throw py_TypeError(`can't multiply sequence by non-int of type '${typeName(n)}'`, new Error());
    }
    if (!Number.isInteger(Number(n)) || Object.is(n, -0)) {
        throw py_TypeError(`can't multiply sequence by non-int of type 'float'`, new Error());
    }
    n = Number(n);
    if (typeof seq === 'string') return n > 0 ? seq.repeat(n) : '';
    const r = [];
    for (let i = 0; i < n; i++) for (const x of seq) r.push(x);
    return isTuple(seq) ? tuple(r) : r;
}

function isSequence(x) {
    return typeof x === 'string' || Array.isArray(x);
}

/** `a * b` */
export function _pm_mul(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        return Number.isInteger(r) ? integral(MUL, r, a, b) : r;
    }
    return mulSlow(a, b, true);
}

/** `a * b` whose kind nothing observes */
export function _pm_mulb(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        return (r !== 0 && Number.isSafeInteger(r)) || !Number.isInteger(r) ? r : integralBlind(MUL, r, a, b);  // 0: -0 is a float's
    }
    return mulSlow(a, b, false);
}

function mulSlow(a, b, box) {
    if (isNumber(a) && isNumber(b)) return numeric(a, b, _pm_muli, times, box);
    if (isSequence(a) && isSequence(b)) return repeat(a, b);  // (a list's own __rmul__ took `[1] * [2]`)
    if (isSequence(a) && !hasMethod(b, '__rmul__')) return repeat(a, b);
    if (isSequence(b) && !hasMethod(a, '__mul__')) return repeat(b, a);
    return dunder(a, b, '__mul__', '__rmul__', '*');
}

/** `a *= b`: lists repeat in place. */
export function _pm_imul(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        return Number.isInteger(r) ? integral(MUL, r, a, b) : r;
    }
    return imulSlow(a, b, true);
}

/** `a *= b` whose kind nothing observes */
export function _pm_imulb(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        return (r !== 0 && Number.isSafeInteger(r)) || !Number.isInteger(r) ? r : integralBlind(MUL, r, a, b);  // 0: -0 is a float's
    }
    return imulSlow(a, b, false);
}

function imulSlow(a, b, box) {
    if (Array.isArray(a) && !isTuple(a)) {
        const r = repeat(a, b);
        a.length = 0;
        for (const x of r) Array.prototype.push.call(a, x);
        return a;
    }
    if (hasMethod(a, '__imul__')) return a.__imul__(b);
    return mulSlow(a, b, box);
}

// ---- / // % ** -----------------------------------------------------------------------

/** `a / b`, tagged */
export function _pm_div(a, b) {
    if (typeof a === 'number' && typeof b === 'number' && b !== 0) return _pm_box(a / b);
    if (isNumber(a) && isNumber(b)) return _pm_box(_pm_truediv(typeof a === 'boolean' ? +a : a, typeof b === 'boolean' ? +b : b));
    return dunder(a, b, '__truediv__', '__rtruediv__', '/');
}

/** `a // b`, tagged */
export function _pm_fdiv(a, b) {
    if (isNumber(a) && isNumber(b)) return numeric(a, b, _pm_floordivi, _pm_floordivf);
    return dunder(a, b, '__floordiv__', '__rfloordiv__', '//');
}

/** `a % b`: Python's sign rule for numbers, printf-style formatting for strings */
export function _pm_mod(a, b) {
    if (typeof a === 'number' && typeof b === 'number' && isIntNumber(a) && isIntNumber(b) && b !== 0) {
        const r = a % b;
        return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
    }
    return modSlow(a, b);
}

function modSlow(a, b) {
    if (isNumber(a) && isNumber(b)) return numeric(a, b, _pm_modi, _pm_modf);
    if (typeof a === 'string') return percentFormat(a, b);
    return dunder(a, b, '__mod__', '__rmod__', '%');
}

/**
 * `a % b` where the guard proved both ints that are JS numbers: the result takes the
 * divisor's sign as in Python (`-1 % 3 == 2`), never -0, and ZeroDivisionError on 0.
 * No string branch, so a game whose every `%` is numeric ships no printf-style code.
 * @param {number} a @param {number} b @returns {number}
 */
export function _pm_nmod(a, b) {
    const r = a % b;
    if (r < 0 ? b > 0 : r > 0 && b < 0) return r + b;
    if (b === 0) throw ZeroDivisionError('integer modulo by zero');
    return r + 0;
}

/** `a ** b` and `pow(a, b, m)`, tagged */
export function _pm_pow(a, b, m) {
    if (m !== undefined && m !== null) {
        if (isNumber(a) && isNumber(b) && isNumber(m) && !isFloat(a) && !isFloat(b) && !isFloat(m)) return powMod(a, b, m);
        throw py_TypeError('pow() 3rd argument not allowed unless all arguments are integers', new Error());
    }
    if (isNumber(a) && isNumber(b)) {
        if (isFloat(a) || isFloat(b)) return _pm_box(_pm_powf(a, b));
        return _pm_powi(typeof a === 'boolean' ? +a : a, typeof b === 'boolean' ? +b : b);
    }
    return dunder(a, b, '__pow__', '__rpow__', '** or pow()');
}

/** `pow(a, b, m)`: a class's `__pow__(b, m)` (complex raises its ValueError), else numbers'. */
export function _pm_pow3(a, b, m) {
    if (!isNumber(a) && hasMethod(a, '__pow__') && m !== undefined && m !== null) {
        const r = a.__pow__(b, m);
        if (r !== NotImplemented) return r;
    }
    return _pm_pow(a, b, m);
}

/** `a ** b` where b is a float literal with a fraction (`** 0.5`), tagged */
export function _pm_powr(a, b) {
    if (isNumber(a)) return _pm_box(_pm_powfr(a, b));
    return dunder(a, b, '__pow__', '__rpow__', '** or pow()');
}

/** `a ** b` of ints, tagged: a negative exponent gives a float */
export function _pm_powi(a, b) {
    if (b < 0) {
        if (a === 0 || a === 0n) throw ZeroDivisionError('0.0 cannot be raised to a negative power');
        return _pm_box(powFloat(_pm_tof(a), _pm_tof(b)));
    }
    return powInt(a, b);
}

// ---- bits ----------------------------------------------------------------------------

function bits(a, b, ints, name, symbol) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && name !== '__lshift__' && name !== '__rshift__') {
        return !!ints(+a, +b);
    }
    if (isNumber(a) && isNumber(b) && !isFloat(a) && !isFloat(b)) return ints(typeof a === 'boolean' ? +a : a, typeof b === 'boolean' ? +b : b);
    return dunder(a, b, name, '__r' + name.slice(2), symbol);
}

/** `a | b`, `a & b`, `a ^ b` on ints, bools or sets */
export function _pm_bor(a, b) {
    if (typeof a === 'function' || typeof b === 'function') {  // `int | None`: a union of types
        const union = _pm_type_union(a, b);
        if (union !== undefined) return union;
    }
    return bits(a, b, orInt, '__or__', '|');
}
export function _pm_band(a, b) {
    return bits(a, b, andInt, '__and__', '&');
}
export function _pm_bxor(a, b) {
    return bits(a, b, xorInt, '__xor__', '^');
}
/** `a << b`, `a >> b` on ints */
export function _pm_lshift(a, b) { return bits(a, b, lshiftInt, '__lshift__', '<<'); }
export function _pm_rshift(a, b) { return bits(a, b, rshiftInt, '__rshift__', '>>'); }

// ---- unary ---------------------------------------------------------------------------

function badUnary(symbol, x) {
    return py_TypeError(`bad operand type for ${symbol}: '${typeName(x)}'`, new Error());
}

/** `-x` */
export function _pm_neg(x) {
    if (typeof x === 'number') return isIntNumber(x) ? 0 - x : -x;
    if (x instanceof PyFloat) return _pm_box(-x.value);
    if (typeof x === 'bigint') return normBig(-x);
    if (typeof x === 'boolean') return 0 - x;
    if (hasMethod(x, '__neg__')) return x.__neg__();
    throw badUnary('unary -', x);
}

/** `+x` */
export function _pm_pos(x) {
    if (typeof x === 'number' || typeof x === 'bigint' || x instanceof PyFloat) return x;
    if (typeof x === 'boolean') return +x;
    if (hasMethod(x, '__pos__')) return x.__pos__();
    throw badUnary('unary +', x);
}

/** `~x` */
export function _pm_invert(x) {
    if ((typeof x === 'number' && isIntNumber(x)) || typeof x === 'bigint') return invertInt(x);
    if (typeof x === 'boolean') return ~x;
    if (hasMethod(x, '__invert__')) return x.__invert__();
    throw badUnary('unary ~', x);
}

/** `abs(x)` */
export function _pm_abs(x) {
    if (typeof x === 'number') return isIntNumber(x) ? Math.abs(x) : _pm_box(Math.abs(x));
    if (x instanceof PyFloat) return _pm_box(Math.abs(x.value));
    if (typeof x === 'bigint') return x < 0n ? -x : x;
    if (typeof x === 'boolean') return +x;
    if (hasMethod(x, '__abs__')) return x.__abs__();
    throw py_TypeError(`bad operand type for abs(): '${typeName(x)}'`, new Error());
}

// ---- in place ------------------------------------------------------------------------

/** `a op= b`: `a.__iop__(b)` in place where defined (sets, dicts), else `a op b`. */
function inPlace(a, b, name, binary) {
    if (a !== null && typeof a === 'object' && typeof a[name] === 'function') {
        const r = a[name](b);
        if (r !== NotImplemented) return r;
    }
    return binary(a, b);
}

/** `a -= b`, `a |= b`, `a &= b`, `a ^= b`: sets and dicts change in place. */
export function _pm_isub(a, b) { return typeof a === 'number' && typeof b === 'number' ? _pm_sub(a, b) : inPlace(a, b, '__isub__', _pm_sub); }
export function _pm_ibor(a, b) { return typeof a === 'number' && typeof b === 'number' ? _pm_bor(a, b) : inPlace(a, b, '__ior__', _pm_bor); }
export function _pm_iband(a, b) { return typeof a === 'number' && typeof b === 'number' ? _pm_band(a, b) : inPlace(a, b, '__iand__', _pm_band); }
export function _pm_ibxor(a, b) { return typeof a === 'number' && typeof b === 'number' ? _pm_bxor(a, b) : inPlace(a, b, '__ixor__', _pm_bxor); }

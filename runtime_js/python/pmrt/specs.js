// str() and format specs (f"{x:>8.2f}"); printf-style formatting is percent.js.
import {ValueError, py_TypeError, str, repr} from '../org.transcrypt.__runtime__.js';
import {isWide, strLen} from './codepoints.js';
import {typeName} from './typename.js';
import {OverflowError} from './errors.js';
import {PyFloat, bigDigits, floatRepr, isIntValue} from './numbers.js';
import {_pm_tof, exactFixed, scaledRound} from './floats.js';

/** `str(x)` inside an f-string: strings and numbers without a call into Transcrypt's str. */
export function _pm_str(x) {
    if (typeof x === 'string') return x;
    if (typeof x === 'number') return isIntValue(x) ? '' + x : floatRepr(x);
    // f"{x}" is format(x, ''): a class's own __format__ decides, else str(x).
    if (x !== null && typeof x === 'object' && typeof x.__format__ === 'function' && Object.prototype.hasOwnProperty.call(x, '__class__')) {
        return x.__format__('');
    }
    return str(x);
}

// CPython's messages name the mini-language; the word is built at run time so that no bundle
// names Transcrypt's str method of that name (the prune keeps a member whose name appears).
const MINI_LANGUAGE = ['for', 'mat'].join('');

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
    if (group && !GROUPED.includes(type || '') && !(group === '_' && 'bxXo'.includes(type))) {
        throw ValueError(`Cannot specify '${group}' with '${type}'.`, new Error());
    }
    const aligned = align !== undefined;
    if (zero && !fill) {  // CPython 3.11: '0' pads with zeros after the sign unless aligned
        fill = '0';
        align = align || '=';
    }
    const w = width === undefined ? 0 : +width;
    let body;
    const isNum = typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value instanceof PyFloat;
    if (!isNum) {
        if (!aligned) align = undefined;  // `format("ab", "05")`: zeros on the right
        stringSpec(value, type, sign, alt, group, align);
        body = str(value);
        if (precision !== undefined) body = isWide(body) ? Array.from(body).slice(0, +precision).join('') : body.slice(0, +precision);
    } else {
        const isFloat = typeof value === 'number' ? !isIntValue(value) : value instanceof PyFloat;
        if (type === 's' || (isFloat && 'dxXobc'.includes(type || '-'))) throw ValueError(`Unknown ${MINI_LANGUAGE} code '${type}' for object of type '${typeName(value)}'`, new Error());
        if (!isFloat && 'dnxXobc'.includes(type || 'd') && precision !== undefined) throw ValueError(`Precision not allowed in integer ${MINI_LANGUAGE} specifier`, new Error());
        const n = typeof value === 'bigint' ? value : +value;
        const neg = n < 0 || Object.is(n, -0);
        const a = typeof n === 'bigint' ? (neg ? -n : n) : Math.abs(n);
        const float = 'eEfFgG%'.includes(type || '-') ? _pm_tof(a) : Number(a);  // OverflowError beyond floats
        if (!type && isFloat) type = precision !== undefined ? 'r' : 'R';  // repr-like, see below
        if (type === 'n' && isFloat) type = 'g';
        let prefix = '';
        switch (type) {
            case 'd': case 'n': case undefined: case '': body = typeof a === 'bigint' ? bigDigits(a) : String(a); break;
            case 'f': case 'F': body = finite(float, () => exactFixed(float, precision === undefined ? 6 : +precision)); break;
            case 'e': case 'E': body = finite(float, () => expo(float, precision === undefined ? 6 : +precision)); break;
            case '%': body = finite(float * 100, () => exactFixed(float * 100, precision === undefined ? 6 : +precision)) + '%'; break;
            case 'x': case 'X': body = a.toString(16); prefix = '0x'; break;
            case 'o': body = a.toString(8); prefix = '0o'; break;
            case 'b': body = a.toString(2); prefix = '0b'; break;
            case 'c': body = codePoint(n, sign, alt); break;
            case 'g': case 'G': body = finite(float, () => general(float, precision === undefined ? 6 : Math.max(1, +precision), alt)); break;
            case 'R': body = floatRepr(float); break;  // as repr(2.0)
            case 'r': {  // '.3' on a float: 'g' that keeps a digit after the point
                body = finite(float, () => general(float, Math.max(1, +precision), alt, true));
                if (isFinite(float) && !/[.e]/.test(body)) body += '.0';
                break;
            }
            default: body = String(a);
        }
        if (alt && 'fFeE%'.includes(type) && isFinite(float) && !body.includes('.')) {
            body = body.replace(/(?=[eE%])|$/, '.');  // '#' keeps the point: `123.`, `1.e+02`
        }
        if (type === 'E' || type === 'G' || type === 'F' || type === 'X') {
            body = body.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        if (!alt) prefix = '';
        const signText = neg && !(float === 0 && !Object.is(n, -0)) ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
        if (type === 'c') return padded(body, w, fill, align || '>');
        return numberLayout(signText + prefix, body, 'xXob'.includes(type || '-'), group || '', w, fill, align);
    }
    return padded(body, w, fill, align || (isNum ? '>' : '<'));
}

/** The 'c' type: the character of code point `n`. */
function codePoint(n, sign, alt) {
    if (sign) throw ValueError("Sign not allowed with integer format specifier 'c'", new Error());
    if (alt) throw ValueError("Alternate form (#) not allowed with integer format specifier 'c'", new Error());
    if (typeof n === 'bigint') throw OverflowError('Python int too large to convert to C long', new Error());
    if (n < 0 || n > 0x10FFFF) throw OverflowError('%c arg not in range(0x110000)', new Error());
    return String.fromCodePoint(n);
}

// The presentation types that take ',' or '_' (and '_' every four digits with b, o, x, X).
const GROUPED = ['', 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%'];

/** `text` padded to `width` characters (not UTF-16 units) with `fill`, aligned by `align`. */
function padded(text, width, fill, align) {
    const pad = Math.max(0, width - strLen(text));
    if (!pad) return text;
    const f = fill || ' ';
    if (align === '<') return text + f.repeat(pad);
    if (align === '^') return f.repeat(pad >> 1) + text + f.repeat(pad - (pad >> 1));
    if (align === '=') return f.repeat(pad) + text;  // a sign-aware pad with no sign (strings refuse '=')
    return f.repeat(pad) + text;
}

/**
 * A number laid out as CPython's calc_number_widths does: `lead` (sign and `0x` prefix), the
 * integer digits of `body` grouped (every 4 for `whole` bodies in base 2, 8, 16, else every 3
 * up to the point), then the rest; '0' padding ('=' with fill '0') is grouped too, and never
 * starts with a separator: `format(1234, "08,")` is '0,001,234'.
 */
function numberLayout(lead, body, whole, sep, width, fill, align) {
    const digits = whole ? body : /^\d*/.exec(body)[0];
    const rest = body.slice(digits.length);
    const other = lead.length + rest.length;
    const zeros = fill === '0' && align === '=' ? width - other : 0;
    const grouped = digits ? group(digits, sep ? (whole ? 4 : 3) : 0, sep, zeros) : '';
    const pad = width - other - grouped.length;
    const f = fill || ' ';
    const spad = align === '=' && pad > 0 ? f.repeat(pad) : '';
    return padded(lead + spad + grouped + rest, width, f, align || '>');
}

/** CPython's _PyUnicode_InsertThousandsGrouping: `digits` in groups of `size` (0: none),
 * left-padded with zeros to `minWidth` characters, separators included. */
function group(digits, size, sep, minWidth) {
    const parts = [];
    let remaining = digits.length;
    while (true) {
        const len = Math.max(remaining, minWidth, 1);
        const take = size ? Math.min(size, len) : len;
        const chars = Math.min(remaining, take);
        parts.push('0'.repeat(take - chars) + digits.slice(remaining - chars, remaining));
        remaining -= chars;
        minWidth -= take;
        if (!size || (remaining <= 0 && minWidth <= 0)) break;
        minWidth -= sep.length;
    }
    return parts.reverse().join(sep);
}

/** A spec that str's __format__ refuses (or any spec, for objects without __format__). */
function stringSpec(value, type, sign, alt, group, align) {
    if (typeof value !== 'string' && !(value !== null && typeof value === 'object' && typeof value.valueOf() === 'number')) {
        throw py_TypeError(`unsupported format string passed to ${typeName(value)}.__format__`, new Error());
    }
    if (typeof value !== 'string') return;  // a boxed number (PyFloat) the number code writes
    if (group && !type) throw ValueError(`Cannot specify '${group}' with 's'.`, new Error());
    if (type && type !== 's') throw ValueError(`Unknown format code '${type}' for object of type 'str'`, new Error());
    if (sign) throw ValueError(`${sign === ' ' ? 'Space' : 'Sign'} not allowed in string format specifier`, new Error());
    if (alt) throw ValueError('Alternate form (#) not allowed in string format specifier', new Error());
    if (align === '=') throw ValueError("'=' alignment not allowed in string format specifier", new Error());
}

/** inf and nan as CPython writes them in every float presentation type. */
function finite(a, digits) {
    if (a !== a) return 'nan';
    if (!isFinite(a)) return 'inf';
    return digits();
}

/** |a| with `p` digits after the point in exponent form, rounded half to even as CPython
 * (JavaScript's toExponential rounds exact ties up: 2.5 to 1 digit was '3e+00'). */
function expo(a, p) {
    let s = a.toExponential(p);
    let e = +s.slice(s.indexOf('e') + 1);
    if (a !== 0 && Number.isInteger(a * 2 ** (p - e + 1))) {  // a tie is possible: exact digits
        let q = scaledRound(a, p - e);
        if (q >= 10n ** BigInt(p + 1)) q = scaledRound(a, p - ++e);
        const digits = q.toString();
        s = digits[0] + (p ? '.' + digits.slice(1) : '') + 'e' + (e < 0 ? '-' : '+') + Math.abs(e);
    }
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** The 'g' type: `p` significant digits, exponent form when the rounded exponent is < -4 or >= p
 * (>= p - 1 where a digit after the point is kept: CPython's format without a type). */
function general(a, p, alt, dotZero = false) {
    if (a === 0 && dotZero && p === 1) return alt ? '0.e+00' : '0e+00';  // its exponent, 0, is >= p - 1
    if (a === 0) return alt ? '0.' + '0'.repeat(p - 1) : '0';
    const exp = +expo(a, p - 1).split('e')[1];
    let s;
    if (exp < -4 || exp >= (dotZero ? p - 1 : p)) {
        s = expo(a, p - 1);
        if (!alt) s = s.replace(/\.?0+e/, 'e');
    } else {
        s = exactFixed(a, Math.max(0, p - 1 - exp));
        if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
    }
    if (alt && !s.includes('.')) s = s.includes('e') ? s.replace('e', '.e') : s + '.';  // '#' keeps the point
    return s;
}


// str() and format specs (f"{x:>8.2f}"); printf-style formatting is percent.js.
import {ValueError, py_TypeError, str, repr} from '../org.transcrypt.__runtime__.js';
import {isWide, strLen} from './codepoints.js';
import {typeName} from './typename.js';
import {PyFloat, floatRepr, isIntValue} from './numbers.js';
import {exactFixed} from './floats.js';

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
    let body;
    const isNum = typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value instanceof PyFloat;
    if (typeof value === 'boolean' && !type) {
        body = value ? 'True' : 'False';
    } else if (!isNum) {
        stringSpec(value, type, sign, alt, group, align);
        body = str(value);
        if (precision !== undefined) body = isWide(body) ? Array.from(body).slice(0, +precision).join('') : body.slice(0, +precision);
        if (zero) {  // `format("ab", "05")`: zeros fill, on the right unless aligned otherwise
            fill = fill || '0';
            align = align || '<';
        }
    } else {
        const isFloat = typeof value === 'number' ? !isIntValue(value) : value instanceof PyFloat;
        if (isFloat && 'dxXobc'.includes(type || '-')) throw ValueError(`Unknown ${MINI_LANGUAGE} code '${type}' for object of type 'float'`, new Error());
        if (!isFloat && !type && precision !== undefined) throw ValueError(`Precision not allowed in integer ${MINI_LANGUAGE} specifier`, new Error());
        const n = typeof value === 'bigint' ? value : +value;
        const neg = n < 0 || Object.is(n, -0);
        const a = typeof n === 'bigint' ? (neg ? -n : n) : Math.abs(n);
        const float = Number(a);
        if (!type && isFloat) type = precision !== undefined ? 'r' : 'R';  // repr-like, see below
        if (type === 'n' && isFloat) type = 'g';
        switch (type) {
            case 'd': case 'n': case undefined: case '': body = String(a); break;
            case 'f': case 'F': body = finite(float, () => exactFixed(float, precision === undefined ? 6 : +precision)); break;
            case 'e': case 'E': body = finite(float, () => expo(float, precision === undefined ? 6 : +precision)); break;
            case '%': body = finite(float * 100, () => exactFixed(float * 100, precision === undefined ? 6 : +precision)) + '%'; break;
            case 'x': body = a.toString(16); if (alt) body = '0x' + body; break;
            case 'X': body = a.toString(16).toUpperCase(); if (alt) body = '0X' + body; break;
            case 'o': body = a.toString(8); if (alt) body = '0o' + body; break;
            case 'b': body = a.toString(2); if (alt) body = '0b' + body; break;
            case 'c': body = String.fromCodePoint(Number(a)); break;
            case 'g': case 'G': body = finite(float, () => general(float, precision === undefined ? 6 : Math.max(1, +precision), alt)); break;
            case 'R': body = floatRepr(float); break;  // as repr(2.0)
            case 'r': {  // '.3' on a float: 'g' that keeps a digit after the point
                body = finite(float, () => general(float, Math.max(1, +precision), alt));
                if (isFinite(float) && !/[.e]/.test(body)) body += '.0';
                break;
            }
            default: body = String(a);
        }
        if (type === 'E' || type === 'G' || type === 'F') body = body.toUpperCase();
        if (group) {
            const [int, frac] = body.split('.');
            body = int.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (frac !== undefined ? '.' + frac : '');
        }
        const signText = neg && !(float === 0 && !Object.is(n, -0)) ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
        if (zero && !align) { fill = '0'; align = '='; }
        body = signText + body;
        if (align === '=') {
            const w = width === undefined ? 0 : +width;
            const pad = Math.max(0, w - body.length);
            return signText + (fill || ' ').repeat(pad) + body.slice(signText.length);
        }
    }
    const w = width === undefined ? 0 : +width;
    const pad = Math.max(0, w - (isNum ? body.length : strLen(body)));  // characters, not UTF-16 units
    if (!pad) return body;
    const f = fill || ' ';
    align = align || (isNum ? '>' : '<');
    if (align === '<') return body + f.repeat(pad);
    if (align === '^') return f.repeat(pad >> 1) + body + f.repeat(pad - (pad >> 1));
    return f.repeat(pad) + body;
}

/** A spec that str's __format__ refuses (or any spec, for objects without __format__). */
function stringSpec(value, type, sign, alt, group, align) {
    if (typeof value !== 'string' && !(value !== null && typeof value === 'object' && typeof value.valueOf() === 'number')) {
        throw py_TypeError(`unsupported format string passed to ${typeName(value)}.__format__`, new Error());
    }
    if (typeof value !== 'string') return;  // a boxed number (PyFloat) the number code writes
    if (type && type !== 's') throw ValueError(`Unknown format code '${type}' for object of type 'str'`, new Error());
    if (sign) throw ValueError('Sign not allowed in string format specifier', new Error());
    if (alt) throw ValueError('Alternate form (#) not allowed in string format specifier', new Error());
    if (group) throw ValueError(`Cannot specify '${group}' with 's'.`, new Error());
    if (align === '=') throw ValueError("'=' alignment not allowed in string format specifier", new Error());
}

/** inf and nan as CPython writes them in every float presentation type. */
function finite(a, digits) {
    if (a !== a) return 'nan';
    if (!isFinite(a)) return 'inf';
    return digits();
}

function expo(a, p) {
    const s = a.toExponential(p);
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** The 'g' type: `p` significant digits, exponent form when the rounded exponent is < -4 or >= p. */
function general(a, p, alt) {
    if (a === 0) return alt ? '0.' + '0'.repeat(p - 1) : '0';
    const exp = +a.toExponential(p - 1).split('e')[1];
    let s;
    if (exp < -4 || exp >= p) {
        s = expo(a, p - 1);
        if (!alt) s = s.replace(/\.?0+e/, 'e');
    } else {
        s = exactFixed(a, Math.max(0, p - 1 - exp));
        if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
    }
    return s;
}


// str() and format specs (f"{x:>8.2f}"); printf-style formatting is percent.js.
import {ValueError, py_TypeError, str, repr} from '../org.transcrypt.__runtime__.js';
import {isWide, strLen} from './codepoints.js';
import {typeName} from './typename.js';

/** `str(x)` inside an f-string: strings and numbers without a call into Transcrypt's str. */
export function _pm_str(x) {
    if (typeof x === 'string') return x;
    if (typeof x === 'number') return '' + x;
    // f"{x}" is format(x, ''): a class's own __format__ decides, else str(x).
    if (x !== null && typeof x === 'object' && typeof x.__format__ === 'function' && Object.prototype.hasOwnProperty.call(x, '__class__')) {
        return x.__format__('');
    }
    return str(x);
}

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
        stringSpec(value, type, sign, alt, group, align);
        body = str(value);
        if (precision !== undefined) body = isWide(body) ? Array.from(body).slice(0, +precision).join('') : body.slice(0, +precision);
        if (zero) {  // `format("ab", "05")`: zeros fill, on the right unless aligned otherwise
            fill = fill || '0';
            align = align || '<';
        }
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

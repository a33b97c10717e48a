// printf-style formatting, `"%-5s %(name)d %.*f" % args`, parsed as CPython's
// PyUnicode_Format: mapping keys, flags, `*` widths and precisions, every conversion and its
// errors. Numbers are written by specs.js (`_pm_fmt`, the format-spec mini-language).
import {ValueError, py_TypeError, repr, str} from '../org.transcrypt.__runtime__.js';
import {isTuple} from './shared.js';
import {_pm_fmt} from './specs.js';
import {_pm_ascii} from './quoting.js';
import {_pm_gi} from './items.js';
import {strLen} from './codepoints.js';
import {typeName} from './typename.js';
import {isIntValue} from './numbers.js';
import {OverflowError} from './errors.js';

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.?)/y;

/** `text % values` for a str `text`. */
export function percentFormat(text, values) {
    const many = isTuple(values);  // a tuple (or namedtuple) gives the values one by one
    const args = many ? values : [values];
    // A mapping on the right (CPython: not a tuple, not a str, has __getitem__) serves `%(key)s`.
    const mapping = !many && typeof values !== 'string' && values !== null && typeof values === 'object'
        && (typeof values.__getitem__ === 'function' || values.__class__ !== undefined) ? values : null;
    let next = 0;
    const take = () => {
        if (next >= args.length) throw py_TypeError('not enough arguments for format string', new Error());
        return args[next++];
    };
    let out = '';
    let i = 0;
    for (;;) {
        const at = text.indexOf('%', i);
        if (at < 0) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, at);
        SPEC.lastIndex = at;
        const m = SPEC.exec(text);
        let [whole, key, flags, width, precision, type] = m;
        i = at + whole.length;
        if (type === '') throw ValueError('incomplete format', new Error());
        if (type === '%' && key === undefined) {
            out += '%';
            continue;
        }
        let value;
        if (key !== undefined) {
            if (mapping === null) throw py_TypeError('format requires a mapping', new Error());
            value = _pm_gi(mapping, key);
        }
        if (width === '*') width = starArg(take());
        if (precision === '*') precision = starArg(take());
        if (key === undefined) value = take();
        out += convert(type, value, flags, width === undefined ? undefined : +width,
                       precision === undefined ? undefined : +precision || 0, at);
    }
    if (next < args.length && mapping === null) {
        throw py_TypeError('not all arguments converted during string formatting', new Error());
    }
    return out;
}

function starArg(v) {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw py_TypeError('* wants int', new Error());
    return String(v);
}

/** One conversion: `%s`, `%d`, `%.2f`… with its flags, width and precision. */
function convert(type, value, flags, width, precision, at) {
    const left = flags.includes('-') || (width !== undefined && width < 0);
    const w = width === undefined ? 0 : Math.abs(width);
    let body;
    switch (type) {
        case 's': case 'r': case 'a':
            body = type === 's' ? str(value) : type === 'r' ? repr(value) : _pm_ascii(value);
            if (precision !== undefined) body = Array.from(body).slice(0, precision).join('');
            return pad(body, w, left);
        case 'c':
            if (typeof value === 'bigint' || typeof value === 'boolean' || isIntValue(value)) {
                if (value < 0 || value > 0x10FFFF) throw OverflowError('%c arg not in range(0x110000)', new Error());
                body = String.fromCodePoint(Number(value));
            } else if (typeof value === 'string' && strLen(value) === 1) {
                body = value;
            } else {
                throw py_TypeError('%c requires int or char', new Error());
            }
            return pad(body, w, left);
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            return number(type, value, flags, w, precision, left);
        default: {
            const code = type.codePointAt(0);
            throw ValueError(`unsupported format character '${type}' (0x${code.toString(16)}) at index ${at + 1}`, new Error());
        }
    }
}

function pad(body, width, left) {
    const n = width - strLen(body);
    return n <= 0 ? body : left ? body + ' '.repeat(n) : ' '.repeat(n) + body;
}

function number(type, value, flags, width, precision, left) {
    let v = value;
    if (typeof v === 'boolean') v = +v;
    // An IntEnum's, `(float, Enum)`'s member: its value (its own __format__ shows its name).
    if (v !== null && typeof v === 'object' && v._value_ !== undefined && typeof v._pm_number === 'function') v = v._pm_number();
    const integral = 'diuoxX'.includes(type);
    const isNumber = typeof v === 'number' || typeof v === 'bigint' || (v !== null && typeof v === 'object' && typeof v.valueOf() === 'number');
    if (!isNumber) {
        if (v !== null && typeof v === 'object' && typeof (integral ? v.__index__ || v.__int__ : v.__float__) === 'function') {
            v = integral ? (v.__index__ || v.__int__).call(v) : v.__float__();
        } else {
            const kind = 'diu'.includes(type) ? `%${type} format: a real number is required` : integral
                ? `%${type} format: an integer is required` : 'must be real number';
            throw py_TypeError(`${kind}, not ${typeName(value)}`, new Error());
        }
    }
    if ('oxX'.includes(type) && typeof v !== 'bigint' && !isIntValue(v)) {  // -0.0, 1e20 are floats
        throw py_TypeError(`%${type} format: an integer is required, not ${typeName(value)}`, new Error());
    }
    if ('diu'.includes(type) && typeof v !== 'bigint') {
        v = Math.trunc(+v) + 0;  // an int: never -0, a BigInt beyond 2**53 ('%d' % 1e20)
        if (!Number.isSafeInteger(v) && isFinite(v)) v = BigInt(v);
    }
    let spec = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    if (flags.includes('#')) spec += '#';
    if (flags.includes('0') && !left) spec += '0';
    if (width) spec += width;
    if (precision !== undefined && !integral) spec += '.' + precision;
    spec += type === 'i' || type === 'u' ? 'd' : type;
    let body = _pm_fmt(v, left ? '<' + spec : spec);
    if (precision !== undefined && integral) {
        // `%.3d`: at least that many digits.
        body = body.replace(/\d+/, (digits) => digits.padStart(precision, '0'));
    }
    return body;
}

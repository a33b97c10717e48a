// The codecs games have: utf-8, ascii and latin-1 (with CPython's aliases), for str.encode(),
// bytes.decode(), bytes(s, encoding). Errors are CPython's UnicodeEncodeError /
// UnicodeDecodeError with its messages; error handlers strict, ignore, replace,
// backslashreplace (and xmlcharrefreplace to encode). Another encoding is CPython's LookupError.
import {LookupError, py_TypeError} from '../org.transcrypt.__runtime__.js';
import {UnicodeDecodeError, UnicodeEncodeError} from './builtin_exceptions.js';
import {typeName} from './typename.js';

// encodings/aliases.py's names of the three codecs, normalized (`normalize`)
const CODECS = {
    'utf-8': ['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'],
    'ascii': ['ascii', '646', 'ansi_x3_4_1968', 'ansi_x3_4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us',
        'iso_646_irv_1991', 'iso_ir_6', 'us', 'us_ascii'],
    'latin-1': ['latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1',
        'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1'],
};

/** The codec an encoding name means ('utf-8', 'ascii', 'latin-1'), else CPython's errors. */
function codec(encoding, fn) {
    if (encoding === undefined) return 'utf-8';
    if (typeof encoding !== 'string') {
        throw py_TypeError(`${fn}() argument 'encoding' must be str, not ${typeName(encoding)}`, new Error());
    }
    const name = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '').replace(/\./g, '_');
    for (const [codecName, aliases] of Object.entries(CODECS)) if (aliases.includes(name)) return codecName;
    throw LookupError(`unknown encoding: ${encoding}`, new Error());
}

function errorsArg(errors, fn) {
    if (errors === undefined) return 'strict';
    if (typeof errors !== 'string') throw py_TypeError(`${fn}() argument 'errors' must be str, not ${typeName(errors)}`, new Error());
    return errors;
}

const hex2 = (n) => n.toString(16).padStart(2, '0');

/** `\xe9`, `\u20ac`, `\U0001f600`: a character as CPython's messages and backslashreplace write it. */
function escaped(cp) {
    if (cp < 0x100) return '\\x' + hex2(cp);
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
}

function unknownHandler(errors) {
    return LookupError(`unknown error handler name '${errors}'`, new Error());
}

function pushUtf8(out, cp) {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/**
 * The bytes (ints) of `text` in an encoding.
 * @param {string} text @param {*} encoding @param {*} errors @returns {number[]}
 */
export function encodeText(text, encoding, errors) {
    const name = codec(encoding, 'encode');
    errors = errorsArg(errors, 'encode');
    const limit = name === 'ascii' ? 128 : name === 'latin-1' ? 256 : 0;
    const out = [];
    if (limit === 0 && !/[\ud800-\udfff]/.test(text)) {  // the common case: well-formed text to utf-8
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c < 0x80) out.push(c);
            else {
                const cp = text.codePointAt(i);
                if (cp > 0xffff) i++;
                pushUtf8(out, cp);
            }
        }
        return out;
    }
    const chars = Array.from(text, (c) => c.codePointAt(0));
    const bad = (cp) => limit ? cp >= limit : cp >= 0xd800 && cp <= 0xdfff;
    for (let i = 0; i < chars.length; i++) {
        const cp = chars[i];
        if (!bad(cp)) {
            if (limit) out.push(cp);
            else pushUtf8(out, cp);
            continue;
        }
        let end = i;
        while (end < chars.length && bad(chars[end])) end++;
        if (errors === 'strict') {
            const what = end - i === 1 ? `character '${escaped(cp)}' in position ${i}` : `characters in position ${i}-${end - 1}`;
            const reason = limit ? `ordinal not in range(${limit})` : 'surrogates not allowed';
            const e = UnicodeEncodeError(`'${name}' codec can't encode ${what}: ${reason}`, new Error());
            Object.assign(e, {encoding: name, object: text, start: i, end, reason});
            throw e;
        }
        for (let k = i; k < end; k++) {
            let piece;
            if (errors === 'ignore') piece = '';
            else if (errors === 'replace') piece = '?';
            else if (errors === 'backslashreplace') piece = escaped(chars[k]);
            else if (errors === 'xmlcharrefreplace') piece = `&#${chars[k]};`;
            else throw unknownHandler(errors);
            for (let j = 0; j < piece.length; j++) out.push(piece.charCodeAt(j));
        }
        i = end - 1;
    }
    return out;
}

/**
 * The length of the malformed utf-8 sequence at `i` (CPython's: the valid prefix of a sequence
 * cut short, else the one byte), and why.
 */
function utf8Error(codes, i) {
    const b = codes[i];
    if (b < 0xc2 || b > 0xf4) return [1, 'invalid start byte'];
    const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    for (let k = 1; k <= need; k++) {
        if (i + k >= codes.length) return [k, 'unexpected end of data'];
        const c = codes[i + k];
        let lo = 0x80, hi = 0xbf;
        if (k === 1) {
            if (b === 0xe0) lo = 0xa0;
            else if (b === 0xed) hi = 0x9f;
            else if (b === 0xf0) lo = 0x90;
            else if (b === 0xf4) hi = 0x8f;
        }
        if (c < lo || c > hi) return [k, 'invalid continuation byte'];
    }
    return [0, ''];
}

/**
 * The text of bytes (ints) in an encoding.
 * @param {number[]} codes @param {*} encoding @param {*} errors @returns {string}
 */
export function decodeBytes(codes, encoding, errors) {
    const name = codec(encoding, 'decode');
    errors = errorsArg(errors, 'decode');
    const points = [];
    for (let i = 0; i < codes.length;) {
        const b = codes[i];
        if (b < 0x80 || name === 'latin-1') {
            points.push(b);
            i++;
            continue;
        }
        let size = 0, reason = 'ordinal not in range(128)';
        if (name === 'utf-8') {
            [size, reason] = utf8Error(codes, i);
            if (size === 0) {
                const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
                let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
                for (let k = 1; k <= need; k++) cp = (cp << 6) | (codes[i + k] & 63);
                points.push(cp);
                i += need + 1;
                continue;
            }
        } else {
            size = 1;
        }
        if (errors === 'strict') {
            const what = size === 1 ? `byte 0x${hex2(b)} in position ${i}` : `bytes in position ${i}-${i + size - 1}`;
            const e = UnicodeDecodeError(`'${name}' codec can't decode ${what}: ${reason}`, new Error());
            Object.assign(e, {encoding: name, start: i, end: i + size, reason});
            throw e;
        }
        if (errors === 'replace') points.push(0xfffd);
        else if (errors === 'backslashreplace') {
            for (let k = i; k < i + size; k++) for (const c of '\\x' + hex2(codes[k])) points.push(c.charCodeAt(0));
        } else if (errors !== 'ignore') throw unknownHandler(errors);
        i += size;
    }
    let out = '';
    for (let i = 0; i < points.length; i += 8192) out += String.fromCodePoint.apply(null, points.slice(i, i + 8192));
    return out;
}

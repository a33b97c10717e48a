// repr() and ascii() of str: CPython's choice of quotes and its escapes (\n, \x00, \u200b,
// \U0001f600 for what Unicode does not print).
import {repr} from '../org.transcrypt.__runtime__.js';

function escape(c, code) {
    if (code < 0x100) return '\\x' + code.toString(16).padStart(2, '0');
    if (code < 0x10000) return '\\u' + code.toString(16).padStart(4, '0');
    return '\\U' + code.toString(16).padStart(8, '0');
}

/** `repr(s)`: CPython's quotes and escapes (non-printable characters as \x.., \u.., \U........). */
export function strRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    if (/^[ !#-&(-\[\]-~]*$/.test(s)) return quote + s + quote;  // printable ASCII, no quote or backslash
    let out = quote;
    for (const c of s) {
        const code = c.codePointAt(0);
        if (c === quote || c === '\\') out += '\\' + c;
        else if (c === '\n') out += '\\n';
        else if (c === '\r') out += '\\r';
        else if (c === '\t') out += '\\t';
        else if (code < 0x20 || code === 0x7f) out += escape(c, code);
        else if (code < 0x7f || /^(?:[^\p{C}\p{Z}]| )$/u.test(c)) out += c;
        else out += escape(c, code);
    }
    return out + quote;
}

String.prototype.__repr__ = function () { return strRepr(String(this)); };

/** `ascii(x)`: repr(x) with every non-ASCII character escaped. */
export function _pm_ascii(x) {
    return repr(x).replace(/[^\x00-\x7f]/gu, (c) => escape(c, c.codePointAt(0)));
}

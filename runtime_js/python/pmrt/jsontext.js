// JSON text for pyminis/stdlib/json.py: CPython's scanner (Modules/_json.c, which json.loads
// uses) read for read, with its error messages and positions, and string escaping as
// json.dumps writes it. Values are made through the hooks json.py passes, so dicts, floats and
// ints are the compiled game's own.
import {tuple} from '../org.transcrypt.__runtime__.js';
import {_pm_box} from './numbers.js';

/**
 * @typedef {object} Hooks what json.py makes values with
 * @property {function(Array): *} make_object a dict (or object_hook's value) from [key, value] tuples
 * @property {function(string): *} make_float parse_float
 * @property {function(string): *} make_int parse_int
 * @property {function(string): *} make_constant parse_constant ('NaN', 'Infinity', '-Infinity')
 * @property {function(string, number): never} error raises JSONDecodeError(message, position)
 * @property {?function} parse_float, parse_int the author's, or null: numbers are made here
 */

const WHITESPACE = ' \t\n\r';

/** @param {string} text @param {number} at @returns {number} the first non-whitespace index */
function skip(text, at) {
    while (at < text.length && WHITESPACE.includes(text[at])) at++;
    return at;
}

/**
 * `json.loads(text)` with `hooks`: the value, or the hooks' error at CPython's position
 * (counted in code points, as Python indexes strings).
 * @param {string} text @param {Hooks} hooks @returns {*}
 */
export function _pm_json_loads(text, hooks) {
    const scanner = new Scanner(text, hooks);
    const [value, end] = scanner.value(skip(text, 0));
    const rest = skip(text, end);
    if (rest !== text.length) scanner.fail('Extra data', rest);
    return value;
}

/** `JSONDecoder.raw_decode(text, idx)`: [value, end]. */
export function _pm_json_raw_decode(text, at, hooks) {
    return new Scanner(text, hooks).value(at);
}

class Scanner {
    constructor(text, hooks) {
        this.text = text;
        this.hooks = hooks;
    }

    /** Raise JSONDecodeError at UTF-16 index `at` (Python counts an astral character once). */
    fail(message, at) {
        let pairs = 0;
        for (let i = 0; i < at - 1; i++) {
            const c = this.text.charCodeAt(i);
            if (c >= 0xd800 && c <= 0xdbff && (this.text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { pairs++; i++; }
        }
        this.hooks.error(message, at - pairs);
    }

    /** scan_once: the value at `at` and where it ends; "Expecting value" when there is none. */
    value(at) {
        const text = this.text;
        if (at >= text.length) this.fail('Expecting value', at);
        const c = text[at];
        if (c === '"') return this.string(at + 1);
        if (c === '{') return this.object(at + 1);
        if (c === '[') return this.array(at + 1);
        if (c === 'n' && text.startsWith('null', at)) return [null, at + 4];
        if (c === 't' && text.startsWith('true', at)) return [true, at + 4];
        if (c === 'f' && text.startsWith('false', at)) return [false, at + 5];
        if (c === 'N' && text.startsWith('NaN', at)) return [this.hooks.make_constant('NaN'), at + 3];
        if (c === 'I' && text.startsWith('Infinity', at)) return [this.hooks.make_constant('Infinity'), at + 8];
        if (c === '-' && text.startsWith('-Infinity', at)) return [this.hooks.make_constant('-Infinity'), at + 9];
        return this.number(at);
    }

    number(start) {
        const text = this.text;
        let at = start;
        const digit = (i) => i < text.length && text[i] >= '0' && text[i] <= '9';
        if (text[at] === '-') at++;
        if (digit(at) && text[at] !== '0') {
            while (digit(at)) at++;
        } else if (text[at] === '0') {
            at++;
        } else {
            this.fail('Expecting value', start);
        }
        let isFloat = false;
        if (text[at] === '.' && digit(at + 1)) {
            isFloat = true;
            at += 2;
            while (digit(at)) at++;
        }
        if (text[at] === 'e' || text[at] === 'E') {
            const eStart = at;
            at++;
            if (text[at] === '-' || text[at] === '+') at++;
            if (digit(at)) {
                isFloat = true;
                while (digit(at)) at++;
            } else {
                at = eStart;
            }
        }
        const literal = text.slice(start, at);
        const hooks = this.hooks;
        if (isFloat) return [hooks.parse_float === null ? _pm_box(Number(literal)) : hooks.make_float(literal), at];
        // Up to 15 digits a JS number is the int exactly (the value model's int); longer ones
        // go through int() (a BigInt beyond 2**53).
        return [hooks.parse_int === null && at - start <= 15 ? Number(literal) || 0 : hooks.make_int(literal), at];
    }

    string(at) {
        const text = this.text;
        const begin = at - 1;
        let out = '';
        for (;;) {
            let chunk = at;
            while (chunk < text.length) {
                const code = text.charCodeAt(chunk);
                if (code === 34 || code === 92 || code < 0x20) break;  // " \ control
                chunk++;
            }
            out += text.slice(at, chunk);
            at = chunk;
            if (at >= text.length) this.fail('Unterminated string starting at', begin);
            const c = text[at];
            if (c === '"') return [out, at + 1];
            if (c !== '\\') this.fail('Invalid control character at', at);
            at++;
            if (at >= text.length) this.fail('Unterminated string starting at', begin);
            const e = text[at];
            if (e !== 'u') {
                const simple = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}[e];
                if (simple === undefined) this.fail('Invalid \\escape', at - 1);
                out += simple;
                at++;
                continue;
            }
            let unit = this.hex4(at);
            at += 5;
            if (unit >= 0xd800 && unit <= 0xdbff && text[at] === '\\' && text[at + 1] === 'u') {
                const low = this.hex4(at + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    out += String.fromCharCode(unit, low);
                    at += 6;
                    continue;
                }
            }
            out += String.fromCharCode(unit);
        }
    }

    /** The four hex digits after the `u` at `at`, or "Invalid \uXXXX escape" there. */
    hex4(at) {
        const digits = this.text.slice(at + 1, at + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail('Invalid \\uXXXX escape', at);
        return parseInt(digits, 16);
    }

    object(at) {
        const text = this.text;
        const pairs = [];
        at = skip(text, at);
        if (at >= text.length || text[at] !== '}') {
            for (;;) {
                if (at >= text.length || text[at] !== '"') this.fail('Expecting property name enclosed in double quotes', at);
                const [key, afterKey] = this.string(at + 1);
                at = skip(text, afterKey);
                if (at >= text.length || text[at] !== ':') this.fail("Expecting ':' delimiter", at);
                const [value, afterValue] = this.value(skip(text, at + 1));
                pairs.push(tuple([key, value]));
                at = skip(text, afterValue);
                if (at < text.length && text[at] === '}') break;
                if (at >= text.length || text[at] !== ',') this.fail("Expecting ',' delimiter", at);
                at = skip(text, at + 1);
            }
        }
        return [this.hooks.make_object(pairs), at + 1];
    }

    array(at) {
        const text = this.text;
        const items = [];
        at = skip(text, at);
        if (at >= text.length || text[at] !== ']') {
            for (;;) {
                const [value, after] = this.value(at);
                items.push(value);
                at = skip(text, after);
                if (at < text.length && text[at] === ']') break;
                if (at >= text.length || text[at] !== ',') this.fail("Expecting ',' delimiter", at);
                at = skip(text, at + 1);
            }
        }
        return [items, at + 1];
    }
}

/**
 * A str as json.dumps writes it: JSON.stringify's escapes are CPython's (`\"`, `\\`, `\n`,
 * `\u001f`…); with `ascii`, every character past `~` too, as `\uXXXX` (astral ones as
 * surrogate pairs, as CPython writes them).
 * @param {string} s @param {boolean} ascii @returns {string}
 */
export function _pm_json_str(s, ascii) {
    const text = JSON.stringify(typeof s === 'string' ? s : s.valueOf());  // a `(str, Enum)` member: its value
    if (!ascii) return text;
    return text.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

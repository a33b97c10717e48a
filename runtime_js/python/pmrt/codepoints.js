// Python's str counts code points; JavaScript's counts UTF-16 units, two for a character outside
// the Basic Multilingual Plane (an emoji: `len("😀")` is 1 in Python, `"😀".length` 2 here).
// These give Python's lengths and positions. A string holding no surrogate (nearly every
// string a game shows) takes JavaScript's native path after one regular-expression test.

const SURROGATE = /[\uD800-\uDFFF]/;

/** @param {string} s @returns {boolean} whether `s` holds a UTF-16 surrogate (a wide character) */
export function isWide(s) {
    return SURROGATE.test(s);
}

let lastText = '';
let lastChars = [];

/**
 * The characters (code points) of `s`, cached for the last string asked, so indexing a wide
 * string in a loop splits it once. Callers must not change the array.
 * @param {string} s @returns {string[]}
 */
export function charsOf(s) {
    if (s !== lastText) {
        lastChars = Array.from(s);
        lastText = s;
    }
    return lastChars;
}

/** `len(s)` @param {string} s @returns {number} */
export function strLen(s) {
    return SURROGATE.test(s) ? charsOf(s).length : s.length;
}

/**
 * The UTF-16 offset of character `i` (0 <= i <= len) of a wide string.
 * @param {string} s @param {number} i @returns {number}
 */
export function unitOffset(s, i) {
    return charsOf(s).slice(0, i).join('').length;
}

/**
 * The character index of UTF-16 offset `u` in `s` (at a character's start).
 * @param {string} s @param {number} u @returns {number}
 */
export function charIndex(s, u) {
    return SURROGATE.test(s) ? Array.from(s.slice(0, u)).length : u;
}

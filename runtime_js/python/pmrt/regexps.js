// Running a pattern of pyminis' `re` (pyminis/stdlib/re/): its translation (re/_parser.py) on
// JavaScript's RegExp, with positions in characters as Python counts them.
import {isWide, charsOf, unitOffset} from './codepoints.js';

// How a pattern is tried: from a position on (search), only there (match), only there and to
// the end (fullmatch).
const SEARCH = 0, MATCH = 1, FULL = 2;

function regExp(pattern, mode) {
    const key = '_pm_rx' + mode;
    let rx = pattern[key];
    if (rx === undefined) {
        const source = mode === FULL ? '(?:' + pattern._source + ')(?![\\s\\S])' : pattern._source;
        // Group spans need the `d` flag (ES2022); a pattern without groups does without it.
        const flags = pattern._jsflags + (mode === SEARCH ? 'gu' : 'yu') + (pattern._group_js.length > 1 ? 'd' : '');
        rx = new RegExp(source, flags);
        Object.defineProperty(pattern, key, {value: rx, writable: true});
    }
    return rx;
}

/**
 * The match of `pattern` (a `re.Pattern`) in `s` from character `pos`, `s` read up to
 * character `endpos`: [start, end] of every group (group 0 first, -1 where a group took no
 * part), or null.
 * @param {*} pattern @param {string} s @param {number} pos @param {number} endpos
 * @param {number} mode @returns {number[]|null}
 */
export function _pm_re_exec(pattern, s, pos, endpos, mode) {
    const wide = isWide(s);
    if (wide) {
        const chars = charsOf(s);
        if (endpos < chars.length) s = chars.slice(0, endpos).join('');
    } else if (endpos < s.length) {
        s = s.slice(0, endpos);
    }
    const rx = regExp(pattern, mode);
    rx.lastIndex = wide ? unitOffset(s, pos) : pos;
    const m = rx.exec(s);
    if (m === null) return null;
    const spans = [];
    const at = wide ? (u) => Array.from(s.slice(0, u)).length : (u) => u;
    for (const j of pattern._group_js) {
        const span = j === 0 ? [m.index, m.index + m[0].length] : m.indices[j];
        if (span === undefined) spans.push(-1, -1);
        else spans.push(at(span[0]), at(span[1]));
    }
    return spans;
}

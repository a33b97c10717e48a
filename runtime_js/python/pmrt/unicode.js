// CPython 3.11's Unicode rules for str where JavaScript has none of its own: digits and numerics
// beyond `\p{Nd}`/`\p{N}`, title case (not upper case: `"ǆ".title()` is "ǅ", `"ß".title()` "Ss"),
// case folding, whitespace, line boundaries, the final sigma. Tables are derived from CPython's
// unicodedata (tests/guard/test_strings_unicode.py compares every code point under node).
// Characters assigned after Unicode 14 (CPython 3.11's database) follow the device's Unicode.

// isdigit() beyond \p{Nd}: Numeric_Type=Digit (superscripts, circled digits), as a class body.
export const DIGIT_EXTRA = '\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}';
// isnumeric() beyond \p{N}: ideographs with a numeric value ('\u4e00' is one).
export const NUMERIC_EXTRA = '\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf-\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe-\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}';

// Mappings as [first code point, count - 1, delta] runs of single characters, then pairs
// "character + mapping" joined by '|' for mappings longer than one character.
const TITLE_RUNS = [0x1c4, 0, 1, 0x1c5, 0, 0, 0x1c6, 0, -1, 0x1c7, 0, 1, 0x1c8, 0, 0, 0x1c9, 0, -1, 0x1ca, 0, 1, 0x1cb, 0, 0, 0x1cc, 0, -1, 0x1f1, 0, 1, 0x1f2, 0, 0, 0x1f3, 0, -1, 0x10d0, 42, 0, 0x10fd, 2, 0, 0x1f80, 7, 8, 0x1f88, 7, 0, 0x1f90, 7, 8, 0x1f98, 7, 0, 0x1fa0, 7, 8, 0x1fa8, 7, 0, 0x1fb3, 0, 9, 0x1fbc, 0, 0, 0x1fc3, 0, 9, 0x1fcc, 0, 0, 0x1ff3, 0, 9, 0x1ffc, 0, 0];
const TITLE_MULTI = '\u00dfSs|\u0587\u0535\u0582|\u1fb2\u1fba\u0345|\u1fb4\u0386\u0345|\u1fb7\u0391\u0342\u0345|\u1fc2\u1fca\u0345|\u1fc4\u0389\u0345|\u1fc7\u0397\u0342\u0345|\u1ff2\u1ffa\u0345|\u1ff4\u038f\u0345|\u1ff7\u03a9\u0342\u0345|\ufb00Ff|\ufb01Fi|\ufb02Fl|\ufb03Ffi|\ufb04Ffl|\ufb05St|\ufb06St|\ufb13\u0544\u0576|\ufb14\u0544\u0565|\ufb15\u0544\u056b|\ufb16\u054e\u0576|\ufb17\u0544\u056d';
const FOLD_RUNS = [0xb5, 0, 775, 0x17f, 0, -268, 0x345, 0, 116, 0x3c2, 0, 1, 0x3d0, 0, -30, 0x3d1, 0, -25, 0x3d5, 0, -15, 0x3d6, 0, -22, 0x3f0, 0, -54, 0x3f1, 0, -48, 0x3f5, 0, -64, 0x13a0, 85, 0, 0x13f8, 5, -8, 0x1c80, 0, -6222, 0x1c81, 0, -6221, 0x1c82, 0, -6212, 0x1c83, 1, -6210, 0x1c85, 0, -6211, 0x1c86, 0, -6204, 0x1c87, 0, -6180, 0x1c88, 0, 35267, 0x1e9b, 0, -58, 0x1fbe, 0, -7173, 0xab70, 79, -38864];
const FOLD_MULTI = '\u00dfss|\u0149\u02bcn|\u01f0j\u030c|\u0390\u03b9\u0308\u0301|\u03b0\u03c5\u0308\u0301|\u0587\u0565\u0582|\u1e96h\u0331|\u1e97t\u0308|\u1e98w\u030a|\u1e99y\u030a|\u1e9aa\u02be|\u1e9ess|\u1f50\u03c5\u0313|\u1f52\u03c5\u0313\u0300|\u1f54\u03c5\u0313\u0301|\u1f56\u03c5\u0313\u0342|\u1f80\u1f00\u03b9|\u1f81\u1f01\u03b9|\u1f82\u1f02\u03b9|\u1f83\u1f03\u03b9|\u1f84\u1f04\u03b9|\u1f85\u1f05\u03b9|\u1f86\u1f06\u03b9|\u1f87\u1f07\u03b9|\u1f88\u1f00\u03b9|\u1f89\u1f01\u03b9|\u1f8a\u1f02\u03b9|\u1f8b\u1f03\u03b9|\u1f8c\u1f04\u03b9|\u1f8d\u1f05\u03b9|\u1f8e\u1f06\u03b9|\u1f8f\u1f07\u03b9|\u1f90\u1f20\u03b9|\u1f91\u1f21\u03b9|\u1f92\u1f22\u03b9|\u1f93\u1f23\u03b9|\u1f94\u1f24\u03b9|\u1f95\u1f25\u03b9|\u1f96\u1f26\u03b9|\u1f97\u1f27\u03b9|\u1f98\u1f20\u03b9|\u1f99\u1f21\u03b9|\u1f9a\u1f22\u03b9|\u1f9b\u1f23\u03b9|\u1f9c\u1f24\u03b9|\u1f9d\u1f25\u03b9|\u1f9e\u1f26\u03b9|\u1f9f\u1f27\u03b9|\u1fa0\u1f60\u03b9|\u1fa1\u1f61\u03b9|\u1fa2\u1f62\u03b9|\u1fa3\u1f63\u03b9|\u1fa4\u1f64\u03b9|\u1fa5\u1f65\u03b9|\u1fa6\u1f66\u03b9|\u1fa7\u1f67\u03b9|\u1fa8\u1f60\u03b9|\u1fa9\u1f61\u03b9|\u1faa\u1f62\u03b9|\u1fab\u1f63\u03b9|\u1fac\u1f64\u03b9|\u1fad\u1f65\u03b9|\u1fae\u1f66\u03b9|\u1faf\u1f67\u03b9|\u1fb2\u1f70\u03b9|\u1fb3\u03b1\u03b9|\u1fb4\u03ac\u03b9|\u1fb6\u03b1\u0342|\u1fb7\u03b1\u0342\u03b9|\u1fbc\u03b1\u03b9|\u1fc2\u1f74\u03b9|\u1fc3\u03b7\u03b9|\u1fc4\u03ae\u03b9|\u1fc6\u03b7\u0342|\u1fc7\u03b7\u0342\u03b9|\u1fcc\u03b7\u03b9|\u1fd2\u03b9\u0308\u0300|\u1fd3\u03b9\u0308\u0301|\u1fd6\u03b9\u0342|\u1fd7\u03b9\u0308\u0342|\u1fe2\u03c5\u0308\u0300|\u1fe3\u03c5\u0308\u0301|\u1fe4\u03c1\u0313|\u1fe6\u03c5\u0342|\u1fe7\u03c5\u0308\u0342|\u1ff2\u1f7c\u03b9|\u1ff3\u03c9\u03b9|\u1ff4\u03ce\u03b9|\u1ff6\u03c9\u0342|\u1ff7\u03c9\u0342\u03b9|\u1ffc\u03c9\u03b9|\ufb00ff|\ufb01fi|\ufb02fl|\ufb03ffi|\ufb04ffl|\ufb05st|\ufb06st|\ufb13\u0574\u0576|\ufb14\u0574\u0565|\ufb15\u0574\u056b|\ufb16\u057e\u0576|\ufb17\u0574\u056d';

/** @param {number[]} runs @param {string} multi @returns {Map<string, string>} */
function table(runs, multi) {
    const map = new Map();
    for (let i = 0; i < runs.length; i += 3) {
        for (let c = runs[i]; c <= runs[i] + runs[i + 1]; c++) map.set(String.fromCodePoint(c), String.fromCodePoint(c + runs[i + 2]));
    }
    for (const pair of multi.split('|')) {
        const key = String.fromCodePoint(pair.codePointAt(0));
        map.set(key, pair.slice(key.length));
    }
    return map;
}

let titles = null;
/** The title case of one character (its upper case unless the table says otherwise). */
export function titleChar(c) {
    if (c < '\u00df') return c.toUpperCase();
    titles = titles || table(TITLE_RUNS, TITLE_MULTI);
    const t = titles.get(c);
    return t === undefined ? c.toUpperCase() : t;
}

let folds = null;
/** `str.casefold()` */
export function casefold(s) {
    if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
    folds = folds || table(FOLD_RUNS, FOLD_MULTI);
    let out = '';
    for (const c of s) {
        const f = folds.get(c);
        out += f === undefined ? c.toLowerCase() : f;
    }
    return out;
}

/** Python's whitespace (str.isspace, split(), strip()): JS's `\s` lacks \x1c-\x1f and \x85 and has \ufeff. */
export function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || (c > 0x84 && (c === 0x85 || c === 0xa0
        || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
        || c === 0x205f || c === 0x3000));
}

/** A line boundary of str.splitlines (\n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029). */
export function isLineBreak(c) {
    return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** @param {string} c one character @returns {boolean} Unicode's Cased property */
export function isCased(c) {
    return c < '\u0080' ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : /\p{Cased}/u.test(c);
}

/** @param {string} c @returns {boolean} Unicode's Uppercase property (CPython's isupper per character) */
export function isUpperChar(c) {
    return c < '\u0080' ? c >= 'A' && c <= 'Z' : /\p{Uppercase}/u.test(c);
}

/** @param {string} c @returns {boolean} Unicode's Lowercase property */
export function isLowerChar(c) {
    return c < '\u0080' ? c >= 'a' && c <= 'z' : /\p{Lowercase}/u.test(c);
}

/** @param {string} c @returns {boolean} a title-case letter (category Lt: 'ǅ') */
export function isTitleChar(c) {
    return c >= '\u01c5' && /\p{Lt}/u.test(c);
}

/**
 * The lower case of the character `c` at UTF-16 offset `at` of `s`: a capital sigma that ends a
 * word becomes 'ς' (CPython's handle_capital_sigma), else 'σ'.
 * @param {string} s @param {number} at @param {string} c @returns {string}
 */
export function lowerAt(s, at, c) {
    if (c !== '\u03a3') return c.toLowerCase();
    const ignorable = /\p{Case_Ignorable}/u;
    let j = at;
    while (j > 0) {
        let k = j - 1;
        if (k > 0 && (s.charCodeAt(k) & 0xFC00) === 0xDC00 && (s.charCodeAt(k - 1) & 0xFC00) === 0xD800) k--;
        const before = s.slice(k, j);
        if (!ignorable.test(before)) {
            if (!isCased(before)) return '\u03c3';
            for (const after of s.slice(at + 1)) {
                if (!ignorable.test(after)) return isCased(after) ? '\u03c3' : '\u03c2';
            }
            return '\u03c2';
        }
        j = k;
    }
    return '\u03c3';
}

// str.format and str.format_map: replacement fields `{name!conversion:spec}` parsed as CPython
// does (auto and manual numbering, `.attr` and `[key]`, nested fields in specs, `{{`), each value
// formatted by specs.js (`_pm_fmt`). Prunable like strings.js (pyminis/compile/prune.py).
import {IndexError, KeyError, ValueError, repr, str} from '../org.transcrypt.__runtime__.js';
import {isKeywords, jsName, keywordMap} from './keywords.js';
import {_pm_ascii} from './quoting.js';
import {_pm_fmt} from './specs.js';
import {_pm_getattr} from './calls.js';
import {_pm_gi} from './items.js';

/** One replacement field's value: `0`, `name`, `0.attr`, `name[key]`, `[0]`… */
function fieldValue(name, state) {
    let end = 0;
    while (end < name.length && name[end] !== '.' && name[end] !== '[') end++;
    const first = name.slice(0, end);
    let value;
    if (first === '' || /^[0-9]+$/.test(first)) {
        if (state.mapping !== undefined) throw ValueError('Format string contains positional fields', new Error());
        let index;
        if (first === '') {
            if (state.manual) throw ValueError('cannot switch from manual field specification to automatic field numbering', new Error());
            state.auto = true;
            index = state.next++;
        } else {
            if (state.auto) throw ValueError('cannot switch from automatic field numbering to manual field specification', new Error());
            state.manual = true;
            index = +first;
        }
        if (index >= state.args.length) {
            throw IndexError(`Replacement index ${index} out of range for positional args tuple`, new Error());
        }
        value = state.args[index];
    } else if (state.mapping !== undefined) {
        value = _pm_gi(state.mapping, first);
    } else {
        if (!state.keywords || !state.keywords.has(first)) throw KeyError(first, new Error());
        value = state.keywords.get(first);
    }
    let i = end;
    while (i < name.length) {
        if (name[i] === '.') {
            let j = i + 1;
            while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
            const attr = name.slice(i + 1, j);
            if (!attr) throw ValueError('Empty attribute in format string', new Error());
            value = _pm_getattr(value, jsName(attr));
            i = j;
        } else if (name[i] === '[') {
            const j = name.indexOf(']', i);
            if (j < 0) throw ValueError("Missing ']' in format string", new Error());
            const key = name.slice(i + 1, j);
            if (!key) throw ValueError('Empty attribute in format string', new Error());
            value = _pm_gi(value, /^[0-9]+$/.test(key) ? +key : key);
            i = j + 1;
            if (i < name.length && name[i] !== '.' && name[i] !== '[') {
                throw ValueError("Only '.' or '[' may follow ']' in format field specifier", new Error());
            }
        }
    }
    return value;
}

/** Render a format string: literal text, `{{`/`}}`, and fields `{name!conversion:spec}`. */
function render(text, state, depth) {
    if (depth > 2) throw ValueError('Max string recursion exceeded', new Error());
    let out = '';
    const n = text.length;
    let i = 0;
    while (i < n) {
        const open = text.indexOf('{', i), close = text.indexOf('}', i);
        const at = open < 0 ? close : close < 0 ? open : Math.min(open, close);
        if (at < 0) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, at);
        if (text[at] === '}') {
            if (text[at + 1] !== '}') throw ValueError("Single '}' encountered in format string", new Error());
            out += '}';
            i = at + 2;
            continue;
        }
        if (text[at + 1] === '{') {
            out += '{';
            i = at + 2;
            continue;
        }
        if (at + 1 >= n) throw ValueError("Single '{' encountered in format string", new Error());
        // The field runs to its matching '}' (specs may nest fields: `{:{width}}`).
        let j = at + 1, level = 1, bracket = false;
        for (; j < n; j++) {
            const c = text[j];
            if (bracket) {
                if (c === ']') bracket = false;
            } else if (c === '[') {
                bracket = true;
            } else if (c === '{') {
                level++;
            } else if (c === '}' && --level === 0) {
                break;
            }
        }
        if (j >= n) throw ValueError("expected '}' before end of string", new Error());
        out += field(text.slice(at + 1, j), state, depth);
        i = j + 1;
    }
    return out;
}

function field(body, state, depth) {
    let k = 0, bracket = false;
    for (; k < body.length; k++) {
        const c = body[k];
        if (bracket) {
            if (c === ']') bracket = false;
        } else if (c === '[') {
            bracket = true;
        } else if (c === ':' || c === '!') {
            break;
        } else if (c === '{') {
            throw ValueError("unexpected '{' in field name", new Error());
        }
    }
    let value = fieldValue(body.slice(0, k), state);
    let spec = '';
    if (body[k] === '!') {
        const conversion = body[k + 1];
        if (k + 2 < body.length && body[k + 2] !== ':') throw ValueError("expected ':' after conversion specifier", new Error());
        if (conversion === undefined) throw ValueError('end of string while looking for conversion specifier', new Error());
        if (conversion === 'r') value = repr(value);
        else if (conversion === 's') value = str(value);
        else if (conversion === 'a') value = _pm_ascii(value);
        else throw ValueError(`Unknown conversion specifier ${conversion}`, new Error());
        spec = body.slice(k + 3);
    } else if (body[k] === ':') {
        spec = body.slice(k + 1);
    }
    if (spec.includes('{')) spec = render(spec, state, depth + 1);
    return _pm_fmt(value, spec);
}

String.prototype.format = function (...args) {
    const keywords = isKeywords(args[args.length - 1]) ? keywordMap(args.pop()) : null;
    return render(String(this), {args, keywords, mapping: undefined, next: 0, auto: false, manual: false}, 0);
};

String.prototype.format_map = function (mapping) {
    return render(String(this), {args: [], keywords: null, mapping, next: 0, auto: false, manual: false}, 0);
};

String.prototype.__format__ = function (spec) { return _pm_fmt(String(this), spec); };


// The numeric builtins as values: what `int`, `float`, `abs`, `round`, `divmod`, `pow`, `hex`,
// `oct` and `bin` are when a program passes, stores or calls them through a name
// (`map(float, xs)`, `defaultdict(float)`, `partial(int, base=2)`, `{"i": int}[k](s)`).
//
// Transcrypt's runtime functions of these names (`float` giving an integral value as an int,
// `int` ignoring its base) become these (pyminis/guard/runtime_fixes.py), so the value is the
// function a direct call reaches, with CPython's results: a call written `float(x)` goes to
// `_pm_float` (a raw number the guard boxes where it must), a call through a value comes here
// and gets a tagged result (pmrt/numbers.js), with its keyword arguments bound as CPython binds
// them (`int("ff", base=16)`). The runtime imports this module: it uses the runtime's bindings
// only inside functions.
import {py_TypeError} from '../org.transcrypt.__runtime__.js';
import {_pm_box} from './numbers.js';
import {_pm_int, _pm_float, _pm_round, _pm_divmod, _pm_hex, _pm_oct, _pm_bin} from './conversions.js';
import {_pm_abs, _pm_pow} from './arith.js';
import {isKeywords, keywordMap} from './keywords.js';

/**
 * A builtin's arguments as CPython binds them: `names` are its parameters, the first
 * `positional` of them positional-only, `required` of them needed.
 * @returns {Array<*>} one value per name (undefined: not given)
 */
function bind(fn, names, positional, required, args) {
    const values = Array.prototype.slice.call(args);
    const keywords = values.length && isKeywords(values[values.length - 1]) ? keywordMap(values.pop()) : new Map();
    if (values.length > names.length) {
        throw py_TypeError(`${fn}() takes at most ${names.length} argument${names.length > 1 ? 's' : ''} (${values.length} given)`, new Error());
    }
    for (const [key, value] of keywords) {
        const at = names.indexOf(key);
        if (positional === names.length) throw py_TypeError(`${fn}() takes no keyword arguments`, new Error());
        if (at < positional) throw py_TypeError(`'${key}' is an invalid keyword argument for ${fn}()`, new Error());
        if (at < values.length && values[at] !== undefined) {
            throw py_TypeError(`argument for ${fn}() given by name ('${key}') and position (${at + 1})`, new Error());
        }
        values[at] = value;
    }
    for (let i = 0; i < required; i++) {
        if (values[i] === undefined) {
            throw py_TypeError(`${fn}() missing required argument '${names[i]}' (pos ${i + 1})`, new Error());
        }
    }
    return values;
}

/** `float` as a value: a tagged float (an integral one is a PyFloat). */
export function floatCall() {
    const [x] = bind('float', ['x'], 1, 0, arguments);
    return x === undefined ? _pm_box(0) : _pm_box(_pm_float(x));
}

/** `int` as a value: `int()`, `int(x)`, `int(s, base)` with `base=` by name too. */
export function intCall() {
    const [x, base] = bind('int', ['x', 'base'], 1, 0, arguments);
    if (x === undefined) {
        if (base !== undefined) throw py_TypeError('int() missing string argument', new Error());
        return 0;
    }
    return _pm_int(x, base);
}

export function absCall() { return _pm_abs(...bind('abs', ['x'], 1, 1, arguments)); }
export function roundCall() { return _pm_round(...bind('round', ['number', 'ndigits'], 0, 1, arguments)); }
export function divmodCall() { return _pm_divmod(...bind('divmod', ['x', 'y'], 2, 2, arguments)); }
export function powCall() { return _pm_pow(...bind('pow', ['base', 'exp', 'mod'], 0, 2, arguments)); }
export function hexCall() { return _pm_hex(...bind('hex', ['number'], 1, 1, arguments)); }
export function octCall() { return _pm_oct(...bind('oct', ['number'], 1, 1, arguments)); }
export function binCall() { return _pm_bin(...bind('bin', ['number'], 1, 1, arguments)); }

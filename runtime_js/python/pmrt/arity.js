// CPython's TypeError for a call that does not fit the function's parameters (too many or too
// few positional arguments, an unexpected keyword, a value given twice). JavaScript fills a
// missing parameter with undefined and drops extra arguments; the compiled function tests its
// argument count in one comparison (pyminis/guard/transcrypt_arity.py) and calls this only
// when that test fails or keywords came, so a call that fits costs nothing more.
import {py_TypeError} from '../org.transcrypt.__runtime__.js';
import {hasOwn} from './shared.js';

/**
 * Check a call against a signature; throw CPython's TypeError when it does not fit.
 * @param {number} count the JavaScript argument count (arguments.length)
 * @param {*} last the last argument: Transcrypt's keyword transfer object when keywords came
 * @param {string} qualname @param {number} skipped 1 when a method's `self` came as `this`
 *   (not counted in `count`) @param {string[]} names the positional parameters, `self` too
 * @param {number} required how many of them have no default
 * @param {number} [posonly] @param {number} [varargs] 1 with `*args`
 * @param {string[]} [kwonly] @param {string[]} [kwRequired] keyword-only, without default
 * @param {number} [varkw] 1 with `**kwargs`
 */
export function _pm_argerr(count, last, qualname, skipped, names, required, posonly = 0, varargs = 0,
    kwonly = [], kwRequired = [], varkw = 0) {
    let named = [];
    if (count && last !== null && typeof last == 'object' && hasOwn.call(last, '__kwargtrans__')) {
        named = Object.keys(last).filter((k) => k != '__kwargtrans__' && k != 'constructor');  // its markers
        count--;
    }
    const given = count + skipped;
    const fail = (text) => {
        throw py_TypeError(qualname + '() ' + text, new Error());
    };
    const s = (n) => n == 1 ? '' : 's';
    for (const key of named) {
        const i = names.indexOf(key);
        if (i >= posonly && i < given) fail(`got multiple values for argument '${key}'`);
        if (i < posonly && !varkw && !kwonly.includes(key)) {  // no parameter takes it
            const early = named.filter((k) => names.indexOf(k) >= 0 && names.indexOf(k) < posonly);
            fail(early.length ? `got some positional-only arguments passed as keyword arguments: '${early.join(', ')}'`
                : `got an unexpected keyword argument '${key}'`);
        }
    }
    const n = names.length;
    if (given > n && !varargs) {
        const kw = kwonly.filter((k) => named.includes(k)).length;
        fail(`takes ${required < n ? `from ${required} to ` : ''}${n} positional argument${s(required < n ? 2 : n)} but ${given}`
            + (kw ? ` positional argument${s(given)} (and ${kw} keyword-only argument${s(kw)})` : '')
            + (given == 1 && !kw ? ' was' : ' were') + ' given');
    }
    // (a keyword of a positional-only name went to **kwargs: that parameter is still missing)
    const positional = names.slice(given, required).filter((k, j) => given + j < posonly || !named.includes(k));
    for (const [missing, kind] of [[positional, 'positional'], [kwRequired.filter((k) => !named.includes(k)), 'keyword-only']]) {
        const q = missing.map((k) => `'${k}'`);
        const m = q.length;
        if (m) fail(`missing ${m} required ${kind} argument${s(m)}: ` + (m < 3 ? q.join(' and ') : q.slice(0, -1).join(', ') + ', and ' + q[m - 1]));
    }
}

export {isClass as _pm_isclass} from './shared.js';

/**
 * A plain method called through a class held in a variable (`for C in kinds: C.step(obj, dt)`,
 * `cls.f(self)`): JavaScript ran it with the class as `this`. Each plain method of the game
 * tests that in its first line and comes here: CPython's call, self the first argument.
 * @param {Function} cls @param {string} key the method's property @param {IArguments} args
 */
export function _pm_unbound(cls, key, args) {
    const method = cls[key];
    const rest = Array.prototype.slice.call(args, 1);
    const first = args[0];
    if (!args.length || (first !== null && typeof first === 'object' && hasOwn.call(first, '__kwargtrans__'))) {
        let holder = cls;
        while (holder !== null && !hasOwn.call(holder, key)) holder = Object.getPrototypeOf(holder);
        const owner = holder === null ? cls : holder;
        throw py_TypeError(`${owner.__qualname__ ?? owner.__name__}.${key.replace(/^py_/, '')}() missing 1 required positional argument: 'self'`, new Error());
    }
    return method.apply(first, rest);
}

// Special methods of builtin values and types read by name: `key=xs.__getitem__`,
// `reduce(int.__mul__, …)`, `"ab".__len__()`, `map(str.__len__, words)`. Numbers, strings,
// lists and tuples are JavaScript's own values here, which have none of them: the guard sends
// each such read through `_pm_special` (pyminis/guard/rewrite.py BUILTIN_SPECIALS), which gives
// the operation Python's operator or builtin performs. Games that read none ship none of this.
import {py_iter, py_TypeError, float, int, list, tuple, str, repr, dict, set, bool} from '../org.transcrypt.__runtime__.js';
import {_pm_add, _pm_sub, _pm_mul, _pm_fdiv, _pm_mod, _pm_pow, _pm_bor, _pm_band, _pm_bxor, _pm_lshift, _pm_rshift,
    _pm_neg, _pm_pos, _pm_invert, _pm_abs} from './arith.js';
import {_pm_eq, _pm_ne, _pm_lt, _pm_le, _pm_gt, _pm_ge, _pm_in, _pm_truth} from './compare.js';
import {_pm_truediv} from './floats.js';
import {_pm_gi, _pm_si, _pm_di, _pm_len} from './items.js';
import {_pm_hash} from './hashing.js';
import {_pm_isinstance} from './types.js';
import {_pm_bind} from './calls.js';
import {typeName} from './typename.js';
import {PyFloat} from './numbers.js';
import {NotImplemented} from './constants.js';

const binary = (op) => [(a, b) => op(a, b), (a, b) => op(b, a)];
let operations;  // made on first use: a game reading none ships none (no top-level code)
function operationOf(name) {
    if (operations === undefined) {
        operations = {
            __eq__: _pm_eq, __ne__: _pm_ne, __lt__: _pm_lt, __le__: _pm_le, __gt__: _pm_gt, __ge__: _pm_ge,
            __contains__: (o, x) => _pm_in(x, o),
            __getitem__: _pm_gi, __setitem__: (o, k, v) => { _pm_si(o, k, v); return null; },
            __delitem__: (o, k) => { _pm_di(o, k); return null; },
            __len__: _pm_len, __hash__: _pm_hash, __bool__: _pm_truth, __iter__: py_iter,
            __str__: str, __repr__: repr, __int__: int, __float__: float, __index__: int,
            __neg__: _pm_neg, __pos__: _pm_pos, __invert__: _pm_invert, __abs__: _pm_abs,
        };
        for (const [name, op] of Object.entries({add: _pm_add, sub: _pm_sub, mul: _pm_mul, truediv: _pm_truediv,
            floordiv: _pm_fdiv, mod: _pm_mod, pow: _pm_pow, and: _pm_band, or: _pm_bor, xor: _pm_bxor,
            lshift: _pm_lshift, rshift: _pm_rshift})) {
            [operations[`__${name}__`], operations[`__r${name}__`]] = binary(op);
        }
    }
    return operations[name];
}

// What every object has from `object` when its class does not define it.
const OBJECT_DEFAULTS = {
    __str__: (o) => str(o), __repr__: (o) => repr(o), __hash__: (o) => _pm_hash(o),
    __eq__: (o, x) => o === x ? true : NotImplemented, __ne__: (o, x) => o === x ? false : NotImplemented,
};

// The builtin types whose values are JavaScript's own (or the runtime's) here, by type name.
const types = () => ({int, float, bool, str, list, tuple, dict, set});
const UNHASHABLE = new Set(['list', 'dict', 'set']);

/**
 * `o.name` of a special method: for a builtin value, the operation bound to it; for a builtin
 * type, a function taking the value first (CPython's TypeError for a value of another type);
 * anything else reads it as before.
 * @param {*} o @param {string} name @returns {*}
 */
export function _pm_special(o, name) {
    const operation = operationOf(name);
    if (operation !== undefined) {
        const type = Object.values(types()).find((t) => t === o);
        if (type !== undefined && (o[name] === undefined || o[name].__pm_stub)) {
            return function (self, ...args) {
                if (!_pm_isinstance(self, type)) {
                    throw py_TypeError(`descriptor '${name}' requires a '${type.__name__}' object but received a '${typeName(self)}'`, new Error());
                }
                return operation(self, ...args);
            };
        }
        const kind = o === null || o === undefined ? '' : typeName(o);
        if (types()[kind] !== undefined && (typeof o !== 'object' || Array.isArray(o) || o instanceof PyFloat)) {
            if (name === '__hash__' && UNHASHABLE.has(kind)) return null;
            return (...args) => operation(o, ...args);
        }
        const own = o === null || o === undefined ? undefined : o[name];
        if ((own === undefined || own.__pm_stub) && OBJECT_DEFAULTS[name] !== undefined) {
            return (...args) => OBJECT_DEFAULTS[name](o, ...args);  // object's (`obj.__str__()`)
        }
    }
    return _pm_bind(o, name);
}

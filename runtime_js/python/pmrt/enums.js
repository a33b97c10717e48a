// enum as CPython 3.11: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional
// API (`Enum("Color", "RED GREEN")`), lookups by value (`Color(1)`, `_missing_`) and by name
// (`Color["RED"]`), aliases, `__members__`, iteration, `len`, `in`, repr/str/format, members
// with `__init__` (tuple values), and Flag's composites. `from enum import …` is rewritten to
// import from here (pyminis/guard/rewrite.py).
//
// A member is an instance of its class (`Object.create(cls)`); the class-level protocol
// (`len(Color)`, `for c in Color`, `Color["RED"]`, `x in Color`, repr of the class) is defined
// on `Enum` by getters that hand the class its function and a member its own (or none), since
// a member reaches the class's attributes through its prototype.
import {
    KeyError, ValueError, py_TypeError, __PyIterator__, __class__, __in__, dict, float, int, object, py_metatype, repr, str, tuple,
} from '../org.transcrypt.__runtime__.js';
import {hasOwn, isTuple, typeName} from './shared.js';
import {_pm_gi, _pm_len} from './items.js';
import {_pm_eq} from './compare.js';
import {_pm_hash} from './hashing.js';
import {_pm_fmt} from './specs.js';
import {
    _pm_abs, _pm_add, _pm_band, _pm_bor, _pm_bxor, _pm_div, _pm_fdiv, _pm_invert, _pm_lshift, _pm_mod, _pm_mul, _pm_neg, _pm_pow,
    _pm_rshift, _pm_sub,
} from './arith.js';
import {_pm_float, _pm_round} from './conversions.js';

const AUTO = '__pm_auto';
/** `enum.auto()`: its value is chosen when the class is made (`_generate_next_value_`). */
export function auto() { return {[AUTO]: true}; }

const KIND = '__pm_enum_kind';  // on each base: 'enum', 'int', 'str', 'float', 'flag', 'intflag'
// On the hidden base standing for a data type (`class Color(str, Enum)`): members act as the
// value (StrEnum's and IntEnum's methods) but show as an Enum's (str() and format() give
// `Color.RED`), as CPython's mixins do, unlike StrEnum and IntEnum (ReprEnum).
const MIXED = '__pm_enum_mixed';

/** The class-level data of an enum class: members in definition order, names, kind. */
function data(cls) { return hasOwn.call(cls, '__pm_enum') ? cls.__pm_enum : null; }

function isMember(x) { return x !== null && typeof x === 'object' && hasOwn.call(x, '_name_'); }

function kindOf(cls) {
    for (let c = cls; c; c = Object.getPrototypeOf(c)) if (hasOwn.call(c, KIND)) return c[KIND];
    return 'enum';
}

/** Is a member of cls shown as an Enum's (`Color.RED`), not as its value? */
function shownByName(cls) {
    const kind = kindOf(cls);
    return kind === 'enum' || kind === 'flag' || !!cls[MIXED];
}

const isFlag = (kind) => kind === 'flag' || kind === 'intflag';
const isIntLike = (kind) => kind === 'int' || kind === 'intflag';
/** A member's plain value, for arithmetic and comparisons with plain values. */
const plain = (x) => (isMember(x) ? x._value_ : x);

function enumRepr(cls) { return `<${isFlag(kindOf(cls)) ? 'flag' : 'enum'} '${cls.__name__}'>`; }

// ---- making a class --------------------------------------------------------------------------

function generateNext(cls, kind, name, count, last) {
    const custom = cls._generate_next_value_;
    if (typeof custom === 'function' && !custom.__pm_default) {
        // A @staticmethod takes (name, start, count, last_values); written as a plain method (as
        // CPython 3.11 allows) it is compiled to take `name` as `this` and three parameters.
        return custom.length >= 4 ? custom(name, 1, count, last.slice()) : custom.call(name, 1, count, last.slice());
    }
    if (kind === 'str' && !cls[MIXED]) return name.toLowerCase();  // StrEnum's
    if (isFlag(kind)) {
        if (!last.length) return 1;
        const high = Math.max(...last.map((v) => +v));
        return high <= 0 ? 1 : 2 ** Math.floor(Math.log2(high) + 1);
    }
    // CPython 3.11: the largest value so far, plus one.
    return last.length ? last.reduce((a, b) => (b > a ? b : a)) + 1 : 1;
}

function coerce(cls, kind, value) {
    if (cls[MIXED]) {  // the data type made of the value (a tuple's items are its arguments)
        const args = isTuple(value) ? Array.from(value) : [value];
        if (args.length > 1 && (kind !== 'int' || typeof args[1] !== 'number')) {
            throw py_TypeError(kind === 'str' ? 'decoding str is not supported' : kind === 'int'
                ? `'${typeName(args[1])}' object cannot be interpreted as an integer` : `float expected at most 1 argument, got ${args.length}`, new Error());
        }
        return {str, int, float}[kind](...args);
    }
    if (isIntLike(kind)) return int(value);
    if (kind === 'str') {
        if (typeof value !== 'string') throw py_TypeError(`${repr(value)} is not a string`, new Error());
    }
    return value;
}

const EnumMeta = {
    get __metaclass__() { return EnumMeta; },
    __name__: 'EnumType',
    __bases__: [py_metatype],
    __new__: function (meta, name, bases, attribs) {
        const written = bases;
        bases = bases.map((b) => dataTypeBase(b) || b);
        for (const base of bases) {
            const d = data(base);
            if (d && d.members.length) {
                throw py_TypeError(`<${isFlag(kindOf(base)) ? 'flag' : 'enum'} '${name}'> cannot extend ${enumRepr(base)}`, new Error());
            }
        }
        const names = [];
        const body = {};
        const ignore = new Set(Array.isArray(attribs._ignore_) ? attribs._ignore_ : typeof attribs._ignore_ === 'string' ? attribs._ignore_.split(/[\s,]+/) : []);
        for (const key of Object.keys(attribs)) {
            const d = Object.getOwnPropertyDescriptor(attribs, key);
            const member = !key.startsWith('_') && !ignore.has(key) && !d.get && !d.set
                && typeof d.value !== 'function' && !(d.value !== null && typeof d.value === 'object' && d.value.__pm_descriptor);
            if (member) names.push([key, d.value]);
            else if (key !== '_ignore_') Object.defineProperty(body, key, d);
        }
        const cls = py_metatype.__new__(meta, name, bases, body);
        if (written[0] !== bases[0]) showDataType(cls, written);
        const kind = kindOf(cls);
        const members = [], byName = new Map(), aliases = [];
        Object.defineProperty(cls, '__pm_enum', {value: {members, byName, aliases, composites: new Map()}, configurable: true});
        const last = [];
        const init = hasOwn.call(body, '__init__') ? cls.__init__ : null;
        for (const [key, raw] of names) {
            let value = raw !== null && typeof raw === 'object' && AUTO in raw
                ? generateNext(cls, kind, key, members.length, last) : raw;
            last.push(value);  // (as written: `auto()` of a `(str, Enum)` counts 1, 2…)
            value = coerce(cls, kind, value);
            const existing = members.find((m) => _pm_eq(m._value_, value));
            if (existing) {
                aliases.push([key, existing]);
                byName.set(key, existing);
                Object.defineProperty(cls, key, {value: existing, enumerable: true, configurable: true});
                continue;
            }
            const m = makeMember(cls, key, value);
            if (init) init.apply(null, [m].concat(isTuple(value) ? Array.from(value) : [value]));
            members.push(m);
            byName.set(key, m);
            Object.defineProperty(cls, key, {value: m, enumerable: true, configurable: true});
        }
        return cls;
    },
};

function makeMember(cls, name, value) {
    const m = Object.create(cls);
    Object.defineProperty(m, '__class__', {value: cls, enumerable: true});
    Object.defineProperty(m, '_name_', {value: name, writable: true, configurable: true});
    Object.defineProperty(m, '_value_', {value, writable: true, configurable: true});
    return m;
}

/** The canonical members of a Flag class: single bits, in definition order. */
function canonical(cls) {
    return data(cls).members.filter((m) => { const v = +m._value_; return v > 0 && (v & (v - 1)) === 0; });
}

function flagMask(cls) { return data(cls).members.reduce((mask, m) => mask | +m._value_, 0); }

/** A Flag value: its member, or a composite pseudo-member made (and kept) for it. */
function flagOf(cls, value) {
    const d = data(cls);
    const known = d.members.find((m) => +m._value_ === value);
    if (known) return known;
    if (d.composites.has(value)) return d.composites.get(value);
    const kind = kindOf(cls);
    const mask = flagMask(cls);
    if (kind === 'flag' && (value < 0 || (value & ~mask) !== 0)) {
        const bits = Math.max(bitLength(mask), bitLength(value));
        throw ValueError(`${enumRepr(cls)} invalid value ${value}\n    given ${binary(value, bits)}\n  allowed ${binary(mask, bits)}`, new Error());
    }
    if (kind === 'intflag' && value < 0) value = value & mask;
    const parts = canonical(cls).filter((m) => (value & +m._value_) === +m._value_);
    const rest = value & ~parts.reduce((acc, m) => acc | +m._value_, 0);
    const name = parts.length ? parts.map((m) => m._name_).concat(rest ? [String(rest)] : []).join('|') : null;
    const m = makeMember(cls, name, value);
    Object.defineProperty(m, '__pm_composite', {value: true});
    d.composites.set(value, m);
    return m;
}

function bitLength(n) { return n <= 0 ? 0 : Math.floor(Math.log2(n)) + 1; }

/** CPython's enum._bin: '0b0 0111' for 7 in 4 bits. */
function binary(n, bits) {
    const digits = n.toString(2).padStart(bits, '0');
    return `0b0 ${digits}`;
}

/** `Color(value)`: the member (an alias's, a composite Flag), `_missing_`, or ValueError. */
function lookup(cls, value) {
    if (isMember(value) && value.__class__ === cls) return value;
    const d = data(cls);
    const found = d.members.find((m) => _pm_eq(m._value_, value));
    if (found) return found;
    const kind = kindOf(cls);
    if (isFlag(kind) && typeof value === 'number' && Number.isInteger(value)) return flagOf(cls, value);
    const missing = cls._missing_;
    if (typeof missing === 'function' && !missing.__pm_default) {
        const result = missing.call(cls, value);  // a classmethod: `cls` is `this`
        if (result !== null && result !== undefined) return result;
    }
    throw ValueError(`${repr(value)} is not a valid ${cls.__name__}`, new Error());
}

/** The functional API: `Enum("Animal", "ANT BEE")`, a list of names or pairs, or a dict. */
function functional(cls, args) {
    let kw = null;
    const lastArg = args[args.length - 1];
    if (lastArg !== null && typeof lastArg === 'object' && hasOwn.call(lastArg, '__kwargtrans__')) kw = args.pop();
    const name = args[0];
    const spec = args.length > 1 ? args[1] : kw && kw.names;
    const start = kw && kw.start !== undefined ? kw.start : 1;
    const attribs = {};
    const kind = kindOf(cls);
    let entries;
    if (typeof spec === 'string') entries = spec.replace(/,/g, ' ').split(/\s+/).filter((s) => s).map((s) => [s, null]);
    else if (Array.isArray(spec)) entries = spec.map((e) => (typeof e === 'string' ? [e, null] : [e[0], e[1]]));
    else entries = Array.from(spec.py_keys ? spec.py_keys() : Object.keys(spec)).map((k) => [k, spec[k] !== undefined ? spec[k] : spec.__getitem__(k)]);
    entries.forEach(([key, value], i) => {
        attribs[key] = value !== null ? value : kind === 'str' ? key.toLowerCase() : isFlag(kind) ? 2 ** i : start + i;
    });
    return EnumMeta.__new__(EnumMeta, name, [cls], attribs);
}

// ---- the classes -----------------------------------------------------------------------------

const CLASS_PROTOCOL = {
    __len__: (cls) => () => (isFlag(kindOf(cls)) ? canonical(cls) : data(cls) ? data(cls).members : []).length,
    __iter__: (cls) => () => new __PyIterator__(classMembers(cls)),
    __reversed__: (cls) => () => classMembers(cls).slice().reverse(),
    __contains__: (cls) => (x) => {
        if (!isMember(x)) throw py_TypeError(`unsupported operand type(s) for 'in': '${typeName(x)}' and 'EnumType'`, new Error());
        return x.__class__ === cls;
    },
    __getitem__: (cls) => (key) => {
        const d = data(cls);
        if (d && d.byName.has(key)) return d.byName.get(key);
        throw KeyError(key, new Error());
    },
    __repr__: (cls) => () => enumRepr(cls),
    __str__: (cls) => () => enumRepr(cls),
    __bool__: () => () => true,
};

function classMembers(cls) { return isFlag(kindOf(cls)) ? canonical(cls) : data(cls) ? data(cls).members.slice() : []; }

/** Each dunder: the class's function for a class, the member's (or nothing) for a member. */
function dual(target, name, forMember) {
    Object.defineProperty(target, name, {
        get: function () {
            if (hasOwn.call(this, '__class__')) return forMember;  // a member
            return CLASS_PROTOCOL[name](this);
        },
        configurable: true,
    });
}

const memberMethods = {
    __repr__: function () {
        const kind = kindOf(this.__class__);
        const shown = this._name_ === null ? null : this._name_;
        if (shown === null) return `<${this.__class__.__name__}: ${repr(this._value_)}>`;
        return `<${this.__class__.__name__}.${shown}: ${isIntLike(kind) ? this._value_ : repr(this._value_)}>`;
    },
    __str__: function () {
        const kind = kindOf(this.__class__);
        if (!shownByName(this.__class__)) return kind === 'str' ? this._value_ : String(this._value_);
        if (this._name_ === null) return `${this.__class__.__name__}(${this._value_})`;
        return `${this.__class__.__name__}.${this._name_}`;
    },
    __format__: function (spec) {
        if (shownByName(this.__class__)) return _pm_fmt(this.__str__(), spec);
        return _pm_fmt(this._value_, spec);
    },
    __hash__: function () {
        const kind = kindOf(this.__class__);
        return kind === 'enum' || kind === 'flag' ? _pm_hash(this._name_) : _pm_hash(this._value_);
    },
    __copy__: function () { return this; },
    __deepcopy__: function () { return this; },
    __reduce_ex__: function () { return tuple([this.__class__, tuple([this._value_])]); },
    toString: function () { return this.__str__(); },
};

// Each class is made by a function called with a pure mark: a game that imports none of them
// (or only some) ships none of their code (esbuild drops an unused pure call).
function defaultNext() {}  // (marked __pm_default by makeEnum)

function makeEnum() {
    const Enum = __class__('Enum', [object], {
        __module__: 'enum',
        __new__: function (args) {
            if (!data(this) || (!data(this).members.length && (args.length > 1 || typeof args[0] === 'string' && args.length && hasOwn.call(args[args.length - 1] || {}, '__kwargtrans__')))) {
                return functional(this, args);
            }
            return lookup(this, args[0]);
        },
    }, EnumMeta);
    Object.defineProperty(Enum, KIND, {value: 'enum'});
    Object.defineProperty(Enum, '__pm_enum', {value: {members: [], byName: new Map(), aliases: [], composites: new Map()}, configurable: true});
    for (const [key, fn] of Object.entries(memberMethods)) {
        if (key in CLASS_PROTOCOL) dual(Enum, key, fn);
        else Object.defineProperty(Enum, key, {value: fn, writable: true, configurable: true});
    }
    for (const key of ['__len__', '__iter__', '__reversed__', '__contains__', '__getitem__', '__bool__']) dual(Enum, key, undefined);
    Object.defineProperty(Enum, Symbol.iterator, {
        get: function () { return hasOwn.call(this, '__class__') ? memberIterator(this) : () => classMembers(this)[Symbol.iterator](); },
        configurable: true,
    });
    // `.name` (Transcrypt's `py_name`) and `.value` read the member's own `_name_`/`_value_`.
    Object.defineProperty(Enum, 'py_name', {get: function () { return this._name_; }, configurable: true});
    Object.defineProperty(Enum, 'value', {get: function () { return this._value_; }, configurable: true});
    // `Enum.__members__`: name → member, aliases too, in definition order.
    Object.defineProperty(Enum, '__members__', {
        get: function () {
            const d = data(this);
            return dict(d ? Array.from(d.byName.entries()).map(([k, v]) => tuple([k, v])) : []);
        },
        configurable: true,
    });
    // Defaults a class body may replace (a staticmethod, a classmethod).
    defaultNext.__pm_default = true;
    Object.defineProperty(Enum, '_generate_next_value_', {value: defaultNext, writable: true, configurable: true});
    Object.defineProperty(Enum, '_missing_', {value: defaultNext, writable: true, configurable: true});
    return Enum;
}

/** `class Color(Enum)`: members with `.name` and `.value`, `Color(1)`, iteration. */
export const Enum = /* @__PURE__ */ makeEnum();

function memberIterator(member) {
    const kind = kindOf(member.__class__);
    if (kind === 'str') return () => Array.from(member._value_)[Symbol.iterator]();
    if (!isFlag(kind)) return undefined;  // only a Flag value (and a str) iterates
    return () => canonical(member.__class__).filter((m) => (+member._value_ & +m._value_) === +m._value_)[Symbol.iterator]();
}

/** The numeric protocol of IntEnum and IntFlag members (and of `(int, Enum)`'s, `(float, Enum)`'s
 * without the int-only ones): they are numbers (the value goes through the generic operators,
 * so `/` gives a float, `//` and `%` take Python's signs, ints stay exact). */
function intMethods(target, integral = true) {
    const binary = {
        __add__: _pm_add, __sub__: _pm_sub, __mul__: _pm_mul, __truediv__: _pm_div, __floordiv__: _pm_fdiv,
        __mod__: _pm_mod, __pow__: _pm_pow,
        ...(integral ? {__lshift__: _pm_lshift, __rshift__: _pm_rshift, __and__: _pm_band, __or__: _pm_bor, __xor__: _pm_bxor} : {}),
    };
    for (const [key, op] of Object.entries(binary)) {
        const reflected = '__r' + key.slice(2);
        Object.defineProperty(target, key, {value: function (o) { return op(this._value_, plain(o)); }, writable: true, configurable: true});
        Object.defineProperty(target, reflected, {value: function (o) { return op(plain(o), this._value_); }, writable: true, configurable: true});
    }
    Object.defineProperty(target, '__round__', {value: function (n) { return _pm_round(this._value_, n); }, writable: true, configurable: true});
    const unary = {__neg__: _pm_neg, __pos__: (a) => a, __abs__: _pm_abs, __float__: _pm_float,
        ...(integral ? {__int__: (a) => a, __index__: (a) => a, __invert__: _pm_invert} : {__int__: int})};
    for (const [key, op] of Object.entries(unary)) {
        Object.defineProperty(target, key, {value: function () { return op(this._value_); }, writable: true, configurable: true});
    }
    compareByValue(target);
    dual(target, '__bool__', function () { return this._value_ !== 0; });
}

function compareByValue(target) {
    const ops = {__eq__: (a, b) => _pm_eq(a, b), __ne__: (a, b) => !_pm_eq(a, b), __lt__: (a, b) => a < b,
        __le__: (a, b) => a <= b, __gt__: (a, b) => a > b, __ge__: (a, b) => a >= b};
    for (const [key, op] of Object.entries(ops)) {
        Object.defineProperty(target, key, {value: function (o) { return op(this._value_, plain(o)); }, writable: true, configurable: true});
    }
    Object.defineProperty(target, 'valueOf', {value: function () { return this._value_; }, writable: true, configurable: true});
    // A dict key: the value's (`{"red": 1}[Color.RED]`, pmrt/dicts.js).
    Object.defineProperty(target, '_pm_number', {value: function () { return this._value_; }, configurable: true});
}

function makeIntEnum(base) {
    const IntEnum = __class__('IntEnum', [base], {__module__: 'enum'}, EnumMeta);
    Object.defineProperty(IntEnum, KIND, {value: 'int'});
    intMethods(IntEnum);
    IntEnum.__bases__ = [int, base];  // isinstance(Shape.X, int)
    return IntEnum;
}

/** `class Shape(IntEnum)`: members are ints. */
export const IntEnum = /* @__PURE__ */ makeIntEnum(Enum);

function makeStrEnum(base) {
    const StrEnum = __class__('StrEnum', [base], {__module__: 'enum'}, EnumMeta);
    Object.defineProperty(StrEnum, KIND, {value: 'str'});
    strMethods(StrEnum);
    StrEnum.__bases__ = [str, base];
    return StrEnum;
}

/** The str protocol of StrEnum's and `(str, Enum)`'s members: the value's. */
function strMethods(StrEnum) {
    compareByValue(StrEnum);
    dual(StrEnum, '__bool__', function () { return this._value_ !== ''; });
    dual(StrEnum, '__len__', function () { return _pm_len(this._value_); });
    dual(StrEnum, '__getitem__', function (k) { return _pm_gi(this._value_, k); });
    dual(StrEnum, '__contains__', function (x) { return __in__(x, this._value_); });
    // `+`, `*` and `%` as on the value (`Tone.COOL + "!"`): the operators dispatch here.
    for (const [key, op] of Object.entries({__add__: _pm_add, __mul__: _pm_mul, __mod__: _pm_mod})) {
        Object.defineProperty(StrEnum, key, {value: function (o) { return op(this._value_, plain(o)); }, writable: true, configurable: true});
        Object.defineProperty(StrEnum, '__r' + key.slice(2), {value: function (o) { return op(plain(o), this._value_); }, writable: true, configurable: true});
    }
    for (const key of Object.getOwnPropertyNames(String.prototype)) {
        if (key in StrEnum || key === 'constructor' || key === 'length') continue;
        Object.defineProperty(StrEnum, key, {
            get: function () { const f = String.prototype[key]; return typeof f === 'function' ? f.bind(this._value_) : f; },
            configurable: true,
        });
    }
}

/** `class Color(StrEnum)`: members are strs (their str methods work on the value). */
export const StrEnum = /* @__PURE__ */ makeStrEnum(Enum);

// ---- data types: `class Color(str, Enum)`, `(int, Enum)`, `(float, Enum)` -----------------------

const dataTypes = new Map();  // str/int/float → the hidden base standing for it (made on first use)

/** The hidden Enum base for a data type written as a base (StrEnum's or IntEnum's methods, shown
 * by name), or null for any other base. */
function dataTypeBase(type) {
    if (type !== str && type !== int && type !== float) return null;
    if (!dataTypes.has(type)) {
        const kind = type.__name__;
        const base = __class__(kind, [Enum], {__module__: 'enum'}, EnumMeta);
        Object.defineProperty(base, KIND, {value: kind});
        Object.defineProperty(base, MIXED, {value: true});
        if (kind === 'str') strMethods(base);
        else intMethods(base, kind === 'int');
        Object.defineProperty(base, '__pm_dataType', {value: type});
        dataTypes.set(type, base);
    }
    return dataTypes.get(type);
}

/** The class as written: `__bases__` (str, Enum), `__mro__` (Color, str, Enum, object), which
 * isinstance(Color.RED, str) follows; the hidden base stays on the prototype chain. */
function showDataType(cls, written) {
    const bases = [...written];
    bases.__class__ = tuple;
    Object.defineProperty(cls, '__bases__', {value: bases, writable: true, configurable: true});
    const mro = cls.__mro__.map((c) => (hasOwn.call(c, '__pm_dataType') ? c.__pm_dataType : c));
    mro.__class__ = tuple;
    Object.defineProperty(cls, '__mro__', {value: mro, writable: true, configurable: true});
}

function flagMethods(target) {
    const make = (self, value) => flagOf(self.__class__, value);
    const other = (self, o) => {
        if (isMember(o) && o.__class__ === self.__class__) return +o._value_;
        if (kindOf(self.__class__) === 'intflag' && typeof o === 'number') return o;
        return null;
    };
    for (const [key, op] of Object.entries({__or__: (a, b) => a | b, __and__: (a, b) => a & b, __xor__: (a, b) => a ^ b})) {
        const fn = function (o) {
            const v = other(this, o);
            if (v === null) throw py_TypeError(`unsupported operand type(s) for ${{__or__: '|', __and__: '&', __xor__: '^'}[key]}: '${typeName(this)}' and '${typeName(o)}'`, new Error());
            return make(this, op(+this._value_, v));
        };
        Object.defineProperty(target, key, {value: fn, writable: true, configurable: true});
        Object.defineProperty(target, '__r' + key.slice(2), {value: fn, writable: true, configurable: true});
    }
    Object.defineProperty(target, '__invert__', {
        value: function () { return make(this, flagMask(this.__class__) & ~+this._value_); }, writable: true, configurable: true,
    });
    dual(target, '__bool__', function () { return +this._value_ !== 0; });
    dual(target, '__len__', function () { return canonical(this.__class__).filter((m) => (+this._value_ & +m._value_) === +m._value_).length; });
    dual(target, '__contains__', function (o) {
        if (!isMember(o) || o.__class__ !== this.__class__) {
            throw py_TypeError(`unsupported operand type(s) for 'in': '${typeName(o)}' and '${typeName(this)}'`, new Error());
        }
        return (+o._value_ & +this._value_) === +o._value_;
    });
}

function makeFlag(base, name, kind) {
    const cls = __class__(name, [base], {__module__: 'enum'}, EnumMeta);
    Object.defineProperty(cls, KIND, {value: kind});
    if (kind === 'intflag') {
        intMethods(cls);
        cls.__bases__ = [int, base];
    }
    flagMethods(cls);
    return cls;
}

/** `class Perm(Flag)`: members combine with `|`, `&`, `^`, `~`; `in` tests bits. */
export const Flag = /* @__PURE__ */ makeFlag(Enum, 'Flag', 'flag');

/** `class Perm(IntFlag)`: a Flag whose members are ints too. */
export const IntFlag = /* @__PURE__ */ makeFlag(Flag, 'IntFlag', 'intflag');

/** `@unique`: ValueError naming the aliases. */
export function unique(cls) {
    const aliases = data(cls).aliases;
    if (aliases.length) {
        const text = aliases.map(([name, m]) => `${name} -> ${m._name_}`).join(', ');
        throw ValueError(`duplicate values found in ${enumRepr(cls)}: ${text}`, new Error());
    }
    return cls;
}

/** `enum.EnumType` (and its old name `EnumMeta`): the metaclass of enum classes. */
export const EnumType = EnumMeta;
export {EnumMeta};

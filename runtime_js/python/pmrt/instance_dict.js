// `obj.__dict__`: a dict that is the instance's attributes, live, as CPython's (writing
// `obj.__dict__[k] = v` sets `obj.k`; `print(p.__dict__)` lists what `__init__` stored). Transcrypt
// had none (None printed, a store crashed). It is a PyDict whose storage map reads and writes
// the instance's own properties (Python names, not the compiler's `py_` renames). A name the
// class holds a data descriptor for (runtime_classes.js) is kept beside the object, so reads
// and stores of the attribute still go through the descriptor, as CPython's precedence wants.
import {PyDict} from './dicts.js';
import {hasOwn} from './shared.js';
import {jsName} from './keywords.js';
import {classMember} from './calls.js';
import {__class__, object} from '../org.transcrypt.__runtime__.js';

const HIDDEN = /^(__class__$|__proxy__$|__pm|_pm_)/;
const pyName = (key) => key === 'py_metatype' ? 'type' : key.startsWith('py_') ? key.slice(3) : key;

/** The class's data descriptor for this JS name (an accessor marked by runtime_classes.js)? */
function dataDescriptor(o, key) {
    for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p)) {
        const d = Object.getOwnPropertyDescriptor(p, key);
        if (d) return d.get !== undefined && d.get.__pm_data === true;
    }
    return false;
}

// A classmethod as its class's dict holds it: CPython's `classmethod` object, not callable;
// read through a class or an instance (`__get__`) it is the method bound to the class.
let ClassMethod;
const classMethods = new WeakMap();
function classMethodObject(f) {
    let m = classMethods.get(f);
    if (m === undefined) {
        ClassMethod ??= __class__('classmethod', [object], {__module__: 'builtins'});
        m = {};
        Object.defineProperty(m, '__class__', {value: ClassMethod});
        m.__get__ = (obj, owner) => f.bind(owner ?? obj.__class__);
        classMethods.set(f, m);
    }
    return m;
}

/** A Map (what PyDict keeps its items in) over an object's own attributes. */
class AttributeMap {
    constructor(o) {
        this.o = o;
        this.side = hasOwn.call(o, '__pm_dict') ? o.__pm_dict : null;
    }
    names() {
        const own = Object.keys(this.o).filter((k) => !HIDDEN.test(k) && !this.item(k)).map(pyName);
        return this.side ? own.concat([...this.side.keys()]) : own;
    }
    get size() { return this.names().length; }
    has(k) {
        if (typeof k !== 'string') return false;
        const key = jsName(k);
        return (Object.prototype.propertyIsEnumerable.call(this.o, key) && !HIDDEN.test(key) && !this.item(key))
            || (this.side !== null && this.side.has(k));
    }
    /** An item of a list subclass's instance (an array), not an attribute. */
    item(key) {
        return Array.isArray(this.o) && String(Number(key) >>> 0) === key;
    }
    get(k) {
        if (this.side !== null && this.side.has(k)) return this.side.get(k);
        if (!this.has(k)) return undefined;
        const key = jsName(k);
        // a class's dict holds its methods as CPython's does (a plain one takes self first)
        if (typeof this.o !== 'function') return this.o[key];
        const v = this.o[key];
        return typeof v === 'function' && v.__pm_kind === 'c' ? classMethodObject(v) : classMember(this.o, key, v);
    }
    set(k, v) {
        const key = jsName(k);
        if (dataDescriptor(this.o, key)) {
            if (this.side === null) {
                this.side = new Map();
                Object.defineProperty(this.o, '__pm_dict', {value: this.side});
            }
            this.side.set(k, v);
        } else {
            Object.defineProperty(this.o, key, {value: v, writable: true, enumerable: true, configurable: true});
        }
        return this;
    }
    delete(k) {
        if (this.side !== null && this.side.delete(k)) return true;
        return this.has(k) && delete this.o[jsName(k)];
    }
    clear() { for (const k of this.names()) this.delete(k); }
    keys() { return this.names()[Symbol.iterator](); }
    values() { return this.names().map((k) => this.get(k))[Symbol.iterator](); }
    entries() { return this.names().map((k) => [k, this.get(k)])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    forEach(f) { for (const [k, v] of this.entries()) f(v, k, this); }
}

/** `obj.__dict__` read: the live dict of the instance's attributes. */
export function _pm_vars(o) {
    const d = new PyDict();
    d._pm_m = new AttributeMap(o !== null && typeof o === 'object' && o.__pm_target__ ? o.__pm_target__ : o);
    return d;
}

// Python's type name of a value, for error messages ("must be str, not int").
import {PyFloat, isIntValue} from './numbers.js';

/** @param {*} x @returns {string} `type(x).__name__` */
export function typeName(x) {
    if (x === null || x === undefined) return 'NoneType';
    switch (typeof x) {
        case 'string': return 'str';
        case 'boolean': return 'bool';
        case 'number': return isIntValue(x) ? 'int' : 'float';  // -0 and 1e20 are floats
        case 'bigint': return 'int';
        case 'function':  // a class; an instance with __call__; a function
            if (Object.prototype.hasOwnProperty.call(x, '__mro__')) return 'type';
            if (Object.prototype.hasOwnProperty.call(x, '__class__')) return x.__class__.__name__;
            return x.__pm_builtin !== undefined ? 'builtin_function_or_method' : 'function';  // (pmrt/introspection.js)
    }
    if (x instanceof PyFloat) return 'float';
    const cls = x.__class__;
    if (cls && Object.prototype.hasOwnProperty.call(cls, '_pm_tpname')) return cls._pm_tpname;  // types.SimpleNamespace
    return cls && cls.__name__ ? cls.__name__ : 'object';
}

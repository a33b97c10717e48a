// Instances of pyminis' own number classes written in Python (complex: pyminis/stdlib/_complex.py),
// made by their arithmetic in loops (a Mandelbrot set makes millions): `object.__new__(cls)`
// looks for `__call__`, `__getattr__` and `__setattr__` and defines `__class__` on each instance,
// which took a third of such a loop's time. These classes define none of them.
import {_pm_box} from './numbers.js';

/**
 * A function making instances of `cls` that hold two floats: `make(a, b)`. The guard hands a
 * runtime function raw numbers, so an integral float (2.0) is boxed here, as a float attribute.
 * @param {Function} cls @param {string} first @param {string} second @returns {Function}
 */
export function _pm_float_pair_maker(cls, first, second) {
    function Made(a, b) {
        this.__class__ = cls;
        this[first] = _pm_box(a);
        this[second] = _pm_box(b);
    }
    Made.prototype = cls;
    return (a, b) => new Made(a, b);
}

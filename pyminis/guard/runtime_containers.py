"""Transcrypt's dict, set and list behaviour replaced by Python's (runtime_js/python/pmrt/).

Transcrypt 3.9.5's dict is a JS object with string keys (int keys came back as strings, tuple
keys collided, order followed JS's integer-first rule) and its set an array compared with JS
equality. These patches make its runtime import pyminis' own classes (`dicts.js`, `sets.js`)
in their place, so every `{}`, `dict()`, comprehension and `**kwargs` dict of every module is
one, and route `in`, list search, sort, min, max, reversed, tuple() and list() through Python's
equality and ordering (`compare.js`). Applied by `runtime_fixes.apply` like its own fixes: each
must match the pinned runtime once, and no replacement adds lines (source maps stay true).

The imported modules load before the runtime's own code (an import runs first): they use the
runtime's bindings only inside functions.
"""

from __future__ import annotations

IMPORTS = ("import {dict} from './_pmrt_impl/dicts.js';\n"
           "import {set} from './_pmrt_impl/sets.js';\n"
           "import {_pm_in as __pm_in, _pm_sorted as __pm_sorted, _pm_min as __pm_min, "
           "_pm_max as __pm_max, listIndex as __pm_listIndex, listIndexOf as __pm_listIndexOf, "
           "listSort as __pm_listSort, toArray as __pm_toArray, _pm_truth as __pm_truth} from './_pmrt_impl/compare.js';\n"
           "import {sequenceRepr as __pm_sequenceRepr} from './_pmrt_impl/dicts.js';\n"
           "import {refuseOnTuple as __pm_refuseOnTuple} from './_pmrt_impl/immutable.js';\n"
           "import {defaultRepr as __pm_defaultRepr} from './_pmrt_impl/identity.js';\n"
           "export {dict, set};\n")

# (what Transcrypt emits, what it should be, why)
FIXES: tuple[tuple[str, str, str], ...] = (
    ("export function bool (any) {\n    return !!__t__ (any);\n",
     "export function bool (any) {\n    return arguments.length > 0 && __pm_truth (any);\n",
     "bool() of a generator, zip or enumerate object was False (they have no length): CPython"
     " takes any object without __bool__ or __len__ as true"),
    ("export function __kwargtrans__ (anObject) {\n    anObject.__kwargtrans__ = null;\n",
     "export function __kwargtrans__ (anObject) {\n"
     "    if (anObject._pm_dict === true) anObject = anObject.__pm_object (); anObject.__kwargtrans__ = null;\n",
     "`f(**d)` must pass d's items as keywords (a dict is no longer a JS object), and not mark d"),
    ("    for (var attrib in object1) {\n",
     "    if (object1._pm_dict === true) object1 = object1.__pm_object (); for (var attrib in object1) {\n",
     "`f(a=1, **d)` merged d's JS properties instead of its items"),
    ("    if (container === undefined || container === null) {\n        return false;\n",
     "    return __pm_in (element, container); if (container === undefined || container === null) {\n"
     "        return false;\n",
     "`in` compared list items with JS equality ((1, 2) in [(1, 2)] was False) and `x in None` "
     "was False instead of TypeError"),
    ("    return py_typeof (any) == dict ? any.py_keys () : any;\n",
     "    return any;\n",
     "a dict iterates its keys itself"),
    ("    let instance = iterable ? Array.from (iterable) : [];\n",
     "    let instance = arguments.length ? __pm_toArray (iterable, true) : [];\n",
     "list() of an object with __iter__ was empty, list(None) and list(0) too (TypeError)"),
    ("export function max (...args) {\n    return min_max(function (a, b){return a > b}, ...args)\n",
     "export function max (...args) {\n    return __pm_max (...args);\n",
     "max() compared with JS `>` (lists, tuples, objects with __lt__), took arrays only"),
    ("export function min (...args) {\n    return min_max(function (a, b){return a < b}, ...args)\n",
     "export function min (...args) {\n    return __pm_min (...args);\n",
     "min() compared with JS `<`, took arrays only"),
    ("export function py_reversed (iterable) {\n    iterable = iterable.slice ();\n",
     "export function py_reversed (iterable) {\n"
     "    if (typeof iterable.__reversed__ === 'function') return __pm_toArray (iterable.__reversed__ (), false); "
     "iterable = __pm_toArray (iterable, true);\n",
     "reversed() of a dict, a string or a range object failed"),
    ("        yield [n, item]\n",
     "        yield tuple ([n, item])\n",
     "enumerate() gave lists instead of (index, item) tuples"),
    ("Array.prototype.extend = function (aList) {\n    this.push.apply (this, aList);\n",
     "Array.prototype.extend = function (aList) {\n"
     "    if (this.__class__ !== list) __pm_refuseOnTuple (this, 'extend'); " "for (const x of (aList === this ? this.slice () : __pm_toArray (aList, false))) Array.prototype.push.call (this, x);\n",
     "list.extend() of a set, dict or generator added nothing"),
    ("Array.prototype.remove = function (element) {\n    let index = this.indexOf (element);\n",
     "Array.prototype.remove = function (element) {\n    if (this.__class__ !== list) __pm_refuseOnTuple (this, 'remove'); let index = __pm_listIndex (this, element);\n",
     "list.remove() compared with JS equality"),
    ("Array.prototype.index = function (element) {\n    return this.indexOf (element);\n",
     "Array.prototype.index = function (element, start, stop) {\n"
     "    return __pm_listIndexOf (this, element, start, stop);\n",
     "list.index() compared with JS equality, returned -1 instead of raising ValueError, ignored start/stop"),
    ("Array.prototype.py_sort = function () {\n"
     "    __sort__.apply  (null, [this].concat ([] .slice.apply (arguments)));\n",
     "Array.prototype.py_sort = function (...args) {\n    if (this.__class__ !== list) __pm_refuseOnTuple (this, 'sort'); __pm_listSort (this, args);\n",
     "sort() compared with JS `<` and reverse=True reversed equal items"),
)
# The other list mutators Transcrypt puts on Array.prototype: not on a tuple (pmrt/immutable.js).
FIXES += tuple(
    (f"Array.prototype.{js} = function ({params}) {{\n",
     f"Array.prototype.{js} = function ({params}) {{ if (this.__class__ !== list) __pm_refuseOnTuple (this, '{python}');\n",
     f"tuple.{python}() ran the list method on the tuple")
    for js, python, params in (("append", "append", "element"), ("py_clear", "clear", ""), ("py_copy", "copy", ""),
                               ("insert", "insert", "index, element"), ("py_pop", "pop", "index")))
# A list subclass may define push (pmrt/lists.js): append (on a subclass's instance; a plain list keeps
# its path) and extend call Array's own.
FIXES += (("__pm_refuseOnTuple (this, 'append');\n    this.push (element);\n",
           "{__pm_refuseOnTuple (this, 'append'); return void Array.prototype.push.call (this, element);}\n    this.push (element);\n",
           "append on an instance of a list subclass with a push method (`class Stack(list)`) called it"),)

# Regions replaced whole: (first line, last line, replacement, why).
REGIONS: tuple[tuple[str, str, str, str], ...] = (
    ("function __contains__ (element) {\n",
     "dict.py_fromkeys = __fromkeys__\n",
     IMPORTS,
     "Transcrypt's dict (a JS object) becomes pmrt/dicts.js"),
    ("export function set (iterable) {\n",
     "export function bytearray (bytable, encoding) {\n",
     "export function bytearray (bytable, encoding) {\n",
     "Transcrypt's set (an array) becomes pmrt/sets.js; lists lose the set methods and JS "
     "comparisons Transcrypt put on every array"),
    ("Array.prototype.__setslice__ = function (start, stop, step, source) {\n",
     "Array.prototype.__str__ = Array.prototype.__repr__;\n",
     "Array.prototype.__repr__ = function () {\n    return __pm_sequenceRepr (this);\n};\n"
     "Array.prototype.__str__ = Array.prototype.__repr__;\n",
     "a list inside itself recursed forever; slice assignment is pmrt/slices.js's "
     "(`xs[5:] = …` past the end replaced the last item, a set or generator assigned nothing)"),
    ("export var sorted = function (iterable) {\n",
     "export var map = function (func) {\n",
     "export var sorted = __pm_sorted;\n"
     "export var __sort__ = function (iterable, ...args) {\n    __pm_listSort (iterable, args);\n};\n"
     "export var map = function (func) {\n",
     "sorted() copied a dict's keys view wrongly and sorted with JS `<`"),
)

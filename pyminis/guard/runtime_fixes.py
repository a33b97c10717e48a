"""Fixes applied to Transcrypt 3.9.5's compiled runtime (`org.transcrypt.__runtime__.js`).

Exact text replacements on the pinned version: each must match once, or the build stops
(a different Transcrypt would need the fixes re-checked, not silently skipped).
"""

from __future__ import annotations

from pyminis.errors import ToolchainError
from pyminis.guard import runtime_containers
from pyminis.paths import runtime_js_dir

MARK = "/* pyminis runtime fixes applied */"  # no newline: runtime lines keep their numbers

# (what Transcrypt emits, what it should be, why)
FIXES: tuple[tuple[str, str, str], ...] = (
    # The value model (runtime_js/python/pmrt/numbers.js): numbers print as CPython prints
    # them through the `__str__` pmrt/numbers.js gives Number and BigInt; an integral float
    # is a PyFloat (its `__class__` is float), a BigInt is an int, -0 is a float.
    ("    if (typeof stringable === 'number')\n        return stringable.toString();\n",
     "    if (typeof stringable === 'number' || typeof stringable === 'bigint' || (stringable != null && typeof stringable.__str__ == 'function'))\n        return stringable.__str__ ();\n",
     "str(2.5e-7) gave '2.5e-7' and str(-0.0) gave '0': CPython gives '2.5e-07' and '-0.0'; an error"
     " raised by a __str__ was swallowed (str() of an int beyond 4300 digits, of a list holding one,"
     " printed it): the fallbacks are for values without __str__"),
    ("    var aType = typeof anObject;\n    if (aType == 'object') {\n",
     "    var aType = typeof anObject; if (aType == 'function' && (anObject.hasOwnProperty ('__mro__') || (anObject.hasOwnProperty ('__bases__') && typeof anObject.__name__ == 'string'))) return __pm_metaOf (anObject);"
     " if (anObject == null || (aType == 'function' && !anObject.hasOwnProperty ('__class__'))) return __pm_kind (anObject == null ? 'NoneType' : anObject.__pm_builtin !== undefined ? 'builtin_function_or_method' : 'function');\n"
     "    if (aType == 'object' || (aType == 'function' && anObject.hasOwnProperty ('__class__'))) {\n",
     "type() of a class was None, and of an instance with __call__ (a function) too; type(None) was"
     " the string 'object' and type() of a function None; type(int) and type(type) are type;"
     " a builtin read as a value (pmrt/introspection.js _pm_bf) is a builtin_function_or_method"),
    ("export function issubclass (aClass, classinfo) {\n",
     "function __pm_kind (name) {return __pm_kind [name] || (__pm_kind [name] = __class__ (name, [object], {__module__: 'builtins',"
     " __pm_check__: name == 'NoneType' ? (x => x == null) : (x => typeof x == 'function' && !x.hasOwnProperty ('__mro__') && !x.hasOwnProperty ('__bases__') && (x.__pm_builtin === undefined) == (name == 'function'))}));}"
     " export function issubclass (aClass, classinfo) {"
     " if (typeof aClass != 'function') throw py_TypeError ('issubclass() arg 1 must be a class', new Error ());"
     " if (classinfo === object) return true;"
     " if (classinfo != null && typeof classinfo.__pm_subcheck__ == 'function') return classinfo.__pm_subcheck__ (aClass);\n",
     "(NoneType and function: the classes type() gives for None and a function, made when first asked for;"
     " an abstract class answers issubclass() itself: its virtual subclasses, pmrt/bases.js; every class"
     " derives from object, type too)"),
    ("            aType == 'number' ? (anObject % 1 == 0 ? int : float) :\n",
     "            aType == 'number' ? (Number.isSafeInteger (anObject) && !Object.is (anObject, -0) ? int : float) : aType == 'bigint' ? int :\n",
     "type(-0.0) was int and type() of an int beyond 2**53 (a BigInt) was None"),
    ("throw ValueError (\"Invalid format type: '\" + ftype + \"'\", new Error ());",
     "throw ValueError (\"Unknown spec code '\" + ftype + \"'\", new Error ());",
     "the word in this message alone kept str.format in a game whose f-strings have specs"),
    ("return (attrib.startswith ('__') && attrib.endswith ('__')) || attrib == 'constructor' || attrib.startswith ('py_');",
     "return (attrib.startsWith ('__') && attrib.endsWith ('__')) || attrib == 'constructor' || attrib.startsWith ('py_');",
     "__specialattrib__ named str.startswith and str.endswith, which kept them in every bundle"),
    ("if (attrib.isnumeric ()) {",
     "if (!isNaN (parseFloat (attrib)) && isFinite (attrib)) {",
     "repr() of a JS object named str.isnumeric (Transcrypt's own test, kept as it was)"),
    ("    let instance = iterable ? [] .slice.apply (iterable) : [];\n    instance.__class__ = tuple;",
     "    let instance = Array.isArray (iterable) ? iterable.slice () : arguments.length ? __pm_toArray (iterable, true) : [];\n    instance.__class__ = tuple;",
     "tuple() of an iterator or a range object was empty, and of a str split emoji in two; tuple(5)"
     " and tuple(None) were () (CPython's TypeError)"),
    ("        for (let index = 0; index < iterable.length; index++) {\n            instance.add (iterable [index]);",
     "        for (let item of (Array.isArray (iterable) ? iterable : Array.from (iterable))) {\n            instance.add (item);",
     "set() of an iterator or a range object was empty, and of a str split emoji in two"),
    ("export function property (getter, setter) {\n",
     "export function property (getter, setter) {if (property.__pm_accessor) return property.__pm_accessor (getter, setter, arguments [2]);\n",
     "a class body's @property was no Python property: Cls.prop ran the getter on the class (RecursionError),"
     " a store without a setter did nothing, instance __dict__ stores went through the setter"
     " (pmrt/properties.js, imported wherever a program names property)"),
    ("export function str (stringable) {\n",
     "export function str (stringable) {if (!arguments.length) return ''; if (typeof stringable == 'function') return repr (stringable);\n",
     "str() gave 'None'; str() of a class gave its JavaScript source (as repr below)"),
    ("export var divmod = function (n, d) {\n\treturn tuple ([Math.floor (n / d), __mod__ (n, d)]);\n};\n",
     "export var divmod = __pm_divmodCall; divmod.__name__ = 'divmod';\n\n\n",
     "divmod as a value gave (3, 1) for divmod(7.0, 2): CPython gives (3.0, 1.0)"),
    ("export var pow = __pow__;\n",
     "export var pow = __pm_powCall; pow.__name__ = 'pow';\n",
     "pow as a value gave 4 for pow(2.0, 2), a float for pow(2, 100), ignored its modulus"),
    ("export function repr (anObject) {\n",
     "export function repr (anObject) {if (typeof anObject == 'bigint') return anObject.__repr__ (); if (typeof anObject == 'function' && typeof anObject.__name__ == 'string' && anObject.__bases__ !== undefined && (anObject.__metaclass__ === undefined || anObject.__metaclass__ === py_metatype || __pm_userMeta (anObject.__metaclass__)))"
     " return __pm_classRepr (anObject);"
     " if (anObject != null && typeof anObject.__repr__ == 'function') return anObject.__repr__ ();"
     " if (anObject != null && typeof anObject == 'object' && '__class__' in anObject) return __pm_defaultRepr (anObject);\n",
     "repr() and print() of a class (`print(type(5))`, a defaultdict's factory) gave its JavaScript"
     " source: CPython gives <class 'int'>, <class '__main__.Foo'> (a class with its own"
     " metaclass, an enum, keeps its metaclass's repr; a game's metaclass's __repr__ runs); an"
     " error raised by a __repr__ was swallowed (the __str__ answered), and an object with"
     " __str__ only was repr'd by it"),
    ("    this.index = 0;\n    this.__len__ = function () {return iterable.length};\n",
     "    this.index = 0;\n\n",
     "bool(iter([])) was False and len() of a list or str iterator its sequence's length: CPython's"
     " iterators have no length (true, TypeError)"),
    ("return typeof anObject == 'boolean' ? anObject.toString () .capitalize () : anObject.toString ();",
     "return typeof anObject == 'boolean' ? (anObject ? 'True' : 'False') : typeof anObject == 'function'"
     " || (typeof anObject == 'object' && '__class__' in anObject) ? __pm_defaultRepr (anObject) : anObject.toString ();",
     "repr() of a bool called str.capitalize, which kept it in every bundle; repr() of a function"
     " gave its JavaScript source, of an object without __repr__ '<object of type: object>'"),
    ("    catch (exception) {\n        return {value: undefined, done: true};\n    }\n",
     "    catch (exception) {\n        if (isinstance (exception, StopIteration)) return {value: undefined, done: true};\n        throw exception;}\n",
     "an exception raised by a class's __next__ (ValueError, KeyError…) ended a for loop, list()"
     " or a comprehension silently, as if the iterator were exhausted: only StopIteration ends one"),
    ("        var result = iterable.__iter__ ();\n        result.next = __jsUsePyNext__;\n",
     "        var result = iterable.__iter__ ();\n"
     "        if ('__next__' in result || !('next' in result)) result.next = __jsUsePyNext__; else result.__next__ = __pyUseJsNext__;\n",
     "iter() of a class whose __iter__ is a generator (`yield self.x`) was empty: its JS"
     " generator's own next was replaced by one calling the __next__ it lacks"),
)


# Regions replaced whole: (first line, last line, replacement, why); a shorter replacement is
# padded to the region's lines.
REGIONS: tuple[tuple[str, str, str, str], ...] = (
    ("export function py_next (iterator, value) {",
     "        return result;\n    }\n}\n",
     "function __pm_stops (e) {return e != null && e.__class__ != null && e.__class__.__mro__ != null && e.__class__.__mro__.includes (StopIteration);}\n"
     "export function py_next (iterator, value) {\n"
     "    if (iterator != null && typeof iterator.__next__ == 'function') {\n"
     "        var result;\n"
     "        try {result = iterator.__next__ ();} catch (exception) {if (value !== undefined && __pm_stops (exception)) return value; throw exception;}\n"
     "        if (result !== undefined) return result;\n"
     "        if (value !== undefined) return value;\n"
     "        throw StopIteration (new Error ());\n"
     "    }\n"
     "    if (iterator == null || typeof iterator.next != 'function') throw py_TypeError (\"'\" + (iterator == null ? 'NoneType' : py_typeof (iterator).__name__) + \"' object is not an iterator\", new Error ());\n"
     "    var done = iterator.next ();\n"
     "    if (!done.done) return done.value;\n"
     "    if (value !== undefined) return value;\n"
     "    throw done.value == null ? StopIteration (new Error ()) : StopIteration (done.value, new Error ());\n"
     "}\n",
     "next() of a generator lost its return value (StopIteration.value None, CPython's is what it"
     " returned); an error raised by a class's __next__ became StopIteration (next(it, d) the"
     " default, calling __next__ twice): only a missing __next__ (a JavaScript iterator) falls back"
     " to its next()"),
    # Unreachable: every format spec goes through runtime_js/python/pmrt/specs.js (`_pm_fmt`),
    # but its name kept it (and the str methods it calls) in every bundle.
    ("Number.prototype.__format__ = function (fmt_spec) {\n",
     "        val = pad (val, width, fill, align);\n    }\n    return val;\n};\n",
     "",
     "Transcrypt's Number.prototype.__format__ is replaced by runtime_js/python/pmrt/specs.js"),
    # Transcrypt's str methods (iter, repr, find, split, strip…) differ from Python's in many
    # ways (`"xxhixx".strip("x")`, `" a ".split(None, 1)`, lengths in UTF-16 units):
    # runtime_js/python/pmrt/strings.js defines every str method instead.
    ("String.prototype.__iter__ = function () {new __PyIterator__ (this);};\n",
     "String.prototype.__rmul__ = String.prototype.__mul__;\n",
     "",
     "Transcrypt's str methods are replaced by runtime_js/python/pmrt/strings.js"),
)


# The numeric builtins as values (`map(float, xs)`, `defaultdict(float)`, `partial(int, base=2)`)
# are the functions of runtime_js/python/pmrt/builtinfns.js: Transcrypt's `float` gave an integral
# value as an int, its `int` truncated to 32 bits and ignored a base, its `round` rounded
# 2.675 to 2.68 and gave ints for floats, its `abs` lost floats and BigInts.
NUMBERS_FIRST = "export function float (any) {\n"
NUMBERS_LAST = "int.__bases__ = [object];\n"
NUMBERS = ("import {floatCall as __pm_floatCall, intCall as __pm_intCall, absCall as __pm_absCall, "
           "roundCall as __pm_roundCall, divmodCall as __pm_divmodCall, powCall as __pm_powCall, "
           "hexCall as __pm_hexCall, octCall as __pm_octCall, binCall as __pm_binCall} "
           "from './_pmrt_impl/builtinfns.js';\n"
           "export function float (x) {return __pm_floatCall.apply (null, arguments);};\n"
           "float.__name__ = 'float'; float.__qualname__ = 'float'; float.__module__ = 'builtins';\nfloat.__bases__ = [object];\n"
           "export function int (x) {return __pm_intCall.apply (null, arguments);};\n"
           "int.__name__ = 'int'; int.__qualname__ = 'int'; int.__module__ = 'builtins';\nint.__bases__ = [object];\n")
ROUNDING_FIRST = "export function bin (nbr) {\n"
ROUNDING_LAST = "        rounded /= scale;\n    }\n    return rounded;\n};\n"
ROUNDING = ("export var bin = __pm_binCall; bin.__name__ = 'bin';\n"
            "export var oct = __pm_octCall; oct.__name__ = 'oct';\n"
            "export var hex = __pm_hexCall; hex.__name__ = 'hex';\n"
            "export var abs = __pm_absCall; abs.__name__ = 'abs';\n"
            "export var round = __pm_roundCall; round.__name__ = 'round';\n")


# Transcrypt's exceptions (a flat hierarchy under Exception, each built-in one keeping only its
# first argument) give way to CPython's, from runtime_js/python/runtime_exceptions.js.
EXCEPTIONS_FIRST = "export var BaseException =  __class__ ('BaseException', [object], {\n"
EXCEPTIONS_LAST = "export var RuntimeWarning =  __class__ ('RuntimeWarning', [Warning], {\n\t__module__: __name__,\n});\n"


# Transcrypt's print wrote to a DOM element `__terminal__` through innerHTML, and input() called
# window.prompt: the native runtime has no DOM, and TikTok's code scan reads the text.
# runtime_js/python/runtime_print.js: print and sys.stdout write lines to console.log (text
# without a newline waits for its line's end, or flush), sys.stderr to console.error, `file=`
# is honoured; input() (refused by the lint, PM118) raises.
PRINT_FIRST = "export var __Terminal__ =  __class__ ('__Terminal__', [object], {\n"
PRINT_LAST = "export var input = __terminal__.input;\n"


# Transcrypt's class model (attributes copied into subclasses, no MRO, instances inheriting
# Function.prototype's read-only `length` and `name`) gives way to runtime_js/python/runtime_classes.js.
CLASSES_FIRST = "export var py_metatype = {\n"
CLASSES_LAST = "    return meta.__new__ (meta, name, bases, attribs);\n};\n"


def _fragment(name: str) -> str:
    """A file of runtime_js/python/ spliced into the runtime, its comment lines left out (they
    document the file; the runtime's lines must not grow)."""
    text = (runtime_js_dir() / "python" / name).read_text(encoding="utf-8")
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("//"))


def fixes() -> tuple[tuple[str, str, str], ...]:
    """Every text fix: these, then dicts, sets and lists (pyminis/guard/runtime_containers.py)."""
    return FIXES + runtime_containers.FIXES


def regions() -> tuple[tuple[str, str, str, str], ...]:
    return REGIONS + (
        (NUMBERS_FIRST, NUMBERS_LAST, NUMBERS, "int and float as values were Transcrypt's (no base, integral floats as ints)"),
        (ROUNDING_FIRST, ROUNDING_LAST, ROUNDING, "abs, round, hex, oct and bin as values were Transcrypt's"),
        (CLASSES_FIRST, CLASSES_LAST, _fragment("runtime_classes.js"),
         "class attributes were copied into subclasses and instances inherited read-only length and name"),
        (EXCEPTIONS_FIRST, EXCEPTIONS_LAST, _fragment("runtime_exceptions.js"),
         "built-in exceptions lost their arguments and CPython's hierarchy"),
        (PRINT_FIRST, PRINT_LAST, (runtime_js_dir() / "python" / "runtime_print.js").read_text(encoding="utf-8"),
         "print wrote to a DOM terminal with innerHTML and input() called window.prompt"),
    ) + runtime_containers.REGIONS


def _stop(why: str) -> ToolchainError:
    return ToolchainError(f"Transcrypt's runtime is not the one pyminis was made for ({why})",
                          hint="install the pinned version: pip install transcrypt==3.9.5")


def _same_lines(wrong: str, right: str) -> str:
    """`right` padded with newlines to `wrong`'s line count: the runtime's source map stays true."""
    return right + "\n" * max(0, wrong.count("\n") - right.count("\n"))


def apply(text: str) -> str:
    """The runtime with every fix applied (idempotent)."""
    if text.startswith(MARK):
        return text
    for wrong, right, why in fixes():
        if text.count(wrong) != 1:
            raise _stop(why)
        text = text.replace(wrong, right)
    for first, last, right, why in regions():
        start = text.find(first)
        end = text.find(last, start)
        if start < 0 or end < 0 or text.count(first) != 1:
            raise _stop(why)
        end += len(last)
        text = text[:start] + _same_lines(text[start:end], right) + text[end:]
    return MARK + text

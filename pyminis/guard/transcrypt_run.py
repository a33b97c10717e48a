"""Run Transcrypt 3.9.5 on staged modules, with code-generation changes for speed and fixes.

`python -m pyminis.guard.transcrypt_run ARGS` is `python -m transcrypt ARGS` with these changes
(settings come from SETTINGS_FILE in the stage folder, written by pyminis/compile/python.py):

- Methods of the game's classes compile as plain prototype functions (Transcrypt's `jscall`),
  so `e.update(dt)` is a direct JS call instead of building a bound function on every access.
  The guard's rewrite binds a method explicitly where it escapes as a value, and calls base
  methods with `.call(self, …)`.
- The keyword-argument prologue (`-k`) is emitted only for functions that can receive a
  keyword: a parameter name some call passes by keyword, keyword-only parameters, `**kwargs`.
- A `**kwargs` parameter collects its keywords as items of a Python dict (pmrt/dicts.js).
- Async methods stay `async` (Transcrypt's direct-call method header dropped the keyword), and
  `await x` is parenthesised, so `(await x).attr` awaits `x`, not `x.attr`.
- Methods with plain decorators (functions wrapping functions) compile as direct-call methods
  too (Transcrypt refused them with direct calls).
- In make mode (`pyminis dev`), imports of pyminis' helpers (`./_pmrt_impl/…`, a folder of plain
  ES modules) are not taken for Transcrypt modules when an up-to-date target is re-read: the
  runtime's imports of pmrt/dicts.js made every rebuild fail ("cannot import dicts").
- A str constant that Python's repr writes with a `\\U` escape is written as a JSON string (a
  valid JavaScript literal).
- `for i in range(n(…))` evaluates its bounds once, as Python does (Transcrypt re-evaluated the
  stop expression on every iteration), and `for i, x in enumerate(xs)` becomes a plain loop
  over `xs` with a counter instead of a generator of pairs.
- A module imported by several `import m` statements is imported once (the bundler refused a
  second `import * as __module_m__`).
- `x is None` is `x == null`, true for the `undefined` a function ending without `return` gives
  (transcrypt_none.py).

Transcrypt's own runtime module keeps Transcrypt's defaults.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from pyminis.guard import builtin_values
from pyminis.guard import transcrypt_arity as arity
from pyminis.guard import transcrypt_attrs as attrs
from pyminis.guard import transcrypt_class_bodies as class_bodies
from pyminis.guard import transcrypt_flow as flow
from pyminis.guard import transcrypt_functions as functions
from pyminis.guard import transcrypt_generators as generators
from pyminis.guard import transcrypt_meta as meta
from pyminis.guard import js_words
from pyminis.guard import transcrypt_none as none
from pyminis.guard import transcrypt_scopes as class_scopes
from pyminis.paths import child_environment

RUNTIME_PREFIX = "org.transcrypt"
PMRT_FOLDER = "_pmrt_impl/"  # pyminis' helpers in the output folder: not Transcrypt modules
# How Transcrypt's keyword prologue fills a `**kwargs` dict and removes its marker.
KWARGS_STORE = "default: {0} [{1}] = {2} [{1}];\n"
KWARGS_UNMARK = "delete {}.__kwargtrans__;\n"
SETTINGS_FILE = ".pyminis-transcrypt.json"
EXPORT_BINDING = re.compile(r"(?m)^(\s*)export (?:const|let) ")
_patched = False


def _settings() -> tuple[set[str], bool, dict[str, set[str]]]:
    """Keyword names passed anywhere in the program, whether some call passes **kwargs, and
    the keywords each called name is given (`f(c=1)`, `o.f(c=1)`: "f" → {"c"})."""
    path = Path.cwd() / SETTINGS_FILE
    if not path.is_file():
        return set(), True, {}  # unknown program: keep every prologue
    data = json.loads(path.read_text(encoding="utf-8"))
    called: dict[str, set[str]] = {}
    for callee, keyword in data.get("called_with", []):
        called.setdefault(callee, set()).add(keyword)
    return set(data["keywords"]), bool(data["any_keyword"]), called


def _name_functions(tree: ast.Module) -> None:
    """Give each def's `arguments` the names a call of it is written with: its own, and its
    class's for `__init__` (`Point(z=1)`)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == "__init__":
                    item.args.pm_called_as = (item.name, node.name)  # type: ignore[attr-defined]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not hasattr(node.args, "pm_called_as"):
            node.args.pm_called_as = (node.name,)  # type: ignore[attr-defined]


def _unknown_keyword(node: ast.arguments, called: dict[str, set[str]]) -> bool:
    """Is this def called by its name with a keyword it has no parameter for (`f(1, c=2)` of
    `def f(a, b=1)`, a typo)? Its keyword prologue must then run, for CPython's TypeError."""
    names = {a.arg for a in node.args + node.kwonlyargs}
    return any(keyword not in names for callee in getattr(node, "pm_called_as", ())
               for keyword in called.get(callee, ()))


def patch() -> Any:
    """Install the changes (once per process); return Transcrypt's `main`."""
    global _patched
    from transcrypt import __main__ as transcrypt_main  # type: ignore[import-untyped]
    if _patched:
        return transcrypt_main.main
    _patched = True
    # Transcrypt looks for modules along this interpreter's sys.path too: an installed pyminis
    # (or anything else there) would compile unguarded, and only where it is on the path. Only
    # the staged program (Transcrypt's main puts its folder first) and Transcrypt's own modules.
    transcrypt_main.transpilationDirs[:] = [transcrypt_main.modulesDir]
    from org.transcrypt import compiler, utils  # type: ignore[import-not-found]

    original_init = compiler.Generator.__init__

    def init(self: Any, module: Any) -> None:
        self.pm_helpers = flow.imported_helpers(module.parseTree)
        if meta.HELPER in self.pm_helpers:
            meta.name_qualnames(module.parseTree)
        if arity.HELPER in self.pm_helpers:
            arity.mark(module.parseTree)
            _name_functions(module.parseTree)
        for statement in ast.walk(module.parseTree):
            if isinstance(statement, ast.stmt):
                statement.pm_source = True  # written by the author (not made while compiling)
        args = utils.commandArgs
        saved = args.jscall
        args.jscall = not module.name.startswith(RUNTIME_PREFIX)
        try:
            original_init(self, module)
        finally:
            args.jscall = saved

    original_arguments = compiler.Generator.visit_arguments

    def visit_arguments(self: Any, node: Any) -> None:
        keywords, any_keyword, called = _settings()
        needs = (any_keyword or node.kwarg is not None or bool(node.kwonlyargs)
                 or any(a.arg in keywords for a in node.args) or _unknown_keyword(node, called))
        start = self.fragmentIndex
        if self.module.name.startswith(RUNTIME_PREFIX) or needs:
            original_arguments(self, node)
        else:
            saved = self.allowKeywordArgs
            self.allowKeywordArgs = False
            try:
                original_arguments(self, node)
            finally:
                self.allowKeywordArgs = saved
        if not self.module.name.startswith(RUNTIME_PREFIX):
            arity.emit_check(self, node, start)

    original_for = compiler.Generator.visit_For

    def visit_for(self: Any, node: Any) -> None:
        if self.module.name.startswith(RUNTIME_PREFIX):
            original_for(self, node)
            return
        if is_enumerate_loop(node):
            _enumerate_loop(self, node, original_for)
            return
        if isinstance(node.target, ast.Name) and self.isCall(node.iter, "range") and node.iter.args:
            _hoist_range_bounds(self, node)
            _hidden_counter(node)
        original_for(self, node)

    original_emit = compiler.Generator.emit

    def emit(self: Any, fragment: str, *formatter: Any) -> None:
        if not self.module.name.startswith(RUNTIME_PREFIX):
            fragment, formatter = _runtime_aliases(self, fragment, formatter)
        if fragment == CLASS_MODULE and self.scopes and len(self.scopes) > 2:
            fragment = f"{fragment}\n__qualname__: {_nested_qualname(self)!r},"
        if fragment == "{}: function" and formatter:
            self.pm_method_key = formatter[0]  # the method's property (transcrypt_arity.py)
        if fragment == "{}: function" and len(formatter) == 2:
            # Transcrypt's jscall method header drops its second argument, `async `, so an
            # async method compiled to a plain function containing `await` (not JavaScript).
            fragment = "{}: {}function"
        elif fragment == "{}: " and len(formatter) == 1:
            # A keyword argument: the transfer object carries Python's name (`name=1` →
            # `'name': 1`, not Transcrypt's alias `py_name`), so a `**kwargs` dict holds the
            # keys the caller wrote and `f(**{"name": 1})` reaches the parameter `name`.
            fragment, formatter = "'{}': ", (_python_name(self, formatter[0]),)
        elif fragment in ("var {} = this;\n", "var {} = '__class__' in this ? this.__class__ : this;\n") and len(formatter) == 1:
            # A method's first parameter under Transcrypt's alias, as its body reads it: `def
            # f(name)` (an Enum's `_generate_next_value_(name, …)`) bound `name` but read `py_name`.
            formatter = (self.filterId(formatter[0]),)
        elif fragment == KEYWORD_CASE:
            fragment = "case '{3}': var {0} = {1} [{2}]; break;\n"
            formatter = (*formatter, _python_name(self, formatter[0]))
        elif fragment == KWARGS_STORE and not self.module.name.startswith(RUNTIME_PREFIX):
            # A `**kwargs` dict is a Python dict (runtime_js/python/pmrt/dicts.js), not a
            # JS object: each keyword becomes an item.
            fragment = "default: {0}.__pm_kwset ({1}, {2} [{1}]);\n"
        elif fragment == KWARGS_UNMARK and not self.module.name.startswith(RUNTIME_PREFIX):
            return  # the marker was never stored in the dict
        elif not formatter and (call := PROPERTY_CALL.fullmatch(fragment)) \
                and call[2][len("_get_"):] in self.__dict__.get("_pm_deleters", ()):
            # Its deleter, which the class holds under the property's name until then.
            key = self.filterId(call[2][len("_get_"):])
            setter = "" if "._set_" in fragment else ", null"
            fragment = f"{fragment[:-1]}{setter}, Object.getOwnPropertyDescriptor ({call[1]}, '{key}'))"
        elif not formatter and (head := PROPERTY_HEAD.fullmatch(fragment)):
            # A class body's @property is defined under its Python name, but read under
            # Transcrypt's alias (`name` → `py_name`): `p.name` missed the property named
            # `name` (AttributeError: type object 'Person' has no attribute 'name').
            fragment = f"\nObject.defineProperty ({head[1]}, '{self.filterId(head[2])}', "
        pending = self.__dict__.pop("_pm_var", None)
        if pending is not None and not formatter and fragment in pending[1]:
            self.targetFragments[pending[0]] = ""  # the name is declared already
        original_emit(self, fragment, *formatter)
        if (fragment == "var " and self.scopes and isinstance(self.getScope().node, ast.Module)
                and not self.module.name.startswith(RUNTIME_PREFIX)):
            # A module variable bound again (in a loop, a branch) was declared again, `var x =
            # x + n`: esbuild then dropped the first declaration's value when nothing read the
            # name after the loop (`total = 0` / `for n in xs: total = total + n; print(total)`
            # printed nan). A name bound before is assigned without `var` (the next fragment).
            self._pm_var = (self.fragmentIndex - 1, {self.filterId(n) for n in self.allOwnNames})

    def visit_await(self: Any, node: Any) -> None:
        # Transcrypt emitted `await x` bare: `(await x).attr` became `await x.attr`, which
        # awaits the attribute. Parentheses keep Python's precedence in every position.
        self.emit("(await ")
        self.visit(node.value)
        self.emit(")")

    original_function = compiler.Generator.visit_FunctionDef

    def visit_function(self: Any, node: Any, anAsync: bool = False) -> None:
        if not self.module.name.startswith(RUNTIME_PREFIX) and not isinstance(self.getScope().node, ast.ClassDef):
            functions.hoist_function_defaults(self, node)  # first: `_pm_def` gives its temporaries
        if not isinstance(self.getScope().node, ast.ClassDef) or _has_wrappers(node):
            # Innermost: before the coroutine's decorator; a plain method's comes with its class.
            meta.describe_function(self, node)
        if anAsync and not self.module.name.startswith(RUNTIME_PREFIX):
            # A coroutine runs when awaited, not at the call (pmrt/coroutines.js).
            if _is_static_or_class(node) and isinstance(self.getScope().node, ast.ClassDef):
                _coroutine_member(self, node, original_function)
                return
            # Innermost, so the author's decorators see the coroutine function.
            node.decorator_list.append(ast.copy_location(ast.Name(id="_pm_coroutine", ctx=ast.Load()), node))
        if not (_has_wrappers(node) and self.allowJavaScriptCall and node.name != "__init__"
                and isinstance(self.getScope().node, ast.ClassDef)):
            start = self.fragmentIndex
            class_scopes.visit_method(self, node, lambda: original_function(self, node, anAsync=anAsync))
            if node.name == "__new__" and flow.has(self, PY_NEW) and isinstance(self.getScope().node, ast.ClassDef):
                _mark_python_new(self, start)
            elif flow.has(self, METHOD_KIND) and isinstance(self.getScope().node, ast.ClassDef):
                _mark_method_kind(self, node, start)
            return
        if any(isinstance(d, ast.Name) and d.id == OWN_DELETER for d in node.decorator_list):
            # `@property def x` then `@x.deleter def x` (the rewrite made it `@_pm_fdel`): the
            # class keeps it under `x` until the property is defined (PROPERTY_CALL below).
            self.__dict__.setdefault("_pm_deleters", set()).add(node.name)
        _decorated_method(self, node, anAsync, original_function)

    original_with = compiler.Generator.visit_With

    def own(visit: Any, original: Any) -> Any:
        """`visit` for the game's modules, Transcrypt's own code generation for its runtime."""
        def choose(self: Any, node: Any) -> None:
            if self.module.name.startswith(RUNTIME_PREFIX):
                original(self, node)
            else:
                visit(self, node)
        return choose

    original_class = compiler.Generator.visit_ClassDef

    def visit_class(self: Any, node: Any) -> None:
        if not isinstance(self.getScope().node, ast.ClassDef):
            class_bodies.compile_body(self, node)
        class_bodies.class_keywords(node)
        class_bodies.plain_prepare(node)
        functions.hoist_method_defaults(self, node)
        meta.describe_class(self, node)
        if not isinstance(self.getScope().node, ast.ClassDef):
            class_scopes.declare_class_names(self, node)
        if not isinstance(self.getScope().node, ast.Module):
            original_class(self, node)
            return
        # Transcrypt exported every module-level class where it stood: a second `class K`, or
        # one inside a try/if/for, was a second `export var K` (the bundler failed: "Multiple
        # exports with the same name"; in a block, not JavaScript). As for a def: exported
        # where first bound at the top level, a plain `var` (the same binding) elsewhere.
        exported = type(getattr(node, "parentNode", None)) is ast.Module and node.name not in self.allOwnNames
        start = self.fragmentIndex
        original_class(self, node)
        if not exported:
            head = f"export var {self.filterId(node.name)} = "
            index = next((i for i in range(start, self.fragmentIndex) if self.targetFragments[i] == head), None)
            if index is not None:
                self.targetFragments[index] = head[len("export "):]

    original_lambda = compiler.Generator.visit_Lambda
    original_name = compiler.Generator.visit_Name
    compiler.Generator.visit_Name = lambda self, node: class_bodies.visit_name(self, node, original_name)
    compiler.Generator.visit_ClassDef = own(visit_class, original_class)
    # Described inside the wrapper taking its defaults, so `_pm_def` reads the temporaries.
    compiler.Generator.visit_Lambda = own(lambda self, node: functions.visit_lambda(
        self, node, lambda g, n: meta.describe_lambda(g, n, lambda: original_lambda(g, n))), original_lambda)
    compiler.Generator.visit_arguments = own(
        lambda self, node: functions.visit_arguments(self, node, visit_arguments), visit_arguments)
    original_visit = compiler.Generator.visit

    def visit(self: Any, node: Any) -> Any:
        if (getattr(node, "pm_source", False) and not self.module.name.startswith(RUNTIME_PREFIX)
                and self.scopes and not isinstance(self.getScope().node, ast.ClassDef)):
            functions.declare_walrus_targets(self, node)
            if flow.has(self, flow.UNSET):
                flow.declare_unset(self, node)
        return original_visit(self, node)

    compiler.Generator.visit = visit
    original_call = compiler.Generator.visit_Call

    def visit_call(self: Any, node: Any, dataClassArgDict: Any = None) -> None:
        if self.module.name.startswith(RUNTIME_PREFIX) or (attrs.marker(node) is None
                                                           and attrs.marker(node.func) is None):
            original_call(self, node, dataClassArgDict)
        else:
            attrs.visit_call(self, node, original_call)

    compiler.Generator.visit_Call = visit_call
    compiler.Generator.visit_NamedExpr = functions.visit_named_expr
    compiler.Generator.visit_GeneratorExp = own(generators.visit_generator_exp, compiler.Generator.visit_GeneratorExp)
    original_revisit_import = compiler.Generator.revisit_Import

    def revisit_import(self: Any, memo: Any) -> None:
        # Transcrypt hoists every `import m` to the module's top, once per statement: a second
        # `import math` (in a function, a try, a doctest) declared `__module_math__` again and
        # the bundler failed. Each module is imported once; later statements bind the same name.
        seen = self.__dict__.setdefault("_pm_imports", set())
        node = memo.node
        fresh = [a for a in node.names if (a.name, a.asname) not in seen]
        seen.update((a.name, a.asname) for a in node.names)
        if not fresh:
            return
        names, node.names = node.names, fresh
        try:
            original_revisit_import(self, memo)
        finally:
            node.names = names

    compiler.Generator.revisit_Import = revisit_import
    original_compare = compiler.Generator.visit_Compare
    compiler.Generator.visit_Compare = own(lambda self, node: none.visit_compare(self, node, original_compare),
                                           original_compare)
    compiler.Generator.visit_Try = own(flow.visit_try, compiler.Generator.visit_Try)
    compiler.Generator.visit_Raise = own(flow.visit_raise, compiler.Generator.visit_Raise)
    compiler.Generator.visit_Assert = own(flow.visit_assert, compiler.Generator.visit_Assert)
    compiler.Generator.visit_With = own(lambda self, node: flow.visit_with(self, node, original_with),
                                        original_with)

    original_constant = compiler.Generator.visit_Constant

    def visit_constant(self: Any, node: Any) -> None:
        # Transcrypt writes a str as Python's repr, whose `\U0010ffff` escape (a character
        # outside the BMP that Python does not print) JavaScript reads as "U0010ffff".
        if type(node.value) is str and "\\U" in repr(node.value):
            self.emit("{}", json.dumps(node.value))
            return
        # A float literal beyond the doubles (`2e308`) is inf, which Transcrypt would write as `inf`.
        if type(node.value) is float and node.value in (math.inf, -math.inf):
            self.emit("Infinity")
            return
        original_constant(self, node)

    original_digest = utils.digestJavascript

    def digest(code: str, *args: Any, **kwargs: Any) -> Any:
        # Transcrypt reads any `export` but `export var|function` as `export {a, b}` and evals
        # the line's braces: `export const meta = {…}` in a runtime file broke every make build.
        code = EXPORT_BINDING.sub(r"\1export var ", code)
        result = original_digest(code, *args, **kwargs)
        if result:
            result.importedModuleNames = [name for name in result.importedModuleNames
                                          if not name.startswith(PMRT_FOLDER)]
        return result

    utils.digestJavascript = digest
    compiler.utils.digestJavascript = digest
    compiler.Generator.__init__ = init
    compiler.Generator.visit_Constant = visit_constant
    compiler.Generator.visit_FunctionDef = visit_function
    compiler.Generator.visit_For = visit_for
    compiler.Generator.emit = emit
    compiler.Generator.visit_Await = visit_await
    return transcrypt_main.main


_counter = [0]
# How Transcrypt's keyword prologue reads one named parameter from the transfer object.
KEYWORD_CASE = "case \'{0}\': var {0} = {1} [{2}]; break;\n"


def _python_name(generator: Any, js: str) -> str:
    """The Python identifier Transcrypt emitted as `js` (its alias table reversed)."""
    for python, alias in generator.aliases:
        if alias == js and not python.startswith("js_"):
            return python  # type: ignore[no-any-return]
    if js.startswith(js_words.PREFIX) and js[len(js_words.PREFIX):] in js_words.JS_WORDS:
        return js[len(js_words.PREFIX):]  # renamed before the compile (guard/js_words.py)
    return js


def _temp(prefix: str) -> str:
    _counter[0] += 1
    return f"__pm_{prefix}{_counter[0]}"


def _hoist_range_bounds(generator: Any, node: ast.For) -> None:
    """`for i in range(a, f(x))`: compute the bounds once, before the loop."""
    assert isinstance(node.iter, ast.Call)
    args = node.iter.args
    for index in range(min(len(args), 2)):
        bound = args[index]
        if isinstance(bound, (ast.Name, ast.Constant, ast.Starred)):
            continue
        name = _temp("bound")
        generator.emit("var {} = ", name)
        generator.visit(bound)
        generator.emit(";\n")
        args[index] = ast.copy_location(ast.Name(id=name, ctx=ast.Load()), bound)


def _hidden_counter(node: ast.For) -> None:
    """`for i in range(…)` counts with a hidden variable and sets `i` from it first thing in
    each pass: after the loop `i` is the last value, as in Python (Transcrypt's JS loop left it
    one step past the end), and an empty range leaves it untouched."""
    args = node.iter.args  # type: ignore[attr-defined]
    if any(isinstance(a, ast.Starred) for a in args):
        return
    counter = _temp("i") + "__"
    target = node.target
    node.body = [ast.copy_location(ast.Assign(targets=[target], value=ast.Name(id=counter, ctx=ast.Load())),
                                   target), *node.body]
    node.target = ast.copy_location(ast.Name(id=counter, ctx=ast.Store()), target)


def is_enumerate_loop(node: ast.For) -> bool:
    """`for i, x in enumerate(xs[, start])`, which compiles to a counted loop over `xs`."""
    call = node.iter
    return (isinstance(node.target, ast.Tuple) and len(node.target.elts) == 2
            and isinstance(node.target.elts[0], ast.Name) and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name) and call.func.id == "enumerate"
            and 1 <= len(call.args) <= 2 and not call.keywords
            and not any(isinstance(a, ast.Starred) for a in call.args))


def _enumerate_loop(generator: Any, node: ast.For, original_for: Any) -> None:
    """`for i, x in enumerate(xs, s)` → `n = s - 1; for x in xs: n += 1; i = n; …` with a hidden
    counter `n`: an empty loop leaves `i` untouched, as Python does."""
    assert isinstance(node.iter, ast.Call) and isinstance(node.target, ast.Tuple)
    counter, item = node.target.elts
    assert isinstance(counter, ast.Name)
    start = node.iter.args[1] if len(node.iter.args) > 1 else ast.Constant(value=0)
    hidden = _temp("n") + "__"
    generator.emit("var {} = ", hidden)
    generator.visit(start)
    generator.emit(" - 1;\n")
    step = ast.copy_location(ast.AugAssign(
        target=ast.Name(id=hidden, ctx=ast.Store()), op=ast.Add(), value=ast.Constant(value=1)), node)
    bind = ast.copy_location(ast.Assign(targets=[counter], value=ast.Name(id=hidden, ctx=ast.Load())), node)
    loop = ast.copy_location(ast.For(target=item, iter=node.iter.args[0], body=[step, bind, *node.body],
                                     orelse=node.orelse, type_comment=None), node)
    original_for(generator, loop)


# What Transcrypt emits to define a class body's property (its emitProperty).
PROPERTY_HEAD = re.compile(r"\nObject\.defineProperty \(([\w.]+), '(\w+)', ")
PROPERTY_CALL = re.compile(r"property\.call \(([\w.]+), [\w.]+\.(_get_\w+)(?:, [\w.]+\._set_\w+)?\)")
OWN_DELETER = "_pm_fdel"  # pmrt/properties.js
# Decorators Transcrypt applies itself; any other decorator on a method wraps a function.
BUILTIN_DECORATORS = frozenset({"staticmethod", "classmethod", "property"})
# Turns a function taking self first into a method taking `this` (a direct-call method).
# A descriptor the decorator made (an object with __get__) stays itself (runtime_classes.js).
# The decorator's marks on the function (`__isabstractmethod__`, `f.flag = True`) stay readable.
SELF_FIRST_METHOD = ("(function (f) {return f !== null && typeof f == 'object' && typeof f.__get__ == 'function' ? f : Object.assign (function () "
                     "{return f.apply (null, [this].concat ([].slice.call (arguments)));}, f);}) (")


def _decorator_id(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    if isinstance(target, ast.Attribute):
        return "property" if target.attr == "setter" else target.attr
    return target.id if isinstance(target, ast.Name) else ""


def _is_static_or_class(node: ast.FunctionDef) -> bool:
    return any(_decorator_id(d) in ("staticmethod", "classmethod") for d in node.decorator_list)


def _coroutine_member(generator: Any, node: ast.AsyncFunctionDef, original: Any) -> None:
    """An async staticmethod or classmethod (a plain decorator cannot join those, PM115): its
    member `name: async function (…) {…}` becomes `name: _pm_coroutine (async function (…) {…})`."""
    from org.transcrypt import utils  # type: ignore[import-not-found]
    start = generator.fragmentIndex
    original(generator, node, anAsync=True)
    fragments = generator.targetFragments
    head = f"{generator.filterId(node.name)}: async function"
    first = next((i for i in range(start, generator.fragmentIndex) if fragments[i] == head), None)
    last = generator.fragmentIndex - 1
    if first is None or fragments[last] != "}":
        raise utils.Error(lineNr=node.lineno, message="\n\tthis async method cannot be compiled\n")
    fragments[first] = f"{generator.filterId(node.name)}: _pm_coroutine (async function"
    fragments[last] = "})"


PY_NEW = "_pm_pynew"  # marks a class's own `__new__` (runtime_js/python/runtime_classes.js)


def _mark_python_new(generator: Any, start: int) -> None:
    """A class's `def __new__(cls, …)`, `__new__: function () {var cls = this; …}`, becomes
    `__new__: _pm_pynew (function () {…})`: calling the class then runs it as CPython's
    type.__call__ does (then `__init__` on what it returns, if an instance of the class);
    pyminis' own classes keep their `__new__ (args)`."""
    fragments = generator.targetFragments
    first = next((i for i in range(start, generator.fragmentIndex) if fragments[i] == "__new__: function"), None)
    last = generator.fragmentIndex - 1
    if first is None or fragments[last] != "}":
        return  # a decorated __new__ (@staticmethod): left as it was
    fragments[first] = f"__new__: {PY_NEW} (function"
    fragments[last] = "})"


# What Transcrypt's own code for literals, `*args` and `type(x)` calls, under names a program
# cannot bind (PM116): a game's `dict = {}`, `def f(set)`, `tuple = …` or `typeof` made
# `{"k": 1}`, `{1, 2}`, `*args` and `type(x)` call the game's value.
RUNTIME_ALIASES = {"dict": "_pm_rt_dict", "set": "_pm_rt_set", "tuple": "_pm_rt_tuple", "py_typeof": "_pm_rt_typeof"}
ALIASED_FRAGMENTS = {
    "dict ([": "_pm_rt_dict ([", "dict ({{": "_pm_rt_dict ({{", "new set ([": "new _pm_rt_set ([",
    "tuple ([": "_pm_rt_tuple ([", "tuple (": "_pm_rt_tuple (", "py_typeof (": "_pm_rt_typeof (",
    "var {} = tuple ([].slice.apply (arguments).slice ({}, {} + 1));\n":
        "var {} = _pm_rt_tuple ([].slice.apply (arguments).slice ({}, {} + 1));\n",
    "var {} = tuple ([].slice.apply (arguments).slice ({}));\n":
        "var {} = _pm_rt_tuple ([].slice.apply (arguments).slice ({}));\n",
}
RUNTIME_IMPORT = "import {{{}}} from '{}';\n"


def _runtime_aliases(generator: Any, fragment: str, formatter: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
    """A game module's fragment with Transcrypt's runtime names under RUNTIME_ALIASES; its import
    of the runtime adds the aliases, and leaves out a runtime name the module binds under
    Transcrypt's alias (`type = "fire"` is `py_metatype`, `next = 0` is `py_next`: declared twice)."""
    if fragment in ALIASED_FRAGMENTS:
        return ALIASED_FRAGMENTS[fragment], formatter
    if fragment == "return {}{}{};\n" and formatter and formatter[0] in ("set (", "dict ("):
        return fragment, (RUNTIME_ALIASES[formatter[0][:-2]] + " (", *formatter[1:])
    if fragment == RUNTIME_IMPORT and len(formatter) == 2 and "__runtime__" in str(formatter[1]):
        own = {generator.filterId(n) for n in generator.allOwnNames | generator.allImportedNames}
        imported = {generator.filterId(n) for n in generator.allImportedNames}
        listed = [n for n in str(formatter[0]).split(", ") if n]
        names = [n for n in listed if n not in own]
        names += [f"{name} as {alias}" for name, alias in RUNTIME_ALIASES.items()]
        # A builtin the module binds (`try: range = xrange` / `except NameError: pass`, `if
        # py2: input = raw_input`) is the builtin until then, as CPython's lookup falls back
        # to the builtins: the module's variable starts as it (guard/builtin_values.py).
        program = generator.module.program
        exported = program.moduleDict[program.runtimeModuleName].exportedNames
        starts = []
        for name in sorted(builtin_values.module_builtins(generator.module.parseTree)):
            js = generator.filterId(name)
            if js in imported or js not in own or (name not in builtin_values.START_HELPERS and js not in exported):
                continue
            if name not in builtin_values.START_HELPERS:
                names.append(f"{js} as {builtin_values.BUILTIN_ALIAS}{js}")
            starts.append(f"var {js} = {builtin_values.start_value(name, js)};\n")
        return fragment + "".join(starts), (", ".join(names), formatter[1])
    return fragment, formatter


CLASS_MODULE = "\n__module__: __name__,"  # the first member Transcrypt writes in a class


def _nested_qualname(generator: Any) -> str:
    """A class's `__qualname__` inside a def or a class (`f.<locals>.Foo`, `Outer.Inner`), as
    its repr shows it: from the scopes Transcrypt is in (the module's first)."""
    parts = []
    for scope in generator.scopes[1:]:
        node, name = scope.node, getattr(scope.node, "name", "")
        if not name or name.startswith("_pm_"):
            continue  # (a comprehension's scope, a class body run as a function)
        parts += [name, "<locals>"] if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else [name]
    return ".".join(parts)


METHOD_KIND = "_pm_method_kind"  # marks a static or class method (runtime_js/python/pmrt/calls.js)


def static_or_class(node: ast.FunctionDef) -> bool:
    """A method whose class holds it as a function of its own kind: only `@staticmethod` or
    `@classmethod` decorates it."""
    return len(node.decorator_list) == 1 and _decorator_id(node.decorator_list[0]) in ("staticmethod", "classmethod")


def _mark_method_kind(generator: Any, node: ast.FunctionDef, start: int) -> None:
    """`s: function (x) {…}` of a `@staticmethod` becomes `s: _pm_method_kind (function (x) {…}, 's')`
    ('c': a classmethod): a plain method and these compile alike (self and cls as `this`), and
    a read through the class at run time (`getattr(Cls, name)`, `vars(Cls)`) must tell them
    apart, as CPython's class dict does."""
    if not static_or_class(node) or node.name in ("__new__", "__iter__", "__next__"):
        return
    kind = "s" if _decorator_id(node.decorator_list[0]) == "staticmethod" else "c"
    fragments = generator.targetFragments
    head = f"{generator.filterId(node.name)}: function"
    first = next((i for i in range(start, generator.fragmentIndex) if fragments[i] == head), None)
    last = generator.fragmentIndex - 1
    if first is None or fragments[last] != "}":
        return
    fragments[first] = f"{generator.filterId(node.name)}: /* @__PURE__ */ {METHOD_KIND} (function"  # (shakeable)
    fragments[last] = f"}}, '{kind}')"


def _has_wrappers(node: ast.FunctionDef) -> bool:
    return any(_decorator_id(d) not in BUILTIN_DECORATORS for d in node.decorator_list)


def _decorated_method(generator: Any, node: ast.FunctionDef, is_async: bool, original: Any) -> None:
    """A method with a plain decorator (`@logged def hit(self, n)`): Transcrypt refuses these
    with direct calls (it cannot pass self). Its bound-getter form
    `get hit () {return __get__ (this, logged (function (self, n) {…}));}` becomes
    `hit: SELF_FIRST_METHOD (logged (function (self, n) {…}))`, a method like any other: called
    directly, bound by the rewrite where it escapes, `Base.hit.call(self, …)` works."""
    from org.transcrypt import utils  # type: ignore[import-not-found]
    start = generator.fragmentIndex
    generator.allowJavaScriptCall = False
    try:
        original(generator, node, anAsync=is_async)
    finally:
        generator.allowJavaScriptCall = True
    fragments = generator.targetFragments
    head = f"get {generator.filterId(node.name)} () {{return __get__ (this, "
    first = next((i for i in range(start, generator.fragmentIndex) if fragments[i] == head), None)
    # The getter's end, `);}`, is not always the last fragment: after `__iter__` Transcrypt
    # adds `, [Symbol.iterator] () {…}` (an @abstractmethod __iter__ failed to compile).
    last = next((i for i in reversed(range(start, generator.fragmentIndex)) if fragments[i] == ");}"), None)
    if first is None or last is None or last < first:
        raise utils.Error(lineNr=node.lineno, message="\n\tthis method decorator cannot be compiled\n")
    fragments[first] = generator.filterId(node.name) + ": " + (
        meta.SELF_FIRST_METHOD if meta.wanted(generator) else SELF_FIRST_METHOD)
    fragments[last] = ")"


def _run_one(main: Any, args: list[str]) -> tuple[int, str]:
    sys.argv = ["transcrypt", *args]
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        try:
            code = main()
        except SystemExit as stop:  # argument errors exit
            code = stop.code if isinstance(stop.code, int) else 1
    return int(code or 0), output.getvalue()


def _mark_js_only(target_dir: Path) -> None:
    """Prefix JS-only targets (copy.js) with `/**/`: in make mode Transcrypt would otherwise
    take them for minified and run Java to prettify them (as compile/python.py explains)."""
    for path in target_dir.glob("*.js") if target_dir.is_dir() else []:
        data = path.read_bytes()
        if data and not data.startswith(b"/"):
            path.write_bytes(b"/**/" + data)


def run_batch(cwd: Path, jobs: list[list[str]]) -> list[tuple[int, str]]:
    """Several Transcrypt runs in one fresh process (each program compiled separately)."""
    spec = json.dumps({"cwd": str(cwd), "jobs": jobs})
    # By file path: `-m` would find the staged `pyminis` package in the working directory.
    done = subprocess.run([sys.executable, __file__, "--batch"], input=spec, cwd=cwd,
                          env=child_environment(), capture_output=True, text=True, check=False)
    try:
        answer = json.loads(done.stdout.strip().splitlines()[-1])
        return [(int(code), str(output)) for code, output in answer]
    except (IndexError, ValueError):
        return [(1, done.stdout + done.stderr)] * len(jobs)


def main() -> None:
    main_function = patch()
    if sys.argv[1:] == ["--batch"]:
        spec = json.loads(sys.stdin.read())
        os.chdir(spec["cwd"])
        results = []
        for job in spec["jobs"]:
            results.append(_run_one(main_function, job))
            _mark_js_only(Path("__target__"))
        sys.stdout.flush()
        os.write(1, ("\n" + json.dumps(results) + "\n").encode())
        os._exit(0)  # skip Transcrypt's atexit messages
    code = main_function()
    sys.exit(code or 0)


if __name__ == "__main__":
    main()

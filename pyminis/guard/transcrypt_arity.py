"""Calls that do not fit a function's parameters raise CPython's TypeError (transcrypt_run.py
installs this on Transcrypt's generator for the game's modules).

JavaScript fills a missing parameter with undefined and drops extra arguments, so `f(1)` of
`def f(a, b)` ran with `b` undefined and `f(1, 2, 3)` ran at all. Each def and lambda of the
game (the rewrite imports `_pm_argerr` where the module is not pyminis' own) now tests, after
its parameter prologue, its argument count in one comparison — `arguments.length !== 2`,
which V8 folds away where it inlines a call, so the hot path is unchanged — and keywords
received (Transcrypt's transfer object), in which case `_pm_argerr`
(runtime_js/python/pmrt/arity.js) checks them: too many or missing positional arguments,
unexpected keywords, a value given twice, missing keyword-only arguments, as CPython words them.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from pyminis.guard import js_words
from pyminis.guard import transcrypt_flow as flow
from pyminis.guard import transcrypt_meta as meta
from pyminis.guard.closing_generators import own_nodes
from pyminis.guard.list_subclasses import derived_classes

HELPER = "_pm_argerr"
CLASS_CALL = "if (typeof this === 'function' && _pm_isclass (this)) return {}_pm_unbound (this, {!r}, arguments);\n"
# Methods that take a class as their first argument by design: never redirected.
_CLASS_TAKING = {"__new__", "__init_subclass__", "__class_getitem__"}
_METACLASS_BASES = {"type", "_pm_type", "ABCMeta", "EnumMeta", "EnumType"}  # (the rewrite names type `_pm_type`)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_KWARGS_TEMP = re.compile(r"var (__allkwargs\d+__) = arguments")


def wanted(generator: Any) -> bool:
    return flow.has(generator, HELPER)


def mark(tree: ast.Module) -> None:
    """Give each function's `arguments` node what the check needs before Transcrypt changes it
    (a method's `self` is taken out of the parameters when it comes as `this`)."""
    meta.name_qualnames(tree)
    # A lambda bound in a class body is called as a method with `self` as `this`, which it
    # does not read: left unchecked, as it was.
    members = {id(n.value) for c in ast.walk(tree) if isinstance(c, ast.ClassDef)
               for n in c.body if isinstance(n, (ast.Assign, ast.AnnAssign)) and isinstance(n.value, ast.Lambda)}
    for method in plain_methods(tree):
        # a generator's body runs at its first next(): it delegates to the one made with self
        generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in own_nodes(method.body))
        method.args.pm_plain_method = "yield* " if generator else ""  # type: ignore[attr-defined]
        method.args.pm_special = _dunder(method.name)  # type: ignore[attr-defined]
    for node in ast.walk(tree):
        if isinstance(node, FUNCTIONS) and id(node) not in members:
            args = node.args
            qualname = ".".join(map(_python, getattr(node, "pm_qualname", "<lambda>").split(".")))
            args.pm_qualname = qualname  # type: ignore[attr-defined]
            args.pm_positional = [_python(a.arg) for a in args.posonlyargs + args.args]  # type: ignore[attr-defined]
            args.pm_posonly = len(args.posonlyargs)  # type: ignore[attr-defined]


def plain_methods(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The methods that take an instance as `this`: undecorated, in a class that is not a
    metaclass (whose methods do take a class). Called through a class in a variable
    (`C.step(obj)`, `C.show(c)` of `show = __str__`), they must move their first argument into
    `this` (`_pm_unbound`)."""
    def is_meta(base: ast.expr, found: dict[str, ast.ClassDef]) -> bool:
        name = base.attr if isinstance(base, ast.Attribute) else base.id if isinstance(base, ast.Name) else ""
        return name in _METACLASS_BASES or name in found

    metaclasses = {id(c) for c in derived_classes(tree, is_meta).values()}
    return [item for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and id(node) not in metaclasses
            for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
            and not item.decorator_list and item.name not in _CLASS_TAKING and item.args.args]


def _dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


def _python(name: str) -> str:
    """The author's name of a name guard/js_words.py renamed (`py_function` → `function`):
    keywords travel under the author's names, and messages show them."""
    word = name[len(js_words.PREFIX):]
    return word if name.startswith(js_words.PREFIX) and word in js_words.JS_WORDS else name


def _spec(node: ast.arguments, skipped: int) -> str:
    """The signature as `_pm_argerr`'s arguments after the first two, trailing defaults left out."""
    names: list[str] = node.pm_positional  # type: ignore[attr-defined]
    kwonly = [_python(a.arg) for a in node.kwonlyargs]
    kw_required = [_python(a.arg) for a, d in zip(node.kwonlyargs, node.kw_defaults) if d is None]
    parts = [repr(node.pm_qualname), str(skipped), _list(names), str(len(names) - len(node.defaults)),  # type: ignore[attr-defined]
             str(node.pm_posonly), str(int(node.vararg is not None)), _list(kwonly), _list(kw_required),  # type: ignore[attr-defined]
             str(int(node.kwarg is not None))]
    while len(parts) > 4 and parts[-1] in ("0", "[]"):
        parts.pop()
    return ", ".join(parts)


def _list(names: list[str]) -> str:
    return "[" + ", ".join(repr(n) for n in names) + "]"


def emit_check(generator: Any, node: ast.arguments, start: int) -> None:
    """After the prologue Transcrypt emitted from fragment `start` on: the argument check."""
    key, generator.pm_method_key = getattr(generator, "pm_method_key", None), None
    if not wanted(generator) or not hasattr(node, "pm_positional"):
        return
    plain = getattr(node, "pm_plain_method", None)
    names: list[str] = node.pm_positional  # type: ignore[attr-defined]
    skipped = len(names) - len(node.posonlyargs) - len(node.args)  # `self` taken as `this`
    # (functions.visit_arguments has moved positional-only parameters into node.args)
    count = len(names) - skipped
    required = count - len(node.defaults)
    if node.vararg is not None:
        tests = [f"arguments.length < {required}"] if required > 0 else []
    elif required == count:
        tests = [f"arguments.length !== {count}"]
    elif required > 0:
        tests = [f"arguments.length < {required}", f"arguments.length > {count}"]
    else:
        tests = [f"arguments.length > {count}"]
    fragments = generator.targetFragments[start:generator.fragmentIndex]
    temps = [m.group(1) for f in fragments for m in [_KWARGS_TEMP.search(f)] if m]
    if temps:  # keywords came: the helper checks them
        tests.insert(0, f"{temps[0]} !== undefined")
    call = f"{HELPER} (arguments.length, arguments [arguments.length - 1], {_spec(node, skipped)});\n"
    checked = any(d is None for d in node.kw_defaults)  # a required keyword-only parameter
    # A plain method called through a class (`C.f(obj, …)`) gets one argument more than it
    # takes: where the count is exact, that fails the count test and the class test waits
    # inside it (a call that fits pays nothing); elsewhere it comes first, on every call.
    through_class = CLASS_CALL.format(plain, key) if key is not None and plain is not None else ""
    exact = node.vararg is None and required == count and not checked
    if through_class and not exact and getattr(node, "pm_special", False):
        # (the runtime calls special methods itself, on classes too: only a count that
        # cannot fit the method tells such a call apart)
        through_class = ""
    if through_class and not exact:
        generator.emit(through_class)
        through_class = ""
    if checked:
        generator.emit(call)  # every call is checked
    elif tests:
        generator.emit("if ({}) {{\n{}{}}}\n" if through_class else "if ({}) {}{}", " || ".join(tests), through_class, call)

"""Python's metadata of defs, lambdas and classes (transcrypt_run.py installs this).

A compiled function has no `__name__`, `__qualname__`, `__doc__` or `__module__` (they read
None), a class no `__qualname__` or `__doc__`. In a program that reads one of them
(facts.METADATA; the guard's rewrite then imports `_pm_def`), each def and lambda gets them
through an innermost decorator `_pm_def (qualname, doc, __name__)`, and each class through an
outermost one that also describes its plain methods (runtime_js/python/pmrt/meta.js). Other
programs pay nothing.
"""

from __future__ import annotations

import ast
from typing import Any

from pyminis.guard import transcrypt_flow as flow

HELPER = "_pm_def"
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
COMPREHENSIONS = {ast.ListComp: "<listcomp>", ast.SetComp: "<setcomp>", ast.DictComp: "<dictcomp>",
                  ast.GeneratorExp: "<genexpr>"}
# Method decorators that leave the class holding the function itself.
PLAIN = frozenset({"staticmethod", "classmethod"})
# transcrypt_run.SELF_FIRST_METHOD for a method with a plain decorator, the method reading the
# metadata of what the decorator returned (a wrapper's, or the method's through functools.wraps).
SELF_FIRST_METHOD = ("(function (f) {return f !== null && typeof f == 'object' && typeof f.__get__ == 'function' ? f : _pm_def (f.__qualname__, f.__doc__, f.__module__) (Object.assign (function () "
                     "{return f.apply (null, [this].concat ([].slice.call (arguments)));}, f));}) (")


def wanted(generator: Any) -> bool:
    return flow.has(generator, HELPER)


def name_qualnames(tree: ast.Module) -> None:
    """Set `pm_qualname` on every def, lambda and class as CPython names them
    (`outer.<locals>.Inner.method`, `<listcomp>.<lambda>`)."""
    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                qualname = prefix + (child.name if not isinstance(child, ast.Lambda) else "<lambda>")
                child.pm_qualname = qualname  # type: ignore[attr-defined]
                inner = qualname + (".<locals>." if isinstance(child, FUNCTIONS) else ".")
                for part in ast.iter_child_nodes(child):  # decorators, defaults, bases: outside
                    in_body = part is child.body if isinstance(child, ast.Lambda) else part in child.body
                    visit_part(part, inner if in_body else prefix)
            elif type(child) in COMPREHENSIONS:
                assert isinstance(child, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
                visit_part(child.generators[0].iter, prefix)
                inner = prefix + COMPREHENSIONS[type(child)] + "."
                for part in ast.iter_child_nodes(child):
                    if part is not child.generators[0]:
                        visit_part(part, inner)
                for part in ast.iter_child_nodes(child.generators[0]):
                    if part is not child.generators[0].iter:
                        visit_part(part, inner)
            else:
                visit(child, prefix)

    def visit_part(part: ast.AST, prefix: str) -> None:
        visit(ast.Module(body=[part], type_ignores=[]), prefix)

    visit(tree, "")


def _describe(generator: Any, node: ast.AST, methods: list[ast.expr] | None = None) -> ast.Call:
    doc = ast.get_docstring(node, clean=False) if not isinstance(node, ast.Lambda) else None  # type: ignore[arg-type]
    args: list[ast.expr] = [ast.Constant(value=getattr(node, "pm_qualname", "?")), ast.Constant(value=doc),
                            ast.Name(id="__name__", ctx=ast.Load())]
    if methods or isinstance(node, FUNCTIONS):
        args.append(ast.List(elts=methods, ctx=ast.Load()) if methods else ast.Constant(value=None))
    if isinstance(node, FUNCTIONS):
        args += _defaults(node.args)
    return ast.copy_location(ast.Call(func=ast.Name(id=HELPER, ctx=ast.Load()), args=args, keywords=[]), node)


def _defaults(args: ast.arguments) -> list[ast.expr]:
    """`__defaults__` and `__kwdefaults__` as `_pm_def` takes them: [values] and [name, value, …]
    (None: none). Read after transcrypt_functions.py took each non-constant default into its
    temporary, so they are the very objects the parameters get."""
    keyword = [part for arg, default in zip(args.kwonlyargs, args.kw_defaults) if default is not None
               for part in (ast.Constant(value=arg.arg), default)]
    return [ast.List(elts=list(args.defaults), ctx=ast.Load()) if args.defaults else ast.Constant(value=None),
            ast.List(elts=keyword, ctx=ast.Load()) if keyword else ast.Constant(value=None)]


def describe_function(generator: Any, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """A def outside a class body, or a method with a plain decorator (which may read the
    metadata: functools.wraps): `_pm_def (…)` becomes its innermost decorator."""
    if wanted(generator) and not getattr(node, "pm_described", False):
        node.pm_described = True  # type: ignore[union-attr]
        node.decorator_list.append(_describe(generator, node))


def describe_class(generator: Any, node: ast.ClassDef) -> None:
    """A class: `_pm_def (…, [jsname, qualname, doc, …])` becomes its outermost decorator."""
    if not wanted(generator) or getattr(node, "pm_described", False):
        return
    node.pm_described = True  # type: ignore[attr-defined]
    methods: list[ast.expr] = []
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and all(
                isinstance(d, ast.Name) and d.id in PLAIN for d in item.decorator_list):
            methods += [ast.Constant(value=generator.filterId(item.name)),
                        ast.Constant(value=getattr(item, "pm_qualname", item.name)),
                        ast.Constant(value=ast.get_docstring(item, clean=False)), *_defaults(item.args)]
        elif isinstance(item, ast.FunctionDef) and [d for d in item.decorator_list
                                                     if isinstance(d, ast.Name) and d.id == "property"]:
            # A property's getter, Transcrypt's `_get_<name>`: its doc is the property's.
            methods += [ast.Constant(value=generator.filterId("_get_" + item.name)),
                        ast.Constant(value=getattr(item, "pm_qualname", item.name)),
                        ast.Constant(value=ast.get_docstring(item, clean=False)), *_defaults(item.args)]
    described = _describe(generator, node, methods)
    listed = dir_names(node)
    if listed is not None:  # `dir()` of it and its instances (pmrt/attribute_listing.js)
        if len(described.args) == 3:
            described.args.append(ast.Constant(value=None))  # no methods
        described.args += [ast.Constant(value=None), ast.Constant(value=None),
                           ast.List(elts=[ast.Constant(value=n) for n in listed], ctx=ast.Load())]
    node.decorator_list.insert(0, described)


def dir_names(node: ast.ClassDef) -> list[str] | None:
    """The names CPython's class dict holds beside what the body binds (which the compiled class
    has as its own properties): None for a class `dir()` cannot list as CPython does (decorated,
    a metaclass or other keywords, computed bases or `__slots__`)."""
    if node.decorator_list or node.keywords or not all(isinstance(b, (ast.Name, ast.Attribute)) for b in node.bases):
        return None
    names = ["__module__", "__doc__"]
    statements = class_statements(node)
    slots = [s.value for s in statements if isinstance(s, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == "__slots__" for t in s.targets)]
    if slots:
        value = slots[0]
        if len(slots) > 1 or not isinstance(value, (ast.Tuple, ast.List)) or not all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
            return None
        names += [e.value for e in value.elts]  # type: ignore[union-attr]
    else:
        names += ["__dict__", "__weakref__"]
    return names  # `__annotations__`: the rewrite marks the classes with annotations


def class_statements(node: ast.ClassDef) -> list[ast.stmt]:
    """The statements of a class body, in order, with those inside its if/for/try (not defs'
    nor nested classes')."""
    statements: list[ast.stmt] = []
    todo = list(reversed(node.body))
    while todo:
        statement = todo.pop()
        statements.append(statement)
        if not isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            todo += reversed([c for c in ast.iter_child_nodes(statement) if isinstance(c, ast.stmt)])
    return statements


def describe_lambda(generator: Any, node: ast.Lambda, emit_lambda: Any) -> None:
    """`lambda: …` → `_pm_def (…) (function __lambda__ () {…})`."""
    if not wanted(generator):
        emit_lambda()
        return
    generator.visit(_describe(generator, node).func)
    generator.emit(" (")
    for index, arg in enumerate(_describe(generator, node).args):
        if index:
            generator.emit(", ")
        generator.visit(arg)
    generator.emit(") (")
    emit_lambda()
    generator.emit(")")

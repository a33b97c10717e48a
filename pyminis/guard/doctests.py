"""`doctest.testmod()`: the examples in a module's docstrings, compiled with the game.

CPython runs each example with `exec`, which a game cannot (eval and exec are forbidden on the
platform). So, for a module that imports doctest, the build parses its docstrings with
CPython's own DocTestParser and writes the examples as Python: a module of their own
(`<module>__doctests`), one function per docstring, each example in a `try` that hands the
runner (pyminis/stdlib/doctest.py) what it printed, the value of an expression statement or
the exception it raised. That module is compiled, linted and refused like the author's code
(a problem in it is reported at the example's line of the author's file).

The docstrings are the ones CPython's DocTestFinder visits (the module's, its functions',
classes', methods', properties' and nested classes'), named as it names them. Each example
sees the module's names (their values of the moment) and the modules it imports; what the
examples of one docstring bind is theirs, as doctest's copy of the globals makes it.
"""

from __future__ import annotations

import ast
import dataclasses
import doctest
import re
from dataclasses import dataclass

from pyminis.guard.scopes import bound_names

SUFFIX = "__doctests"
RUNNER = "_doctest_runner_"
NAMESPACE = "_doctest_namespace_"  # the module's names, each read when an example reads it
ERROR = "_doctest_error_"


def imports_doctest(tree: ast.Module) -> bool:
    return any(isinstance(n, ast.Import) and any(a.name == "doctest" for a in n.names)
               or isinstance(n, ast.ImportFrom) and n.module == "doctest" for n in ast.walk(tree))


@dataclass(frozen=True)
class _Found:
    name: str  # after the module's name: "", ".f", ".Cls.method"
    lineno: int | None  # as doctest's _find_lineno gives it (0-based)
    docstring: str


def _docstring(node: ast.AST) -> str:
    doc = ast.get_docstring(node, clean=False) if isinstance(
        node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else None
    return doc or ""


def _decorator_name(decorator: ast.expr) -> str:
    """`property`, `lru_cache` (`functools.lru_cache(maxsize=…)` too), `setter` (`@x.setter`)."""
    if isinstance(decorator, ast.Call):
        decorator = decorator.func
    return decorator.attr if isinstance(decorator, ast.Attribute) else decorator.id if isinstance(decorator, ast.Name) else ""


# What doctest's _find_lineno cannot place: a property, a cache's wrapper (no function object).
_UNPLACED = frozenset({"property", "setter", "getter", "deleter", "lru_cache", "cache"})


def _function_line(node: ast.FunctionDef | ast.AsyncFunctionDef, docstring: str) -> int | None:
    """co_firstlineno - 1 (the first decorator's line) for a function with a docstring."""
    if not docstring or any(_decorator_name(d) in _UNPLACED for d in node.decorator_list):
        return None
    return min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1


def _module_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements run at module level: those in if/try/with/for/while blocks too."""
    out: list[ast.stmt] = []
    for statement in body:
        out.append(statement)
        if isinstance(statement, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith)):
            out += _module_level(statement.body + getattr(statement, "orelse", []))
        elif isinstance(statement, ast.Try):
            out += _module_level(statement.body + statement.orelse + statement.finalbody
                                 + [s for h in statement.handlers for s in h.body])
    return out


def _members(body: list[ast.stmt], prefix: str, in_class: bool) -> dict[str, _Found | tuple[str, list[ast.stmt]]]:
    """name → what it names last (a namespace keeps the last binding)."""
    found: dict[str, _Found | tuple[str, list[ast.stmt]]] = {}
    for statement in body if in_class else _module_level(body):
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                _decorator_name(d) == "cached_property" for d in statement.decorator_list):
            found.pop(statement.name, None)  # neither a routine nor a property: DocTestFinder skips it
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            getter = next((f for f in found.values() if isinstance(f, _Found) and f.name == prefix + "." + statement.name),
                          None)
            setter = any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter", "getter")
                         for d in statement.decorator_list)
            if setter and getter is not None:
                continue  # `@x.setter`: the property keeps its getter's docstring
            docstring = _docstring(statement)
            found[statement.name] = _Found(prefix + "." + statement.name, _function_line(statement, docstring),
                                           docstring)
        elif isinstance(statement, ast.ClassDef):
            found[statement.name] = (prefix + "." + statement.name, [statement])  # type: ignore[list-item]
        elif (not in_class and isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Lambda)):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = _Found(prefix + "." + target.id, None, "")
    return found


_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


def _docstring_line(start: int, source_lines: list[str]) -> int | None:
    """doctest's _find_lineno: the first line from `start` (0-based) that opens a string."""
    for lineno in range(start, len(source_lines)):
        if _DOCSTRING_START.match(source_lines[lineno]):
            return lineno
    return None


def find(tree: ast.Module, source_lines: list[str]) -> list[_Found]:
    """The docstrings DocTestFinder visits, with their names and line numbers."""
    found = _find(tree)
    return [dataclasses.replace(f, lineno=_docstring_line(f.lineno, source_lines)) if f.lineno is not None else f
            for f in found]


def _find(tree: ast.Module) -> list[_Found]:
    tests = [_Found("", 0, _docstring(tree))]

    def visit(members: dict[str, _Found | tuple[str, list[ast.stmt]]]) -> None:
        for member in members.values():
            if isinstance(member, _Found):
                tests.append(member)
            else:
                name, (cls,) = member
                assert isinstance(cls, ast.ClassDef)
                tests.append(_Found(name, cls.lineno - 1, _docstring(cls)))
                visit(_members(cls.body, name, True))

    visit(_members(tree.body, "", False))
    return tests


def _read(name: str) -> ast.expr:
    """`_doctest_namespace_["name"]()`"""
    item = ast.Subscript(ast.Name(NAMESPACE, ast.Load()), ast.Constant(name), ast.Load())
    return ast.Call(item, [], [])


class _Names(ast.NodeTransformer):
    """An example's source as the suite runs it: the module's own names read through the
    namespace its testmod() call passes, expression statements (outside functions) shown as
    the interpreter shows them."""

    def __init__(self, module_names: set[str], used: set[str]) -> None:
        self.module_names = module_names
        self.used = used  # the module's names the examples read
        self.depth = 0

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.module_names and isinstance(node.ctx, ast.Load):
            self.used.add(node.id)
            return ast.copy_location(_read(node.id), node)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1
        return node

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]
    visit_ClassDef = visit_FunctionDef  # type: ignore[assignment]
    visit_Lambda = visit_FunctionDef  # type: ignore[assignment]

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        self.generic_visit(node)
        if self.depth:
            return node
        show = ast.Call(ast.Attribute(ast.Name(RUNNER, ast.Load()), "show", ast.Load()), [node.value], [])
        return ast.copy_location(ast.Expr(show), node)


def _bound_in(examples: list[ast.Interactive]) -> set[str]:
    names: set[str] = set()
    for example in examples:
        for node in ast.walk(example):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                names.add(node.id)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.alias):
                names.add((node.asname or node.name).split(".")[0])
            elif isinstance(node, ast.arg):
                names.add(node.arg)
    return names


def _imports(tree: ast.Module) -> tuple[list[str], set[str]]:
    """The module's top-level imports (the suite makes them too: the guard knows what an
    imported function returns) and the names they bind."""
    lines, names = [], set()
    for statement in tree.body:
        if isinstance(statement, (ast.Import, ast.ImportFrom)) and not (
                isinstance(statement, ast.ImportFrom) and (statement.module == "__future__" or statement.level)):
            lines.append(ast.unparse(statement))
            names |= {(a.asname or a.name).split(".")[0] for a in statement.names}
    return lines, names


@dataclass(frozen=True)
class Suite:
    text: str  # the module of the examples
    lines: dict[int, int]  # its line → the author's line
    used: frozenset[str]  # the module's own names the examples read


def suite(tree: ast.Module, source_lines: list[str]) -> Suite:
    """The examples of `tree` (of `source_lines`) as a module of their own."""
    import_lines, imported = _imports(tree)
    own = bound_names(tree) - imported
    out = ['"""The doctest examples of one module, written out by pyminis (guard/doctests.py)."""',
           "import doctest as _doctest_", *import_lines, ""]
    lines: dict[int, int] = {}
    entries: list[str] = []
    used: set[str] = set()
    for index, test in enumerate(find(tree, source_lines)):
        function = f"_doctest_test_{index}_"
        error = None
        examples: list[doctest.Example] = []
        try:
            examples = doctest.DocTestParser().get_examples(test.docstring, "NAME" + test.name)
        except ValueError as problem:
            error = str(problem)
        parsed: list[ast.Interactive | str] = []
        for example in examples:
            try:
                parsed.append(ast.parse(example.source, mode="single"))
            except SyntaxError as problem:
                parsed.append(f"{problem.msg}")
        bound = _bound_in([p for p in parsed if isinstance(p, ast.Interactive)])
        out.append(f"def {function}({RUNNER}, {NAMESPACE}):")
        for name in sorted(bound & (own | imported)):  # an example rebinds a module's name: its value first
            used.add(name)
            out += ["    try:", f"        {name} = {ast.unparse(_read(name))}", "    except NameError:", "        pass"]
        names = _Names(own - bound, used)
        for number, (example, body) in enumerate(zip(examples, parsed)):
            where = (test.lineno or 0) + example.lineno + 1
            out += [f"    if {RUNNER}.start({number}):", "        try:"]
            if isinstance(body, str):
                out.append(f"            raise SyntaxError({body!r})")
            else:
                for statement in body.body:
                    code = ast.unparse(ast.fix_missing_locations(names.visit(statement)))
                    for line in code.splitlines():
                        lines[len(out) + 1] = where
                        out.append("            " + line)
            out += [f"        except BaseException as {ERROR}:", f"            {RUNNER}.raised({ERROR})",
                    "        else:", f"            {RUNNER}.returned()"]
        out += ["    pass", ""]
        described = [(e.source, e.want, e.exc_msg, e.lineno, dict(e.options)) for e in examples]
        entries.append(f"    ({test.name!r}, {test.lineno!r}, {described!r}, {function}, {error!r}),")
    out += ["_doctest_.register_examples(__name__, [", *entries, "])", ""]
    return Suite("\n".join(out), lines, frozenset(used))


def testmod_calls(tree: ast.Module) -> list[ast.Call]:
    """The calls of doctest.testmod (`doctest.testmod(…)`, `testmod(…)` imported from doctest)."""
    modules = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.Import)
               for a in n.names if a.name == "doctest"}
    functions = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == "doctest"
                 for a in n.names if a.name == "testmod"}
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and (
        isinstance(n.func, ast.Attribute) and n.func.attr == "testmod" and isinstance(n.func.value, ast.Name)
        and n.func.value.id in modules or isinstance(n.func, ast.Name) and n.func.id in functions)]


def namespace(suite_module: str, used: frozenset[str]) -> str:
    """The argument a testmod call gets: the suite and the module's names it reads, each read
    when an example reads it (a name bound later in the module is bound by then)."""
    reads = ", ".join(f"{name!r}: lambda: {name}" for name in sorted(used))
    return f"{NAMESPACE}=({suite_module!r}, {{{reads}}}), "

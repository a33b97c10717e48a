"""The lint: Python constructs pyminis refuses, each with a code, the place and the fix.

What the rewrite can make work is not here; what stays here either compiles to JavaScript that
behaves differently with no cheap fix, or is forbidden by the platform (eval, string timers).
The table `RULES` is the source of docs/python-subset.md's "Refused" section (a test checks).
"""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass

from pyminis import syntax
from pyminis.errors import Location, Problem
from pyminis.guard import (annotation_calls, builtin_subclasses, class_bodies, closing_generators, list_subclasses,
                           module_globals, modules, pyxel_names, regexps)
from pyminis.guard.dataclass_spec import FIELD_FLAGS as DATACLASS_FIELD_FLAGS
from pyminis.guard.dataclass_spec import OPTIONS as DATACLASS_OPTIONS
from pyminis.guard.facts import base_accessor, own_deleters
from pyminis.guard.global_names import global_names
from pyminis.guard import bytes_support, logging_records, optional_imports, record_classes, star_imports
from pyminis.guard.scopes import bound_names as scope_bound_names
from pyminis.guard.shapes import bound_names


@dataclass(frozen=True)
class Rule:
    code: str
    what: str  # what is wrong (one line)
    fix: str  # how to write it instead


# Builtin types whose subclasses crash at run time (Transcrypt's are functions, not classes).
UNDERIVABLE = frozenset({"tuple", "str", "int", "float", "bool", "bytes", "bytearray", "complex", "range"})

RULES = {r.code: r for r in [
    Rule("PM102", "CPython refuses to compile this `match` statement",
         "fix the pattern as CPython's message says (put a capture or `_` case last, bind each name once, "
         "bind the same names in every alternative of `|`)"),
    Rule("PM103", "`async for` and `async with` do not compile", "await inside a plain loop or try/finally"),
    Rule("PM104", "`except*` does not compile", "catch the exception group with a plain `except`"),
    Rule("PM106", "a starred tuple target (`a, *(b, c) = xs`) is not supported",
         "unpack in two steps: a, *rest = xs; b, c = rest"),
    Rule("PM108", "eval/exec/compile are forbidden on the platform", "call a function you wrote"),
    Rule("PM109", "`__pragma__` is reserved for pyminis' own packages", "write plain Python"),
    Rule("PM110", "timers must get a function, not a string of code (forbidden on the platform)",
         "pass a function: setTimeout(self.tick, 100)"),
    Rule("PM111", "this module is not available in games",
         "use " + modules.DEFAULT_INSTEAD + " (docs/python-subset.md)"),
    Rule("PM115", "this method decorator does not compile: a plain decorator cannot be combined with "
         "staticmethod, classmethod or property, nor decorate __init__; `@x.getter` cannot follow this "
         "class's `@property def x`, nor `@x.deleter` stand without it",
         "call the wrapper explicitly inside the method"),
    Rule("PM116", "names starting with `_pm_` are reserved for pyminis", "rename it"),
    Rule("PM118", "this builtin does not exist in games", "see docs/python-subset.md"),
    Rule("PM119", "bytes beyond what docs/python-subset.md lists are not supported",
         "keep text as str, or use what the message names"),
    Rule("PM120", "the name `Ellipsis` (the builtin constant `...`) cannot be rebound in games",
         "give your value another name"),
    Rule("PM121", "this `dataclass` option is not supported",
         "use the @dataclass(…) and field(…) options docs/python-subset.md lists, written as True/False"),
    Rule("PM124", "an attribute or an item as a `for` target (`for self.i in …`, `for d[k] in …`) "
         "does not compile", "loop over a name and assign it first thing in the body: "
         "`for i in …: self.i = i`"),
    Rule("PM125", "this name of the module does not exist in games",
         "use the names the module offers (docs/python-subset.md)"),
    Rule("PM129", "this regular expression cannot run in games as in CPython",
         "write it without what the message names (docs/python-subset.md, `re`)"),
    Rule("PM122", "`global` in a class body is not supported",
         "assign the module's variable from a function, or set a class attribute"),
    Rule("PM123", "`yield` inside try/finally runs its `finally` in games only for a generator "
         "decorated with `@contextmanager` (its with statement drives it to the end) or made by a "
         "`for` loop's iterable (`for x in gen():`, CPython drops it as the loop ends), "
         "outside generators, whose handlers name Exception classes, without `with`, and with no "
         "yield/return/break/continue in the `finally`",
         "call the generator only as `for x in gen(…):` (or make it a `@contextmanager`), or run "
         "the cleanup after the loop"),
    Rule("PM128", "a function nested here declares this name `global`, and this binding of it "
         "(a parameter, def, class, import or `except … as`) would be the one it reaches",
         "give this local another name (the nested function means the module's variable)"),
    Rule("PM126", "this attribute of a function does not exist in games",
         "keep what you need beside the function (a dict, a constant), or pass it along"),
    Rule("PM130", "a class cannot derive from this builtin type in games (tuple, str, int, "
         "float, bytes), except an Enum's data type (`class Color(str, Enum)`), which cannot define "
         "__new__ nor call super()", "keep the value in an attribute (self.items = […]) and write the methods "
         "you need, or derive from list, dict, set or object"),
    Rule("PM142", "a class deriving from list cannot have this in games (its instances are JavaScript "
         "arrays: the runtime's list paths never call a special method other than `__init__`, `__repr__` "
         "and `__str__`, and call JavaScript's array methods, such as `slice`, `join`, `map`, `length`, "
         "by name)",
         "give the member another name (`join` → `join_with`), keep list first among the bases, or keep "
         "the items in an attribute (self.items = […]) and write the special methods there"),
    Rule("PM127", "this class body cannot run in order as CPython runs it",
         "keep to `name = value`, defs and classes in a class body; compute other values at module "
         "level or in a classmethod"),
    Rule("PM137", "`__getattribute__` does not run in games (every attribute read would go through it)",
         "define `__getattr__` (it runs for missing attributes) or properties for the names you watch"),
    Rule("PM144", "`__del__` does not run in games (CPython calls it the moment the last reference "
         "goes; JavaScript's collector has no such moment, so what it does would never happen)",
         "release what the object holds explicitly: a close() method, or `__enter__`/`__exit__` and a "
         "`with` block"),
    Rule("PM145", "logging cannot show this in games (compiled code keeps no traceback and does not "
         "know the caller's source line)", "name what happened in the message"),
    Rule("PM146", "a standard module's variables cannot be replaced in games (its module is read-only "
         "there)", "keep the value in a variable of your own; to send print() elsewhere, pass file="),
    Rule("PM149", "a namedtuple class cannot define this special method in games (its instances are "
         "tuples there: comparisons, sorting, len, iteration, ==, hash and `in` take them as tuples and "
         "never call it)",
         "give it an ordinary name and pass it where it is needed (`sorted(cards, key=Card.order)`), or "
         "make the class a @dataclass (`order=True` for comparisons)"),
    Rule("PM147", "one name cannot be both a module imported whole and a name imported from a module "
         "in games (`import datetime` and `from datetime import datetime`: the two bindings collide)",
         "import one of them under another name: `from datetime import datetime as dt`"),
    Rule("PM148", "`__builtins__` does not exist in games (the builtins are not a module there)",
         "use the builtin itself (`len`, `print`); for one chosen by name, a dict of those you need"),
    Rule("PM138", "this part of a metaclass does not work in games (its `__new__`, `__init__`, "
         "`__call__`, `__prepare__`, `__repr__` and plain methods run; not other special methods for its "
         "classes, such as `__len__`, `__iter__`, `__getitem__`, `__instancecheck__`, nor `__slots__` it "
         "gives them)",
         "give the class a classmethod (`Cls.count()` instead of `len(Cls)`); check instances with a "
         "function of your own"),
    Rule("PM139", "replacing or deleting an object's `__dict__` is not supported in games",
         "update it instead (`self.__dict__.update(state)`), or share state through a class attribute"),
    Rule("PM141", "an annotation that calls something (or awaits, yields, assigns) runs when CPython "
         "evaluates it, and games drop annotations", "call it in a statement of its own; keep types in annotations"),
    Rule("PM143", "this use of `globals()` cannot behave as CPython's in games (it is read-only there, "
         "and lists the module's names in CPython's order only where the compiler knows that order)",
         "read it where you call it: `globals()[name]`, `globals().get(name)`, `name in globals()`, "
         "`for name in globals()`, `.keys()`/`.items()`/`.values()`"),
    Rule("PM140", "`__subclasses__()` of a builtin class lists what the interpreter's own modules "
         "define (CPython's answer depends on the interpreter)",
         "walk your own classes: call `__subclasses__()` on a class of the game"),
]}
# The special methods of a metaclass pmrt/metaclasses.js runs as CPython's type does; others
# would be read by builtins on its classes (`len(Cls)`, `for x in Cls`, isinstance hooks).
METACLASS_METHODS = frozenset({"__new__", "__init__", "__call__", "__prepare__", "__repr__"})

# `dir()` without an argument and `dir` of a builtin value: CPython's lists hold every attribute
# of the value's type (73 names for an int); `dir(obj)` of the game's objects is listed
# (pmrt/attribute_listing.js).
REFUSED_BUILTINS = frozenset({"open", "input", "globals", "locals", "vars", "dir",
                              "breakpoint", "memoryview",
                              "__import__", "aiter", "anext", "ExceptionGroup", "BaseExceptionGroup"})
FORBIDDEN_CALLS = frozenset({"eval", "exec", "compile"})
# Builtins a game may call but not pass as a value: `exit(code)` raises SystemExit as CPython's
# does (pmrt/errors.js `_pm_quit`), CPython's `exit` object itself has no counterpart.
CALL_ONLY_BUILTINS = frozenset({"exit", "quit"})
# Builtins that exist in games as decorators only (`@staticmethod` above a def).
DECORATOR_ONLY_BUILTINS = frozenset({"staticmethod", "classmethod"})
# The module of runtime_js/python/pmrt/ (guard/rewrite.py RUNTIME_MODULE), which pyminis'
# own trusted modules may import.
RUNTIME_HELPERS = "_pmrt"
TIMERS = frozenset({"setTimeout", "setInterval"})
# A function's internals, which compiled functions do not have (they would read None);
# __name__, __qualname__, __doc__ and __module__ they have (pyminis/guard/transcrypt_meta.py).
FUNCTION_INTERNALS = frozenset({"__annotations__", "__code__", "__closure__", "__globals__", "__func__", "__self__"})
# Read as CPython's (transcrypt_meta.py gives them); a store would not change the defaults the
# compiled function takes.
READ_ONLY_INTERNALS = frozenset({"__defaults__", "__kwdefaults__"})
# The data types an Enum may mix in (`class Color(str, Enum)`, pmrt/enums.js).
DATA_TYPES = frozenset({"str", "int", "float"})
CONTAINERS = frozenset({"list", "dict", "set", "frozenset"})  # derivable, but no Enum's data type
BUILTIN_DECORATORS = frozenset({"staticmethod", "classmethod", "property", "setter"})


class _Linter(ast.NodeVisitor):
    def __init__(self, display: str, trusted: bool, own_modules: set[str]) -> None:
        self.display = display
        self.trusted = trusted
        self.own = own_modules
        self.problems: list[Problem] = []
        # the names the module and each enclosing function bind (a builtin they shadow is theirs)
        self.bound: list[set[str]] = []
        self.bound_anywhere: set[str] = set()  # what the rewrite leaves alone (shapes.bound_names)
        self.optional_imports: set[int] = set()  # imports in a try for ImportError (optional_imports.py)
        self.callees: set[int] = set()  # the ids of called names (`f` in `f()`)
        self.decorators: set[int] = set()  # the ids of decorator names (`@staticmethod`)
        self.super_reads: set[int] = set()  # the ids of `super` in `super(…).name`
        self.scopes: list[str] = []  # "function" or "class", innermost last
        self.module_names: dict[str, str] = {}  # local name → module, for `json.dumps`
        self.star_modules: list[str] = []  # standard modules star-imported
        self.re_functions: dict[str, str] = {}  # local name → function of `re` (`from re import sub`)
        self.re_flags: set[str] = set()  # flags imported from `re` (`from re import I`)
        self.matches: list[ast.Match] = []  # the match statements (checked by CPython's compiler)
        self.enums: set[str] = {"Enum", "enum.Enum"}  # Enum and the program's classes deriving from it
        self.mixed_enums: set[str] = set()  # those with a data type (`class Color(str, Enum)`)

    def report(self, node: ast.AST, code: str, detail: str = "", fix: str = "") -> None:
        rule = RULES[code]
        message = rule.what + (f": {detail}" if detail else "")
        location = Location(self.display, getattr(node, "lineno", None),
                            getattr(node, "col_offset", -1) + 1 or None)
        self.problems.append(Problem(location, code, message, fix or rule.fix))

    def visit_Match(self, node: ast.Match) -> None:
        # Rewritten to if/elif (match_statements.py); what CPython's compiler refuses in a
        # pattern (a case making the rest unreachable, a name bound twice) is refused here too.
        self.matches.append(node)
        self.generic_visit(node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        self.report(node, "PM103")
        self.generic_visit(node)

    visit_AsyncWith = visit_AsyncFor  # type: ignore[assignment]

    def visit_TryStar(self, node: ast.AST) -> None:
        self.report(node, "PM104")
        self.generic_visit(node)

    def check_starred(self, target: ast.expr) -> None:
        """`a, *rest = xs`, `(a, *b), c = …`, `x = a, *b = …`, `with m as (a, *b)` compile
        (rewrite.py: the star's place gets a list); a starred tuple (`a, *(b, c) = xs`) does not."""
        for star in ast.walk(target):
            if isinstance(star, ast.Starred) and isinstance(star.value, (ast.Tuple, ast.List)):
                self.report(star, "PM106")

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            if item.optional_vars is not None:
                self.check_starred(item.optional_vars)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self.check_starred(target)
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        self.check_starred(node.target)
        self.check_loop_target(node.target)
        self.generic_visit(node)

    def check_loop_target(self, target: ast.expr) -> None:
        """Transcrypt declares a loop's targets (`for (var [a.x, y] of …)`): only names compile."""
        for part in ast.walk(target):
            if isinstance(part, (ast.Attribute, ast.Subscript)) and isinstance(part.ctx, ast.Store):
                self.report(part, "PM124")
                return

    def visit_comprehension(self, node: ast.comprehension) -> None:
        self.check_starred(node.target)
        self.check_loop_target(node.target)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        self.callees.add(id(func))
        if isinstance(func, ast.Name) and (not self.own_name(func.id) or func.id in FORBIDDEN_CALLS):
            if func.id in FORBIDDEN_CALLS:
                self.report(node, "PM108", f"{func.id}()")
            elif func.id == "__pragma__" and not self.trusted:
                self.report(node, "PM109")
            elif func.id in REFUSED_BUILTINS and not (func.id == "vars" and len(node.args) == 1) \
                    and not (func.id == "globals" and not node.args and not node.keywords) \
                    and not (func.id == "dir" and len(node.args) == 1 and not node.keywords
                             and not _builtin_value(node.args[0])):
                if func.id == "dir" and node.args:
                    self.report(node, "PM118", f"dir({ast.unparse(node.args[0])}) would list the attributes of a "
                                "builtin type", "dir() lists the game's own classes and their instances")
                else:
                    self.report(node, "PM118", f"{func.id}()")
            elif func.id in CALL_ONLY_BUILTINS and node.keywords:
                self.report(node, "PM118", f"{ast.unparse(node)}: a keyword", f"{func.id}() or {func.id}(status)")
            elif func.id in CALL_ONLY_BUILTINS and func.id in self.bound_anywhere:
                self.report(node, "PM118", f"{func.id}() where the program also names something {func.id}",
                            f"rename your own {func.id}")
            elif func.id in ("getattr", "hasattr", "setattr", "delattr") and len(node.args) > 1 \
                    and isinstance(node.args[1], ast.Constant) and (node.args[1].value in FUNCTION_INTERNALS or (
                        func.id in ("setattr", "delattr") and node.args[1].value in READ_ONLY_INTERNALS)):
                self.report(node, "PM126", f"{func.id}(…, {node.args[1].value!r})")
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and self.module_names.get(func.value.id) == "pyxel":
            for keyword in node.keywords:
                why = keyword.arg and pyxel_names.keyword_instead(func.attr, keyword.arg)
                if why:
                    self.report(keyword, "PM125", f"pyxel.{func.attr}({keyword.arg}=…)", why)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.attr == "new" \
                and self.module_names.get(func.value.id) == "hashlib" and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str) \
                and node.args[0].value.lower() not in modules.HASHLIB_ALGORITHMS:
            self.report(node.args[0], "PM125", f"hashlib.new({node.args[0].value!r})",
                        "hashlib offers " + ", ".join(sorted(modules.HASHLIB_ALGORITHMS)))
        for problem in bytes_support.refused_call(node, self.own_name):
            self.report(problem.node, "PM119", problem.detail, problem.fix)
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        self.check_regexp(node)
        if name in TIMERS and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr)):
            self.report(node.args[0], "PM110")
        self.generic_visit(node)

    def check_regexp(self, node: ast.Call) -> None:
        """A pattern written as a literal in a call of `re` (pyminis/guard/regexps.py)."""
        func = node.func
        re_names = {alias for alias, module in self.module_names.items() if module == "re"}
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in re_names:
            function = func.attr
        elif isinstance(func, ast.Name) and func.id in self.re_functions:
            function = self.re_functions[func.id]
        else:
            return
        if function in regexps.FLAGS_AT:
            why = regexps.problem(function, node, re_names, self.re_flags)
            if why:
                self.report(node.args[0], "PM129", why)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.check_module(node, alias.name)
            if alias.asname or "." not in alias.name:
                self.module_names[alias.asname or alias.name] = alias.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level == 0 and node.module:
            if not self.check_module(node, node.module):
                return
            for alias in node.names:
                if alias.name == "*" and star_imports.offered(node.module) is not None and not self.trusted:
                    self.star_modules.append(node.module)  # written out (guard/star_imports.py)
                    continue
                self.check_member(node, node.module, alias.name)
                if node.module == "re" and alias.name in regexps.FLAGS_AT:
                    self.re_functions[alias.asname or alias.name] = alias.name
                elif node.module == "re" and alias.name.isupper() and not alias.asname:
                    self.re_flags.add(alias.name)

    def check_module(self, node: ast.AST, name: str) -> bool:
        """Refuse a module games cannot import; True if it is a standard module games have."""
        top = name.split(".")[0]
        if top in self.own or name in self.own or (self.trusted and name == RUNTIME_HELPERS):
            return False  # pyminis' own modules (pyminis/stdlib) may import the runtime helpers
        if modules.allowed(name):
            return True
        if id(node) in self.optional_imports and optional_imports.cpython_lacks_module(name):
            return False  # raises ImportError, as in CPython (the rewrite)
        self.report(node, "PM111", name, f"use {modules.instead(name)}")
        return False

    def check_member(self, node: ast.AST, module: str, name: str) -> None:
        if modules.refused_member(module, name):
            self.report(node, "PM125", f"{module}.{name}", modules.TYPING_RUNTIME_INSTEAD)
            return
        offered = modules.members(module)
        if offered is not None and name not in offered and not name.startswith("__"):
            if id(node) in self.optional_imports and optional_imports.cpython_lacks_member(module, name):
                return  # raises ImportError, as in CPython (the rewrite)
            self.report(node, "PM125", f"{module}.{name}",
                        modules.member_instead(module, name) or
                        f"{module} offers {', '.join(sorted(offered))}")

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.check_name(node, node.name)
        self.decorators.update(id(d) for d in node.decorator_list)
        self.scopes.append("function")
        self.bound.append(scope_bound_names(node))
        self.generic_visit(node)
        self.bound.pop()
        self.scopes.pop()

    def standard_value(self, node: ast.expr) -> bool:
        """A builtin (`len`, `str.upper`) or a standard module's member (`math.sqrt`), by name
        (not the module itself: `math.__doc__` is CPython's text, standard_metadata.py)."""
        member = isinstance(node, ast.Attribute)
        while isinstance(node, ast.Attribute):
            node = node.value
        if not isinstance(node, ast.Name):
            return False
        module = self.module_names.get(node.id)
        if module is not None:
            return member and module not in self.own
        return hasattr(builtins, node.id) and not self.own_name(node.id) and node.id != "__doc__"

    def own_name(self, name: str) -> bool:
        """Does the module, or a function the node is in, bind `name` (shadowing a builtin)?"""
        return any(name in names for names in self.bound)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Global(self, node: ast.Global) -> None:
        if self.scopes and self.scopes[-1] == "class":
            self.report(node, "PM122")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scopes.append("class")
        self.visit_class(node)
        self.scopes.pop()

    def visit_class(self, node: ast.ClassDef) -> None:
        self.check_name(node, node.name)
        if not self.check_enum(node):
            for base in node.bases:
                if isinstance(base, ast.Name) and base.id in UNDERIVABLE:
                    enum = any(isinstance(b, (ast.Name, ast.Attribute)) and ast.unparse(b).endswith("Enum")
                               for b in node.bases)
                    fix = "write `class Name(str, Enum)`: the data type first, then Enum or an Enum class " \
                          "of this module" if enum and base.id in DATA_TYPES else ""
                    self.report(base, "PM130", f"class {node.name}({base.id})", fix)
        for decorator in node.decorator_list:
            if isinstance(decorator, ast.Call) and self.decorator_id(decorator) == "dataclass":
                self.check_flags(decorator, "dataclass", DATACLASS_OPTIONS)
                if decorator.args:
                    self.report(decorator, "PM121", "dataclass(…) takes its options by keyword")
            if self.decorator_id(decorator) == "dataclass":
                for item in node.body:
                    if isinstance(item, ast.AnnAssign) and isinstance(item.value, ast.Call) \
                            and self.decorator_id(item.value) == "field":
                        self.check_flags(item.value, "field", DATACLASS_FIELD_FLAGS,
                                         ("default", "default_factory", "metadata"))
        metaclass = any(isinstance(b, ast.Name) and b.id == "type" for b in node.bases)
        deleters = own_deleters(node)
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and metaclass \
                    and item.name.startswith("__") and item.name not in METACLASS_METHODS and not any(
                        self.decorator_id(d) in ("classmethod", "staticmethod") for d in item.decorator_list):
                self.report(item, "PM138", f"{node.name}.{item.name}")
            elif isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and metaclass:
                # `__slots__` a metaclass gives its classes: instances would still take any attribute.
                for inner in ast.walk(item):
                    if isinstance(inner, ast.Constant) and inner.value == "__slots__" \
                            or isinstance(inner, ast.keyword) and inner.arg == "__slots__" \
                            or isinstance(inner, ast.Attribute) and inner.attr == "__slots__":
                        self.report(inner.value if isinstance(inner, ast.keyword) else inner, "PM138",
                                    f"{node.name}.{item.name} setting __slots__")
                        break
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == "__getattribute__":
                self.report(item, "PM137", f"def {item.name}")
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == "__del__":
                self.report(item, "PM144", f"def {item.name}")
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                builtin = [d for d in item.decorator_list if self.decorator_id(d) in BUILTIN_DECORATORS
                           and not base_accessor(d)]
                for decorator in item.decorator_list:
                    # A plain decorator wraps a function taking self (transcrypt_run.py), which
                    # cannot be combined with Transcrypt's own descriptors, nor on __init__. A
                    # base's property extended (`@Person.name.getter`) is such a decorator.
                    if self.decorator_id(decorator) in ("getter", "deleter") and not base_accessor(decorator) \
                            and decorator not in deleters:
                        self.report(decorator, "PM115", f"@{ast.unparse(decorator)}",
                                    "extend the property of a base class (`@Base.name.getter`), or write "
                                    "`name = property(get_name, set_name, del_name)` after the defs")
                    elif decorator not in builtin and (builtin or item.name == "__init__"):
                        self.report(decorator, "PM115")
        self.generic_visit(node)

    def check_enum(self, node: ast.ClassDef) -> bool:
        """An Enum class, with a data type (`class Color(str, Enum)`, pmrt/enums.js) or not: its
        name is kept, so that classes deriving from it are known. A data type must come first and
        Enum (or an Enum class of this module) last, as CPython requires; such an enum's own
        `__new__` and its `super()` (which reaches str's methods in CPython) are refused."""
        names = [ast.unparse(b) for b in node.bases]
        if not names or names[-1] not in self.enums:
            return False
        builtins = [n for n in names if n in UNDERIVABLE or n in CONTAINERS]
        if builtins and (builtins != names[:1] or names[0] not in DATA_TYPES):
            for base in node.bases:  # (the others are refused as any class deriving from them)
                if isinstance(base, ast.Name) and base.id in CONTAINERS:
                    self.report(base, "PM130", f"class {node.name}({base.id}, …), an Enum's data type",
                                "an Enum's data type is str, int or float, written first")
            return False
        self.enums.add(node.name)
        if not builtins and not any(n in self.mixed_enums for n in names):
            return True
        self.mixed_enums.add(node.name)
        for item in ast.walk(node):
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == "__new__":
                self.report(item, "PM130", f"{node.name}.__new__ in an Enum with a data type",
                            "set what the members need in `__init__` (an Enum with a data type runs "
                            "its own __new__ differently in games)")
            elif isinstance(item, ast.Call) and isinstance(item.func, ast.Name) and item.func.id == "super":
                self.report(item, "PM130", f"super() in {node.name}, an Enum with a data type",
                            "use the value: `self.value.upper()`, `str(self.value)`")
        return True

    def check_flags(self, call: ast.Call, what: str, flags: dict[str, object],
                    values: tuple[str, ...] = ()) -> None:
        """The options of @dataclass(…) and field(…) pyminis reads at compile time: each a
        literal True/False (or None), and only those CPython 3.11 has that games can use."""
        for keyword in call.keywords:
            if keyword.arg in values:
                continue
            if keyword.arg not in flags:
                self.report(keyword.value, "PM121", f"{what}({keyword.arg}=…)")
            elif not (isinstance(keyword.value, ast.Constant) and keyword.value.value in (True, False, None)):
                self.report(keyword.value, "PM121", f"{what}({keyword.arg}=…) must be True or False written out")

    @staticmethod
    def decorator_id(node: ast.expr) -> str:
        target = node.func if isinstance(node, ast.Call) else node
        if isinstance(target, ast.Name):
            return target.id
        if isinstance(target, ast.Attribute):
            return target.attr
        return ""

    def check_name(self, node: ast.AST, name: str) -> None:
        if name.startswith("_pm_"):
            self.report(node, "PM116", name)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Store):
            self.check_name(node, node.id)
        elif node.id == "__builtins__" and not self.own_name(node.id):
            self.report(node, "PM148")
        elif (isinstance(node.ctx, ast.Load) and id(node) not in self.callees
              and (node.id in REFUSED_BUILTINS | CALL_ONLY_BUILTINS and not self.own_name(node.id)
                   or node.id in FORBIDDEN_CALLS)):
            # read as a value (`f = open`, `key=vars`): the compiled name does not exist
            self.report(node, "PM108" if node.id in FORBIDDEN_CALLS else "PM118", f"{node.id} as a value",
                        f"call {node.id}() where you need it" if node.id in CALL_ONLY_BUILTINS else "")
        elif isinstance(node.ctx, ast.Load) and node.id == "super" and id(node) not in self.super_reads \
                and not self.own_name(node.id):
            # Transcrypt compiles super only as `super().name`: anything else is JavaScript's
            # bare `super`, which the bundler rejects
            self.report(node, "PM118", "super other than as super().name", "read the method: super().name(…)")
        elif (isinstance(node.ctx, ast.Load) and node.id in DECORATOR_ONLY_BUILTINS and id(node) not in self.decorators
              and not self.own_name(node.id) and not self.trusted):
            self.report(node, "PM118", f"{node.id} other than as a decorator", f"write @{node.id} above the def")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) and node.value.func.id == "super":
            self.super_reads.add(id(node.value.func))
        if node.attr == "__getattribute__":
            self.report(node, "PM137", ".__getattribute__")
        if node.attr == "__dict__" and not isinstance(node.ctx, ast.Load):
            self.report(node, "PM139", ("del " if isinstance(node.ctx, ast.Del) else "") + ast.unparse(node))
        if node.attr in FUNCTION_INTERNALS or node.attr in READ_ONLY_INTERNALS and not isinstance(node.ctx, ast.Load):
            stored = node.attr in READ_ONLY_INTERNALS
            self.report(node, "PM126", ("del " if isinstance(node.ctx, ast.Del) else "") + f".{node.attr}"
                        + (" = …" if isinstance(node.ctx, ast.Store) else "")
                        + (" (the compiled function keeps the defaults it was defined with)" if stored else ""),
                        "pass the values at the call, or define the function with the defaults you want"
                        if stored else "")
        if node.attr == "__doc__" and isinstance(node.ctx, ast.Load) and self.standard_value(node.value):
            self.report(node, "PM126", f"{ast.unparse(node)}: the docstrings of builtins and standard modules "
                        "are not shipped in games", "write the text you need in your own string")
        value = node.value
        if isinstance(value, ast.Name) and value.id in self.module_names \
                and self.module_names[value.id] not in self.own:
            self.check_member(node, self.module_names[value.id], node.attr)
            if not isinstance(node.ctx, ast.Load) and not self.trusted:
                self.report(node, "PM146", ("del " if isinstance(node.ctx, ast.Del) else "")
                            + f"{ast.unparse(node)}" + (" = …" if isinstance(node.ctx, ast.Store) else ""))
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        for problem in bytes_support.refused_operation(node):
            self.report(problem.node, "PM119", problem.detail, problem.fix)
        self.generic_visit(node)

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant) and node.value.value is Ellipsis:
            return  # `...` as a body is rewritten to `pass`
        self.generic_visit(node)



def _builtin_value(node: ast.expr) -> bool:
    """A value `dir()` would list a builtin type's attributes of (games list their own classes'):
    a literal, a display, a comprehension, an f-string or a builtin named."""
    return isinstance(node, (ast.Constant, ast.List, ast.Tuple, ast.Dict, ast.Set, ast.JoinedStr, ast.ListComp,
                             ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda, ast.Starred)) \
        or isinstance(node, ast.Name) and hasattr(builtins, node.id)


def _ellipsis_bindings(tree: ast.Module) -> list[ast.AST]:
    """Bindings of the name `Ellipsis`: the rewrite reads every `Ellipsis` as the runtime's
    singleton (pmrt/constants.js), which a local or global of that name would not shadow."""
    return [n for n in ast.walk(tree)
            if isinstance(n, ast.Name) and n.id == "Ellipsis" and not isinstance(n.ctx, ast.Load)
            or isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == "Ellipsis"
            or isinstance(n, ast.arg) and n.arg == "Ellipsis"
            or isinstance(n, ast.alias) and (n.asname or n.name) == "Ellipsis"
            or isinstance(n, ast.ExceptHandler) and n.name == "Ellipsis"
            or isinstance(n, (ast.MatchAs, ast.MatchStar)) and n.name == "Ellipsis"]


def _import_clashes(tree: ast.Module) -> list[tuple[ast.AST, str]]:
    """Module-level imports binding one name both to a module (`import datetime`) and to a name
    from a module (`from datetime import datetime`): the later of each pair."""
    kinds: dict[str, str] = {}
    clashes: list[tuple[ast.AST, str]] = []
    todo: list[ast.AST] = list(reversed(tree.body))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            kind = "module" if isinstance(node, ast.Import) else "member"
            for alias in node.names:
                name = alias.asname or alias.name.split(".")[0]
                if name != "*" and kinds.setdefault(name, kind) != kind:
                    clashes.append((node, name))
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.expr)):
            todo += reversed(list(ast.iter_child_nodes(node)))
    return clashes


def _scope_problems(linter: _Linter, tree: ast.Module) -> None:
    """Class bodies whose statements cannot run in order (class_bodies.py): the rest run as a
    function (transcrypt_class_bodies.py) or as Transcrypt's literal (scopes.py)."""
    in_class = {id(c) for n in ast.walk(tree) if isinstance(n, ast.ClassDef) for c in n.body}
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for read in class_bodies.constructor_reads(cls):
            linter.report(read, "PM127", f"{read.id} read in its class body (`reset = {read.id}`): games make "
                          f"{read.id} when an instance is made, not as the class body runs",
                          f"a method calling it: `def reset(self, *args): self.{read.id}(*args)`")
        refused = class_bodies.refusal(cls, id(cls) in in_class) if class_bodies.needs_body(cls) else None
        if refused is not None:
            node, why = refused
            linter.report(node, "PM127", why, "keep to `name = value`, defs and classes in this class "
                          "body; compute the rest at module level or in a classmethod")


def _compile_problems(linter: _Linter, tree: ast.Module) -> None:
    """CPython compiles patterns with checks ast.parse leaves out: a SyntaxError it raises
    inside a `match` statement refuses the program, as CPython would not run it."""
    error = syntax.compile_error(tree, linter.display)
    if error is None or error.lineno is None:
        return
    if any(m.lineno <= error.lineno <= (m.end_lineno or m.lineno) for m in linter.matches):
        linter.problems.append(Problem(Location(linter.display, error.lineno, error.offset), "PM102",
                                       f"{RULES['PM102'].what}: SyntaxError: {error.msg}", RULES["PM102"].fix))


def lint_tree(tree: ast.Module, display: str, trusted: bool, own_modules: set[str]) -> list[Problem]:
    """Every refused construct in one parsed module, in source order."""
    linter = _Linter(display, trusted, own_modules)
    linter.bound = [scope_bound_names(tree)]
    linter.bound_anywhere = bound_names(tree)
    linter.optional_imports = optional_imports.guarded(tree)
    linter.visit(tree)
    for node in _ellipsis_bindings(tree):
        linter.report(node, "PM120")
    closed = closing_generators.closing(tree, len(own_modules) <= 1)
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) and id(function) not in closed.functions:
            for node in closing_generators.yields_in_finally_try(function):
                linter.report(node, "PM123")
    for node, name in global_names(tree).refused:
        linter.report(node, "PM128", f"`{name}`")
    for node, name in _import_clashes(tree):
        linter.report(node, "PM147", f"`{name}`")
    if linter.star_modules:  # a name the star would take under CPython, which games lack
        lacking = {name: module for module in linter.star_modules for name in star_imports.missing(module)}
        bound = bound_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in lacking and node.id not in bound:
                module = lacking[node.id]
                linter.report(node, "PM125", f"{module}.{node.id}",
                              modules.member_instead(module, node.id) or
                              f"{module} offers {', '.join(sorted(star_imports.offered(module) or ()))}")
    if not trusted:
        for node, what, fix in logging_records.refused(tree):
            linter.report(node, "PM145", what, fix)
        for node, what, fix in module_globals.refused(tree, bound_names(tree)):
            linter.report(node, "PM143", what, fix)
        classes = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        for node in builtin_subclasses.refused_calls(tree, classes, bound_names(tree)):
            linter.report(node, "PM140", ast.unparse(node) + "()")
        for node, what in list_subclasses.refused(tree, bound_names(tree)):
            linter.report(node, "PM142", what)
        for node, what in record_classes.refused(tree):
            linter.report(node, "PM149", what)
        for node in annotation_calls.running_annotations(tree):
            linter.report(node, "PM141", ast.unparse(node))
    _scope_problems(linter, tree)
    if linter.matches:
        _compile_problems(linter, tree)
    return sorted(linter.problems, key=lambda p: (p.location.line or 0, p.location.column or 0))

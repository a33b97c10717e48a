"""Natural Python → Python that Transcrypt compiles with Python's meaning, line for line.

Each rule turns a construct Transcrypt gets wrong into a call of a helper in
`runtime_js/python/pmrt/` (imported on one line appended at the end of the module:
Transcrypt hoists imports, so earlier lines keep their numbers). Rules skip the helper when
the operands are plainly numbers or strings, so hot arithmetic stays native JavaScript.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Callable, Iterator

from pyminis.guard.facts import Facts, base_accessor, decorator_name, js_name, own_deleters, own_returns, slot_names
from pyminis.guard.big_literals import big_literals
from pyminis.guard.global_names import global_names
from pyminis.guard.callees import plain_callees
from pyminis.guard.receivers import variable_receivers
from pyminis.guard.match_statements import HELPERS as MATCH_HELPERS
from pyminis.guard.star_imports import module_defined_names, reexported
from pyminis.guard.transcrypt_meta import class_statements
from pyminis.guard import (bytes_support, class_bodies, closing_generators, complex_numbers, module_globals,
                           module_objects, optional_imports, transcrypt_attrs)
from pyminis.guard.float_functions import float_functions, standard_reads
from pyminis.guard.standard_metadata import MODULE_ATTRS, member, module_attr
from pyminis.guard.dataclass_spec import FIELD_FLAGS as DATACLASS_FIELD_FLAGS
from pyminis.guard.dataclass_spec import OPTIONS as DATACLASS_OPTIONS
from pyminis.guard.modules import STAGED_NAMES
from pyminis.guard.narrow import NONE, Narrow, is_narrow, narrow_locals, numbers
from pyminis.guard.operators import Operators
from pyminis.guard.builtin_values import BUILTIN_FUNCTIONS, FUNCTION_HELPERS, module_builtins, start_helper
from pyminis.guard.transcrypt_run import METHOD_KIND, is_enumerate_loop, static_or_class
from pyminis.guard.presence import assigned_attributes, first_param_kept
from pyminis.guard.shapes import (
    bound_names,
    in_range_loop,
    is_bool,
    is_constant,
    is_pure,
    is_simple_target,
    is_str,
    length_minus,
    list_locals,
    pair_items,
)
from pyminis.guard.splice import Render, Replacer, Splicer
from pyminis.guard.types import EMPTY, ModuleTypes
from pyminis.guard.types.evaluate import VALUE_BUILTINS
from pyminis.guard.unbound import unbound_reads

RUNTIME_MODULE = "_pmrt"
# Imported when a program may combine dict views with set operators (`d.keys() - seen`,
# `d.keys() <= s`, `d.items().isdisjoint(x)`): their set algebra and sets come with it
# (runtime_js/python/pmrt/viewsets.js).
VIEW_SETS_MODULE = "_pmrt_sets"
VIEW_METHODS = frozenset({"keys", "items"})
BUILTIN_NAMES = frozenset(dir(builtins))
# Methods of the builtin types: calls of these names stay plain (a Python object lacking one
# raises TypeError there, not AttributeError: docs/python-subset.md).
TYPE_METHODS = frozenset(name for kind in (list, dict, str, set, tuple, int, float)
                            for name in dir(kind) if not name.startswith("_"))
# Methods read from these classes are functions taking the object first (`list.append(xs, 3)`).
UNBOUND_TYPES = {kind.__name__: frozenset(name for name in vars(kind) if not name.startswith("_")
                                          and type(vars(kind)[name]).__name__ == "method_descriptor")
                 for kind in (list, tuple, set, frozenset)}
# Callee expressions whose value may be anything (names, attributes, items are handled apart).
VALUE_CALLEES = (ast.Call, ast.IfExp, ast.BoolOp, ast.BinOp, ast.Constant, ast.JoinedStr, ast.List,
                 ast.Tuple, ast.Dict, ast.Set, ast.ListComp, ast.SetComp, ast.DictComp, ast.Compare,
                 ast.UnaryOp)
# The builtin types of the kinds the types name (guard/types/lattice.py).
BUILTIN_KINDS: dict[str, type] = {"int": int, "float": float, "bool": bool, "str": str, "list": list,
                                  "tuple": tuple, "dict": dict, "set": set}
# Methods of int and float that numbers get only where a program names them (pmrt/conversions.js).
# One-argument builtins the game's code reaches through a runtime helper.
INTROSPECTION_HELPERS = {"vars": "_pm_vars", "dir": "_pm_dir"}
NUMBER_METHODS = frozenset({"is_integer", "as_integer_ratio", "hex", "bit_length", "bit_count", "conjugate",
                            "real", "imag", "numerator", "denominator", "fromhex", "__class__"})
# The bytes types (pmrt/bytes.js), and the methods of str and int that make or read bytes.
BYTES_TYPES = {"bytes": "_pm_bytes", "bytearray": "_pm_bytearray"}
BYTES_METHODS = frozenset({"encode", "to_bytes", "from_bytes"})
REMOVED_IMPORTS = frozenset({"__future__", "typing", "typing_extensions"})
# Methods no value gets a stub for (runtime_classes.js STUBLESS: the runtime probes these names
# to tell dicts and iterators apart): `o.keys()` of a list must check, not call JavaScript's
# undefined (CPython's AttributeError, not TypeError).
STUBLESS_METHODS = frozenset({"keys", "items", "values", "get", "next", "iter", "then", "toJSON", "catch",
                              "indexOf"})
# The module name classes deriving from typing.NamedTuple reach collections.namedtuple by.
NAMEDTUPLES = "_pm_collections"

# Builtins replaced where they are called only (`int` also names a type: isinstance(x, int)).
BUILTIN_HELPERS = {**FUNCTION_HELPERS, "int": "_pm_int", "exit": "_pm_quit", "quit": "_pm_quit"}
# Methods of str, list and dict: read as a value (`key=ETAOIN.find`, `map(words.index, …)`) they
# come bound to their object, unless the program stores a data attribute of that name.
BUILTIN_METHODS = frozenset({
    "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
    "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
    "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
    "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
    "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
    "translate", "upper", "zfill", "append", "extend", "insert", "remove", "pop", "sort", "reverse",
    "copy", "clear", "get", "keys", "values", "items", "update", "setdefault", "popitem", "add", "discard"})
# Exception classes missing from Transcrypt's import list, re-exported by
# runtime_js/python/pmrt/errors.js (runtime_js/python/runtime_exceptions.js defines them), and
# builtins Transcrypt lacks (`slice`: pmrt/slices.js, `frozenset`: pmrt/sets.js,
# `NotImplemented`: pmrt/compare.js).
RUNTIME_NAMES = frozenset({
    "_pm_kwmerge",  # (guard/merged_keywords.py)
    "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError", "LookupError",
    "RuntimeError", "RecursionError", "NameError", "UnboundLocalError", "GeneratorExit", "SystemExit",
    "KeyboardInterrupt", "StopAsyncIteration", "OSError", "ConnectionError", "TimeoutError",
    "FileNotFoundError", "ImportError", "ModuleNotFoundError", "MemoryError", "EOFError", "BufferError",
    "UnicodeError", "JavaScriptError", "slice", "frozenset", "NotImplemented", "IOError", "EnvironmentError",
    "BlockingIOError", "ChildProcessError", "FileExistsError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "PermissionError", "ProcessLookupError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "SystemError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
    "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning", "SyntaxError", "IndentationError",
    "TabError"})
# Rich comparisons other than ==/!=: Python's ordering helpers (runtime_js/python/pmrt/compare.js).
COMPARE_SYMBOLS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
                   ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
# Methods of list, dict and set: read as a value (`key=d.get`, `on_hit=hits.append`) they are
# bound to their object, as Python's bound methods are.
CONTAINER_METHODS = frozenset({
    "get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "clear", "copy",
    "fromkeys", "add", "discard", "remove", "append", "extend", "insert", "index", "count", "sort",
    "reverse", "union", "intersection", "difference", "symmetric_difference", "issubset",
    "issuperset", "isdisjoint", "intersection_update", "difference_update",
    "symmetric_difference_update", "__contains__", "__getitem__", "__setitem__", "__len__",
})
# Special methods builtin values and types have in CPython, which numbers, strings, lists and
# tuples here lack: a read of one goes through `_pm_special` (pmrt/special_methods.js).
BUILTIN_SPECIALS = frozenset({
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__contains__", "__getitem__",
    "__setitem__", "__delitem__", "__len__", "__hash__", "__bool__", "__iter__", "__str__", "__repr__",
    "__int__", "__float__", "__index__", "__neg__", "__pos__", "__invert__", "__abs__",
    *(f"__{r}{op}__" for op in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and", "or", "xor",
                                 "lshift", "rshift") for r in ("", "r"))})
# Special methods a read of leaves alone: the class machinery reads these itself.
UNBOUND_DUNDERS = frozenset({"__init__", "__new__", "__class__", "__dict__", "__init_subclass__",
                             "__class_getitem__", "__set_name__"})
# Methods of generators: read as a value (`callback=handler.send`) they are bound as well.
GENERATOR_METHODS = frozenset({"send", "throw", "close", "__next__"})
# Names that are not JavaScript globals: Python's builtins and Transcrypt's.
PYTHON_NAMES = BUILTIN_NAMES | {"__new__", "__pragma__", "__pragma", "js_name"}
# JavaScript globals whose functions take numbers and strings (no conversion in hot loops).
PURE_JS_GLOBALS = frozenset({"Math", "Number", "String", "parseInt", "parseFloat", "isNaN", "isFinite"})
# A string that JavaScript orders before other keys in an object literal (an array index).
INDEX_LIKE = re.compile(r"0|[1-9][0-9]{0,9}")


def flat_targets(targets: list[ast.expr]) -> Iterator[ast.expr]:
    """The targets of `del a, (b, c[0])`, tuples and lists opened."""
    for target in targets:
        if isinstance(target, (ast.Tuple, ast.List)):
            yield from flat_targets(target.elts)
        else:
            yield target


def unpack_shape(target: ast.Tuple | ast.List) -> str:
    """`_pm_unpack`'s shape of a target: its count, or per item 0 (a plain target), -1 (the
    starred one) or the item's own shape when some item is itself a tuple target."""
    if not any(isinstance(e, (ast.Tuple, ast.List, ast.Starred)) for e in target.elts):
        return str(len(target.elts))
    return "[" + ", ".join(unpack_shape(e) if isinstance(e, (ast.Tuple, ast.List)) else
                           "-1" if isinstance(e, ast.Starred) else "0" for e in target.elts) + "]"


def rendered(node: ast.expr) -> Replacer:
    """A node's text in place of another's."""
    return lambda render: render(node)


def nested_stars(target: ast.expr) -> list[ast.Starred]:
    """The starred items of a target's nested tuple targets (`(a, *b), c`)."""
    if not isinstance(target, (ast.Tuple, ast.List)):
        return []
    return [n for e in target.elts if isinstance(e, (ast.Tuple, ast.List))
            for n in ast.walk(e) if isinstance(n, ast.Starred)]


def is_iterable_literal(node: ast.expr) -> bool:
    """A list, tuple, set, dict, str, comprehension or range() call: iterable as written."""
    return (isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.Dict, ast.ListComp, ast.SetComp, ast.DictComp,
                              ast.GeneratorExp, ast.JoinedStr))
            or isinstance(node, ast.Constant) and isinstance(node.value, str)
            or isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range")


def acts(node: ast.AST) -> bool:
    """Whether evaluating `node` may run code with effects (a call, a yield, a walrus)."""
    return any(isinstance(n, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr)) for n in ast.walk(node))


# Calls whose result is never a Python function: a class body storing one needs no method check.
NOT_FUNCTION_CALLS = frozenset({"int", "float", "str", "bool", "list", "dict", "set", "tuple", "frozenset",
                                "range", "len", "min", "max", "sum", "sorted", "abs", "round", "auto",
                                "field", "namedtuple", "defaultdict", "Counter", "deque", "OrderedDict",
                                "TypeVar", "compile", "property"})


class Rewriter(Operators, ast.NodeVisitor):
    """Registers splices for one module; `result()` gives the rewritten text."""

    def __init__(self, text: str, tree: ast.Module, facts: Facts, types: ModuleTypes = EMPTY,
                 trusted: bool = False) -> None:
        self.out = Splicer(text)
        self.types = types
        # int(), float() and ord() read bytes too where the module makes or names bytes
        self.bytes_module = bytes_support.mentions_bytes(tree)
        self.stored = {}
        # pyminis' own modules read attributes of objects they made or of the platform's: no
        # presence checks there (their bytes would ship in every game).
        self.trusted = trusted
        self.tree = tree
        self.facts = facts
        self.used: set[str] = set()
        self.shadowed = bound_names(tree)
        self.complex_names: set[str] = set()  # imported from the builtin complex's module
        self.module_doc = ast.get_docstring(tree, clean=False)
        self.display = ""  # the module's path as the game names it (rewrite_module)
        # `for x in gen(…)` of a generator with try/finally: closed when the loop ends (the
        # lint refused the program unless every use of it is such a loop).
        self.closing_calls = closing_generators.closing(tree, True).calls
        self.plain_callees = plain_callees(tree)  # calls of other bound names check callable
        # Names some `del` unbinds: their reads check that they are bound.
        self.deleted = {t.id for n in ast.walk(tree) if isinstance(n, ast.Delete)
                        for t in flat_targets(n.targets) if isinstance(t, ast.Name)}
        # `global` as Python scopes it (guard/global_names.py): locals renamed, module variables
        # first bound in functions declared (unbound until then: their reads are checked).
        self.globals = global_names(tree)
        self.dispatch_registers = dispatch_registers(tree, self.out.text)
        # Names `from abc import ABCMeta [as …]` binds (a class of the game's may be named so).
        self.abc_metas = {alias.asname or alias.name for node in ast.walk(tree)
                          if isinstance(node, ast.ImportFrom) and node.module == "abc"
                          for alias in node.names if alias.name == "ABCMeta"}
        reads = standard_reads(tree, facts)
        self.float_functions = float_functions(reads)
        # Standard members read where the program reads metadata (standard_metadata.py).
        self.standard_members = reads if facts.metadata and not trusted else {}
        self.import_serial = 0  # names the copies of `from m import x` (module_objects.py)
        self.module_defined: set[str] | None = None  # names bound at module level, not by imports
        self.guarded_imports: set[int] | None = None  # ids of `from m import` in a try for ImportError
        self.module_name = ""  # the module's own name (set by rewrite_module)
        self.lists_globals = False  # some `globals()` reads the module's names (module_globals.py)
        self.deleted |= set(self.globals.declared)
        # Reads of a name that may be unbound there (guard/unbound.py): checked.
        unbound = unbound_reads(tree)
        self.unbound = unbound.reads if not trusted else {}
        self.unbound_globals = unbound.module_reads if not trusted else set()
        for node in ast.walk(tree):  # stores are not visited: every renamed name is spliced here
            if id(node) in self.globals.renamed:
                renamed = self.globals.renamed[id(node)]
                self.out.replace(node, lambda render, renamed=renamed: renamed, pad=False)
        self.class_stack: list[str] = []
        self.class_names: list[set[str]] = []  # per class body: the names it binds before the statement visited
        self.list_stack: list[frozenset[str]] = []  # per function: locals that are always lists
        self.array_tuples: set[int] = set()  # tuple displays that may compile as plain arrays
        self.self_stack: list[str | None] = []
        self.callee_ids: set[int] = set()  # Attribute nodes called directly
        self.plain_tuples: set[int] = set()  # tuple displays Transcrypt must see as such
        self.native_subscripts: set[int] = set()  # `xs[i]` proven in range: plain JS
        self.dataclass_names: set[str] = set()
        self.dataclass_modules: set[str] = set()
        self.field_names: set[str] = set()
        self.typing_names: dict[str, str] = {}  # local name → typing's name (`from typing import …`)
        self.typing_modules: set[str] = set()  # local names of typing itself (`import typing as t`)
        self.namedtuple_names: set[str] = set()  # typing.NamedTuple imported by these names
        self.namedtuples = False  # some class statement derives from typing.NamedTuple
        # Attribute presence (pyminis/guard/presence.py): per function, ("instance" | "class",
        # class name) when its `self`/`cls` is the method's (its name in me_stack, None when
        # rebound); in `__init__`'s own statements, the attributes assigned by the statements before.
        self.presence = facts.presence()
        self.member_stack: list[tuple[str, str] | None] = [None]
        self.class_slots: dict[str, set[str]] = {}  # class name → the names its `__slots__` lists
        self.me_stack: list[str | None] = [None]
        self.init_assigned: set[str] | None = None
        self.in_decorator = False
        self.class_properties = False  # a class body's @property (pmrt/properties.js must load)
        self.own_deleters: set[int] = set()  # `@x.deleter` decorators after `@property def x`
        self.imported = {(a.asname or a.name).split(".")[0] for n in ast.walk(tree)
                         if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names}
        # `x.m(…)` where x is a variable or a module (`import datetime`; `for date in …`), not a
        # class of that name: no unbound-method `.call` (guard/receivers.py).
        self.variable_receivers = variable_receivers(tree)
        self.narrow_stack: list[Narrow] = [NONE]  # per function: narrow str locals (narrow.py)
        self.class_body: list[bool] = [False]  # is the innermost scope a class body?
        self.loop_ranges: set[int] = set()  # `range`/`enumerate` names Transcrypt compiles as counted loops
        self.depth = 0  # functions the visit is inside (0: module level)
        self.views = view_names(tree)  # names bound to d.keys() / d.items() somewhere
        self.view_sets = False  # a set operator may take a dict view
        # Names of the module's classes, never bound otherwise: `Cls.f = …` stores on that class.
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        self.module_classes = {c for c in classes if classes.count(c) == 1 and not any(
            isinstance(n, ast.Name) and n.id == c and not isinstance(n.ctx, ast.Load) for n in ast.walk(tree))}
        # What each method name is in this module's classes: 'i' (self), 'c' (classmethod), 's', 'p'.
        self.method_kinds: dict[str, set[str]] = {}
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for item in cls.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    decorators = {decorator_name(d) for d in item.decorator_list}
                    kind = "c" if "classmethod" in decorators else "s" if "staticmethod" in decorators \
                        else "p" if decorators & {"property", "setter"} else "i"
                    self.method_kinds.setdefault(item.name, set()).add(kind)
        # Names only ever bound by a `def` of the module: a class body storing one binds a method.
        self.def_names = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))} \
            - self.imported

    # ---- helpers -------------------------------------------------------------------------

    def metadata(self) -> None:
        """A def, lambda or class of the game in a program that reads their names or
        docstrings: the generator gives it them through `_pm_def` (transcrypt_meta.py).
        pyminis' own modules (the engine, pyminis/stdlib) go without: their docstrings would
        weigh on every such game."""
        if self.facts.metadata and not self.trusted:
            self.helper("_pm_def")
        if not self.trusted:
            self.helper("_pm_argerr")  # the game's calls are checked (transcrypt_arity.py)
            self.helper("_pm_isclass")  # and its plain methods called through a class
            self.helper("_pm_unbound")

    def call_through(self, node: ast.Call, func: ast.Attribute, helper: str, *rest: str) -> None:
        """`o.m(…)` as `helper(o, *rest)(…)`: the helper gives the function to call."""
        self.visit(func.value)
        owner = func.value
        self.out.replace(func, lambda render: self.call(helper, render(owner), *rest))
        for part in (*node.args, *node.keywords):
            self.visit(part)

    def may_be_builtin(self, node: ast.expr) -> bool:
        """Might this receiver of a special method be a builtin value or type? Not `super()`, not
        a class of the program, not a method's own self or cls, not `type(x)`/`x.__class__`."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super":
            return False
        if isinstance(node, ast.Name) and (node.id in dict(self.facts.classes) or node.id == self.me_stack[-1]):
            return False
        return not self.class_of(node)

    def class_of(self, node: ast.expr) -> bool:
        """`type(x)` or `x.__class__`: an object's class, read at run time."""
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type"
                and "type" not in self.shadowed and len(node.args) == 1 and not node.keywords) \
            or (isinstance(node, ast.Attribute) and node.attr == "__class__")

    def helper(self, name: str) -> str:
        self.used.add(name)
        return name

    def abc_meta(self, value: ast.expr) -> bool:
        """abc's ABCMeta (`abc.ABCMeta`, or imported from abc), not a metaclass of the game's
        that has its name."""
        if isinstance(value, ast.Attribute):
            return value.attr == "ABCMeta" and isinstance(value.value, ast.Name) and value.value.id == "abc"
        return isinstance(value, ast.Name) and value.id in self.abc_metas

    def standard_value(self, node: ast.Attribute | ast.Name) -> bool:
        """A standard function read as a value (`key=math.fabs`, `f.__name__` of `json.dumps`):
        one returning floats boxes its results (float_functions.py); where the program reads
        metadata, it gets CPython's (standard_metadata.py). True: wrapped."""
        if not isinstance(node.ctx, ast.Load) or id(node) in self.callee_ids:
            return False
        read = self.standard_members.get(id(node))
        meta = member(*read) if read is not None and read[1] else None
        boxed = id(node) in self.float_functions
        if meta is not None:
            inner = self.helper("_pm_fnbox") + "(" if boxed else ""
            self.out.wrap(node, f"{self.helper('_pm_meta')}({inner}",
                          f"{')' if boxed else ''}, {meta.name!r}, {meta.qualname!r}, {meta.module!r}, {meta.builtin!r})")
        elif boxed:
            self.out.wrap(node, self.helper("_pm_fnbox") + "(", ")")
        return meta is not None or boxed

    def visit(self, node: ast.AST) -> None:
        super().visit(node)
        self.box_value(node)

    def num(self, node: ast.expr) -> bool:
        """Provably a number here (pyminis/guard/types/)."""
        return self.ty(node).is_num

    def narrow(self, node: ast.expr) -> bool:
        """Provably a str without characters outside the BMP (pyminis/guard/narrow.py)."""
        proofs = self.narrow_stack[-1]
        return is_narrow(node, proofs, numbers(self.num, proofs.counters), self.shadowed)

    def call(self, name: str, *parts: str) -> str:
        return f"{self.helper(name)}({', '.join(parts)})"

    def truth(self, node: ast.expr) -> None:
        """Make a test use Python truth (empty containers are false)."""
        if isinstance(node, ast.BoolOp):
            for value in node.values:
                self.truth(value)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self.truth(node.operand)
        elif not is_bool(node):
            self.out.wrap(node, self.helper("_pm_truth") + "(", ")")

    def result(self) -> str:
        big_literals(self.tree, self.out)
        text = self.out.result()
        # Always imported: pmrt/methods.js also adds the str and list methods Transcrypt lacks.
        used = self.used or {"_pm_truth"}
        if not text.endswith("\n"):
            text += "\n"
        tail = f"; from {VIEW_SETS_MODULE} import _pm_viewsets" if self.view_sets else ""
        if self.class_properties:  # a read the bundler keeps: the class made installs the accessors
            tail += "; _pm_property.__module__"
        if self.namedtuples:
            tail += f"; import collections as {NAMEDTUPLES}"
        if self.complex_names and self.module_name != complex_numbers.COMPLEX_MODULE:
            tail += f"; from {complex_numbers.COMPLEX_MODULE} import {', '.join(sorted(self.complex_names))}"
        if self.lists_globals:
            tail += f"; __pragma__ ('js', '{{}}', {module_globals.module_js(self.tree)!r})"
        if self.globals.declared:
            tail += f"; __pragma__ ('js', '{{}}', 'export var {', '.join(self.globals.declared)};')"
        # A game module's imported names are its members too (`from vec import math`, and
        # `from vec import *`: guard/star_imports.py); Transcrypt exports only what it assigns.
        names = [] if self.trusted else [n for n in reexported(self.tree, self.facts.game_modules)
                                         if (self.module_name, n) in self.facts.taken]
        if names:
            tail += f"; __pragma__ ('js', '{{}}', 'export {{{', '.join(js_name(n) for n in names)}}};')"
        exports = None if self.trusted else module_objects.alias_exports(self.tree, self.module_name, self.facts.taken)
        if exports:
            tail += f"; __pragma__ ('js', '{{}}', {exports!r})"
        if not self.trusted and self.facts.game_modules:  # its module object (module_objects.py)
            members = module_objects.object_js(self.tree, self.facts.game_modules, self.facts.attrs_read)
            tail += f"; __pragma__ ('js', '{{}}', {members!r})"
        return text + f"from {RUNTIME_MODULE} import {', '.join(sorted(used))}{tail}\n"

    # ---- statements ----------------------------------------------------------------------

    def visit_Module(self, node: ast.Module) -> None:
        for name in module_builtins(node):  # what such a variable starts as (transcrypt_run.py)
            helper = start_helper(name)
            if helper is not None:
                self.helper(helper)
        self.generic_visit(node)

    def blank(self, node: ast.stmt) -> None:
        self.out.replace(node, lambda render: "pass", pad=False)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if self.absent_import(node):
            return
        if not self.trusted:
            self.import_serial += 1
            copied = module_objects.from_import_statement(node, self.facts.game_modules, self.import_serial,
                                                          STAGED_NAMES.get(module, module))
            if copied is not None:
                self.out.replace(node, lambda render: copied, pad=False)
                return
        if module == "dataclasses":
            # A real module (pyminis/stdlib/dataclasses.py); the decorator and field() calls
            # in class bodies are rewritten here.
            for alias in node.names:
                local = alias.asname or alias.name
                if alias.name == "dataclass":
                    self.dataclass_names.add(local)
                elif alias.name == "field":
                    self.field_names.add(local)
        elif module in REMOVED_IMPORTS:
            for alias in node.names:
                local = alias.asname or alias.name
                if module in ("typing", "typing_extensions"):
                    self.typing_names[local] = alias.name
                    if alias.name == "NamedTuple":
                        self.namedtuple_names.add(local)
            self.blank(node)
        elif module == "enum":
            names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in node.names)
            self.out.replace(node, lambda render: f"from {RUNTIME_MODULE} import {names}", pad=False)
        elif not self.trusted and node.level == 0 and id(node) in self.imports_guarded() \
                and "*" not in (a.name for a in node.names):
            # In a try catching ImportError: a name the module lacks raises it, as in CPython
            # (the bundler refused the import). Also binds where the statement stands.
            hidden = f"_pm_x{node.lineno}_{module.replace('.', '_')}"
            copies = "".join(f"; {a.asname or a.name} = {self.helper('_pm_from')}({hidden}.{a.name}, "
                             f"{a.name!r}, {module!r})" for a in node.names)
            self.out.replace(node, lambda render: f"import {STAGED_NAMES.get(module, module)} as {hidden}{copies}",
                             pad=False)
        elif module in STAGED_NAMES and node.level == 0 or not self.trusted and self.imports_rebound(node):
            source = STAGED_NAMES.get(module, module) if node.level == 0 else "." * node.level + module
            bound = self.imports_rebound(node)
            names = ", ".join(a.name + (f" as {self.rebound_alias(a)}" if (a.asname or a.name) in bound else
                                        f" as {a.asname}" if a.asname else "") for a in node.names)
            copies = "".join(f"; {a.asname or a.name} = {self.rebound_alias(a)}" for a in node.names
                             if (a.asname or a.name) in bound)
            self.out.replace(node, lambda render: f"from {source} import {names}{copies}", pad=False)

    def imports_rebound(self, node: ast.ImportFrom) -> set[str]:
        """The names `from m import …` binds that the module also binds otherwise (`try: from
        json import dumps` / `except ImportError: def dumps`): Transcrypt dropped an import whose
        name the module defines, so the imported function was never bound. Those are imported
        under a hidden name and assigned where the statement stands, as CPython binds them."""
        if self.module_defined is None:
            self.module_defined = set(module_defined_names(self.tree))
        return {a.asname or a.name for a in node.names} & self.module_defined

    def imports_guarded(self) -> set[int]:
        """The `from m import …` statements in the body of a try with a handler for ImportError."""
        if self.guarded_imports is None:
            self.guarded_imports = optional_imports.guarded(self.tree)
        return self.guarded_imports

    def rebound_alias(self, alias: ast.alias) -> str:
        return f"_pm_x{alias.lineno}_{alias.asname or alias.name}"

    def absent_import(self, node: ast.Import | ast.ImportFrom) -> bool:
        """A guarded import of a module neither CPython nor the game has raises ImportError
        where it stands (guard/optional_imports.py)."""
        if self.trusted or id(node) not in self.imports_guarded():
            return False
        text = optional_imports.raise_statement(node, self.facts.game_modules)
        if text is not None:
            self.used.update(("ModuleNotFoundError", "_pm_raise"))
            self.out.replace(node, lambda render: text)
        return text is not None

    def visit_Import(self, node: ast.Import) -> None:
        if self.absent_import(node):
            return
        kept = []
        per_alias: list[str | None] = []  # each alias's text (None: removed)
        for alias in node.names:
            if alias.name == "dataclasses":
                self.dataclass_modules.add(alias.asname or alias.name)
            if alias.name in REMOVED_IMPORTS:
                if alias.name != "__future__":
                    self.typing_modules.add(alias.asname or alias.name)
                per_alias.append(None)
                continue
            if alias.name == "enum":
                kept.append(f"{RUNTIME_MODULE} as {alias.asname or 'enum'}")
            elif alias.name in STAGED_NAMES:
                kept.append(f"{STAGED_NAMES[alias.name]} as {alias.asname or alias.name}")
            else:
                kept.append(alias.name + (f" as {alias.asname}" if alias.asname else ""))
            per_alias.append(kept[-1])
        objects = None if self.trusted else module_objects.import_statement(node, self.facts.game_modules, per_alias)
        if objects is not None:
            self.out.replace(node, lambda render: objects, pad=False)
        elif len(kept) != len(node.names) or any(a.name == "enum" or a.name in STAGED_NAMES for a in node.names):
            text = ("import " + ", ".join(kept)) if kept else "pass"
            self.out.replace(node, lambda render: text, pad=False)

    def is_dataclass_decorator(self, node: ast.expr) -> bool:
        target = node.func if isinstance(node, ast.Call) else node
        if isinstance(target, ast.Name):
            return target.id in self.dataclass_names
        return (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                and target.value.id in self.dataclass_modules and target.attr == "dataclass")

    def is_field_call(self, node: ast.expr | None) -> bool:
        if not isinstance(node, ast.Call):
            return False
        if isinstance(node.func, ast.Name):
            return node.func.id in self.field_names
        return (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                and node.func.value.id in self.dataclass_modules and node.func.attr == "field")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        if not self.trusted and any(isinstance(s, ast.FunctionDef) and s.name == "__new__" for s in node.body):
            self.used.add("_pm_pynew")  # its __new__ runs as CPython's (transcrypt_run.py)
        if any(isinstance(s, ast.FunctionDef) and static_or_class(s) for s in node.body):
            self.used.add(METHOD_KIND)  # marks them for reads through the class (transcrypt_run.py)
        if not self.trusted and class_bodies.needs_body(node):
            self.used.add("_pm_class_body")  # its body runs as a function (transcrypt_class_bodies.py)
        for base in node.bases:
            if not self.trusted and isinstance(base, ast.Name) and base.id == "type" and "type" not in self.shadowed:
                # A metaclass: pmrt/metaclasses.js (its `_pm_type` is type) runs its methods.
                self.out.replace(base, lambda render: self.helper("_pm_type"), pad=False)
        self.metadata()
        self.own_deleters.update(id(d) for d in own_deleters(node))
        if self.facts.metadata and not self.trusted and not node.decorator_list:
            # Its annotations are dropped: a hidden mark tells dir() CPython's class has
            # `__annotations__` (pmrt/attribute_listing.js).
            annotated = next((s for s in class_statements(node) if isinstance(s, ast.AnnAssign)), None)
            if annotated is not None:
                self.out.wrap(annotated, "", "; __pm_annotated__ = True")
        dataclass = next((d for d in node.decorator_list if self.is_dataclass_decorator(d)), None)
        if dataclass is not None:
            self.dataclass_body(node, dataclass)
        self.in_decorator = True
        for decorator in node.decorator_list:
            if decorator is not dataclass:
                self.visit(decorator)
        self.in_decorator = False
        if self.typed_namedtuple(node):
            return
        for keyword in node.keywords:
            value = keyword.value
            if keyword.arg == "metaclass" and self.abc_meta(value):
                # abc's metaclass does what its class ABC does as a base (pmrt/bases.js).
                self.out.replace(keyword, lambda render: self.helper("_pm_ABC"))
            else:
                self.visit(keyword)
        for base in node.bases:
            if isinstance(base, ast.Subscript) and self.typing_name(base.value) in ("Generic", "Protocol"):
                # In the MRO as in CPython; `Pool[int]` is then the class (runtime types.js).
                self.out.replace(base, lambda render: self.helper("_pm_Generic"))
            elif isinstance(base, ast.Subscript) and self.typing_name(base.value) is not None:
                self.out.replace(base, lambda render: "object")
            elif isinstance(base, ast.Name) and base.id == "list" and "list" not in self.shadowed:
                # The runtime's list made a base: instances are arrays (pmrt/lists.js).
                self.out.replace(base, lambda render: self.helper("_pm_list"))
            elif self.typing_name(base) == "TypedDict":
                # Calling the class makes a plain dict, as CPython's TypedDict does.
                self.out.replace(base, lambda render: self.helper("_pm_TypedDict"))
            else:
                self.visit(base)
        self.class_statements(node.name, node.body)

    def class_statements(self, name: str, body: list[ast.stmt]) -> None:
        """Visit a class's statements in its own scope."""
        self.class_stack.append(name)
        self.class_slots[name] = slot_names(body)
        self.class_names.append(set())
        self.self_stack.append(None)
        self.list_stack.append(frozenset())
        self.me_stack.append(None)
        self.class_body.append(True)
        for index, stmt in enumerate(body):
            # A name the body binds only later reads the enclosing scope's (`f = f` takes the
            # module's def, a method in CPython).
            self.class_names[-1] = bound_names(ast.Module(body=body[:index], type_ignores=[]))
            self.visit(stmt)
        self.class_body.pop()
        self.me_stack.pop()
        self.list_stack.pop()
        self.self_stack.pop()
        self.class_names.pop()
        self.class_stack.pop()

    def typed_namedtuple(self, node: ast.ClassDef) -> bool:
        """`class P(NamedTuple): x: int; y: int = 0` (typing) → a subclass of
        `collections.namedtuple("P", ["x", "y"], defaults=[0])`, its field lines `pass`, its
        methods kept: the namedtuple classes of pyminis/stdlib/collections (Transcrypt read the
        removed typing name as null and crashed making the class)."""
        base = next((b for b in node.bases if self.typing_name(b) == "NamedTuple"), None)
        if base is None:
            return False
        fields = [stmt for stmt in node.body if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)]
        defaults = [stmt.value for stmt in fields if stmt.value is not None]
        for stmt in fields:
            if stmt.value is not None:
                self.visit(stmt.value)
            self.blank(stmt)
        self.namedtuples = True
        names = repr([stmt.target.id for stmt in fields])  # type: ignore[union-attr]
        self.out.replace(base, lambda render: f"{NAMEDTUPLES}.namedtuple({node.name!r}, {names}, defaults=["
                         + ", ".join(render(d) for d in defaults) + "])")
        self.class_statements(node.name, [stmt for stmt in node.body if stmt not in fields])
        return True

    def dataclass_body(self, node: ast.ClassDef, decorator: ast.expr) -> None:
        """`@dataclass(...)` → `_pm_dataclass([field specs], [options])` (pmrt/dataclasses.js);
        each annotated line keeps its default as a class attribute (a factory as a marker)."""
        specs: list[str] = []
        for stmt in node.body:
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            annotation = ast.unparse(stmt.annotation)
            if "ClassVar" in annotation:
                continue  # a class attribute: visit_AnnAssign keeps its value
            name = stmt.target.id
            kind = "kw_only" if annotation.split(".")[-1] == "KW_ONLY" else (
                "initvar" if "InitVar" in annotation else "field")
            flags = dict(DATACLASS_FIELD_FLAGS)
            value = stmt.value
            has_default = value is not None
            if value is None:
                self.blank(stmt)
            elif self.is_field_call(value):
                assert isinstance(value, ast.Call)
                keywords = {k.arg: k.value for k in value.keywords}
                for flag in flags:
                    if flag in keywords and isinstance(keywords[flag], ast.Constant):
                        flags[flag] = keywords[flag].value
                if "default_factory" in keywords:
                    factory = keywords["default_factory"]
                    self.visit(factory)
                    self.out.replace(stmt, self.assign(name, factory, "_pm_factory"))
                elif "default" in keywords:
                    default = keywords["default"]
                    self.visit(default)
                    self.out.replace(stmt, self.assign(name, default))
                else:
                    has_default = False
                    self.blank(stmt)
            else:
                self.visit(value)
                self.out.replace(stmt, self.assign(name, value))
            stmt.pm_handled = True  # type: ignore[attr-defined]
            specs.append(repr([name, js_name(name), kind, has_default, *flags.values(), annotation]))
        options = dict(DATACLASS_OPTIONS)
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg in options and isinstance(keyword.value, ast.Constant):
                    options[keyword.arg] = keyword.value.value
        spec_text = "[" + ", ".join(specs) + "]"
        option_text = repr(list(options.values()))
        self.out.replace(decorator, lambda render: self.call("_pm_dataclass", spec_text, option_text),
                         pad=False)

    def assign(self, name: str, value: ast.expr, helper: str | None = None) -> Replacer:
        """`name = value` (or `name = helper(value)`) as a statement's new text."""
        def build(render: Render) -> str:
            text = render(value)
            return f"{name} = " + (self.call(helper, text) if helper else text)
        return build

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.metadata()
        if isinstance(node, ast.AsyncFunctionDef):
            self.helper("_pm_coroutine")  # its decorator: runs when awaited (transcrypt_run.py)
        self.in_decorator = True  # `@value.setter` is Transcrypt's to read, never checked
        for decorator in node.decorator_list:
            if not self.class_body[-1] and not self.trusted and self.property_decorator(decorator):
                continue
            if self.class_body[-1] and not self.trusted and base_accessor(decorator) \
                    and self.property_decorator(decorator):
                continue
            if id(decorator) in self.own_deleters:  # Transcrypt pairs only getters and setters
                self.out.replace(decorator, lambda render: self.helper("_pm_fdel"), pad=False)
                continue
            if id(decorator) in self.dispatch_registers:  # `@f.register` of a singledispatch f
                self.out.wrap(decorator, "", f"({self.dispatch_registers[id(decorator)]})")
            self.visit(decorator)
        self.in_decorator = False
        for arg in node.args.posonlyargs + node.args.args + node.args.kwonlyargs:
            if arg.annotation is not None:
                self.drop_annotation(arg.annotation)
        for star in (node.args.vararg, node.args.kwarg):
            if star is not None and star.annotation is not None:
                self.drop_annotation(star.annotation)
        if node.returns is not None:
            self.drop_annotation(node.returns)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        self.list_stack.append(list_locals(node, self.shadowed))
        if isinstance(node, ast.FunctionDef) and self.facts.unpacked_only(node.name):
            # Only ever unpacked at its call sites: its tuples can be plain JS arrays.
            for returned in own_returns(node):
                self.array_tuples.add(id(returned.value))
        in_class = bool(self.self_stack) and self.self_stack[-1] is None
        names = {decorator_name(d) for d in node.decorator_list}
        first = node.args.args[0].arg if node.args.args and "staticmethod" not in names else None
        self.self_stack.append(first if in_class else (self.self_stack[-1] if self.self_stack else None))
        self.narrow_stack.append(narrow_locals(node, self.num, self.shadowed, self.narrow_stack[-1]))
        member, me, saved_init = self.member_stack[-1], self.me_stack[-1], self.init_assigned
        if self.class_body[-1]:
            kind = "class" if "classmethod" in names else None if "staticmethod" in names else "instance"
            member = (kind, self.class_stack[-1]) if kind is not None else None
            me = first if kind is not None and first_param_kept(node) else None  # nested functions keep it
        self.member_stack.append(member)
        self.me_stack.append(me)
        direct_init = self.class_body[-1] and node.name == "__init__" and member is not None
        self.init_assigned = set() if direct_init else None
        self.class_body.append(False)
        self.depth += 1
        for stmt in node.body:
            self.visit(stmt)
            if direct_init and self.init_assigned is not None:
                self.init_assigned |= assigned_attributes(stmt, me)
        self.depth -= 1
        self.class_body.pop()
        self.init_assigned = saved_init
        self.me_stack.pop()
        self.member_stack.pop()
        self.narrow_stack.pop()
        self.self_stack.pop()
        self.list_stack.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def drop_annotation(self, annotation: ast.expr) -> None:
        # Annotations have no meaning at run time; `None` keeps the header valid on its lines.
        self.out.replace(annotation, lambda render: "None")

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if getattr(node, "pm_handled", False):
            return
        if node.value is None:
            self.blank(node)
            return
        self.visit(node.value)
        target, value = node.target, node.value
        if isinstance(target, ast.Subscript):
            self.visit(target.value)
            self.visit(target.slice)
        elif isinstance(target, ast.Attribute):
            self.visit(target.value)
        self.out.replace(node, lambda render: f"{render(target)} = {render(value)}")

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant) and node.value.value is Ellipsis:
            self.out.replace(node, lambda render: "pass", pad=False)
            return
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if node.value is Ellipsis:
            # Transcrypt cannot compile `...`: it is the runtime's singleton (pmrt/constants.js).
            self.out.replace(node, lambda render: self.helper("_pm_ellipsis"), pad=False)
        elif isinstance(node.value, complex):
            self.complex_names.add(complex_numbers.LITERAL)
            self.out.replace(node, lambda render: complex_numbers.literal(node.value), pad=False)
        elif isinstance(node.value, bytes):
            # a bytes object (pmrt/bytes.js) made from a str of one char per byte
            text = self.call("_pm_b", repr(node.value.decode("latin-1")))
            self.out.replace(node, lambda render: text, pad=False)

    def visit_If(self, node: ast.If) -> None:
        self.truth(node.test)
        self.mark_test(node.test)
        self.generic_visit(node)

    visit_While = visit_If  # type: ignore[assignment]

    def visit_Assert(self, node: ast.Assert) -> None:
        self.truth(node.test)
        self.mark_test(node.test)
        self.generic_visit(node)

    def starred(self, target: ast.expr, value: ast.expr, helper: str) -> bool:
        """`a, *rest, z = value` (or a loop's target): the target without its star, the value
        through `helper`, which cuts it into (a, [middle…], z) with Python's ValueError."""
        if not (isinstance(target, (ast.Tuple, ast.List))
                and any(isinstance(e, ast.Starred) for e in target.elts)) or nested_stars(target):
            return False  # (nested stars: `_pm_unpack` with a shape, as `unpacked` writes it)
        index = next(i for i, e in enumerate(target.elts) if isinstance(e, ast.Starred))
        star = target.elts[index]
        assert isinstance(star, ast.Starred)
        self.out.replace(star, lambda render: render(star.value), pad=False)
        before, after = index, len(target.elts) - index - 1
        self.out.wrap(value, self.helper(helper) + "(", f", {before}, {after})")
        return True

    def unpacked(self, target: ast.expr, value: ast.expr) -> None:
        """`a, (b, c) = value`: Transcrypt indexes the value (`__left0__[0]`), which only lists
        and tuples of the right length survive; any other value goes through `_pm_unpack`
        (pmrt/unpack.js: any iterable, CPython's ValueError and TypeError). A display of the
        same length needs it only for its nested targets' items."""
        if not isinstance(target, (ast.Tuple, ast.List)):
            return
        if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts) \
                and not any(isinstance(e, ast.Starred) for e in value.elts + target.elts):
            for inner, item in zip(target.elts, value.elts):
                self.unpacked(inner, item)
            return
        self.unstar(target)
        self.out.wrap(value, self.helper("_pm_unpack") + "(", f", {unpack_shape(target)})")

    def unstar(self, target: ast.Tuple | ast.List) -> None:
        """`*rest` in a target cut by `_pm_unpack` (its list in that place) is a plain target."""
        for star in [e for e in target.elts if isinstance(e, ast.Starred)] + nested_stars(target):
            self.out.replace(star, rendered(star.value), pad=False)

    def visit_Assign(self, node: ast.Assign) -> None:
        if len(node.targets) == 1:
            self.note_store(node.targets[0], node.value)
        self.visit(node.value)
        if self.class_body[-1] and not self.trusted and self.may_be_function(node.value):
            self.out.wrap(node.value, self.helper("_pm_method_value") + "(", ")")
        target = node.targets[0] if node.targets else None
        if len(node.targets) == 1 and isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                and (target.value.id in self.module_classes or not self.instance_self(target.value.id)) \
                and not self.trusted and self.may_be_function(node.value):
            # `Cls.f = function` binds as a class body's `f = …` would (pmrt/calls.js _pm_setattr);
            # so does `cls.f = function` where cls is any name but a method's self (a class
            # decorator's parameter): _pm_setattr binds only on a class.
            value, owner, attr = node.value, target.value, target.attr
            self.out.replace(node, lambda render: self.call(
                "_pm_setattr", render(owner), repr(attr), self.call("_pm_method_value", render(value))))
            return
        if len(node.targets) == 1 and isinstance(target, ast.Attribute) and target.attr == "__class__" \
                and not self.trusted:
            # `self.__class__ = Other`: CPython's checks, then the instance's prototype (pmrt/calls.js).
            new_class, instance = node.value, target.value
            self.visit_target(target)
            self.out.replace(node, lambda render: self.call("_pm_setattr", render(instance), "'__class__'",
                                                            render(new_class)))
            return
        for target in node.targets:
            self.visit_target(target)
        if self.needs_stores(node):
            self.item_stores(node)
            return
        if len(node.targets) == 1 and not self.starred(node.targets[0], node.value, "_pm_star"):
            self.unpacked(node.targets[0], node.value)
        if len(node.targets) == 1 and self.item_store(node.targets[0]):
            target = node.targets[0]
            assert isinstance(target, ast.Subscript)
            value = node.value
            self.out.replace(node, lambda render: self.item_write(render, target.value, target.slice, render(value)))

    def item_read(self, render: Render, value: ast.expr, index: ast.expr) -> str:
        """`value[index]` read as Python does; a pair display as the index (`grid[(x, y)]`,
        `grid[x, y]`) is passed as its two items, so a dict finds it without a tuple."""
        pair = pair_items(index)
        if pair is not None:
            return self.call("_pm_gi2", render(value), render(pair[0]), render(pair[1]))
        return self.call("_pm_gi", render(value), render(index))

    def item_write(self, render: Render, value: ast.expr, index: ast.expr, source: str) -> str:
        """`value[index] = source` stored as Python does (a pair as in item_read)."""
        pair = pair_items(index)
        if pair is not None:
            return self.call("_pm_si2", render(value), render(pair[0]), render(pair[1]), source)
        return self.call("_pm_si", render(value), render(index), source)

    def property_decorator(self, decorator: ast.expr) -> bool:
        """`@property`, `@p.setter` outside a class body: Transcrypt would make them class-body
        accessors (its output did not bundle); Python's property object instead (pmrt/properties.js)."""
        if isinstance(decorator, ast.Name) and decorator.id == "property" and "property" not in self.shadowed:
            self.out.replace(decorator, lambda render: self.helper("_pm_property"), pad=False)
            return True
        if isinstance(decorator, ast.Attribute) and decorator.attr in ("setter", "getter", "deleter"):
            owner, kind = decorator.value, decorator.attr
            self.visit(owner)
            self.out.replace(decorator, lambda render: self.call("_pm_accessor", render(owner), repr(kind)), pad=False)
            return True
        return False

    def instance_self(self, name: str) -> bool:
        """`name` is the instance an instance method (or a function nested in one) runs for."""
        member = self.member_stack[-1] if self.member_stack else None
        return member is not None and member[0] == "instance" and name == self.me_stack[-1]

    def may_be_function(self, value: ast.expr) -> bool:
        """A class-body value that may be a Python function, which CPython binds as a method
        (pmrt/class_values.js): a lambda, a module's own def, or what a call returns (a closure
        of a factory); builtins (`sqrt = math.sqrt`, `key = len`) and classes are not bound."""
        if isinstance(value, ast.Lambda):
            return True
        if isinstance(value, ast.Name):
            return value.id in self.def_names and not (self.class_body[-1] and value.id in self.class_names[-1])
        if isinstance(value, ast.Call):
            name = value.func.id if isinstance(value.func, ast.Name) else \
                value.func.attr if isinstance(value.func, ast.Attribute) else ""
            return name not in NOT_FUNCTION_CALLS
        # list's methods are descriptors: `push = list.append` is bound (a stack deriving from list)
        return isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) \
            and value.value.id == "list" and "list" not in self.shadowed

    def item_store(self, target: ast.expr) -> bool:
        """A store Transcrypt would make a JS property write: `d[k] = …` (not a slice, not a
        list index proven in range)."""
        return isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice) \
            and id(target) not in self.native_subscripts

    def needs_stores(self, node: ast.Assign) -> bool:
        """An assignment Transcrypt cannot store as Python does: an item (`d[k]`, also starred)
        inside a tuple target, or a chained assignment with an item or a tuple among its
        targets (`x = d[k] = v`, `a, b = t = v`: Transcrypt neither calls `_pm_si` nor unpacks
        any iterable there)."""
        def items(target: ast.expr) -> bool:
            if isinstance(target, ast.Starred):
                return items(target.value)
            if isinstance(target, (ast.Tuple, ast.List)):
                return any(items(e) for e in target.elts)
            return self.item_store(target)

        if len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, (ast.Subscript, ast.Attribute)) and acts(node.value) and acts(target):
                # CPython runs the value before the target's parts; `_pm_si(a, i, v)` would run
                # `i` first: `child[randint(0, n) - 1] = choice(genes)` drew in the wrong order.
                return True
            return isinstance(target, (ast.Tuple, ast.List)) and items(target)
        return any(isinstance(t, (ast.Tuple, ast.List)) or self.item_store(t) for t in node.targets)

    def item_stores(self, node: ast.Assign) -> None:
        """`a, d[k] = value` (or `x = d[k] = value`): the statement becomes, on its line,
        `_pm_t = value; a = _pm_unpack(_pm_t, 2)…; _pm_si(d, k, …)`: the value first, then each
        target left to right, each tuple through `_pm_unpack` (or `_pm_star` around a starred
        item) into its own temporary, as CPython stores them."""
        value = node.value
        count = [0]

        def temp() -> str:
            count[0] += 1
            return "_pm_t" if count[0] == 1 else f"_pm_t{count[0]}"

        def stores(render: Render, target: ast.expr, source: str) -> list[str]:
            if isinstance(target, (ast.Tuple, ast.List)):
                name = temp()
                star = next((i for i, e in enumerate(target.elts) if isinstance(e, ast.Starred)), None)
                if star is None:
                    cut = self.call("_pm_unpack", source, str(len(target.elts)))
                else:
                    cut = self.call("_pm_star", source, str(star), str(len(target.elts) - star - 1))
                return [f"{name} = {cut}"] + [
                    s for i, e in enumerate(target.elts)
                    for s in stores(render, e.value if isinstance(e, ast.Starred) else e, f"{name}[{i}]")]
            if self.item_store(target):
                assert isinstance(target, ast.Subscript)
                return [self.call("_pm_si", render(target.value), render(target.slice), source)]
            return [f"{render(target)} = {source}"]

        def build(render: Render) -> str:
            count[0] = 0
            first = temp()
            return "; ".join([f"{first} = {render(value)}"] + [
                s for target in node.targets for s in stores(render, target, first)])

        self.out.replace(node, build)

    def tuple_slices(self, node: ast.Subscript) -> None:
        """`grid[1:3, 0]`: a tuple of slice objects, as CPython passes it to __getitem__ (`1:3`
        stands only in brackets; spliced into a call, it failed to compile: PM002)."""
        if not isinstance(node.slice, ast.Tuple):
            return
        for part in node.slice.elts:
            if isinstance(part, ast.Slice):
                bounds = [part.lower, part.upper, part.step]
                self.helper("slice")
                self.out.replace(part, lambda render, bounds=bounds: "slice(" + ", ".join(
                    "None" if b is None else render(b) for b in bounds) + ")", pad=False)

    def visit_target(self, target: ast.expr) -> None:
        """A store target: visit what it reads, and fix negative literal indexes."""
        if isinstance(target, ast.Subscript):
            self.visit(target.value)
            self.visit(target.slice)
            self.tuple_slices(target)
        elif isinstance(target, ast.Attribute):
            self.visit(target.value)
            if self.facts.slotted and not self.trusted and not target.attr.startswith("__") \
                    and not self.own_slot(target):
                # CPython's AttributeError for a name a slotted instance lacks (pmrt/slots.js);
                # programs without slots store directly, and so does `self.x =` of a slot.
                self.out.wrap(target.value, self.helper("_pm_open") + "(", f", {target.attr!r})")
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self.visit_target(element)
            if any(isinstance(e, ast.Subscript) and not isinstance(e.slice, ast.Slice) for e in target.elts):
                self.fix_negative_stores(target)
        elif isinstance(target, ast.Starred):
            self.visit_target(target.value)

    def builtin_helper(self, name: str) -> str:
        """The helper a builtin's name becomes (`setattr` checks slots where a class has them)."""
        return "_pm_setattr_slotted" if name == "setattr" and self.facts.slotted else BUILTIN_HELPERS[name]

    def own_slot(self, target: ast.Attribute) -> bool:
        """Is `target` `self.x` in a method of a class whose own `__slots__` lists `x`?"""
        member, me = self.member_stack[-1], self.me_stack[-1]
        return (member is not None and isinstance(target.value, ast.Name) and target.value.id == me
                and target.attr in self.class_slots.get(member[1], ()))

    def fix_negative_stores(self, target: ast.Tuple | ast.List) -> None:
        for element in target.elts:
            if (isinstance(element, ast.Subscript) and isinstance(element.slice, ast.UnaryOp)
                    and isinstance(element.slice.op, ast.USub) and is_pure(element.value)):
                self.out.replace(element.slice, length_minus(element.value, element.slice.operand))

    def counted_loop(self, iterable: ast.expr) -> None:
        """`for i in range(…)` (a statement or a comprehension) stays Transcrypt's counted loop;
        every other `range` is a range object (`_pm_range`, pmrt/ranges.js)."""
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "range":
            if any(not isinstance(b, ast.Starred) and self.ty(b).is_intlike and not self.ty(b).small
                   for b in iterable.args):
                return  # a bound that may pass 2**53: a JS counter would stop counting there
            self.loop_ranges.add(id(iterable.func))
            for bound in iterable.args:
                # CPython's TypeError for a float bound (`range(n / 2)`): the loop itself would run.
                if not (isinstance(bound, ast.Starred) or self.ty(bound).is_int):
                    self.out.wrap(bound, self.helper("_pm_range_arg") + "(", ")")

    def visit_For(self, node: ast.For) -> None:
        self.counted_loop(node.iter)
        if is_enumerate_loop(node):
            # A counted loop over the sequence (transcrypt_run.py); other enumerates are lazy
            # iterators of tuples (`_pm_enumerate`, pmrt/sequences.js).
            self.loop_ranges.add(id(node.iter.func))  # type: ignore[attr-defined]
        seq = in_range_loop(node)
        # a plain JS index only on a list, str or tuple the types prove (a dict, bytes or an
        # object with __getitem__ has no such items: `_pm_gi` reads theirs)
        if seq is not None and self.types.ty(node.iter.args[0].args[0]).only("list", "str", "tuple"):  # type: ignore[attr-defined]
            index = node.target.id  # type: ignore[attr-defined]
            for child in ast.walk(ast.Module(body=node.body, type_ignores=[])):
                if (isinstance(child, ast.Subscript) and isinstance(child.value, ast.Name)
                        and child.value.id == seq and isinstance(child.slice, ast.Name)
                        and child.slice.id == index):
                    self.native_subscripts.add(id(child))
        self.generic_visit(node)
        if id(node.iter) in self.closing_calls:
            self.out.wrap(node.iter, self.helper("_pm_closing") + "(", ")")
        if not self.starred(node.target, node.iter, "_pm_stars"):
            self.loop_unpacked(node.target, node.iter)

    def loop_unpacked(self, target: ast.expr, iterable: ast.expr) -> None:
        """`for a, b in rows`: Transcrypt destructures each row as JavaScript does (`[1, 2, 3]` gives
        a, b = 1, 2; `[1]` gives b undefined), so each row goes through `_pm_unpack` (CPython's
        ValueError, any iterable row) unless the iterable is known to give rows of the target's
        shape: enumerate/zip/dict items to plain names, a display of tuple displays that fit."""
        if not isinstance(target, (ast.Tuple, ast.List)) or self.rows_fit(target, iterable):
            return
        self.unstar(target)
        self.out.wrap(iterable, self.helper("_pm_unpacks") + "(", f", {unpack_shape(target)})")

    def rows_fit(self, target: ast.Tuple | ast.List, iterable: ast.expr) -> bool:
        if any(isinstance(e, ast.Starred) for e in target.elts):
            return False
        plain = all(isinstance(e, ast.Name) for e in target.elts)
        n = len(target.elts)
        if isinstance(iterable, (ast.List, ast.Tuple, ast.Set)):
            return bool(iterable.elts) and all(
                isinstance(row, ast.Tuple) and len(row.elts) == n
                and not any(isinstance(e, ast.Starred) for e in row.elts)
                and all(not isinstance(t, (ast.Tuple, ast.List)) or self.rows_fit(t, ast.List(elts=[e], ctx=ast.Load()))
                        for t, e in zip(target.elts, row.elts))
                for row in iterable.elts)
        if not (plain and isinstance(iterable, ast.Call)) or iterable.keywords and not (
                isinstance(iterable.func, ast.Name) and iterable.func.id == "zip"):
            return False
        func, args = iterable.func, iterable.args
        if any(isinstance(a, ast.Starred) for a in args):
            return False
        if isinstance(func, ast.Name) and func.id not in self.shadowed:
            if func.id == "enumerate":
                return n == 2 and 1 <= len(args) <= 2
            if func.id == "zip":
                return n == len(args)
        return (isinstance(func, ast.Attribute) and func.attr == "items" and not args and n == 2
                and self.ty(func.value).only("dict"))

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.visit(node.value)
        self.visit_target(node.target)
        self.note_set_operator(node.op, node.target, node.value)
        target = node.target
        if not is_simple_target(target):
            self.aug_once(node)
            return
        if isinstance(target, ast.Subscript) and id(target) not in self.native_subscripts:
            self.out.replace(node, lambda render: self.item_write(
                render, target.value, target.slice,
                self.augmented_value(node, render, self.item_read(render, target.value, target.slice))))
        elif isinstance(target, ast.Subscript):
            self.out.replace(node, lambda render: f"{render(target)} = "
                             + self.augmented_value(node, render, render(target)))
        else:
            # `o.x += v` reads `o.x` first: AttributeError when it is missing, as in CPython.
            checked = self.checked(target.value, target.attr) \
                if isinstance(target, ast.Attribute) and self.needs_check(target) else None
            build = self.augmented(node, checked)
            if build is not None:
                self.out.replace(node, build)

    def aug_once(self, node: ast.AugAssign) -> None:
        """`f().items[g()] += v`: the object and the key are evaluated once (Python's order:
        object, key, the item's read, then `v`), the item read and stored as Python does."""
        target = node.target
        if isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice):
            self.out.replace(node, lambda render: self.call(
                "_pm_augi", render(target.value), render(target.slice),
                f"lambda _pm_a: {self.augmented_value(node, render, '_pm_a')}"))
        elif isinstance(target, ast.Attribute) and self.augmented(node) is not None:
            name = repr(js_name(target.attr))
            self.out.replace(node, lambda render: self.call(
                "_pm_auga", render(target.value), name, f"lambda _pm_a: {self.augmented_value(node, render, '_pm_a')}"))

    def visit_Delete(self, node: ast.Delete) -> None:
        targets = list(flat_targets(node.targets))
        for target in targets:
            self.visit_target(target)
        if not any(isinstance(t, (ast.Name, ast.Subscript, ast.Attribute)) for t in targets):
            return

        def one(render: Render, target: ast.expr) -> str:
            if isinstance(target, ast.Name):  # unbound: reading it again raises (see visit_Name)
                return f"{self.name_of(target)} = {self.helper('_pm_undef')}"
            if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Slice):
                # `del xs[a:b:c]` (Transcrypt deleted a property of the slice's copy)
                parts = [target.slice.lower, target.slice.upper, target.slice.step]
                return self.call("_pm_delsl", render(target.value),
                                 *("None" if p is None else render(p) for p in parts))
            if isinstance(target, ast.Subscript):
                return self.call("_pm_di", render(target.value), render(target.slice))
            if isinstance(target, ast.Attribute):  # AttributeError when missing; a property's deleter
                return self.call("_pm_delattr", render(target.value), repr(js_name(target.attr)))
            return "del " + render(target)

        self.out.replace(node, lambda render: "; ".join(one(render, t) for t in targets), pad=False)

    # ---- expressions ---------------------------------------------------------------------

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value.value)
                if isinstance(value.format_spec, ast.JoinedStr):
                    for part in value.format_spec.values:
                        if isinstance(part, ast.FormattedValue):
                            self.visit(part.value)
        self.out.replace(node, lambda render: self.fstring(node, render))

    def fstring(self, node: ast.JoinedStr, render: Render) -> str:
        parts = [self.fpart(value, render) for value in node.values]
        if not parts:
            return "''"
        if len(parts) == 1 and not (isinstance(node.values[0], ast.Constant)):
            first = node.values[0]
            if isinstance(first, ast.FormattedValue) and first.format_spec is None and first.conversion == -1 \
                    and self.ty(first.value).is_int:
                return f"('' + {parts[0]})"  # an int alone: still a string
            return parts[0]
        if isinstance(node.values[0], ast.FormattedValue) and len(parts) > 1:
            parts.insert(0, "''")  # JS `+` must start from a string
        return "(" + " + ".join(parts) + ")"

    def fpart(self, value: ast.expr, render: Render) -> str:
        if isinstance(value, ast.Constant):
            return repr(value.value)
        assert isinstance(value, ast.FormattedValue)
        text = render(value.value)
        if value.conversion == ord("r"):
            text = f"repr({text})"
        elif value.conversion == ord("a"):
            text = self.call("_pm_ascii", text)
        elif value.conversion == ord("s"):
            text = f"str({text})"
        if value.format_spec is None:
            if value.conversion in (ord("r"), ord("a"), ord("s")):
                return text
            t = self.ty(value.value)
            if (t.is_int and t.small) or t.is_str:
                # JavaScript's string + int is Python's str(int): no call (a BigInt calls str(),
                # which refuses more than 4300 digits as CPython does)
                return text if isinstance(value.value, ast.Name) else f"({text})"
            return self.call("_pm_str", text)
        spec = value.format_spec
        assert isinstance(spec, ast.JoinedStr)
        spec_text = " + ".join(self.fpart(p, render) for p in spec.values) or "''"
        return self.call("_pm_fmt", text, spec_text)

    def typing_name(self, node: ast.expr) -> str | None:
        """typing's name for `node` (`Optional`, or `typing.Optional` of `import typing`)."""
        if isinstance(node, ast.Name):
            return self.typing_names.get(node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.typing_modules:
            return node.attr
        return None

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if self.typing_name(node.value) is not None:
            # `Optional[int]` outside an annotation (a type alias): types mean nothing at run time.
            self.out.replace(node, lambda render: "None")
            return
        self.generic_visit(node)
        self.tuple_slices(node)
        if isinstance(node.ctx, ast.Load) and not isinstance(node.slice, ast.Slice) \
                and id(node) not in self.native_subscripts:
            value, index = node.value, node.slice
            self.out.replace(node, lambda render: self.item_read(render, value, index))
        elif isinstance(node.ctx, ast.Load) and isinstance(node.slice, ast.Slice):
            self.out.replace(node, self.slice_read(node.value, node.slice))

    def slice_read(self, value: ast.expr, part: ast.Slice) -> Replacer:
        """`o[a:b:c]` → `_pm_slice(o, a, b, c)`: Python's bounds and steps on lists, tuples,
        strings (in characters), ranges and objects whose __getitem__ takes a slice."""
        bounds = (part.lower, part.upper, part.step)

        def build(render: Render) -> str:
            return self.call("_pm_slice", render(value), *(render(b) if b is not None else "None" for b in bounds))
        return build

    def is_view(self, node: ast.expr) -> bool:
        """Plainly a dict view: `d.keys()`, `d.items()`, or a name bound to one."""
        if isinstance(node, ast.Name):
            return node.id in self.views
        return is_view_call(node)

    def note_set_operator(self, op: ast.operator | ast.cmpop, *operands: ast.expr) -> None:
        """A set operator or an inclusion test that may take a dict view."""
        if isinstance(op, (ast.BitAnd, ast.BitOr, ast.BitXor, ast.Sub, ast.Lt, ast.LtE, ast.Gt, ast.GtE)) \
                and any(self.is_view(o) for o in operands):
            self.view_sets = True

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.note_set_operator(node.op, node.left, node.right)
        Operators.visit_BinOp(self, node)

    def visit_Compare(self, node: ast.Compare) -> None:
        self.generic_visit(node)
        lefts = [node.left, *node.comparators[:-1]]
        pairs = list(zip(lefts, node.ops, node.comparators))
        for left, op, right in pairs:
            self.note_set_operator(op, left, right)
        if len(pairs) == 1:
            left, op, right = pairs[0]
            found = self.pair(op, left, right)  # pyminis/guard/operators.py: by the proven types
            if found is not None:
                self.out.replace(node, found)
            return
        if not all(is_pure(middle) or isinstance(middle, ast.NamedExpr) for middle in node.comparators[:-1]):
            # `lo < f(x) < hi`: each operand once and only when needed, as Python evaluates it.
            operands, symbols = node.comparators, [COMPARE_SYMBOLS[type(op)] for op in node.ops]
            self.out.replace(node, lambda render: self.call(
                "_pm_chain", render(node.left), repr(symbols),
                "[" + ", ".join(f"lambda: {render(o)}" for o in operands) + "]"))
            return
        # `0 <= (x := f()) < n`: the walrus in its link, its name in the next (evaluated once,
        # as Python's chain does; a walrus inside a lambda would bind the lambda's own name)
        pairs = [(left.target if isinstance(left, ast.NamedExpr) else left, op, right) for left, op, right in pairs]
        links = [self.pair(op, left, right) for left, op, right in pairs]
        if all(link is None for link in links) and not any(isinstance(m, ast.NamedExpr) for m in node.comparators):
            return  # Transcrypt's `(a < b && b < c)`

        # A chain of pure operands: each link by itself, like a single comparison.
        def chain(render: Render) -> str:
            parts = []
            for (left, op, right), link in zip(pairs, links):
                parts.append(f"({link(render)})" if link is not None
                             else f"{render(left)} {COMPARE_SYMBOLS[type(op)]} {render(right)}")
            return "(" + " and ".join(parts) + ")"

        self.out.replace(node, chain)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        self.generic_visit(node)
        if all(is_bool(v) for v in node.values):
            return
        # A value context (`x = a or b`): Python returns an operand, chosen by Python truth.
        # In a test, `truth()` wraps the operands instead and this rewrite is harmless.
        values = node.values
        eager = "_pm_or" if isinstance(node.op, ast.Or) else "_pm_and"

        def fold(render: Render, index: int) -> tuple[str, bool]:
            if index == len(values) - 1:
                return render(values[index]), is_pure(values[index])
            rest, pure = fold(render, index + 1)
            if pure:  # evaluating it early changes nothing
                return self.call(eager, render(values[index]), rest), False
            return self.call(eager + "l", render(values[index]), f"lambda: {rest}"), False

        if not getattr(node, "pm_test", False):
            self.out.replace(node, lambda render: fold(render, 0)[0])

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self.truth(node.test)
        self.mark_test(node.test)
        self.generic_visit(node)

    def mark_test(self, node: ast.expr) -> None:
        if isinstance(node, ast.BoolOp):
            node.pm_test = True  # type: ignore[attr-defined]
            for value in node.values:
                self.mark_test(value)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self.mark_test(node.operand)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.Not):
            self.truth(node.operand)
            self.mark_test(node.operand)
        self.generic_visit(node)
        self.unary(node)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        self.counted_loop(node.iter)
        for test in node.ifs:
            self.truth(test)
            self.mark_test(test)
        self.generic_visit(node)
        if not self.starred(node.target, node.iter, "_pm_stars"):
            self.loop_unpacked(node.target, node.iter)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "isdisjoint" and self.is_view(func.value):
            self.view_sets = True
        if isinstance(func, (ast.Attribute, ast.Name)):
            self.callee_ids.add(id(func))
        if self.super_call(node) or self.item_call(node):
            return
        if (isinstance(func, ast.Name) and func.id in INTROSPECTION_HELPERS and func.id not in self.shadowed
                and not self.trusted and len(node.args) == 1 and not node.keywords
                and not isinstance(node.args[0], ast.Starred)):
            # `vars(obj)` is `obj.__dict__` (lint refuses `vars()`, the locals); `dir(obj)` of the
            # game's classes and instances (pmrt/attribute_listing.js).
            self.visit(node.args[0])
            argument, helper = node.args[0], INTROSPECTION_HELPERS[func.id]
            self.out.replace(node, lambda render: self.call(helper, render(argument)))
            return
        if not self.trusted and module_globals.is_call(node, self.shadowed):
            self.lists_globals = True
            self.out.replace(node, lambda render: self.call(module_globals.HELPER, "__name__", module_globals.NAMES))
            return
        if self.typing_name(func) not in (None, "cast"):
            self.typing_call(node, self.typing_name(func) or "")
            return
        if isinstance(func, ast.Attribute) and not self.trusted and self.class_of(func.value) \
                and self.method_kinds.get(func.attr) == {"i"}:
            # `type(self).m(self, o)`, `self.__class__.m(self, o)`: the method as the class holds
            # it, self first (a direct call would make the class its `this`)
            self.call_through(node, func, "_pm_bind", repr(js_name(func.attr)), "'i'")
            return
        if isinstance(func, ast.Attribute) and func.attr == "conjugate" and not self.trusted:
            # Transcrypt compiles every `o.conjugate(…)` to its complex numbers' `__conj__(o)`
            # (not in games): the call goes through `_pm_conj(o)(…)` (pmrt/conversions.js).
            self.call_through(node, func, "_pm_conj")
            return
        self.generic_visit(node)
        if (isinstance(func, ast.Name) and func.id in ("getattr", "hasattr") and len(node.args) >= 2
                and (not isinstance(node.args[1], ast.Constant) and not self.trusted
                     or isinstance(node.args[1], ast.Constant) and node.args[1].value in NUMBER_METHODS)):
            # installs them, gives the name (a name known when it runs may be one of them:
            # `attrgetter("real")`; games that never read one ship none of them)
            self.out.wrap(node.args[1], self.helper("_pm_numm") + "(", ")")
        if (isinstance(func, ast.Name) and func.id == "type" and "type" not in self.shadowed and not self.trusted
                and len(node.args) == 3 and not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)):
            # type(name, bases, namespace) makes a class (pmrt/types.js), in this module
            name, bases, space = node.args
            self.out.replace(node, lambda render: self.call(
                "_pm_type3", render(name), render(bases), render(space), "__name__"))
            return
        if (isinstance(func, ast.Attribute) and func.attr == "__setattr__" and isinstance(func.value, ast.Name)
                and func.value.id == "object" and "object" not in self.shadowed):
            # object.__setattr__(self, name, value): sets a frozen dataclass's field too.
            self.out.replace(func, lambda render: self.helper("_pm_object_setattr"), pad=False)
            return
        if (isinstance(func, ast.Name) and func.id == "len" and "len" not in self.shadowed
                and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Name)
                and self.list_stack and node.args[0].id in self.list_stack[-1]):
            name = node.args[0].id  # always a list here: its length is a property read
            self.out.replace(node, lambda render: f"{name}.length")
        elif (isinstance(func, ast.Name) and func.id == "len" and "len" not in self.shadowed
              and len(node.args) == 1 and not node.keywords and self.narrow(node.args[0])):
            text = node.args[0]  # a str without characters outside the BMP: UTF-16 units are Python's
            self.out.replace(node, lambda render: f"({render(text)}).length")
        elif isinstance(func, ast.Name) and func.id in BUILTIN_HELPERS and func.id not in self.shadowed \
                and id(func) not in self.loop_ranges and not (func.id in VALUE_BUILTINS and node.keywords):
            helper = self.builtin_helper(func.id)  # FUNCTION_HELPERS are replaced by visit_Name too
            if self.bytes_module:
                helper = bytes_support.READERS.get(helper, helper)
            self.out.replace(func, lambda render: self.helper(helper), pad=False)
        elif isinstance(func, ast.Name) and func.id not in self.shadowed and not node.keywords \
                and (number := self.number_builtin(func.id, node)) is not None:
            if self.bytes_module:
                number = bytes_support.READERS.get(number, number)
            self.out.replace(func, lambda render: self.helper(number), pad=False)
        elif self.typing_name(func) == "cast" and len(node.args) == 2:
            value = node.args[1]
            self.out.replace(node, lambda render: render(value))
        elif (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
              and func.attr != "__init__" and id(func.value) not in self.variable_receivers
              and self.facts.method_of(func.value.id, func.attr)):
            # `Base.method(self, …)`: methods are plain functions of `this`.
            self.out.wrap(func, "", ".call")
        elif (isinstance(func, ast.Attribute) and not self.plain_method_call(func)
              and (self.needs_check(func) or (not self.trusted and self.proven(func)))):
            # A method no class defines (so no stub raises for it, see runtime_classes.js), or
            # a str/list/dict… method of a value not proven to have it (`n.lower()` of an int):
            # `o.m(…)` checks `o.m` exists, then calls it with `this` = o (transcrypt_attrs.py).
            # An attribute no class has as a method may hold a value, which must be callable
            # (`self.on_click()` of None, `self.count()` of an int: CPython's TypeError).
            self.helper("_pm_gc")
            if not self.trusted:
                self.helper("_pm_fn")
            self.out.replace(func, self.checked(func.value, func.attr, "_pm_ga" if self.trusted else "_pm_gf"))
        elif (isinstance(func, ast.Name) and func.id in self.shadowed and func.id not in self.plain_callees
              and not self.trusted and not self.in_decorator and id(func) not in self.loop_ranges
              and not self.ty(func).only("func")):
            # A name that may hold something not callable (guard/callees.py): CPython's
            # TypeError "'int' object is not callable", not JavaScript's "f is not a function".
            self.out.wrap(func, self.helper("_pm_fn") + "(", ")")
        elif isinstance(func, VALUE_CALLEES) and not self.trusted and not self.in_decorator:
            # `make(4)()`, `(f if c else g)(x)`: a value that may not be callable, as above.
            self.out.wrap(func, self.helper("_pm_fn") + "(", ")")
        if self.calls_javascript(func):
            # `tt.vibrateShort({"type": "light"})`: JavaScript reads plain objects, and a dict
            # is a Python dict (runtime_js/python/pmrt/dicts.js): convert what may be one.
            for arg in node.args:
                # (A generator expression holds no dict; as a sole argument its text holds the
                # call's parentheses, where a wrap would not fit.)
                if not (self.num(arg) or is_str(arg)
                        or isinstance(arg, (ast.Constant, ast.Lambda, ast.Starred, ast.GeneratorExp))):
                    self.out.wrap(arg, self.helper("_pm_js") + "(", ")")

    def plain_method_call(self, func: ast.Attribute) -> bool:
        """`o.m(…)` compiles to a plain JS call: a builtin method the types prove `o` has, or a
        method some class defines (an object or a str/int/float/bool/list value lacking it has
        its stub, runtime_classes.js), unless the types show a builtin value that lacks it
        (`update()` of a set or a str: checked), nor a name some attribute store writes.
        Hot game calls (`e.update(dt)`) stay direct."""
        if self.builtin_method(func):
            return True
        if func.attr in transcrypt_attrs.JS_MEMBERS or func.attr in STUBLESS_METHODS:
            return False  # `o.toString()`: JavaScript's own member stands where a stub would
        if func.attr not in self.facts.methods or func.attr in self.facts.attr_written:
            # A name some store writes (`self.size = 3`) may be a value on this object,
            # shadowing the method: CPython's "'int' object is not callable" needs the check.
            return False
        ty = self.ty(func.value)
        return not (ty.known and any(k in BUILTIN_KINDS and not hasattr(BUILTIN_KINDS[k], func.attr)
                                     for k in ty.kinds))

    def builtin_method(self, func: ast.Attribute) -> bool:
        """`o.m(…)` where `m` is a method of str, list, dict… and the types prove `o` one of the
        builtin values having it."""
        if func.attr not in TYPE_METHODS:
            return False
        value = func.value
        if isinstance(value, ast.Name) and value.id in BUILTIN_NAMES and value.id not in self.shadowed:
            return True  # `str.upper`, `dict.fromkeys`: the type's own (visit_Attribute)
        ty = self.ty(value)
        return ty.known and all(k in BUILTIN_KINDS and hasattr(BUILTIN_KINDS[k], func.attr) for k in ty.kinds)

    def calls_javascript(self, func: ast.expr) -> bool:
        """A call of a JavaScript global's function (`tt.login`, `wx.showToast`, `console.log`):
        its root name is bound nowhere in the module and is no Python builtin."""
        root = func
        while isinstance(root, ast.Attribute):
            root = root.value
        return (isinstance(root, ast.Name) and root is not func and root.id not in self.shadowed
                and root.id not in PYTHON_NAMES and root.id not in RUNTIME_NAMES
                and root.id not in self.typing_names and root.id not in self.typing_modules
                and root.id not in PURE_JS_GLOBALS)

    def item_call(self, node: ast.Call) -> bool:
        """`o[k](…)`: call the item with `this` = o, as JavaScript's `o[k](…)` does, so a JS
        method looked up by key (`ctx["fillRect"](…)`) keeps its object."""
        func = node.func
        if not (isinstance(func, ast.Subscript) and not isinstance(func.slice, ast.Slice)
                and id(func) not in self.native_subscripts
                and self.typing_name(func.value) is None):
            return False
        self.visit(func.value)
        self.visit(func.slice)
        for arg in node.args:
            self.visit(arg)
        for keyword in node.keywords:
            self.visit(keyword.value)
        owner, key, args, keywords = func.value, func.slice, node.args, node.keywords

        def build(render: Render) -> str:
            parts = [render(a) for a in args]
            parts += [(f"{k.arg}=" if k.arg else "**") + render(k.value) for k in keywords]
            if isinstance(owner, ast.Name):  # read twice at no cost: `.call` is a direct call
                item = self.call("_pm_gi", owner.id, render(key))
                if not self.trusted:  # a value that may not be callable (callees.py)
                    item = self.call("_pm_fn", item)
                return f"{item}.call({', '.join([owner.id, *parts])})"
            return self.call("_pm_ci", render(owner), render(key), *parts)

        self.out.replace(node, build)
        return True

    def super_of(self, node: ast.expr) -> tuple[ast.expr | str, ast.expr | str] | None:
        """For `super()` in a method or `super(C, obj)`: (the class, the object), or None."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"
                and "super" not in self.shadowed and not node.keywords):
            return None
        if len(node.args) == 2:
            for arg in node.args:
                self.visit(arg)
            return node.args[0], node.args[1]
        if not node.args and self.class_stack and self.self_stack and self.self_stack[-1]:
            return self.class_stack[-1], self.self_stack[-1]
        return None

    def super_call(self, node: ast.Call) -> bool:
        """`super().m(…)`: the next class's `m` in the object's MRO, called with the object.
        Without multiple inheritance in the program that class is the defining class's base;
        with it, `_pm_next` walks `type(self).__mro__` (runtime_js/python/runtime_classes.js).
        Transcrypt's own super() looked `m` up under its Python name (missing renamed methods
        such as `update`, emitted `py_update`) and in the class's bases only."""
        func = node.func
        if not isinstance(func, ast.Attribute):
            return False
        parts = self.super_of(func.value)
        if parts is None:
            return False
        for arg in node.args:
            self.visit(arg)
        for keyword in node.keywords:
            self.visit(keyword.value)
        cls, me, attr = *parts, func.attr
        args, keywords = node.args, node.keywords
        dynamic = self.facts.multiple_inheritance()

        def build(render: Render) -> str:
            cls_text = cls if isinstance(cls, str) else render(cls)
            me_text = me if isinstance(me, str) else render(me)
            rest = [render(a) for a in args]
            rest += [(f"{k.arg}=" if k.arg else "**") + render(k.value) for k in keywords]
            if dynamic:
                found = self.call("_pm_next", cls_text, me_text, repr(js_name(attr)))
            else:
                found = f"{cls_text}.__bases__[0].{attr}"
            if attr == "__init__":  # read from a class, __init__ is a function of self
                return f"{found}({', '.join([me_text, *rest])})"
            return f"{found}.call({', '.join([me_text, *rest])})"

        self.out.replace(node, build)
        return True

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.ctx, ast.Load) and self.typing_name(node) is not None:
            self.typing_value(node)
            return
        parts = self.super_of(node.value) if isinstance(node.ctx, ast.Load) else None
        if parts is not None:  # `super().value` read, not called
            cls, me = parts
            attr = repr(js_name(node.attr))
            self.out.replace(node, lambda render: self.call(
                "_pm_super_get", cls if isinstance(cls, str) else render(cls), me if isinstance(me, str) else render(me),
                attr))
            return
        if node.attr in BUILTIN_SPECIALS and isinstance(node.ctx, ast.Load) and not self.trusted \
                and self.may_be_builtin(node.value):
            value, attr = node.value, node.attr
            self.visit(value)
            self.out.replace(node, lambda render: self.call("_pm_special", render(value), repr(attr)))
            return
        if (isinstance(node.value, ast.Name) and node.value.id == "str" and "str" not in self.shadowed
                and isinstance(node.ctx, ast.Load) and not node.attr.startswith("__")):
            # `str.lower` read from the class (`key=str.lower`, `str.join(",", xs)`): a function
            # taking the string first; `str.maketrans` is a function of its own.
            attr = node.attr
            if attr == "maketrans":
                self.out.replace(node, lambda render: self.helper("_pm_maketrans"), pad=False)
            else:
                self.out.replace(node, lambda render: self.call("_pm_strm", repr(js_name(attr)), repr(attr)),
                                 pad=False)
            return
        if (isinstance(node.value, ast.Name) and node.value.id in UNBOUND_TYPES and node.value.id not in self.shadowed
                and isinstance(node.ctx, ast.Load) and node.attr in UNBOUND_TYPES[node.value.id]):
            # `list.append` read from the class (`list.append(xs, 3)`, `map(set.copy, groups)`).
            cls, attr = node.value.id, node.attr
            self.out.replace(node, lambda render: self.call("_pm_typem", cls, repr(js_name(attr)), repr(attr)),
                             pad=False)
            return
        if node.attr == "__mro__" and isinstance(node.ctx, ast.Load) and not self.trusted:
            # The builtin types' MRO (`int.__mro__`; they are no classes of the runtime's).
            self.visit(node.value)
            owner = node.value
            self.out.replace(node, lambda render: self.call("_pm_mro", render(owner)))
            return
        if node.attr == "__dict__" and isinstance(node.ctx, ast.Load) and not self.trusted:
            self.visit(node.value)
            owner = node.value
            self.out.replace(node, lambda render: self.call("_pm_vars", render(owner)))
            return
        self.generic_visit(node)
        number = node.value
        if isinstance(number, ast.UnaryOp) and isinstance(number.op, ast.USub):
            number = number.operand
        if isinstance(node.ctx, ast.Load) and not self.trusted and not is_super_call(node.value) and (
                node.attr in BYTES_METHODS or isinstance(node.value, ast.Name)
                and node.value.id in BYTES_TYPES and node.value.id not in self.shadowed):
            # `s.encode`, `int.from_bytes`, `n.to_bytes`, `bytes.fromhex`, `bytes.hex`: str, int
            # and bytes get them on first use (pmrt/bytes.js); a call keeps `(255).to_bytes()` JS.
            self.out.wrap(node.value, self.helper("_pm_bytesm") + "(", ")")
        elif node.attr in NUMBER_METHODS and isinstance(node.ctx, ast.Load) and not self.trusted:
            # Numbers get these methods on first use (pmrt/conversions.js); a call also keeps
            # `(255).bit_length()` JavaScript.
            self.out.wrap(node.value, self.helper("_pm_numm") + "(", ")")
        elif isinstance(number, ast.Constant) and isinstance(number.value, (int, float)) \
                and not isinstance(number.value, bool):
            # `(255).bit_length()`: Transcrypt drops the parentheses (`255.bit_length`, not
            # JavaScript); a sum keeps them.
            self.out.wrap(node.value, "(", " + 0)")
        read = self.standard_members.get(id(node)) if isinstance(node.ctx, ast.Load) else None
        if read is not None and read[1] in MODULE_ATTRS:  # `json.__name__`, `math.__doc__`
            text = repr(module_attr(*read))
            self.out.replace(node, lambda render: text)
            return
        if self.standard_value(node):
            return
        builtin = (node.attr in BUILTIN_METHODS or node.attr in CONTAINER_METHODS or node.attr in GENERATOR_METHODS) \
            and node.attr not in self.facts.attr_written
        if (isinstance(node.ctx, ast.Load) and id(node) not in self.callee_ids
                and (node.attr in self.facts.methods and node.attr not in UNBOUND_DUNDERS or builtin)):
            value, attr = node.value, js_name(node.attr)
            kinds = self.method_kinds.get(node.attr)
            kind = [repr(next(iter(kinds)))] if kinds in ({"i"}, {"c"}) else []  # read through a class
            self.out.replace(node, lambda render: self.call("_pm_bind", render(value), repr(attr), *kind))
        elif isinstance(node.ctx, ast.Load) and id(node) not in self.callee_ids and self.needs_check(node):
            self.out.replace(node, self.checked(node.value, node.attr))

    def proven(self, node: ast.Attribute) -> bool:
        """Is `node` (`self.attr` or `cls.attr`) present whenever it is read here?"""
        member = self.member_stack[-1]
        me = self.me_stack[-1]
        if member is None or me is None or not (isinstance(node.value, ast.Name) and node.value.id == me):
            return False
        kind, cls = member
        if self.presence.on_class(cls, node.attr):
            return True
        if kind == "class":
            return False
        if self.init_assigned is not None:
            return node.attr in self.init_assigned and not self.presence.deleted_name(node.attr)
        return self.presence.on_instance(cls, node.attr)

    def needs_check(self, node: ast.Attribute) -> bool:
        """A read of `node` must check the attribute exists (AttributeError as in CPython)."""
        value = node.value
        if (node.attr.startswith("__") and node.attr.endswith("__")) or self.in_decorator or self.trusted:
            return False
        if isinstance(value, ast.Name) and (value.id in self.imported or value.id in self.typing_names
                                            or value.id in self.typing_modules
                                            or (value.id not in self.shadowed and value.id not in BUILTIN_NAMES)):
            return False  # a module's member, or a JavaScript global's (missing reads None there)
        return not self.proven(node)

    def checked(self, value: ast.expr, attr: str, marker: str = "_pm_ga") -> Replacer:
        """`value.attr` read with its presence checked (transcrypt_run.py inlines `_pm_ga`;
        `_pm_gf`, a callee whose value must be callable, is a marker only: transcrypt_attrs.py)."""
        if marker == "_pm_ga":
            self.helper(marker)
        if attr in transcrypt_attrs.JS_MEMBERS:  # read or called through pmrt/calls.js's _pm_gj
            self.helper("_pm_gj")
            self.helper("_pm_gcj")
        return lambda render: f"{marker}({render(value)}, {js_name(attr)!r})"

    def visit_List(self, node: ast.List) -> None:
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load) and any(isinstance(e, ast.Starred) for e in node.elts):
            self.out.replace(node, lambda render: self.concat(node.elts, render, "list"))

    def visit_Tuple(self, node: ast.Tuple) -> None:
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load) or id(node) in self.plain_tuples:
            return
        if any(isinstance(e, ast.Starred) for e in node.elts):
            self.out.replace(node, lambda render: "tuple(" + self.concat(node.elts, render, "list") + ")")
        elif node.elts and id(node) in self.array_tuples:
            elts = node.elts
            self.out.replace(node, lambda render: "[" + ", ".join(render(e) for e in elts) + "]")
        elif node.elts:
            # Transcrypt's tuple() copies its argument; a display's fresh array only needs marking.
            elts = node.elts
            self.out.replace(node, lambda render: self.call(
                "_pm_tup", "[" + ", ".join(render(e) for e in elts) + "]"))

    def visit_Global(self, node: ast.Global) -> None:
        if self.depth == 0:  # at module level `global` changes nothing
            self.out.replace(node, lambda render: "pass", pad=False)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        if id(node) in self.globals.nonlocals:  # it names a renamed local (global_names.py)
            text = "nonlocal " + ", ".join(self.globals.nonlocals[id(node)])
            self.out.replace(node, lambda render: text, pad=False)

    def name_of(self, node: ast.Name) -> str:
        """The name a Name compiles as: renamed where a nested `global` would reach it."""
        return self.globals.renamed.get(id(node), node.id)

    # Exception flow is emitted by pyminis/guard/transcrypt_flow.py; it calls these helpers.
    def visit_Try(self, node: ast.Try) -> None:
        if node.handlers:
            self.used.add("_pm_exc")
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        if node.exc is not None:
            self.used.add("_pm_raise")
        self.generic_visit(node)

    def visit_With(self, node: ast.With) -> None:
        self.used.update(("_pm_exc", "_pm_exit"))
        if any(isinstance(item.optional_vars, (ast.Tuple, ast.List)) for item in node.items):
            self.helper("_pm_unpack")  # `as (a, b)` (guard/transcrypt_flow.py)
        self.generic_visit(node)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if isinstance(node.type, ast.Tuple):
            self.plain_tuples.add(id(node.type))  # Transcrypt reads `except (A, B)` itself
        self.generic_visit(node)

    def concat(self, elts: list[ast.expr], render: Render, kind: str) -> str:
        pieces: list[str] = []
        plain: list[str] = []
        for element in elts:
            if isinstance(element, ast.Starred):
                if plain:
                    pieces.append("[" + ", ".join(plain) + "]")
                    plain = []
                pieces.append(f"list({render(element.value)})")
            else:
                plain.append(render(element))
        if plain:
            pieces.append("[" + ", ".join(plain) + "]")
        text = "[]"
        for piece in pieces:
            text = self.call("_pm_add", text, piece)
        return text

    def visit_Dict(self, node: ast.Dict) -> None:
        self.generic_visit(node)
        if all(isinstance(k, ast.Constant) and isinstance(k.value, str) and not INDEX_LIKE.fullmatch(k.value)
               and k.value != "__proto__" for k in node.keys):
            return  # Transcrypt's `dict({'a': 1})`: a JS object literal keeps these keys in order
        keys, values = node.keys, node.values

        # Any other key: a flat list of keys and values, evaluated in Python's order; `**m`
        # entries as a marker and the mapping.
        def build(render: Render) -> str:
            parts = []
            for key, value in zip(keys, values):
                parts += [render(key) if key is not None else self.helper("_pm_splat"), render(value)]
            return self.call("_pm_dsplat" if None in keys else "_pm_dkv", "[" + ", ".join(parts) + "]")

        self.out.replace(node, build)

    def visit_Set(self, node: ast.Set) -> None:
        self.generic_visit(node)
        if len(node.elts) > 2 and all(is_constant(e) for e in node.elts):
            # CPython builds a constant frozenset for these: its table layout, hence the order
            # the set prints in, comes from that (runtime_js/python/pmrt/sets.js, _pm_setc).
            elts = node.elts
            self.out.replace(node, lambda render: self.call(
                "_pm_setc", "[" + ", ".join(render(e) for e in elts) + "]"))

    def visit_scope(self, node: ast.Lambda | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
                    ) -> None:
        """Visit a lambda or comprehension: the names it binds are its own, not the function's
        lists."""
        if isinstance(node, ast.Lambda):
            self.metadata()
            own = {a.arg for a in ast.walk(node.args) if isinstance(a, ast.arg)}
        else:
            own = {n.id for g in node.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
        if isinstance(node, ast.GeneratorExp) and not is_iterable_literal(node.generators[0].iter):
            # Its first iterable is checked where it stands (transcrypt_generators.py makes it lazy).
            self.out.wrap(node.generators[0].iter, self.helper("_pm_iterable") + "(", ")")
        outer = self.list_stack[-1] if self.list_stack else frozenset()
        self.list_stack.append(outer - own)
        proofs = self.narrow_stack[-1]
        self.narrow_stack.append(Narrow(proofs.strings - own, proofs.counters - own))
        self.generic_visit(node)
        self.narrow_stack.pop()
        self.list_stack.pop()

    visit_Lambda = visit_scope  # type: ignore[assignment]
    visit_ListComp = visit_scope  # type: ignore[assignment]
    visit_SetComp = visit_scope  # type: ignore[assignment]

    visit_GeneratorExp = visit_scope  # type: ignore[assignment]  # lazy: transcrypt_generators.py

    visit_DictComp = visit_scope  # type: ignore[assignment]

    def visit_Name(self, node: ast.Name) -> None:
        if node.id == "complex" and node.id not in self.shadowed:
            self.complex_names.add(node.id)
        if node.id in BUILTIN_FUNCTIONS and node.id not in self.shadowed and isinstance(node.ctx, ast.Load) \
                and id(node) not in self.callee_ids:
            self.out.wrap(node, self.helper("_pm_bf") + "(", f", {node.id!r})")
        if node.id in RUNTIME_NAMES and node.id not in self.shadowed:
            self.used.add(node.id)
        if node.id in MATCH_HELPERS:  # the tests of `match` cases (guard/match_statements.py)
            self.used.add(node.id)
        if (node.id in self.deleted or id(node) in self.unbound_globals) and isinstance(node.ctx, ast.Load):
            name = node.id
            js = self.name_of(node)
            self.out.replace(node, lambda render: self.call("_pm_nm", js, repr(name)), pad=False)
            return
        if id(node) in self.unbound and isinstance(node.ctx, ast.Load):
            name, js, local = node.id, self.name_of(node), self.unbound[id(node)]
            self.used.add("_pm_unset")  # what the name holds until bound (transcrypt_run.py, transcrypt_flow.py)
            self.out.replace(node, lambda render: self.call("_pm_ul", js, repr(name), "1" if local else "0"), pad=False)
            return
        if id(node) in self.globals.renamed:  # a local (renamed in __init__): no rule below applies
            return
        if self.standard_value(node):
            return
        if node.id in FUNCTION_HELPERS and node.id not in self.shadowed and isinstance(node.ctx, ast.Load) \
                and id(node) not in self.loop_ranges:
            helper = self.builtin_helper(node.id)
            self.out.replace(node, lambda render: self.helper(helper), pad=False)
            return
        if node.id == "property" and "property" not in self.shadowed and isinstance(node.ctx, ast.Load) \
                and not self.trusted:
            # A class body's `@property` is Transcrypt's accessor (made by pmrt/properties.js,
            # which the helper's import loads); any other use is Python's property object.
            if self.in_decorator and self.class_body[-1]:
                self.helper("_pm_property")
                self.class_properties = True
            else:
                self.out.replace(node, lambda render: self.helper("_pm_property"), pad=False)
            return
        if node.id == "__doc__" and isinstance(node.ctx, ast.Load) and "__doc__" not in self.shadowed \
                and not self.trusted and not self.class_body[-1]:  # (a class body's is the class's)
            # the module's docstring (compiled modules have no `__doc__`), written in one line
            text = repr(self.module_doc)
            self.out.replace(node, lambda render: text, pad=False)
            return
        if node.id == "__file__" and isinstance(node.ctx, ast.Load) and "__file__" not in self.shadowed \
                and not self.trusted and self.display:
            # the source's path as the game was built from it (Transcrypt wrote the staged
            # file's path on the build machine)
            text = repr(self.display)
            self.out.replace(node, lambda render: text, pad=False)
            return
        if node.id == "Ellipsis" and isinstance(node.ctx, ast.Load):  # never rebound (lint PM120)
            self.out.replace(node, lambda render: self.helper("_pm_ellipsis"), pad=False)
            return
        if node.id == "range" and "range" not in self.shadowed and isinstance(node.ctx, ast.Load) \
                and id(node) not in self.loop_ranges:
            self.out.replace(node, lambda render: self.helper("_pm_range"), pad=False)
            return
        if node.id in BYTES_TYPES and node.id not in self.shadowed and isinstance(node.ctx, ast.Load):
            helper = BYTES_TYPES[node.id]
            self.out.replace(node, lambda render: self.helper(helper), pad=False)
            return
        if node.id in self.typing_names and isinstance(node.ctx, ast.Load):
            self.typing_value(node)

    def typing_call(self, node: ast.Call, name: str) -> None:
        """A call of typing's: `NewType("Id", int)` is a function giving its argument back,
        `TypedDict("Movie", {...})` makes dicts, `NamedTuple("P", [("x", int)])` is
        collections.namedtuple's; `TypeVar("T")` & co. are None (nothing reads them)."""
        fields = node.args[1] if len(node.args) == 2 else None
        if name == "NewType":
            self.out.replace(node, lambda render: self.helper("_pm_same"))
        elif name == "TypedDict":
            self.out.replace(node, lambda render: "dict")
        elif (name == "NamedTuple" and isinstance(node.args[0], ast.Constant) and isinstance(fields, (ast.List, ast.Tuple))
              and all(isinstance(f, ast.Tuple) and len(f.elts) == 2 and isinstance(f.elts[0], ast.Constant)
                      for f in fields.elts)):
            names = repr([f.elts[0].value for f in fields.elts])  # type: ignore[attr-defined]
            self.namedtuples = True
            self.out.replace(node, lambda render: f"{NAMEDTUPLES}.namedtuple({node.args[0].value!r}, {names})")  # type: ignore[attr-defined]
        else:
            self.out.replace(node, lambda render: "None")

    def typing_value(self, node: ast.Name | ast.Attribute) -> None:
        """A typing name read at run time: `T = TypeVar("T")`, `class Box(Protocol)`, `if
        TYPE_CHECKING:` (a call of `cast` is its value: visit_Call)."""
        name = self.typing_name(node)
        if name == "cast":
            return
        if self.in_decorator:  # `@final`, `@overload` (the last definition rebinds the name)
            text = self.helper("_pm_runtime_checkable" if name == "runtime_checkable" else "_pm_same")
        else:
            text = "False" if name == "TYPE_CHECKING" else "object" if name in ("Generic", "Protocol") else "None"
        self.out.replace(node, lambda render: text, pad=False)


def is_super_call(node: ast.expr) -> bool:
    """`super()`: Transcrypt compiles it only as `super().name`, never wrapped."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"


def is_view_call(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in VIEW_METHODS and not node.args and not node.keywords)


def view_names(tree: ast.Module) -> frozenset[str]:
    """Names some assignment binds to a dict view (`ks = d.keys()`)."""
    return frozenset(target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                     and is_view_call(node.value)
                     for target in node.targets if isinstance(target, ast.Name))


def rewrite_module(text: str, tree: ast.Module, facts: Facts, types: ModuleTypes = EMPTY,
                   trusted: bool = False, name: str = "", display: str = "") -> str:
    rewriter = Rewriter(text, tree, facts, types, trusted)
    rewriter.module_name = name
    rewriter.display = display
    rewriter.visit(tree)
    return rewriter.result()


GENERIC_DECORATORS = frozenset({"singledispatch"})


def dispatch_registers(tree: ast.Module, text: Callable[[ast.AST], str]) -> dict[int, str]:
    """`@f.register` (no class given) of a function `f` decorated with functools'
    singledispatch: the class CPython reads from the first annotated parameter, as
    source text (games keep no annotations), by the decorator's id. `A | B` is the tuple
    `(A, B)` (functools.py registers each)."""
    generic = {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
               and any(decorator_name(d) in GENERIC_DECORATORS for d in node.decorator_list)}
    found: dict[int, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for decorator in node.decorator_list:
            if not (isinstance(decorator, ast.Attribute) and decorator.attr == "register"
                    and isinstance(decorator.value, ast.Name) and decorator.value.id in generic):
                continue
            annotation = next((a.annotation for a in node.args.posonlyargs + node.args.args if a.annotation), None)
            names: list[str] = []
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                try:
                    parsed = ast.parse(annotation.value, mode="eval").body
                except SyntaxError:
                    continue
                names = [ast.unparse(p) for p in _class_union(parsed) or []]
            elif annotation is not None:
                names = [text(p) for p in _class_union(annotation) or []]
            if names:
                found[id(decorator)] = names[0] if len(names) == 1 else "(" + ", ".join(names) + ")"
    return found


def _class_union(node: ast.expr) -> list[ast.expr] | None:
    """The classes an annotation names (`int`, `mod.Cls`, `int | float`), or None."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _class_union(node.left), _class_union(node.right)
        return left + right if left is not None and right is not None else None
    plain = node
    while isinstance(plain, ast.Attribute):
        plain = plain.value
    return [node] if isinstance(plain, ast.Name) else None

"""Names and attributes that provably hold numbers, so their arithmetic can stay native.

`shapes.is_num` reads one expression; this module gives it what the program proves beyond
literals (`shapes.Known`):

- module constants: a module-level name bound exactly once in its module, to a number
  (`GRAVITY = 0.75`), never `global` anywhere, and never stored as `x.GRAVITY` by any module
  (`main.GRAVITY = …` would rebind it);
- `random`: the module imported under a name bound nowhere else, whose `random()`,
  `uniform()`, `randint()`, `randrange()`, `gauss()`, `triangular()`, `normalvariate()`,
  `expovariate()` return numbers (runtime_js/python/random.js),
  unless the game has a `random` module of its own;
- numeric attributes: `self.vx` in a method, when every store of an attribute named `vx`
  anywhere in the program stores a number (`o.vx = <number>`, `o.vx *= <number>`,
  `o.vx -= …`), with no class-level binding, unpacking, `del`, `setattr` or attribute hooks.
  Stores may depend on other attributes (`self.vx = self.speed * 2`): a fixed point decides.

Reads through anything but the method's own `self` (never rebound in the method) prove
nothing: only instances of the game's classes are known to get their attributes from Python.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from pyminis.guard.shapes import RANDOM_NUMERIC, Known, is_num

# Attribute writers outside Python's statements: any use makes every attribute unproven.
POISON_NAMES = frozenset({"setattr", "__dict__", "__setattr__", "__getattr__", "__getattribute__",
                          "__set__", "assign", "defineProperty", "defineProperties"})
ALL = "*"  # in `bad`: no attribute is proven; in `written`: any attribute may be rebound
# Set on Python objects by JavaScript: enum members (runtime_js/python/pmrt/), exceptions (Transcrypt).
JS_SET = frozenset({"name", "value", "py_name", "args"})


def binding_counts(tree: ast.Module) -> dict[str, int]:
    """How many times each name is bound anywhere in a module (globals count as bindings)."""
    counts: dict[str, int] = {}

    def bind(name: str) -> None:
        counts[name] = counts.get(name, 0) + 1

    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bind(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(node.name)
        elif isinstance(node, ast.arg):
            bind(node.arg)
        elif isinstance(node, ast.alias):
            bind((node.asname or node.name).split(".")[0])
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                counts[name] = counts.get(name, 0) + 2  # rebinding from a function: never constant
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            bind(node.name)
    return counts


def module_known(tree: ast.Module, own_random: bool = False, written: frozenset[str] = frozenset(),
                 ) -> tuple[Known, dict[str, frozenset[str]]]:
    """(constants and `random` names of one module, constant → what its value relies on, as
    `Known.deps` tokens). Constants are not yet checked against the program (attribute stores
    elsewhere, a game module named random): a proof records `^NAME` for each it uses, and
    `program_constants` drops those the program breaks."""
    counts = binding_counts(tree)
    trusted_random = frozenset() if ALL in written else RANDOM_NUMERIC - written  # not replaced
    modules: set[str] = set()
    functions: set[tuple[str, str]] = set()
    if not own_random:
        for node in tree.body:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    local = alias.asname or alias.name
                    if alias.name == "random" and counts.get(local) == 1:
                        modules.add(local)
            elif isinstance(node, ast.ImportFrom) and node.module == "random" and node.level == 0:
                for alias in node.names:
                    local = alias.asname or alias.name
                    if alias.name in RANDOM_NUMERIC and counts.get(local) == 1:
                        functions.add((local, alias.name))
    names: dict[str, frozenset[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None and node.simple:
            target, value = node.target, node.value
        else:
            continue
        deps: set[str] = set()
        known = Known(frozenset(names), random_modules=frozenset(modules),
                      random_functions=frozenset(functions), random_numeric=trusted_random, deps=deps)
        if isinstance(target, ast.Name) and counts.get(target.id) == 1 and is_num(value, known):
            # What it relies on, with what the constants it reads rely on.
            names[target.id] = frozenset(deps.union(*(names.get(d[1:], ()) for d in deps)))
    return Known(frozenset(names), random_modules=frozenset(modules),
                 random_functions=frozenset(functions), random_numeric=trusted_random), names


def method_self(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The name of `self` in a method defined in a class body, if nothing rebinds it."""
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Name) and decorator.id in ("staticmethod", "classmethod"):
            return None
    if not function.args.args:
        return None
    name = function.args.args[0].arg
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
            return None
        if isinstance(node, ast.arg) and node.arg == name and node is not function.args.args[0]:
            return None
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return None
    return name


class _AttrStores(ast.NodeVisitor):
    """Every store of an attribute in one module: numeric (given some dependencies) or not."""

    def __init__(self, base: Known, constants: dict[str, frozenset[str]], trusted: bool) -> None:
        self.base = base
        self.constants = constants
        self.trusted = trusted
        self.deps: dict[str, set[str]] = {}
        self.bad: set[str] = set()
        self.written: set[str] = set()  # stored as `x.attr` (or setattr): may rebind a module's name
        self.selves: list[str | None] = [None]

    def numeric(self, attr: str, value: ast.expr | None, extra: Iterable[str] = ()) -> None:
        """A store `x.attr = value` (None: a number whenever the `extra` attributes are)."""
        deps: set[str] = set(extra)
        known = Known(self.base.names, self.selves[-1], None, self.base.random_modules,
                      self.base.random_functions, RANDOM_NUMERIC, deps)
        proven = value is None or is_num(value, known)
        if attr != ALL or not proven or deps:
            # A module's name rebound to a number is still a number (a computed name is ALL).
            self.written.add(attr)
        if not proven:
            self.bad.add(attr)
        else:
            for dep in list(deps):  # a constant relies on what its value relied on
                if dep.startswith("^"):
                    deps.update(self.constants.get(dep[1:], ()))
            self.deps.setdefault(attr, set()).update(deps)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for item in node.body:
            # Class-level names become attributes of the class and its instances (and enum
            # members, dataclass fields, properties): none is proven a number.
            for child in ast.walk(item) if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) else []:
                if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                    self.bad.add(child.id)
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.bad.add(item.name)
        self.bad.add(node.name)
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.selves.append(method_self(item))
                self.generic_visit(item)
                self.selves.pop()
            else:
                self.visit(item)
        for other in node.decorator_list + node.bases + [k.value for k in node.keywords]:
            self.visit(other)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        # A nested function keeps the method's `self` (method_self checked no one rebinds it).
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self.target(target, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.target(node.target, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        target = node.target
        if isinstance(target, ast.Attribute):
            if isinstance(node.op, (ast.Add, ast.Mult)):
                # number + number is a number; `o.a += xs` with a list would not be.
                self.numeric(target.attr, node.value, [target.attr])
            else:
                # `-`, `/`, `//`, `%`, `**`, bit operations of a number give a number or raise.
                self.numeric(target.attr, None, [target.attr])
        self.generic_visit(node)

    def target(self, target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, ast.Attribute):
            self.numeric(target.attr, value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            if (isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts)
                    and not any(isinstance(e, ast.Starred) for e in target.elts + value.elts)):
                for element, item in zip(target.elts, value.elts):  # `self.a, self.b = 0, 1`
                    self.target(element, item)
            else:
                self.unknown_stores(target)

    def visit_For(self, node: ast.For | ast.AsyncFor | ast.comprehension) -> None:
        self.unknown_stores(node.target)
        self.generic_visit(node)

    visit_AsyncFor = visit_For  # type: ignore[assignment]
    visit_comprehension = visit_For  # type: ignore[assignment]

    def visit_withitem(self, node: ast.withitem) -> None:
        if node.optional_vars is not None:
            self.unknown_stores(node.optional_vars)
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self.unknown_stores(target)
        self.generic_visit(node)

    def unknown_stores(self, target: ast.expr) -> None:
        for child in ast.walk(target):
            if isinstance(child, ast.Attribute) and not isinstance(child.ctx, ast.Load):
                self.bad.add(child.attr)
                self.written.add(child.attr)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        # `object.__setattr__(self, "name", value)` (a frozen dataclass's __post_init__) stores
        # one attribute, as setattr does.
        object_setattr = (isinstance(func, ast.Attribute) and func.attr == "__setattr__"
                          and isinstance(func.value, ast.Name) and func.value.id == "object")
        if (object_setattr or isinstance(func, ast.Name) and func.id == "setattr") \
                and len(node.args) == 3 and not node.keywords:
            name, value = node.args[1], node.args[2]
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                self.numeric(name.value, value)
            elif not self.trusted:
                # Any attribute may be stored: harmless only when the value is a number.
                self.numeric(ALL, value)
            # pyminis' own dynamic setattr calls store numbers (reviewed; a test pins them).
            for arg in node.args:
                self.visit(arg)
            return
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in POISON_NAMES:
            self.bad.add(ALL)
            self.written.add(ALL)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in POISON_NAMES:
            self.bad.add(ALL)
            self.written.add(ALL)
        self.generic_visit(node)


def attribute_stores(tree: ast.Module, trusted: bool = False,
                     ) -> tuple[dict[str, set[str]], set[str], set[str]]:
    """(attribute → what its numeric stores depend on, attributes with a store not proven,
    attributes stored as `x.attr`). Class-level names are attributes too, but of their class:
    they make an attribute unproven without rebinding a module's name."""
    visitor = _AttrStores(*module_known(tree), trusted)
    visitor.visit(tree)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in POISON_NAMES:
            visitor.bad.add(ALL)
            visitor.written.add(ALL)
    if visitor.deps.get(ALL):  # a computed name given a value that is a number only if…
        visitor.bad.add(ALL)
    return visitor.deps, visitor.bad | JS_SET, visitor.written


def numeric_attributes(deps: dict[str, frozenset[str]], bad: frozenset[str], written: frozenset[str],
                       own_random: bool = False) -> frozenset[str]:
    """The attributes proven numeric: the greatest set whose every store's dependencies hold.

    A dependency is an attribute name, `^NAME` for a module constant (broken when any module
    stores an attribute called NAME), or `~random` (broken by a game module named random)."""
    if ALL in bad:  # setattr by computed name of a value not proven a number, or an attribute hook
        return frozenset()
    proven = {attr for attr in deps if attr not in bad and attr != ALL and not attr.startswith("__")}
    changed = True
    while changed:
        changed = False
        for attr in list(proven):
            for dep in deps[attr]:
                if not holds(dep, proven, written, own_random):
                    proven.discard(attr)
                    changed = True
                    break
    return frozenset(proven)


def holds(dep: str, proven: set[str] | frozenset[str], written: frozenset[str], own_random: bool) -> bool:
    """Does one dependency of a proof hold in the program (see `Known.deps`)?"""
    if dep.startswith("^"):
        return dep[1:] not in written and ALL not in written
    if dep == "~random":
        return not own_random
    return dep in proven


def program_constants(constants: dict[str, frozenset[str]], written: frozenset[str],
                      own_random: bool) -> frozenset[str]:
    """A module's constants that no module rebinds as an attribute (nor anything they rely on)."""
    return frozenset(name for name, deps in constants.items()
                     if holds("^" + name, frozenset(), written, own_random)
                     and all(holds(d, frozenset(), written, own_random) for d in deps))

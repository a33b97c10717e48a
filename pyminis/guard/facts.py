"""Whole-program facts the rewrite needs: which names are methods, which keywords are passed.

Methods compile to plain prototype functions (direct JS calls, see transcrypt_run.py), so the
rewrite must know which attribute reads can yield a method (to bind them when they escape as
values) and which `Base.method(self, …)` calls name a method explicitly.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass

from pyminis.guard.presence import ClassShape, Presence, deleted_attributes, shapes_of

# Transcrypt renames these attribute names in its output (compiler.py "predef_aliases").
JS_ALIASES = {
    "arguments": "py_arguments", "case": "py_case", "clear": "py_clear", "default": "py_default",
    "del": "py_del", "enumerate": "py_enumerate", "false": "py_false", "get": "py_get",
    "Infinity": "py_Infinity", "is": "py_is", "isNaN": "py_isNaN", "iter": "py_iter",
    "items": "py_items", "keys": "py_keys", "name": "py_name", "NaN": "py_NaN", "new": "py_new",
    "next": "py_next", "pop": "py_pop", "popitem": "py_popitem", "replace": "py_replace",
    "selector": "py_selector", "sort": "py_sort", "split": "py_split", "switch": "py_switch",
    "type": "py_metatype", "TypeError": "py_TypeError", "update": "py_update", "copy": "py_copy",
    "deepcopy": "py_deepcopy", "values": "py_values", "fromkeys": "py_fromkeys",
    "reversed": "py_reversed", "setdefault": "py_setdefault",
}

# Decorators that keep a method a plain method (Transcrypt handles them itself).
PLAIN_DECORATORS = frozenset({"staticmethod", "classmethod", "property"})


# Names written `js_x` in Python to reach a JavaScript property `x` Transcrypt would rename.
JS_SPELLED = frozenset({
    "and", "arguments", "clear", "conjugate", "del", "from", "get", "global", "Infinity", "is", "isNaN", "iter",
    "items", "keys", "name", "NaN", "next", "not", "or", "pop", "popitem", "replace", "selector", "sort",
    "split", "type", "TypeError", "update", "copy", "deepcopy", "values", "reversed", "setdefault", "super",
    "undefined"})


def js_name(attr: str) -> str:
    """The property name Transcrypt emits for a Python attribute name (`name` → `py_name`,
    `js_name` → `name`)."""
    if attr.startswith("js_") and attr[3:] in JS_SPELLED:
        return attr[3:]
    return JS_ALIASES.get(attr, attr)


@dataclass(frozen=True)
class ClassInfo:
    bases: tuple[str, ...]
    methods: frozenset[str]  # regular methods (called with self), `__init__` excluded


@dataclass(frozen=True)
class Facts:
    """What every module of one compile defines and passes (hashable: rewrites are cached)."""

    classes: tuple[tuple[str, ClassInfo], ...] = ()
    methods: frozenset[str] = frozenset()  # every regular method name
    keywords: frozenset[str] = frozenset()  # every keyword argument name passed
    splats_kwargs: bool = False  # some call passes **mapping: any name may come as keyword
    # Functions whose every return is a tuple display (one entry per definition), and names
    # used any other way than `a, b = name(…)` (or defined otherwise): see `unpacked_only`.
    tuple_returners: tuple[str, ...] = ()
    escaping: frozenset[str] = frozenset()
    own_random: bool = False  # the game has a module named `random` (set by rewrite_all)
    # Attribute names some store writes (`o.name = …`, `setattr(o, "name", …)`; "*": any name).
    attr_written: frozenset[str] = frozenset()
    several_bases: bool = False  # some class has several bases (see multiple_inheritance)
    shapes: tuple[ClassShape, ...] = ()  # every class statement (pyminis/guard/presence.py)
    deleted_attrs: frozenset[str] = frozenset()  # attribute names some `del`/`delattr` removes
    game_modules: frozenset[str] = frozenset()  # the game's own modules (set by rewrite_all)
    # (module, name) pairs some game module takes with `from module import name`, and the
    # attribute names game code reads: what a module must export of the names it imports
    # (exporting a module it imports keeps that whole module: Pyxel's every function).
    taken: frozenset[tuple[str, str]] = frozenset()
    attrs_read: frozenset[str] = frozenset()
    metadata: bool = False  # some code reads a def's or class's METADATA (transcrypt_meta.py)
    # (callee, keyword): `f(…, c=…)` or `o.f(…, c=…)` calls the name `f` with keyword `c`.
    called_with: frozenset[tuple[str, str]] = frozenset()
    slotted: bool = False  # some class has `__slots__` (pmrt/slots.js)

    @staticmethod
    def merge(parts: list[Facts]) -> Facts:
        classes: dict[str, ClassInfo] = {}
        for part in parts:
            for name, info in part.classes:
                classes[name] = _union(classes.get(name), info)
        return Facts(tuple(sorted(classes.items())), frozenset().union(*(p.methods for p in parts)),
                     frozenset().union(*(p.keywords for p in parts)),
                     any(p.splats_kwargs for p in parts),
                     tuple(sorted(n for p in parts for n in p.tuple_returners)),
                     frozenset().union(*(p.escaping for p in parts)),
                     any(p.own_random for p in parts),
                     frozenset().union(*(p.attr_written for p in parts)), any(p.several_bases for p in parts),
                     tuple(shape for p in parts for shape in p.shapes),
                     frozenset().union(*(p.deleted_attrs for p in parts)),
                     metadata=any(p.metadata for p in parts),
                     called_with=frozenset().union(*(p.called_with for p in parts)),
                     slotted=any(p.slotted for p in parts))

    def presence(self) -> Presence:
        """What the program proves about attributes being there (cached per program)."""
        return _presence(self.shapes, self.deleted_attrs)

    def unpacked_only(self, function: str) -> bool:
        """Is `function` defined once in the program, returning only tuple displays, and only
        ever called as `a, b = function(…)`? Its tuples then never reach other code, so they
        can be plain arrays (no tuple mark to set on each return)."""
        return self.tuple_returners.count(function) == 1 and function not in self.escaping

    def multiple_inheritance(self) -> bool:
        """Does some class of the program have several bases (other than `object` and typing's
        `Generic[T]`/`Protocol`)? Then `super()` must follow each object's MRO: in a diamond the
        next class is not a base."""
        return self.several_bases

    def method_of(self, cls: str, name: str) -> bool:
        """Is `name` a regular method of class `cls` or one of its known bases?"""
        classes = dict(self.classes)
        seen: set[str] = set()
        todo = [cls]
        while todo:
            current = todo.pop()
            if current in seen or current not in classes:
                continue
            seen.add(current)
            info = classes[current]
            if name in info.methods:
                return True
            todo.extend(info.bases)
        return False


def _union(old: ClassInfo | None, new: ClassInfo) -> ClassInfo:
    """Two classes of one name (in two modules): what either has (a name-keyed fact must hold
    for whichever class the name means)."""
    if old is None:
        return new
    return ClassInfo(tuple(dict.fromkeys(old.bases + new.bases)), old.methods | new.methods)


def slots_assignments(body: list[ast.stmt]) -> list[ast.Assign]:
    """A class body's `__slots__ = …` statements."""
    return [s for s in body if isinstance(s, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__slots__" for t in s.targets)]


def slot_names(body: list[ast.stmt]) -> set[str]:
    """The names a class body's `__slots__` lists as literals (a string, or a tuple/list/set/dict
    of strings)."""
    names: set[str] = set()
    for statement in slots_assignments(body):
        value = statement.value
        items = [value] if isinstance(value, ast.Constant) else getattr(value, "elts", getattr(value, "keys", []))
        names.update(i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str))
    return names


def decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return "property" if node.attr in ("setter", "getter", "deleter") else node.attr
    return ""


def base_accessor(decorator: ast.expr) -> bool:
    """`@Person.name.setter` (`.getter`, `.deleter`): a property of another class extended. The
    rewrite makes it a plain decorator (`_pm_accessor`, pmrt/properties.js) making a property
    object, which the class keeps as a descriptor (runtime_classes.js); Transcrypt would take
    it for the setter of a property of this class (`@name.setter` pairs with its `@property`)."""
    return isinstance(decorator, ast.Attribute) and decorator.attr in ("setter", "getter", "deleter") \
        and isinstance(decorator.value, ast.Attribute)


def own_deleters(cls: ast.ClassDef) -> list[ast.expr]:
    """The `@x.deleter` decorators of `def x` after this class body's `@property def x`."""
    properties: set[str] = set()
    found: list[ast.expr] = []
    for item in cls.body:
        if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for d in item.decorator_list:
            if isinstance(d, ast.Name) and d.id == "property":
                properties.add(item.name)
            elif isinstance(d, ast.Attribute) and d.attr == "deleter" and isinstance(d.value, ast.Name) \
                    and d.value.id == item.name and item.name in properties and len(item.decorator_list) == 1:
                found.append(d)
    return found


def gather(trees: list[ast.Module], trusted: bool = False) -> Facts:
    """What these modules define and pass; `trusted`: pyminis' own modules."""
    classes: dict[str, ClassInfo] = {}
    methods_all: set[str] = set()
    keywords: set[str] = set()
    called_with: set[tuple[str, str]] = set()
    slotted = False
    splats = False
    several = False
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                methods = set()
                class_methods = set()
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name != "__init__":
                        names = {decorator_name(d) for d in item.decorator_list}
                        if "classmethod" in names:
                            class_methods.add(item.name)  # called with the class: `this`
                        elif not names & {"staticmethod", "property"}:
                            methods.add(item.name)
                slotted = slotted or bool(slots_assignments(node.body))
                bases = tuple(b.id for b in node.bases if isinstance(b, ast.Name))
                classes[node.name] = _union(classes.get(node.name), ClassInfo(bases, frozenset(methods)))
                several = several or len([b for b in node.bases if not _plain_base(b)]) > 1
                methods_all |= methods | class_methods
            elif isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg is None:
                        # pyminis' own modules (pyminis/stdlib: partial, lru_cache, wraps)
                        # only forward with `**name` what their caller passed by keyword, and
                        # those names are counted at the caller's call site: no prologue for all.
                        splats = splats or not (trusted and isinstance(keyword.value, ast.Name))
                    else:
                        keywords.add(keyword.arg)
                        callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                        called_with.add((callee, keyword.arg))
    aliases = _method_aliases(trees, classes)
    for name, aliased in aliases.items():
        classes[name] = _union(classes.get(name), ClassInfo((), frozenset(aliased)))
        methods_all |= aliased
    returners, escaping = _tuple_returns(trees)
    return Facts(tuple(sorted(classes.items())), frozenset(methods_all), frozenset(keywords), splats,
                 returners, escaping, attr_written=_written(trees), several_bases=several,
                 shapes=tuple(shape for tree in trees for shape in shapes_of(tree)),
                 deleted_attrs=frozenset().union(*(deleted_attributes(tree) for tree in trees)),
                 metadata=not trusted and any(_reads_metadata(tree) for tree in trees),
                 called_with=frozenset(called_with), slotted=slotted)


def _method_aliases(trees: list[ast.Module], classes: dict[str, ClassInfo]) -> dict[str, set[str]]:
    """Names a class body binds to another class's method (`g = A.f`): methods of the class too
    (runtime_classes.js stores the method itself, self as `this`)."""
    found: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if (isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name)
                        and isinstance(item.value, ast.Attribute) and isinstance(item.value.value, ast.Name)
                        and item.value.value.id in classes and item.value.attr in classes[item.value.value.id].methods):
                    found.setdefault(node.name, set()).add(item.targets[0].id)
    return found


# What pyminis gives each def, lambda and class when a program reads it (transcrypt_meta.py).
METADATA = frozenset({"__name__", "__qualname__", "__doc__", "__module__", "__defaults__", "__kwdefaults__"})


def _reads_metadata(tree: ast.Module) -> bool:
    """Does the module read METADATA of some object (`f.__doc__`, `getattr(f, "__name__")`)?
    `dir(x)` counts (the classes' own names come with `_pm_def`). `__name__` alone, the module's
    name, does not count; nor do pyminis' own modules (gather's
    `trusted`: functools.wraps copies what the game's functions have, for the game to read)."""
    return any(isinstance(n, ast.Attribute) and n.attr in METADATA
               or isinstance(n, ast.Constant) and n.value in METADATA
               or isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "dir" and n.args
               for n in ast.walk(tree))


@functools.lru_cache(maxsize=64)
def _presence(shapes: tuple[ClassShape, ...], deleted: frozenset[str]) -> Presence:
    return Presence(shapes, deleted)


def _written(trees: list[ast.Module]) -> frozenset[str]:
    """Attribute names stored anywhere (`o.name = …`, `del o.name`, `setattr(o, "name", …)`);
    "*" when `setattr` (or `__dict__`) may write any name."""
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load):
                found.add(node.attr)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr":
                name = node.args[1] if len(node.args) > 1 else None
                found.add(name.value if isinstance(name, ast.Constant) and isinstance(name.value, str) else "*")
            elif isinstance(node, ast.Attribute) and node.attr == "__dict__":
                found.add("*")
    return frozenset(found)


def _plain_base(base: ast.expr) -> bool:
    """A base that adds nothing to an MRO's order: `object`, `Generic[T]`, `Protocol`."""
    if isinstance(base, ast.Subscript):
        base = base.value
    name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else ""
    return name in ("object", "Generic", "Protocol")


def _tuple_returns(trees: list[ast.Module]) -> tuple[tuple[str, ...], frozenset[str]]:
    """(functions returning only tuple displays, names used other than as unpacked calls)."""
    returners: list[str] = []
    escaping: set[str] = set()
    unpacked: set[int] = set()  # Name nodes called as the whole value of `a, b = f(…)`
    for tree in trees:
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], (ast.Tuple, ast.List))
                    and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)):
                unpacked.add(id(node.value.func))
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                returns = own_returns(node)
                if node.name.startswith("__") and node.name.endswith("__"):
                    escaping.add(node.name)  # Python calls it itself: `s[1:2]`, `a + b`
                elif returns and all(isinstance(r.value, ast.Tuple) and r.value.elts
                                   and not any(isinstance(e, ast.Starred) for e in r.value.elts)
                                   for r in returns):
                    returners.append(node.name)
                else:
                    escaping.add(node.name)
            elif isinstance(node, (ast.AsyncFunctionDef, ast.ClassDef)):
                escaping.add(node.name)
            elif isinstance(node, ast.Name) and id(node) not in unpacked:
                escaping.add(node.id)
            elif isinstance(node, ast.Attribute):
                escaping.add(node.attr)
            elif isinstance(node, ast.alias) and node.asname:
                escaping.add(node.name)  # imported under another name: uses not tracked
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                escaping.add(node.value)  # read by its name: `getattr(A, "pair")`, `vars(A)["pair"]`
            elif _reads_by_computed_name(node):
                return (), frozenset()  # any function may be reached
    return tuple(sorted(returners)), frozenset(escaping)


def _reads_by_computed_name(node: ast.AST) -> bool:
    """`getattr(o, name)` of a name known at run time, `o.__dict__`, `vars(o)`, `globals()`."""
    if isinstance(node, ast.Attribute):
        return node.attr == "__dict__"
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return False
    if node.func.id in ("getattr", "hasattr"):
        return len(node.args) > 1 and not isinstance(node.args[1], ast.Constant)
    return node.func.id in ("vars", "globals")


def own_returns(function: ast.FunctionDef) -> list[ast.Return]:
    """The return statements of a function itself (not of functions nested in it)."""
    found: list[ast.Return] = []
    todo: list[ast.AST] = list(function.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Return):
            found.append(node)
        elif isinstance(node, (ast.Yield, ast.YieldFrom)):
            return []  # a generator
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))
    return found

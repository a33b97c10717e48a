"""Attributes that are provably present when `self.attr` is read, so the read stays a plain
JavaScript property load; every other read of an attribute checks that it exists (an
`AttributeError` as in CPython, instead of JavaScript's silent `undefined`).

An attribute of `self`, read in a method of class C, is present when
- C or one of its bases defines it in its class body (a method, a property, a class
  attribute), or
- every class the object can be — C and each of its subclasses in the program — assigns it
  on every path of its construction BEFORE `self` escapes: before `self` is passed anywhere,
  stored, or has a method or property of it run, no other code can see the object, so no
  read elsewhere can find the attribute missing. Methods `__init__` calls on self are
  followed (resolved on the concrete class, as Python dispatches them), so do the base
  class's `__init__` (`super().__init__()`, `Base.__init__(self)`); an attribute read during
  construction before it is assigned is never proven;
and no `del obj.attr` or `delattr(obj, "attr")` of that name exists in the program (`__dict__`
or a computed `delattr` name: none is proven). Reads in `__init__` itself are proven by the
assignments before them. Anything else (`other.attr`, `self.attr` in a plain function) is
checked at run time (transcrypt_run.py emits `(o.attr ?? _pm_ga(o, "attr"))`).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass

# Classes of the runtime whose __init__ never calls back into the game's code.
QUIET_BASES = frozenset({
    "object", "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "IndexError",
    "LookupError", "ArithmeticError", "RuntimeError", "AttributeError", "NotImplementedError",
    "ZeroDivisionError", "OverflowError", "AssertionError", "StopIteration", "NameError", "OSError",
    "Generic", "Protocol", "ABC",
})
ALL = "*"  # in `deleted`: every attribute may be deleted
DEPTH = 6  # methods followed inside __init__, deepest


Event = tuple[str, str, bool]  # (read|assign|call|init|escape|stop, name, definite)


@dataclass(frozen=True)
class Method:
    kind: str  # "plain", "property", "static", "class"
    events: tuple[Event, ...] = ()  # for plain methods: what running it does to `self`


@dataclass(frozen=True)
class ClassShape:
    name: str
    bases: tuple[str, ...]  # base names ("" for a base that is not a plain name)
    names: frozenset[str]  # what the class body binds (class attributes, methods, properties)
    methods: tuple[tuple[str, Method], ...]
    fields: tuple[str, ...] | None = None  # a dataclass: its own fields, else None
    has_new: bool = False

    def method(self, name: str) -> Method | None:
        return dict(self.methods).get(name)


def _decorators(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    names = set()
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        names.add(target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name)
                  else "")
    return names


def _method_kind(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    names = _decorators(node)
    if "property" in names or "setter" in names or "deleter" in names or "cached_property" in names:
        return "property"
    if "staticmethod" in names:
        return "static"
    if "classmethod" in names:
        return "class"
    return "plain" if not names else "wrapped"


class _Script:
    """The events of one method body, in the order Python runs them."""

    def __init__(self, me: str) -> None:
        self.me = me
        self.events: list[Event] = []

    def is_self(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id == self.me

    def statements(self, body: list[ast.stmt], definite: bool) -> None:
        for statement in body:
            self.statement(statement, definite)

    def statement(self, node: ast.stmt, definite: bool) -> None:
        if isinstance(node, ast.Return):
            if node.value is not None:
                self.expr(node.value, definite)
            self.events.append(("stop", "", definite))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            if node.value is not None:
                self.expr(node.value, definite)
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                self.target(target, definite)
        elif isinstance(node, ast.AugAssign):
            self.expr(node.value, definite)
            if isinstance(node.target, ast.Attribute) and self.is_self(node.target.value):
                self.events.append(("read", node.target.attr, definite))
            self.target(node.target, definite)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if any(self.is_self(n) for n in ast.walk(node)):
                self.events.append(("escape", "", definite))
        elif isinstance(node, (ast.If, ast.While)):
            self.expr(node.test, definite)
            self.statements(node.body, False)
            self.statements(node.orelse, False)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            self.expr(node.iter, definite)
            self.target(node.target, False)
            self.statements(node.body, False)
            self.statements(node.orelse, False)
        elif isinstance(node, (ast.Try, ast.With, ast.AsyncWith, ast.Match)) or hasattr(node, "handlers"):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    self.statement(child, False)
                elif isinstance(child, ast.expr):
                    self.expr(child, definite)
                else:
                    for grandchild in ast.iter_child_nodes(child):
                        if isinstance(grandchild, ast.stmt):
                            self.statement(grandchild, False)
                        elif isinstance(grandchild, ast.expr):
                            self.expr(grandchild, False)
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and self.is_self(target.value):
                    self.events.append(("escape", "", definite))  # `del self.x`: proves nothing after
                else:
                    self.expr(target, definite)
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.expr(child, definite)

    def target(self, node: ast.expr, definite: bool) -> None:
        if isinstance(node, ast.Attribute) and self.is_self(node.value):
            self.events.append(("assign", node.attr, definite))
        elif isinstance(node, (ast.Tuple, ast.List)):
            for element in node.elts:
                self.target(element, definite)
        elif isinstance(node, ast.Starred):
            self.target(node.value, definite)
        elif isinstance(node, ast.Attribute):
            self.expr(node.value, definite)
        elif isinstance(node, ast.Subscript):
            self.expr(node.value, definite)
            self.expr(node.slice, definite)
        elif isinstance(node, ast.Name) and node.id == self.me:
            self.events.append(("escape", "", definite))  # self rebound: later `self.x` is not ours

    def expr(self, node: ast.AST, definite: bool) -> None:
        if isinstance(node, ast.Attribute) and self.is_self(node.value):
            self.events.append(("read", node.attr, definite))
        elif isinstance(node, ast.Call):
            self.call(node, definite)
        elif self.is_self(node):
            self.events.append(("escape", "", definite))  # passed, stored, returned
        elif isinstance(node, ast.Lambda):
            if any(self.is_self(n) for n in ast.walk(node)):
                self.events.append(("escape", "", definite))
        elif isinstance(node, ast.IfExp):
            self.expr(node.test, definite)
            self.expr(node.body, False)
            self.expr(node.orelse, False)
        elif isinstance(node, ast.BoolOp):
            self.expr(node.values[0], definite)
            for value in node.values[1:]:
                self.expr(value, False)
        else:
            for child in ast.iter_child_nodes(node):
                self.expr(child, definite)

    def call(self, node: ast.Call, definite: bool) -> None:
        func = node.func
        arguments = [*node.args, *(k.value for k in node.keywords)]
        if isinstance(func, ast.Attribute) and self.is_self(func.value):
            for argument in arguments:
                self.expr(argument, definite)
            self.events.append(("call", func.attr, definite))
            return
        if (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
                and isinstance(func.value.func, ast.Name) and func.value.func.id == "super"
                and (not func.value.args or (len(func.value.args) == 2 and self.is_self(func.value.args[1])))):
            for argument in arguments:
                self.expr(argument, definite)
            self.events.append(("init", "", definite))
            return
        if (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Name)
                and node.args and self.is_self(node.args[0])):
            for argument in arguments[1:]:
                self.expr(argument, definite)
            self.events.append(("init", func.value.id, definite))
            return
        self.expr(func, definite)
        for argument in arguments:
            self.expr(argument, definite)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call) \
                and isinstance(func.value.func, ast.Name) and func.value.func.id == "super":
            self.events.append(("escape", "", definite))  # super().method(): runs code with self


def method_events(node: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[Event, ...]:
    if not node.args.args or isinstance(node, ast.AsyncFunctionDef):
        return (("escape", "", True),)  # a coroutine's body does not run at the call
    script = _Script(node.args.args[0].arg)
    script.statements(node.body, True)
    return tuple(script.events)


def _is_dataclass(node: ast.ClassDef) -> bool:
    return any("dataclass" in _decorators_of(d) for d in node.decorator_list)


def _decorators_of(decorator: ast.expr) -> set[str]:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return {target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name) else ""}


def class_shape(node: ast.ClassDef) -> ClassShape:
    names: set[str] = set()
    methods: list[tuple[str, Method]] = []
    fields: list[str] = []
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(statement.name)
            kind = _method_kind(statement)
            events = method_events(statement) if kind == "plain" else ()
            methods.append((statement.name, Method(kind, events)))
        elif isinstance(statement, ast.ClassDef):
            names.add(statement.name)
        elif isinstance(statement, ast.Assign):
            for target in statement.targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if statement.value is not None and not (isinstance(statement.value, ast.Call)
                                                    and "field" in _decorators_of(statement.value)):
                names.add(statement.target.id)
            if "ClassVar" not in ast.unparse(statement.annotation):
                fields.append(statement.target.id)
    bases = tuple(b.id if isinstance(b, ast.Name) else b.value.id if isinstance(b, ast.Subscript)
                  and isinstance(b.value, ast.Name) else "" for b in node.bases)
    return ClassShape(node.name, bases, frozenset(names), tuple(methods),
                      tuple(fields) if _is_dataclass(node) else None,
                      any(name == "__new__" for name, _ in methods))


def deleted_attributes(tree: ast.Module) -> frozenset[str]:
    """Attribute names some `del o.attr` or `delattr(o, "attr")` removes (ALL when unknown)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Delete):
            found.update(t.attr for t in node.targets if isinstance(t, ast.Attribute))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "delattr":
            name = node.args[1] if len(node.args) > 1 else None
            found.add(name.value if isinstance(name, ast.Constant) and isinstance(name.value, str) else ALL)
        elif isinstance(node, ast.Attribute) and node.attr == "__dict__":
            found.add(ALL)
    return frozenset(found)


class Presence:
    """Proofs over the program's classes (`shapes`: every class statement, by name)."""

    def __init__(self, shapes: tuple[ClassShape, ...], deleted: frozenset[str]) -> None:
        self.deleted = deleted
        by_name: dict[str, list[ClassShape]] = {}
        for shape in shapes:
            by_name.setdefault(shape.name, []).append(shape)
        # A name defined twice (two modules, or redefined) is not known: nothing is proven for it.
        self.classes = {name: found[0] for name, found in by_name.items() if len(found) == 1}
        self.ambiguous = {name for name, found in by_name.items() if len(found) > 1}

    @functools.lru_cache(maxsize=None)  # noqa: B019  (one Presence per Facts, kept with it)
    def mro(self, name: str) -> tuple[str, ...] | None:
        """C3 over the program's classes; None when a base is unknown (not a program class and
        not one of the runtime's quiet ones) or the order is inconsistent."""
        if name in QUIET_BASES:
            return (name,) if name == "object" else (name, "object")
        shape = self.classes.get(name)
        if shape is None:
            return None
        bases = [b for b in shape.bases if b != "object"] or ["object"]
        lists = []
        for base in bases:
            found = self.mro(base)
            if found is None:
                return None
            lists.append(list(found))
        lists.append(list(bases))
        result = [name]
        while any(lists):
            head = next((l[0] for l in lists if l and not any(l[0] in o[1:] for o in lists)), None)
            if head is None:
                return None
            result.append(head)
            for l in lists:
                if l and l[0] == head:
                    l.pop(0)
        return tuple(result)

    def class_names(self, name: str) -> frozenset[str]:
        mro = self.mro(name) or (name,)
        return frozenset().union(*(self.classes[c].names for c in mro if c in self.classes))

    def lookup(self, name: str, attr: str, after: str | None = None) -> tuple[str, Method] | None:
        """The class of `name`'s MRO (after `after`) whose body defines method `attr`."""
        mro = self.mro(name)
        if mro is None:
            return None
        start = mro.index(after) + 1 if after in mro else 0
        for cls in mro[start:]:
            shape = self.classes.get(cls)
            if shape is not None and attr in shape.names:
                method = shape.method(attr)
                return (cls, method) if method is not None else None
        return None

    def subclasses(self, name: str) -> set[str]:
        found = {name}
        changed = True
        while changed:
            changed = False
            for shape in self.classes.values():
                if shape.name not in found and any(b in found for b in shape.bases):
                    found.add(shape.name)
                    changed = True
        return found

    @functools.lru_cache(maxsize=None)  # noqa: B019
    def constructed(self, name: str) -> frozenset[str]:
        """Attributes every construction of an instance of exactly `name` assigns before the
        instance escapes, none of them read before assigned."""
        mro = self.mro(name)
        if mro is None or any(self.classes[c].has_new for c in mro if c in self.classes):
            return frozenset()
        assigned: set[str] = set()
        read_early: set[str] = set()
        names = self.class_names(name)
        state = {"escaped": False, "stopped": False}

        def run(events: tuple[Event, ...], owner: str, definite: bool, depth: int) -> None:
            for kind, attr, certain in events:
                if state["escaped"]:
                    return
                sure = definite and certain
                if kind == "read":
                    found = self.lookup(name, attr)
                    if found is not None and found[1].kind == "property":
                        state["escaped"] = True  # a getter runs with self
                    elif attr not in assigned and attr not in names:
                        read_early.add(attr)
                elif kind == "assign":
                    if sure and not state["stopped"]:
                        assigned.add(attr)
                elif kind == "stop":
                    if sure:
                        return
                    state["stopped"] = True  # assignments after a conditional return may not run
                elif kind == "call":
                    found = self.lookup(name, attr)
                    if found is None or found[1].kind != "plain" or depth >= DEPTH:
                        state["escaped"] = True
                    else:
                        run(found[1].events, found[0], sure, depth + 1)
                elif kind == "init":
                    init(attr or None, owner, sure, depth + 1)
                else:
                    state["escaped"] = True

        def init(base: str | None, owner: str, definite: bool, depth: int) -> None:
            """Run the __init__ found after `owner` (super()) or in `base`'s MRO."""
            if depth >= DEPTH:
                state["escaped"] = True
                return
            chain = (self.mro(base) if base is not None else None) or ()
            if base is not None and not chain:
                state["escaped"] = base not in QUIET_BASES
                return
            order = chain if base is not None else mro[mro.index(owner) + 1:] if owner in mro else ()
            for cls in order:
                if cls in QUIET_BASES and cls not in self.classes:
                    return  # the runtime's __init__: nothing of the game runs
                shape = self.classes.get(cls)
                if shape is None:
                    state["escaped"] = True
                    return
                if shape.fields is not None:  # a dataclass: its __init__ assigns every field
                    for field in self.dataclass_fields(cls):
                        if definite:
                            assigned.add(field)
                    post = self.lookup(name, "__post_init__")
                    if post is not None:
                        run((("call", "__post_init__", True),), cls, definite, depth)
                    return
                method = shape.method("__init__")
                if method is not None:
                    if method.kind != "plain":
                        state["escaped"] = True
                    else:
                        run(method.events, cls, definite, depth)
                    return

        init(name, name, True, 0)
        return frozenset(assigned - read_early)

    def dataclass_fields(self, name: str) -> list[str]:
        fields: list[str] = []
        for cls in reversed(self.mro(name) or ()):
            shape = self.classes.get(cls)
            if shape is not None and shape.fields is not None:
                fields += [f for f in shape.fields if f not in fields]
        return fields

    def deleted_name(self, attr: str) -> bool:
        return ALL in self.deleted or attr in self.deleted

    def on_class(self, cls: str, attr: str) -> bool:
        """`cls.attr` in a classmethod of `cls` (or through the class itself)."""
        return cls in self.classes and not self.deleted_name(attr) and attr in self.class_names(cls)

    def on_instance(self, cls: str, attr: str) -> bool:
        """`self.attr` in a method of `cls`, after construction."""
        if cls not in self.classes or self.deleted_name(attr):
            return False
        if attr in self.class_names(cls):
            return True
        return all(attr in self.constructed(sub) for sub in self.subclasses(cls))


def shapes_of(tree: ast.Module) -> Iterator[ClassShape]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            yield class_shape(node)


def assigned_attributes(statement: ast.stmt, me: str | None) -> set[str]:
    """The attributes of `me` a statement of `__init__` assigns whenever it completes (its own
    assignments only: not inside branches or loops)."""
    if me is None:
        return set()
    targets: list[ast.expr] = []
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        targets = [statement.target]
    found: set[str] = set()
    while targets:
        target = targets.pop()
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == me:
            found.add(target.attr)
        elif isinstance(target, (ast.Tuple, ast.List)):
            targets.extend(target.elts)
        elif isinstance(target, ast.Starred):
            targets.append(target.value)
    return found


def first_param_kept(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Is the first parameter (`cls` of a classmethod) never rebound in the function?"""
    if not function.args.args:
        return False
    name = function.args.args[0].arg
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
            return False
        if isinstance(node, ast.arg) and node.arg == name and node is not function.args.args[0]:
            return False
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return False
    return True

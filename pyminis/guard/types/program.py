"""The whole program as the inference sees it: functions, classes, who calls whom.

A function's parameters can be typed from its call sites only when every call is visible:
the function is *closed* — referenced only as the callee of direct calls (a method: its name
is never read except to call it, never looked up by `getattr`). A function that escapes (a
callback, a value in a dict, a method bound by `o.m` without a call, a dunder the runtime
calls) may be called by anything with anything, so its parameters are ANY.
"""

from __future__ import annotations

import ast
import builtins
import functools
from dataclasses import dataclass, field

from pyminis.guard.types.scopes import FUNCTIONS, Scope, Scopes, Slot, _all_args, class_key, scope_id

# Attribute writers outside Python's statements: any use makes every attribute unknown.
POISON_NAMES = frozenset({"setattr", "__dict__", "__setattr__", "__getattr__", "__getattribute__",
                          "__set__", "assign", "defineProperty", "defineProperties", "vars"})
# `getattr(o, name)` with a computed name may fetch any method (to call it with anything).
READERS = frozenset({"getattr"})
# Set on Python objects by JavaScript: enum members (pmrt), exceptions (Transcrypt).
JS_SET = frozenset({"name", "value", "py_name", "args", "message", "stack"})
# Methods JavaScript calls by name on any object.
JS_CALLED = frozenset({"toJSON", "valueOf", "toString", "then", "handleEvent", "constructor"})
PLAIN_DECORATORS = frozenset({"staticmethod", "classmethod", "property"})


@dataclass(eq=False)
class FuncInfo:
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
    module: str
    scope: Scope  # the function's own scope
    owner: ClassInfo | None = None  # the class whose body defines it
    kind: str = "function"  # function | method | static | classmethod | property | lambda
    decorated: bool = False  # a decorator other than staticmethod/classmethod/property
    closed: bool = True  # every call is a visible direct call (set by Program.link)

    @property
    def key(self) -> Slot:
        return ("r", self.module, scope_id(self.node))

    @property
    def name(self) -> str:
        return getattr(self.node, "name", "<lambda>")

    @property
    def params(self) -> list[ast.arg]:
        args = self.node.args
        return args.posonlyargs + args.args

    def param_slot(self, arg: ast.arg) -> Slot:
        return self.scope.slot(arg.arg)

    @property
    def is_generator(self) -> bool:
        return isinstance(self.node, ast.AsyncFunctionDef) or any(
            isinstance(n, (ast.Yield, ast.YieldFrom)) for n in _own_nodes(self.node))

    @property
    def self_name(self) -> str | None:
        """The method's `self`, when nothing in the method rebinds it."""
        if self.kind != "method" or not self.params:
            return None
        name = self.params[0].arg
        for node in ast.walk(self.node):
            if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
                return None
            if isinstance(node, ast.arg) and node is not self.params[0] and node.arg == name:
                return None
            if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
                return None
        return name


@dataclass(eq=False)
class ClassInfo:
    node: ast.ClassDef
    module: str
    scope: Scope
    methods: dict[str, FuncInfo] = field(default_factory=dict)
    bases: list[ClassInfo | None] = field(default_factory=list)  # None: not one of the program's
    escapes: bool = False  # constructed by code the inference cannot see

    @property
    def name(self) -> str:
        return self.node.name

    @property
    def key(self) -> str:
        return class_key(self.module, self.node)

    def mro(self) -> list[ClassInfo | None]:
        """The class and its bases in lookup order; None for a base outside the program."""
        order: list[ClassInfo | None] = []
        todo: list[ClassInfo | None] = [self]
        while todo:
            current = todo.pop(0)
            if current is not None and current in order:
                continue
            order.append(current)
            if current is not None:
                todo.extend(current.bases)
        return order

    def lookup(self, name: str) -> FuncInfo | None | bool:
        """The method `name` in the MRO: a FuncInfo, None (nowhere), False (maybe in a base
        that is not the program's)."""
        todo: list[ClassInfo | None] = [self]
        seen: set[int] = set()
        while todo:
            current = todo.pop(0)
            if current is None:
                return False
            if id(current) in seen:
                continue
            seen.add(id(current))
            if name in current.methods:
                return current.methods[name]
            todo.extend(current.bases)
        return None


@dataclass
class Call:
    """A call site resolved to what it may call."""

    node: ast.Call
    scope: Scope
    targets: list[FuncInfo]  # the functions it may call
    implicit_self: bool  # args start at the callee's second parameter
    complete: bool  # `targets` is all it may call (else it may also call unknown code)
    constructs: ClassInfo | None = None


def _own_nodes(function: ast.AST) -> list[ast.AST]:
    found: list[ast.AST] = []
    todo = list(ast.iter_child_nodes(function))
    while todo:
        node = todo.pop()
        found.append(node)
        if not isinstance(node, FUNCTIONS + (ast.ClassDef,)):
            todo.extend(ast.iter_child_nodes(node))
    return found


def decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr if node.attr not in ("setter", "getter", "deleter") else "property"
    return ""


class ModuleInfo:
    """One module's scopes, definitions and references (cached by text)."""

    def __init__(self, name: str, tree: ast.Module, trusted: bool = False) -> None:
        self.name = name
        self.tree = tree
        self.trusted = trusted  # pyminis' own: its computed getattr/setattr calls are reviewed
        self.scopes = Scopes(name, tree)
        self.parents: dict[int, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parents[id(child)] = node
        self.annotations: set[int] = set()  # ids of every node inside an annotation
        for node in ast.walk(tree):
            found = [a.annotation for a in ast.walk(node.args) if isinstance(a, ast.arg) and a.annotation] \
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else []
            found += [node.returns] if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns else []
            found += [node.annotation] if isinstance(node, ast.AnnAssign) else []
            for annotation in found:
                self.annotations.update(id(n) for n in ast.walk(annotation))
        self.functions: dict[int, FuncInfo] = {}  # id(def or lambda node) → info
        self.classes: dict[int, ClassInfo] = {}
        self.bindings: dict[Slot, list[ast.AST]] = {}  # slot → the nodes that bind it
        self.poisoned = False  # any attribute may hold anything
        self.opens_methods = False  # any method may be fetched by a computed name
        # pyminis' own setattr by computed name: a tween, storing a float into an attribute
        # that held a number (it computes `start + (end - start) * f` from it first).
        self.numeric_setattr = False
        self.looked_up: set[str] = set()  # names read by `getattr(o, "name")`
        for node in ast.walk(tree):
            self._collect(node)
        # The attributes the game's tweens may set (None: any), see `tweened`.
        self.tweened: frozenset[str] | None = frozenset() if trusted else tweened(tree, self.parents)

    def scope(self, node: ast.AST) -> Scope:
        return self.scopes.scope_of[id(node)]

    @functools.cached_property
    def lists(self) -> dict[Slot, Slot]:
        """Local lists that never leave their function → their items' slot (lists.py)."""
        from pyminis.guard.types.lists import tracked_lists
        return tracked_lists(self)

    @functools.cached_property
    def list_lengths(self) -> dict[Slot, int]:
        """Tracked lists that never grow → their longest display (lists.py)."""
        from pyminis.guard.types.lists import fixed_lengths
        return fixed_lengths(self, self.lists)

    def list_items(self, node: ast.expr) -> Slot | None:
        """The items' slot of a name that is a tracked local list."""
        if isinstance(node, ast.Name):
            slot = self.scopes.resolve(node)
            if slot is not None:
                return self.lists.get(slot)
        return None

    def _bind(self, slot: Slot | None, node: ast.AST) -> None:
        if slot is not None:
            self.bindings.setdefault(slot, []).append(node)

    def _collect(self, node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            outer = self.scope(node)
            info = FuncInfo(node, self.name, self.scopes.scopes[id(node)])
            if isinstance(node, ast.Lambda):
                info.kind, info.closed = "lambda", False
            else:
                names = [decorator_name(d) for d in node.decorator_list]
                info.decorated = any(n not in PLAIN_DECORATORS for n in names)
                if outer.is_class:
                    info.kind = ("static" if "staticmethod" in names else "classmethod"
                                 if "classmethod" in names else "property" if "property" in names
                                 else "method")
                self._bind(outer.resolve(node.name) if not outer.is_class else outer.slot(node.name), node)
            self.functions[id(node)] = info
        elif isinstance(node, ast.ClassDef):
            outer = self.scope(node)
            self.classes[id(node)] = ClassInfo(node, self.name, self.scopes.scopes[id(node)])
            self._bind(outer.resolve(node.name) if not outer.is_class else outer.slot(node.name), node)
        elif isinstance(node, ast.Name):
            if not isinstance(node.ctx, ast.Load):
                self._bind(self.scopes.resolve(node), node)
            elif node.id in POISON_NAMES | READERS and self.scopes.resolve(node) is None:
                call = self.parents.get(id(node))
                if (node.id in ("getattr", "setattr") and isinstance(call, ast.Call) and call.func is node
                        and len(call.args) >= 2 and isinstance(call.args[1], ast.Constant)
                        and isinstance(call.args[1].value, str)):
                    self.looked_up.add(call.args[1].value)  # one known name
                elif node.id == "getattr":
                    self.opens_methods = self.opens_methods or not self.trusted
                elif node.id == "setattr" and self.trusted:
                    self.numeric_setattr = True
                else:
                    self.poisoned = True
        elif isinstance(node, ast.Attribute) and node.attr in POISON_NAMES:
            call = self.parents.get(id(node))
            if (node.attr == "__setattr__" and isinstance(node.value, ast.Name) and node.value.id == "object"
                    and isinstance(call, ast.Call) and call.func is node and len(call.args) == 3
                    and isinstance(call.args[1], ast.Constant) and isinstance(call.args[1].value, str)):
                self.looked_up.add(call.args[1].value)  # a frozen dataclass's __post_init__: one name
            else:
                self.poisoned = True
        elif isinstance(node, ast.alias):
            scope = self.scope(node)
            self._bind(scope.resolve((node.asname or node.name).split(".")[0]), node)
        elif isinstance(node, ast.arg):
            scope = self.scopes.scope_of.get(id(node))
            if scope is not None:
                self._bind(scope.slot(node.arg), node)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            self._bind(self.scope(node).resolve(node.name), node)

    def parent(self, node: ast.AST) -> ast.AST | None:
        return self.parents.get(id(node))


class Program:
    """Every module, linked: definitions by slot, classes with their bases, call sites."""

    def __init__(self, modules: dict[str, ModuleInfo]) -> None:
        self.modules = modules
        self.functions = [f for m in modules.values() for f in m.functions.values()]
        self.classes = [c for m in modules.values() for c in m.classes.values()]
        self.methods: dict[str, list[FuncInfo]] = {}
        self.poisoned = any(m.poisoned for m in modules.values())
        self.methods_open = self.poisoned or any(m.opens_methods for m in modules.values())
        self.numeric_setattr = any(m.numeric_setattr for m in modules.values())
        names = [m.tweened for m in modules.values()]
        self.tweened: frozenset[str] | None = None if None in names else frozenset().union(*names)
        self.calls: dict[int, Call] = {}
        # Names stored as attributes of an imported module that is not the program's
        # (`random.random = …`): the standard library's own is then not what runs.
        self.stdlib_written = frozenset(
            node.attr for m in modules.values() for node in ast.walk(m.tree)
            if isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load)
            and not isinstance(self.refers(m, node.value), (str, FuncInfo, ClassInfo))
            and isinstance(node.value, ast.Name) and _imported(m, node.value))
        self._link()

    # ---- definitions -------------------------------------------------------------------

    def definition(self, slot: Slot | None, depth: int = 0) -> FuncInfo | ClassInfo | str | None:
        """What a slot bound exactly once holds: a function, a class, or a module name
        (`import m`); None when it is bound otherwise or more than once."""
        if slot is None or slot[0] != "v" or depth > 8:
            return None
        module = self.modules.get(slot[1])
        if module is None:
            return None
        bound = module.bindings.get(slot, [])
        if len(bound) != 1:
            return None
        node = bound[0]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return module.functions[id(node)]
        if isinstance(node, ast.ClassDef):
            return module.classes[id(node)]
        if isinstance(node, ast.alias):
            statement = module.parent(node)
            if isinstance(statement, ast.Import) and node.asname is None and "." not in node.name:
                return node.name if node.name in self.modules else None
            if isinstance(statement, ast.Import) and node.asname is not None:
                return node.name if node.name in self.modules else None
            if isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module in self.modules:
                source = ("v", statement.module, "", node.name)
                if source in self.modules[statement.module].bindings:
                    return self.definition(source, depth + 1)
                if f"{statement.module}.{node.name}" in self.modules:
                    return f"{statement.module}.{node.name}"
        return None

    def module_global(self, module: str, name: str) -> Slot:
        return ("v", module, "", name)

    def refers(self, module: ModuleInfo, node: ast.expr) -> FuncInfo | ClassInfo | str | None:
        """What an expression names: `f`, `Cls`, `mod`, `mod.f`."""
        if isinstance(node, ast.Name):
            return self.definition(module.scopes.resolve(node))
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            owner = self.refers(module, node.value)
            if isinstance(owner, str):
                slot = self.module_global(owner, node.attr)
                if slot in self.modules[owner].bindings:
                    return self.definition(slot)
                if f"{owner}.{node.attr}" in self.modules:
                    return f"{owner}.{node.attr}"
        return None

    # ---- linking -----------------------------------------------------------------------

    def _link(self) -> None:
        # ModuleInfo is cached by text: forget what another program's linking set.
        for cls in self.classes:
            cls.methods, cls.bases, cls.escapes = {}, [], False
        for info in self.functions:
            info.owner, info.closed = None, info.kind != "lambda"
        for module in self.modules.values():
            for info in module.functions.values():
                parent = module.scope(info.node)
                if parent.is_class and info.kind != "lambda":
                    owner = module.classes[id(parent.node)]
                    info.owner = owner
                    owner.methods[info.name] = info
                    self.methods.setdefault(info.name, []).append(info)
        for module in self.modules.values():
            for cls in module.classes.values():
                for base in cls.node.bases:
                    if isinstance(base, ast.Name) and base.id == "object" and module.scopes.resolve(base) is None:
                        continue
                    found = self.refers(module, base)
                    cls.bases.append(found if isinstance(found, ClassInfo) else None)
        self.by_key = {cls.key: cls for cls in self.classes}
        self.trusted_classes = frozenset(c.key for c in self.classes if self.modules[c.module].trusted)
        escaped_methods: set[str] = set().union(*(m.looked_up for m in self.modules.values()))
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.Call):
                    self.calls[id(node)] = self._resolve(module, node)
                if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, ast.Load):
                    self._escape(module, node, escaped_methods)
        for info in self.functions:
            if info.kind == "lambda" or info.decorated or info.is_generator:
                info.closed = False
            elif info.owner is not None:
                if info.kind != "method" or info.name in escaped_methods or self.methods_open \
                        or info.name in JS_CALLED or (info.name.startswith("__") and info.name != "__init__"):
                    info.closed = False
        for cls in self.classes:
            if any(m.kind == "classmethod" for m in cls.methods.values()):
                self._open_constructor(cls, True)
            elif cls.escapes:
                self._open_constructor(cls, False)

    def descendants(self, cls: ClassInfo) -> list[ClassInfo]:
        """The class and every class of the program deriving from it."""
        found = [cls]
        for current in found:
            for other in self.classes:
                if current in other.bases and other not in found:
                    found.append(other)
        return found

    def _open_constructor(self, cls: ClassInfo, subclasses: bool) -> None:
        """Calls the inference cannot see may construct `cls` (and, through a classmethod's
        `cls(...)`, its subclasses)."""
        cls.escapes = True
        init = cls.lookup("__init__")
        if isinstance(init, FuncInfo):
            init.closed = False
        for other in self.classes if subclasses else []:
            if cls in other.bases and not other.escapes:
                self._open_constructor(other, True)

    def _escape(self, module: ModuleInfo, node: ast.Name | ast.Attribute, escaped_methods: set[str]) -> None:
        parent = module.parent(node)
        called = isinstance(parent, ast.Call) and parent.func is node
        if isinstance(node, ast.Attribute):
            owner = self.refers(module, node.value)
            if isinstance(owner, str):  # `mod.f`: a reference to a module's function
                target = self.refers(module, node)
                if isinstance(target, FuncInfo) and not called:
                    target.closed = False
                elif isinstance(target, ClassInfo) and not called and not _harmless_class_use(module, node):
                    target.escapes = True
                return
            if not called and not isinstance(owner, ClassInfo) and (
                    not module.trusted or self._binds_own_method(module, node)):
                # `o.m` read as a value: bound and passed on. pyminis' own code reads the
                # properties of JavaScript objects (`rect.left`) and binds only its own
                # methods (`self.frame`) as callbacks: reviewed.
                escaped_methods.add(node.attr)
            if isinstance(owner, ClassInfo) and not called:
                escaped_methods.add(node.attr)  # `Cls.m` as a value
            return
        if id(node) in module.annotations:
            return
        target = self.refers(module, node)
        if isinstance(target, FuncInfo) and not called:
            target.closed = False
        elif isinstance(target, ClassInfo) and not called and not _harmless_class_use(module, node):
            target.escapes = True
        elif isinstance(target, str) and not (isinstance(parent, ast.Attribute) and parent.value is node):
            for info in self.modules[target].functions.values() if target in self.modules else []:
                info.closed = False  # the module object escapes: its functions may be called

    def _binds_own_method(self, module: ModuleInfo, node: ast.Attribute) -> bool:
        """`self.m` where m is a method of the enclosing class (bound as a callback)."""
        if not (isinstance(node.value, ast.Name) and node.value.id == "self"):
            return False
        method = self.method_of(module, node)
        return (method is not None and method.owner is not None
                and isinstance(_lookup_all(method.owner, node.attr), FuncInfo))

    def _resolve(self, module: ModuleInfo, node: ast.Call) -> Call:
        scope = module.scope(node)
        func = node.func
        target = self.refers(module, func)
        if isinstance(target, FuncInfo):
            return Call(node, scope, [target], False, True)
        if isinstance(target, ClassInfo):
            init = target.lookup("__init__")
            return Call(node, scope, [init] if isinstance(init, FuncInfo) else [], True,
                        init is not False, constructs=target)
        if isinstance(func, ast.Attribute):
            owner = self.refers(module, func.value)
            if isinstance(owner, ClassInfo):  # `Base.method(self, …)`: self passed explicitly
                found = owner.lookup(func.attr)
                if isinstance(found, FuncInfo):
                    return Call(node, scope, [found], found.kind in ("static", "classmethod"), True)
                return Call(node, scope, [], False, False)
            if (isinstance(func.value, ast.Call) and isinstance(func.value.func, ast.Name)
                    and func.value.func.id == "super" and not func.value.args):
                cls = self._enclosing_class(module, node)
                if cls is not None:
                    found = _lookup_bases(cls, func.attr)
                    if isinstance(found, FuncInfo):
                        return Call(node, scope, [found], True, True)
                return Call(node, scope, [], True, False)
            if isinstance(func.value, ast.Name) and module.scopes.resolve(func.value) is None \
                    and hasattr(builtins, func.value.id):
                return Call(node, scope, [], False, True)  # `Exception.__init__(self, …)`: not ours
            return Call(node, scope, list(self.methods.get(func.attr, [])), True, False)
        return Call(node, scope, [], False, False)

    def _enclosing_class(self, module: ModuleInfo, node: ast.AST) -> ClassInfo | None:
        scope: Scope | None = module.scope(node)
        while scope is not None:
            if isinstance(scope.node, (ast.FunctionDef, ast.AsyncFunctionDef)) and scope.parent is not None \
                    and scope.parent.is_class:
                return module.classes[id(scope.parent.node)]
            scope = scope.parent
        return None

    def method_of(self, module: ModuleInfo, node: ast.AST) -> FuncInfo | None:
        """The method whose body (or nested function) holds `node`, if any."""
        scope: Scope | None = module.scope(node)
        while scope is not None:
            if isinstance(scope.node, (ast.FunctionDef, ast.AsyncFunctionDef)) and scope.parent is not None \
                    and scope.parent.is_class:
                return module.functions[id(scope.node)]
            if scope.is_class:
                return None
            scope = scope.parent
        return None


def _imported(module: ModuleInfo, node: ast.Name) -> bool:
    """Is the name bound by an import statement (a module, or a name imported from one)?"""
    slot = module.scopes.resolve(node)
    return any(isinstance(b, ast.alias) for b in module.bindings.get(slot, [])) if slot else False


def _lookup_all(cls: ClassInfo, name: str) -> FuncInfo | None:
    """A method `name` of cls or its known bases, before linking has set `methods`."""
    todo: list[ClassInfo | None] = [cls]
    while todo:
        current = todo.pop()
        if current is None:
            continue
        for item in current.node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == name:
                return FuncInfo(item, cls.module, cls.scope)
        todo.extend(current.bases)
    return None


def _lookup_bases(cls: ClassInfo, name: str) -> FuncInfo | None | bool:
    for base in cls.bases:
        if base is None:
            return False
        found = base.lookup(name)
        if found is not None:
            return found
    return None


def _harmless_class_use(module: ModuleInfo, node: ast.expr) -> bool:
    """A class named without constructing it elsewhere: a base, isinstance, `Cls.attr`, an
    annotation."""
    if id(node) in module.annotations:
        return True
    parent = module.parent(node)
    if isinstance(parent, ast.ClassDef) and node in parent.bases:
        return True
    if isinstance(parent, ast.Attribute) and parent.value is node:
        return True
    if isinstance(parent, (ast.Tuple, ast.List)):
        parent = module.parent(parent)
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) \
            and parent.func.id in ("isinstance", "issubclass") and node is not parent.func:
        return True
    if isinstance(parent, ast.Compare):  # `type(x) is Cls`
        return True
    return False


def arguments(call: ast.Call, info: FuncInfo, implicit_self: bool) -> dict[str, list[ast.expr]] | None:
    """Parameter name → the argument expressions a call passes it; None: a `*` or `**` at
    the call makes every parameter unknown."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    params = info.params[1:] if implicit_self and info.kind in ("method", "classmethod") else info.params
    found: dict[str, list[ast.expr]] = {}
    for index, arg in enumerate(call.args):
        if index < len(params):
            found.setdefault(params[index].arg, []).append(arg)
    names = {a.arg for a in _all_args(info.node.args)}
    for keyword in call.keywords:
        if keyword.arg in names:
            found.setdefault(keyword.arg, []).append(keyword.value)
    return found


TWEEN_METHOD, TWEEN_CLASS = "tween", "Tween"  # pyminis.engine's: Scene.tween(target, to, …), Tween(…)


def tweened(tree: ast.Module, parents: dict[int, ast.AST]) -> frozenset[str] | None:
    """The attribute names a game module hands to pyminis.engine's tweens (the only setattr by
    computed name in pyminis' own code, _tween.py): the str keys of each `to` dict display of a
    `….tween(target, to, …)` or `Tween(target, to, …)` call; None (any name) when some `to` is
    not such a display or the tween function is read as a value."""
    classes = {TWEEN_CLASS} | {a.asname for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                               for a in n.names if a.name == TWEEN_CLASS and a.asname}
    found: set[str] = set()
    for node in ast.walk(tree):
        is_tween = (isinstance(node, ast.Attribute) and node.attr in (TWEEN_METHOD, TWEEN_CLASS)) \
            or (isinstance(node, ast.Name) and node.id in classes and isinstance(node.ctx, ast.Load))
        if not is_tween:
            continue
        call = parents.get(id(node))
        if not (isinstance(call, ast.Call) and call.func is node):
            if isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load):
                continue  # `self.tween = …` stores, reads nothing
            return None
        to = call.args[1] if len(call.args) >= 2 else next((k.value for k in call.keywords if k.arg == "to"), None)
        if not (isinstance(to, ast.Dict) and all(isinstance(k, ast.Constant) and isinstance(k.value, str)
                                                   for k in to.keys)):
            return None
        found.update(k.value for k in to.keys if isinstance(k, ast.Constant))
    return frozenset(found)


"""Whole-program type inference: one type per slot, the join of everything stored in it.

Each binding in the program becomes a constraint "slot ⊇ type of this expression"; a fixed
point over all of them (a worklist: a constraint is evaluated again when a slot it read grows)
gives every slot the least type that holds every value it can hold. Sound by construction:
a slot's type covers every store to it the program makes — parameters cover every call site
only when every call is visible (program.py), attributes cover every store of that attribute
name on any object, and whatever the inference cannot see is ANY.

Annotations are not used: `x: float = 0` holds the int 0, so an annotation is a claim, and the
stores are the proof.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from pyminis.guard.types.evaluate import MATH_CONSTANTS, Evaluator, arith, int_literal
from pyminis.guard.types.lattice import (
    ANY,
    BIG,
    BOTTOM,
    COUNTER_BITS,
    DICT,
    FLOAT,
    FUNC,
    NONE,
    instance,
    SAFE_BITS,
    TUPLE,
    Ty,
    int_ty,
    join,
)
from pyminis.guard.types.program import ClassInfo, FuncInfo, ModuleInfo, Program, arguments
from pyminis.guard.types.scopes import Slot, _all_args, attr_slot, class_slot

Compute = Callable[[Evaluator], Ty]
STEP_BITS = 5  # a counter's step: |step| < 2**5


Targets = Callable[[Evaluator], list[Slot]]


@dataclass(eq=False)
class Constraint:
    slot: Slot | Targets  # a slot, or the slots a store writes (an attribute: by the receiver's type)
    module: ModuleInfo
    compute: Compute
    last: Ty | None = None
    growths: int = 0
    counter: bool = False  # a counter's step (`x += 1`): not where the counter starts


class Collector:
    """The constraints of one module (its stores, returns, calls into closed functions)."""

    def __init__(self, program: Program, module: ModuleInfo) -> None:
        self.program = program
        self.module = module
        self.out: list[Constraint] = []

    def add(self, slot: Slot | None, compute: Compute, counter: bool = False) -> None:
        if slot is not None:
            self.out.append(Constraint(slot, self.module, compute, counter=counter))

    def fixed(self, slot: Slot | None, ty: Ty) -> None:
        self.add(slot, lambda ev: ty)

    def add_attribute(self, target: ast.Attribute, compute: Compute, counter: bool = False) -> None:
        """`receiver.name ⊇ compute`: into the slots of the receiver's classes (evaluated as
        the receiver's type grows), and into a module's global for `mod.NAME = …`."""
        self.out.append(Constraint(lambda ev: ev.attr_stores(target), self.module, compute, counter=counter))
        owner = self.program.refers(self.module, target.value)
        if isinstance(owner, str):
            self.add(self.program.module_global(owner, target.attr), compute, counter)

    def run(self) -> list[Constraint]:
        for node in ast.walk(self.module.tree):
            handler = getattr(self, "s_" + type(node).__name__, None)
            if handler is not None:
                handler(node)
        return self.out

    # ---- stores ------------------------------------------------------------------------

    def store(self, target: ast.expr, compute: Compute) -> None:
        if isinstance(target, ast.Name):
            self.add(self.module.scopes.resolve(target), compute)
        elif isinstance(target, ast.Subscript):
            items = self.module.list_items(target.value)
            if items is not None:
                self.add(items, compute)
        elif isinstance(target, ast.Attribute):
            self.add_attribute(target, compute)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self.store(element.value if isinstance(element, ast.Starred) else element,
                           lambda ev: ANY)
        elif isinstance(target, ast.Starred):
            self.store(target.value, lambda ev: ANY)

    def assign(self, target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, (ast.Tuple, ast.List)) and not any(isinstance(e, ast.Starred) for e in target.elts):
            if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts) \
                    and not any(isinstance(e, ast.Starred) for e in value.elts):
                for element, item in zip(target.elts, value.elts):
                    self.assign(element, item)
                return
            call = self.program.calls.get(id(value)) if isinstance(value, ast.Call) else None
            if call is not None and call.complete and len(call.targets) == 1 and call.constructs is None:
                callee = call.targets[0]
                for index, element in enumerate(target.elts):
                    self.store(element, lambda ev, c=callee, i=index, n=len(target.elts): _item(ev, c, i, n))
                return
        self.store(target, lambda ev: ev.ty(value))

    def s_Assign(self, node: ast.Assign) -> None:
        value = node.value
        for target in node.targets:
            if (isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub))
                    and _same_target(target, value.left)):
                self.increment(target, value.op, value.right)  # `x = x + 1`
                continue
            self.assign(target, node.value)
            self.new_list(target, node.value)

    def increment(self, target: ast.expr, op: ast.operator, value: ast.expr) -> None:
        if isinstance(target, ast.Name):
            slot = self.module.scopes.resolve(target)
            if slot is not None:
                self.add(slot, lambda ev: _augmented(ev, ev.slot(slot), op, value, ev.starts(slot)), True)
        elif isinstance(target, ast.Attribute):
            self.add_attribute(target, lambda ev: _augmented(ev, ev.ty(target), op, value, _attr_starts(ev, target)),
                               True)

    def s_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.store(node.target, lambda ev: ev.ty(node.value))  # `(x := v)`, also a match capture

    def s_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.assign(node.target, node.value)
            self.new_list(node.target, node.value)

    def new_list(self, target: ast.expr, value: ast.expr) -> None:
        """The items of a tracked local list's display or comprehension."""
        items = self.module.list_items(target)
        if items is None:
            return
        if isinstance(value, ast.List):
            for element in value.elts:
                self.add(items, lambda ev, e=element: ev.ty(e))
        elif isinstance(value, ast.ListComp):
            self.add(items, lambda ev: ev.ty(value.elt))

    def s_AugAssign(self, node: ast.AugAssign) -> None:
        target, op, value = node.target, node.op, node.value
        if isinstance(target, ast.Name):
            slot = self.module.scopes.resolve(target)
            if slot is not None:
                self.add(slot, lambda ev: _augmented(ev, ev.slot(slot), op, value, ev.starts(slot)), True)
        elif isinstance(target, ast.Subscript) and self.module.list_items(target.value) is not None:
            items = self.module.list_items(target.value)
            assert items is not None
            self.add(items, lambda ev: _augmented(ev, ev.slot(items), op, value, ev.starts(items)), True)
        elif isinstance(target, ast.Attribute):
            self.add_attribute(target, lambda ev: _augmented(ev, ev.ty(target), op, value, _attr_starts(ev, target)),
                               True)

    def s_For(self, node: ast.For | ast.AsyncFor | ast.comprehension) -> None:
        target, iterable = node.target, node.iter
        if isinstance(target, ast.Name):
            self.store(target, lambda ev: ev.element(iterable))
            return
        if isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(iterable, ast.Call) \
                and isinstance(iterable.func, ast.Name) and iterable.func.id in ("enumerate", "zip") \
                and self.module.scopes.resolve(iterable.func) is None and not iterable.keywords:
            first, second = target.elts
            args = iterable.args
            if iterable.func.id == "enumerate" and 1 <= len(args) <= 2:
                start = args[1] if len(args) == 2 else None
                self.store(first, lambda ev: _enumerate_index(ev, start))
                self.store(second, lambda ev: ev.element(args[0]))
                return
            if iterable.func.id == "zip" and len(args) == 2:
                self.store(first, lambda ev: ev.element(args[0]))
                self.store(second, lambda ev: ev.element(args[1]))
                return
        self.store(target, lambda ev: ANY)

    s_AsyncFor = s_comprehension = s_For  # type: ignore[assignment]

    def s_withitem(self, node: ast.withitem) -> None:
        if node.optional_vars is not None:
            self.store(node.optional_vars, lambda ev: ANY)

    def s_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.add(self.module.scope(node).resolve(node.name), lambda ev: ANY)

    def s_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            if isinstance(target, ast.Attribute):
                self.add_attribute(target, lambda ev: ANY)

    def s_alias(self, node: ast.alias) -> None:
        slot = self.module.scope(node).resolve((node.asname or node.name).split(".")[0])
        statement = self.module.parent(node)
        if isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module in self.program.modules:
            source = self.program.module_global(statement.module, node.name)
            if source in self.program.modules[statement.module].bindings:
                self.add(slot, lambda ev: ev.slot(source))
                return
        if isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module == "math" \
                and node.name in MATH_CONSTANTS:
            # (Evaluating a made-up `math.pi` crashed: its Name has no scope in the module.)
            self.fixed(slot, FLOAT)
            return
        self.fixed(slot, ANY)

    def s_Call(self, node: ast.Call) -> None:
        func = node.func
        object_setattr = (isinstance(func, ast.Attribute) and func.attr == "__setattr__"
                          and isinstance(func.value, ast.Name) and func.value.id == "object")
        if (object_setattr or isinstance(func, ast.Name) and func.id == "setattr"
                and self.module.scopes.resolve(func) is None) and len(node.args) == 3:
            name, value = node.args[1], node.args[2]
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                synthetic = ast.Attribute(value=node.args[0], attr=name.value, ctx=ast.Store())
                self.add_attribute(synthetic, lambda ev: ev.ty(value))
        if isinstance(func, ast.Attribute) and func.attr in ("append", "insert") and node.args:
            items = self.module.list_items(func.value)
            if items is not None:
                item = node.args[-1]
                self.add(items, lambda ev: ev.ty(item))
        call = self.program.calls.get(id(node))
        if call is None:
            return
        for target in call.targets:
            if not target.closed:
                continue
            found = arguments(node, target, call.implicit_self)
            for arg in _all_args(target.node.args):
                slot = target.param_slot(arg)
                if found is None:
                    self.fixed(slot, ANY)
                elif arg.arg in found:
                    for value in found[arg.arg]:
                        self.add(slot, lambda ev, v=value: ev.ty(v))

    # ---- definitions -------------------------------------------------------------------

    def s_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        info: FuncInfo = self.module.functions[id(node)]
        outer = self.module.scope(node)
        if not isinstance(node, ast.Lambda):
            self.fixed(outer.slot(node.name) if outer.is_class else outer.resolve(node.name),
                       FUNC if info.kind == "method" and not info.decorated else ANY)
        args = node.args
        defaults = dict(zip([a.arg for a in (args.posonlyargs + args.args)][-len(args.defaults):],
                            args.defaults)) if args.defaults else {}
        defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None})
        for index, arg in enumerate(_all_args(args)):
            slot = info.param_slot(arg)
            if arg is args.vararg:
                self.fixed(slot, TUPLE)
            elif arg is args.kwarg:
                self.fixed(slot, DICT)
            elif index == 0 and info.kind == "method" and arg in args.args and info.owner is not None:
                # self: an instance of the class or of a class deriving from it
                owner = info.owner
                self.add(slot, lambda ev: _instances(ev, owner))
            elif not info.closed:
                self.fixed(slot, ANY)
            if arg.arg in defaults:
                default = defaults[arg.arg]
                self.add(slot, lambda ev, d=default: ev.ty(d))
        if isinstance(node, ast.Lambda):
            return
        returns = _own_returns(node)
        for ret in returns:
            value = ret.value
            self.add(info.key, (lambda ev, v=value: ev.ty(v)) if value is not None else (lambda ev: NONE))
        if not _always_leaves(node.body):
            self.fixed(info.key, NONE)

    s_AsyncFunctionDef = s_Lambda = s_FunctionDef  # type: ignore[assignment]

    def s_ClassDef(self, node: ast.ClassDef) -> None:
        cls: ClassInfo = self.module.classes[id(node)]
        outer = self.module.scope(node)
        self.fixed(outer.slot(node.name) if outer.is_class else outer.resolve(node.name), FUNC)
        # Names a decorator, a base from outside the program (Enum) or the runtime may set.
        opaque = bool(node.decorator_list) or any(b is None for b in cls.bases) or bool(node.keywords)
        key = cls.key
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                if opaque or stmt.value is None:  # a dataclass field: set by the runtime
                    self.fixed(class_slot(stmt.target.id, key), ANY)
                    self.fixed(attr_slot(stmt.target.id, key), ANY)
            elif isinstance(stmt, ast.Assign) and opaque:
                for target in stmt.targets:
                    for name in ast.walk(target):
                        if isinstance(name, ast.Name):
                            self.fixed(class_slot(name.id, key), ANY)
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                info = self.module.functions[id(stmt)]
                if info.kind == "property" or info.decorated:
                    self.fixed(class_slot(stmt.name, key), ANY)


def _instances(ev: Evaluator, cls: ClassInfo) -> Ty:
    result = BOTTOM
    for other in ev.program.descendants(cls):
        result = join(result, instance(other.key))
    return result


def _augmented(ev: Evaluator, current: Ty, op: ast.operator, value: ast.expr, start: Ty) -> Ty:
    """`target op= value` (target holding `current`, first stored `start`): an int counted up
    or down by small steps from below 2**52 stays small (stepping by less than 2**5, it cannot
    pass 2**53 in 2**47 steps, days of nothing else). From 2**52 on a few steps pass 2**53
    (`x = 2**53 - 1; x += 1`), so there it is an int like any other."""
    step = ev.ty(value)
    result = arith(op, current, step, int_literal(value))
    if isinstance(op, (ast.Add, ast.Sub)) and "int" in result.kinds and current.is_num \
            and step.is_num and step.int_bits <= STEP_BITS and start.int_bits < SAFE_BITS:
        # (an int result needs both operands ints: the float parts do not count)
        return Ty(result.kinds, max(current.int_bits, COUNTER_BITS + STEP_BITS + 1))
    return result


def _attr_starts(ev: Evaluator, target: ast.Attribute) -> Ty:
    """Where an attribute counter starts: the other stores of the slots it writes."""
    found = BOTTOM
    for slot in ev.attr_stores(target):
        found = join(found, ev.starts(slot))
    return found


def _same_target(target: ast.expr, read: ast.expr) -> bool:
    """`x = x + …`, `self.n = self.n + …`: the target is read as the left operand."""
    if isinstance(target, ast.Name) and isinstance(read, ast.Name):
        return target.id == read.id
    return (isinstance(target, ast.Attribute) and isinstance(read, ast.Attribute) and target.attr == read.attr
            and isinstance(target.value, ast.Name) and isinstance(read.value, ast.Name)
            and target.value.id == read.value.id)


def _enumerate_index(ev: Evaluator, start: ast.expr | None) -> Ty:
    if start is None:
        return int_ty(COUNTER_BITS)
    first = ev.ty(start)
    if not first.kinds:
        return BOTTOM
    return int_ty(max(first.int_bits, COUNTER_BITS) + 1) if first.is_intlike else ANY


def _item(ev: Evaluator, callee: FuncInfo, index: int, size: int) -> Ty:
    """Item `index` of what `callee` returns, when every return is a tuple display of `size`."""
    if callee.is_generator or callee.decorated:
        return ANY
    returns = _own_returns(callee.node)
    if not returns or not _always_leaves(callee.node.body):
        return ANY
    result = BOTTOM
    callee_module = ev.program.modules[callee.module]
    inner = ev if callee_module is ev.module else Evaluator(ev.program, callee_module, ev.get, starts=ev.starts)
    for ret in returns:
        value = ret.value
        if not isinstance(value, (ast.Tuple, ast.List)) or len(value.elts) != size \
                or any(isinstance(e, ast.Starred) for e in value.elts):
            return ANY
        result = join(result, inner.ty(value.elts[index]))
    return result


def _own_returns(function: ast.AST) -> list[ast.Return]:
    found: list[ast.Return] = []
    todo = list(ast.iter_child_nodes(function))
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Return):
            found.append(node)
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))
    return found


def _always_leaves(body: list[ast.stmt]) -> bool:
    """Does every path through `body` end in return or raise (so it never falls off the end)?"""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, (ast.Return, ast.Raise)):
        return True
    if isinstance(last, ast.If):
        return _always_leaves(last.body) and _always_leaves(last.orelse)
    if isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and last.test.value is True:
        return not any(isinstance(n, ast.Break) for n in ast.walk(last))
    if isinstance(last, ast.Try):
        return (_always_leaves(last.body) or _always_leaves(last.orelse)) and all(
            _always_leaves(h.body) for h in last.handlers)
    return False


# ---- the fixed point -------------------------------------------------------------------

WIDEN_AFTER = 4  # a constraint whose ints grow more often than this is unbounded (x = x + 1)


def solve(program: Program) -> dict[Slot, Ty]:
    constraints: list[Constraint] = []
    for module in program.modules.values():
        constraints += Collector(program, module).run()
    env: dict[Slot, Ty] = {}
    starts: dict[Slot, Ty] = {}  # the join of each slot's stores other than counter steps
    readers: dict[Slot, set[int]] = {}
    evaluators: dict[str, Evaluator] = {}
    pending = list(range(len(constraints)))
    queued = set(pending)
    current: list[int] = [0]

    def get(slot: Slot) -> Ty:
        readers.setdefault(slot, set()).add(current[0])
        return env.get(slot, BOTTOM)

    def get_start(slot: Slot) -> Ty:
        readers.setdefault(slot, set()).add(current[0])
        return starts.get(slot, BOTTOM)

    for name, module in program.modules.items():
        evaluators[name] = Evaluator(program, module, get, starts=get_start)
    while pending:
        index = pending.pop()
        queued.discard(index)
        constraint = constraints[index]
        current[0] = index
        found = constraint.compute(evaluators[constraint.module.name])
        if constraint.last is not None and "int" in found.kinds and found.bits > constraint.last.bits:
            constraint.growths += 1
            if constraint.growths > WIDEN_AFTER:
                found = Ty(found.kinds, BIG)
        constraint.last = found
        targets = constraint.slot(evaluators[constraint.module.name]) if callable(constraint.slot) \
            else [constraint.slot]
        for target in targets:
            old, old_start = env.get(target, BOTTOM), starts.get(target, BOTTOM)
            new = join(old, found)
            if not constraint.counter:
                starts[target] = join(old_start, found)
            if new != old or starts.get(target, BOTTOM) != old_start:
                env[target] = new
                for reader in readers.get(target, ()):
                    if reader not in queued:
                        queued.add(reader)
                        pending.append(reader)
    return env

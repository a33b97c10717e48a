"""Which slots can tell an int from a float: the only ones where a float must be tagged.

An integral float is boxed (a PyFloat) so that print, type(), `//`… see a float; a box in a
hot attribute costs a lot (the object's field can no longer hold a raw double). A slot whose
values never reach anything that could show int and float apart needs no box: its integral
floats may read as ints, and nothing can tell. This pass finds the slots that are *observed*.

A value is observed where its int-or-float kind decides something: printing and formatting
(str, repr, f-strings, %), type() and isinstance, a container (it may be printed), an
argument of code the inference does not see (game code calling a function it got as a value,
JavaScript calling back), a bit operation or an index (a float raises), `is`. It is not
observed where only its number matters: comparisons, truth, `/`, int(), float(), round(x),
math, and the canvas (pyminis' own modules call JavaScript with numbers only, and the
numbers they read from objects they do not own, touches and events, come from JavaScript:
both reviewed).
Arithmetic passes observation on: if `y = x + 1` is observed, so is x. A fixed point over
these flows (backwards from the sinks) gives the observed slots.

A raw integral float read as an int behaves as the float would in every unobserved use
(an integral number beyond 2**53 - 1 is always a float: ints there are BigInts), but for one:
int arithmetic on such values whose exact result passes 2**53 stays exact where the float
would round (`(2**53 - 1) + 2` gives 2**53 + 1 instead of 2**53).
"""

from __future__ import annotations

import ast

from pyminis.guard.types.evaluate import Evaluator
from pyminis.guard.types.program import FuncInfo, ModuleInfo, Program, arguments
from pyminis.guard.types.scopes import Slot

PASSING = (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod, ast.Pow)  # the result's kind follows
PASSING_CALLS = frozenset({"abs", "min", "max", "pow", "sum"})
BLIND_CALLS = frozenset({"int", "float", "len", "bool", "hash", "print_blind"})
BLIND_STDLIB = frozenset({"math", "random", "time"})
FLOAT_METHODS = frozenset({"is_integer", "hex", "as_integer_ratio", "bit_length", "conjugate", "real", "imag",
                           "numerator", "denominator", "to_bytes", "bit_count"})


class Flows(ast.NodeVisitor):
    """The observation flows of one module: edges (slot → slots its kind comes from) and
    sinks (slots observed outright)."""

    def __init__(self, program: Program, module: ModuleInfo, ev: Evaluator) -> None:
        self.program = program
        self.module = module
        self.ev = ev
        self.edges: dict[Slot, set[Slot]] = {}
        self.sinks: set[Slot] = set()
        self.functions: list[FuncInfo | None] = [None]

    # ---- where a value's kind comes from -------------------------------------------------

    def deps(self, node: ast.expr | None) -> set[Slot]:
        """The slots whose int-or-float kind decides `node`'s."""
        if node is None:
            return set()
        if isinstance(node, ast.Name):
            slot = self.module.scopes.resolve(node)
            return {slot} if slot is not None else set()
        if isinstance(node, ast.Attribute):
            owner = self.program.refers(self.module, node.value)
            if isinstance(owner, str):
                return {self.program.module_global(owner, node.attr)}
            if self.ev.stdlib(node) is not None:
                return set()
            reads = self.ev.attr_reads(node)
            if reads is not None:
                return set(reads)
            if self.module.trusted:
                # pyminis' own code reading an object it does not own (a touch, an event):
                # its numbers come from JavaScript, not from the game's attributes (reviewed).
                return set()
            return {anywhere(node.attr)}
        if isinstance(node, ast.BinOp):
            return self.deps(node.left) | self.deps(node.right) if isinstance(node.op, PASSING) else set()
        if isinstance(node, ast.UnaryOp):
            return self.deps(node.operand) if isinstance(node.op, (ast.USub, ast.UAdd)) else set()
        if isinstance(node, ast.BoolOp):
            return set().union(*(self.deps(v) for v in node.values))
        if isinstance(node, ast.IfExp):
            return self.deps(node.body) | self.deps(node.orelse)
        if isinstance(node, ast.Subscript):
            items = self.module.list_items(node.value)
            return {items} if items is not None else set()
        if isinstance(node, ast.Call):
            name = self.builtin(node)
            if name in PASSING_CALLS or (name == "round" and len(node.args) == 2):
                return set().union(*(self.deps(a) for a in node.args))
            call = self.program.calls.get(id(node))
            if call is not None and call.constructs is None:
                return {t.key for t in call.targets}
        return set()

    def builtin(self, node: ast.Call) -> str | None:
        func = node.func
        if isinstance(func, ast.Name) and self.module.scopes.resolve(func) is None:
            return func.id
        return None

    # ---- what happens to a value ---------------------------------------------------------

    def flow(self, target: Slot | None, value: ast.expr | None) -> None:
        if target is None or value is None:
            return
        self.edges.setdefault(target, set()).update(self.deps(value))

    def observe(self, value: ast.expr | None) -> None:
        self.sinks.update(self.deps(value))

    def store(self, target: ast.expr, value: ast.expr | None) -> None:
        if isinstance(target, ast.Name):
            self.flow(self.module.scopes.resolve(target), value)
        elif isinstance(target, ast.Attribute):
            for slot in self.ev.attr_stores(target):
                self.flow(slot, value)
            owner = self.program.refers(self.module, target.value)
            if isinstance(owner, str):
                self.flow(self.program.module_global(owner, target.attr), value)
        elif isinstance(target, ast.Subscript):
            items = self.module.list_items(target.value)
            if items is not None:
                self.flow(items, value)
            else:
                self.observe(value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts):
                for element, item in zip(target.elts, value.elts):
                    self.store(element, item)
            # otherwise the items come from a container, already observed where it was built

    # ---- statements ----------------------------------------------------------------------

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self.store(target, node.value)
        self.visit_value(node.value, stored=True)
        for target in node.targets:
            self.visit_target(target)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.store(node.target, node.value)
            self.visit_value(node.value, stored=True)
        self.visit_target(node.target)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        if isinstance(node.op, PASSING):
            self.store(node.target, node.value)
        elif not isinstance(node.op, ast.Div):
            self.observe(node.value)
            self.observe(node.target)
        self.visit_value(node.value, stored=True)
        self.visit_target(node.target)

    def visit_target(self, target: ast.expr) -> None:
        """A store target: what it reads (a receiver, an index) is used as any value is; the
        stored-into attribute or name itself is not read."""
        if isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self.visit_target(element)
        elif isinstance(target, ast.Starred):
            self.visit_target(target.value)
        elif isinstance(target, (ast.Attribute, ast.Subscript)):
            self.generic_visit(target)

    def visit_For(self, node: ast.For | ast.comprehension) -> None:
        iterable, target = node.iter, node.target
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "enumerate" \
                and iterable.args and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            iterable, target = iterable.args[0], target.elts[1]
        items = self.module.list_items(iterable)
        slot = self.module.scopes.resolve(target) if isinstance(target, ast.Name) else None
        if items is not None and slot is not None:
            self.edges.setdefault(slot, set()).add(items)
        self.visit(node.iter)
        self.visit_target(node.target)
        for part in (node.ifs if isinstance(node, ast.comprehension) else node.body + node.orelse):
            self.visit(part)  # a comprehension's conditions are truth tests: blind

    visit_comprehension = visit_For  # type: ignore[assignment]

    def visit_Return(self, node: ast.Return) -> None:
        info = self.functions[-1]
        if info is not None and info.closed and not info.is_generator:
            self.flow(info.key, node.value)
            self.visit_value(node.value, stored=True)
        else:
            self.observe(node.value)
            self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        info = self.module.functions[id(node)]
        args = node.args
        positional = args.posonlyargs + args.args
        pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        for arg, default in pairs:
            self.flow(info.param_slot(arg), default)
        if not info.closed or info.is_generator:
            self.sinks.add(info.key)
        self.functions.append(info)
        if isinstance(node, ast.Lambda):
            self.observe(node.body)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_Lambda = visit_FunctionDef  # type: ignore[assignment]

    # ---- expressions ---------------------------------------------------------------------

    def visit_value(self, node: ast.expr | None, stored: bool) -> None:
        """Visit the parts of a value whose own kind is already accounted for (a store)."""
        if node is None:
            return
        self.visit(node)

    def generic_visit(self, node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr) and not self.blind(node, child) and not self.passing(node, child):
                self.observe(child)
            self.visit(child)

    def passing(self, parent: ast.AST, child: ast.expr) -> bool:
        """Is `child`'s kind accounted for by its parent (arithmetic, a store, a call into
        code whose parameters are slots)?"""
        if isinstance(parent, ast.BinOp):
            return isinstance(parent.op, PASSING)
        if isinstance(parent, ast.UnaryOp):
            return isinstance(parent.op, (ast.USub, ast.UAdd))
        if isinstance(parent, (ast.BoolOp, ast.IfExp)):
            return child is not getattr(parent, "test", None)
        if isinstance(parent, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            return child is getattr(parent, "value", None)
        if isinstance(parent, ast.Return):
            return True  # visit_Return decided
        if isinstance(parent, (ast.List, ast.ListComp)):
            return self.fresh_tracked(parent)
        if isinstance(parent, ast.Call) and child is not parent.func:
            name = self.builtin(parent)
            if name in PASSING_CALLS or (name == "round" and len(parent.args) == 2):
                return True  # min(a, b), abs(x): the result's kind is the arguments'
            return self.call_argument(parent, child)
        if isinstance(parent, ast.keyword):
            call = self.module.parent(parent)
            return isinstance(call, ast.Call) and self.call_argument(call, child)
        return False

    def blind(self, parent: ast.AST, child: ast.expr) -> bool:
        """Is `child`'s kind irrelevant where it is used?"""
        if isinstance(parent, ast.Compare):
            return not any(isinstance(op, (ast.Is, ast.IsNot)) for op in parent.ops)
        if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Div):
            return True
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            return True
        if isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)) and child is parent.test:
            return True
        if isinstance(parent, (ast.BoolOp,)) and self.module.parent(parent) is not None \
                and getattr(self.module.parent(parent), "test", None) is parent:
            return True
        if isinstance(parent, ast.Attribute):
            return parent.attr not in FLOAT_METHODS  # a receiver: its kind is not the question
        if isinstance(parent, ast.Subscript) and child is parent.value:
            return True  # a container
        if isinstance(parent, ast.Call):
            if child is parent.func:
                return True
            name = self.builtin(parent)
            if name in BLIND_CALLS or (name == "round" and len(parent.args) == 1):
                return True
            stdlib = self.ev.stdlib(parent.func)
            if stdlib is not None and stdlib[0] in BLIND_STDLIB:
                return True
            if self.module.trusted and name is None:
                call = self.program.calls.get(id(parent))
                if call is None or not call.targets:
                    return True  # pyminis' own code hands numbers to JavaScript (reviewed)
        if isinstance(parent, (ast.For, ast.comprehension)) and child is parent.iter:
            return True
        if isinstance(parent, (ast.Expr, ast.Await, ast.withitem, ast.Delete)):
            return True
        if isinstance(parent, ast.keyword):
            call = self.module.parent(parent)
            return isinstance(call, ast.Call) and self.blind(call, child)
        return False

    def fresh_tracked(self, node: ast.expr) -> bool:
        parent = self.module.parent(node)
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and parent.value is node:
            items = self.module.list_items(parent.targets[0])
            if items is not None:
                values = node.elts if isinstance(node, ast.List) else [node.elt]  # type: ignore[attr-defined]
                for value in values:
                    self.flow(items, value)
                return True
        return False

    def call_argument(self, call: ast.Call, value: ast.expr) -> bool:
        """An argument of a call whose every target is a closed function: it flows into the
        parameter slots; True when accounted for."""
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in ("append", "insert") and call.args \
                and value is call.args[-1]:
            items = self.module.list_items(func.value)
            if items is not None:
                self.flow(items, value)
                return True
        resolved = self.program.calls.get(id(call))
        if resolved is None or not resolved.targets:
            return False
        if not resolved.complete and not (isinstance(func, ast.Attribute)
                                          and self.ev.classes(func.value) is not None):
            return False
        found_any = False
        for target in resolved.targets:
            if not target.closed:
                return False
            found = arguments(call, target, resolved.implicit_self)
            if found is None:
                return False
            for name, values in found.items():
                if any(v is value for v in values):
                    arg = next((a for a in target.node.args.posonlyargs + target.node.args.args
                                + target.node.args.kwonlyargs if a.arg == name), None)
                    if arg is None:  # into *args or **kwargs: not followed (the compiler crashed)
                        return False
                    self.flow(target.param_slot(arg), value)
                    found_any = True
        return found_any


def anywhere(name: str) -> Slot:
    """Every attribute `name` of every class (a read through a receiver of unknown class)."""
    return ("a", "?", name)


def observed(program: Program, evaluators: dict[str, Evaluator]) -> set[Slot]:
    """Every slot whose int-or-float kind something can observe."""
    edges: dict[Slot, set[Slot]] = {}
    sinks: set[Slot] = set()
    for name, module in program.modules.items():
        flows = Flows(program, module, evaluators[name])
        flows.visit(module.tree)
        for target, sources in flows.edges.items():
            edges.setdefault(target, set()).update(sources)
        sinks |= flows.sinks
    every = {s for s in edges} | {d for ds in edges.values() for d in ds} | sinks
    named: dict[str, set[Slot]] = {}
    for slot in every:
        if slot[0] in ("a", "c"):
            named.setdefault(slot[2], set()).add(slot)
    if program.poisoned:
        sinks |= {s for s in every if s[0] in ("a", "c")}
    seen: set[Slot] = set()
    todo = list(sinks)
    while todo:
        slot = todo.pop()
        if slot in seen:
            continue
        seen.add(slot)
        todo.extend(edges.get(slot, ()))
        if slot[:2] == ("a", "?"):
            todo.extend(named.get(slot[2], ()))
    return seen

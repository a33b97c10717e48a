"""Where a float must be tagged: the expressions the code generator wraps in `_pm_box`.

A slot whose every value is a float (a local, parameter, return value or module global proven
FLOAT) holds raw JS numbers, so `x = 2.0; y = x * 3` stays native. Everywhere else an
integral float must be a PyFloat, or it would read as an int (docs/architecture.md, "Value
model"). This pass finds each FLOAT expression whose value flows into such a place: an
attribute, a container, an argument of a function not proven to take floats, a return of a
function whose callers are not all known, print, a slot that may also hold ints.
"""

from __future__ import annotations

import ast

from pyminis.guard.types.evaluate import Evaluator, arith, int_literal
from pyminis.guard.types.observe import PASSING
from pyminis.guard.types.lattice import ANY, Ty
from pyminis.guard.types.program import FuncInfo, ModuleInfo, Program
from pyminis.guard.types.scopes import Slot

# Builtins that read a raw float as a float (or do not care whether it is one).
NUMERIC_BUILTINS = frozenset({"abs", "round", "int", "float", "hash", "pow", "range", "len", "bool",
                              "chr"})
NUMERIC_STDLIB = frozenset({"math", "random", "time"})


def key(node: ast.AST) -> tuple[str, int, int, int, int]:
    """A node's identity that survives parsing the same text again."""
    return (type(node).__name__, node.lineno, node.col_offset,  # type: ignore[attr-defined]
            node.end_lineno or 0, node.end_col_offset or 0)  # type: ignore[attr-defined]


def raw_slot(program: Program, env_ty: Ty, slot: Slot | None) -> bool:
    """Does this slot hold raw floats (every value a float, read only by code we compile)?"""
    return slot is not None and slot[0] == "v" and env_ty.is_float


def raw_return(info: FuncInfo, returns: Ty) -> bool:
    return (info.kind == "function" and info.closed and not info.decorated and not info.is_generator
            and returns.is_float)


class Boxer(ast.NodeVisitor):
    """Collects the keys of FLOAT expressions that must be boxed, and of augmented
    assignments whose result must be boxed before it is stored."""

    def __init__(self, program: Program, module: ModuleInfo, ev: Evaluator,
                 observed: set[Slot] | None = None) -> None:
        self.observed = observed  # None: every slot (no observation analysis)
        self.program = program
        self.module = module
        self.ev = ev
        self.boxed: set[tuple[str, int, int, int, int]] = set()
        # Arithmetic whose result only reaches slots nothing can observe the kind of: its
        # helpers need not box an integral float (observe.py).
        self.blind: set[tuple[str, int, int, int, int]] = set()
        self.unboxed: set[tuple[str, int, int, int, int]] = set()  # handed to JavaScript: unbox
        self.functions: list[FuncInfo | None] = [None]

    def seen(self, *slots: Slot | None) -> bool:
        """Can anything tell int from float in one of these slots (observe.py)?"""
        return self.observed is None or any(s is None or s in self.observed for s in slots)

    def need(self, node: ast.expr | None, *into: Slot | None) -> None:
        """`node`'s value goes where floats must be tagged (into these slots, if given)."""
        if node is None or (into and not self.seen(*into)):
            return
        if isinstance(node, ast.Starred):
            return
        if not self.ev.ty(node).is_float or self.tagged(node):
            return
        self.boxed.add(key(node))

    def may_hold_box(self, node: ast.expr) -> bool:
        """Can this value be a PyFloat (a float in a tagged slot, or anything unknown)?"""
        t = self.ev.ty(node)
        return (t.is_any or "float" in t.kinds) and not (isinstance(node, ast.Constant))

    def tagged(self, node: ast.expr) -> bool:
        """A FLOAT expression whose value is already tagged: attributes and items are tagged
        slots, a non-integral literal is the same either way, calls of code that returns
        tagged values."""
        if isinstance(node, ast.Constant):
            return isinstance(node.value, float) and not node.value.is_integer()
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return self.tagged(node.operand)
        if isinstance(node, ast.Subscript):
            return not self.raw_items(node.value)
        if isinstance(node, ast.Attribute):
            owner = self.program.refers(self.module, node.value)
            return not isinstance(owner, str) and self.ev.stdlib(node) is None
        if isinstance(node, ast.Call):
            call = self.program.calls.get(id(node))
            if call is not None and call.targets and call.complete and call.constructs is None:
                return not all(raw_return(t, self.ev.get(t.key)) for t in call.targets)
            return False
        return False

    def raw_items(self, node: ast.expr) -> bool:
        """Is `node` a tracked local list whose items are raw floats (lists.py)?"""
        items = self.module.list_items(node)
        return items is not None and self.ev.get(items).is_float

    def store(self, target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts):
                for element, item in zip(target.elts, value.elts):
                    self.store(element, item)
            return  # items of a tuple are boxed where the tuple is built
        if isinstance(target, ast.Name):
            slot = self.module.scopes.resolve(target)
            if raw_slot(self.program, self.ev.get(slot) if slot else Ty(), slot):
                return
        if isinstance(target, ast.Subscript) and self.raw_items(target.value):
            return
        if isinstance(target, ast.Name):
            self.need(value, self.module.scopes.resolve(target))
        elif isinstance(target, ast.Attribute):
            self.need(value, *self.attribute_slots(target))
        else:
            self.need(value)

    # ---- statements --------------------------------------------------------------------

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self.store(target, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.store(node.target, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        target = node.target
        if isinstance(target, ast.Name) and not self.seen(self.module.scopes.resolve(target)) \
                or isinstance(target, ast.Attribute) and not self.seen(*self.attribute_slots(target)):
            self.blind.add(key(node))
        target_ty = self.ev.ty(target) if isinstance(target, (ast.Name, ast.Attribute)) else ANY
        result = arith(node.op, target_ty, self.ev.ty(node.value), int_literal(node.value))
        if isinstance(target, ast.Subscript) and self.raw_items(target.value):
            result = self.ev.ty(target)
            target_ty = result
        if result.is_float:
            slot = self.module.scopes.resolve(target) if isinstance(target, ast.Name) else None
            raw = raw_slot(self.program, self.ev.get(slot) if slot else Ty(), slot) or (
                isinstance(target, ast.Subscript) and self.raw_items(target.value))
            into = [slot] if isinstance(target, ast.Name) else self.attribute_slots(target) \
                if isinstance(target, ast.Attribute) else [None]
            if not raw and self.seen(*into):
                self.boxed.add(key(node))
        else:
            self.need(node.value)  # a helper that reads a raw integral number as an int
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        info = self.functions[-1]
        if info is None or not raw_return(info, self.ev.get(info.key)):
            self.need(node.value, info.key if info is not None else None)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        info = self.module.functions[id(node)]
        args = node.args
        positional = args.posonlyargs + args.args
        pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        for arg, default in pairs:
            slot = info.param_slot(arg)
            if not raw_slot(self.program, self.ev.get(slot), slot):
                self.need(default, slot)
        self.functions.append(info)
        if isinstance(node, ast.Lambda):
            self.need(node.body)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_Lambda = visit_FunctionDef  # type: ignore[assignment]

    # ---- expressions -------------------------------------------------------------------

    def visit_Yield(self, node: ast.Yield) -> None:
        self.need(node.value)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        values = [a for a in node.args] + [k.value for k in node.keywords]
        func = node.func
        call = self.program.calls.get(id(node))
        if self.module.trusted and (call is None or not call.targets) and self.ev.stdlib(func) is None \
                and not (isinstance(func, ast.Name) and self.module.scopes.resolve(func) is None):
            # pyminis' own code calling JavaScript: numbers go as numbers (a box is unboxed)
            for value in values:
                if not isinstance(value, ast.Starred) and self.may_hold_box(value):
                    self.unboxed.add(key(value))
            self.generic_visit(node)
            return
        if isinstance(func, ast.Attribute) and func.attr in ("append", "insert") and self.raw_items(func.value):
            values = values[:-1]  # the item goes into a raw-float list
            for value in values:
                self.need(value)
        elif not self.numeric_callee(node):
            call = self.program.calls.get(id(node))
            for value in values:
                if call is None or not self.raw_argument(call, node, value):
                    self.need(value)
        self.generic_visit(node)

    def numeric_callee(self, node: ast.Call) -> bool:
        func = node.func
        stdlib = self.ev.stdlib(func)
        if stdlib is not None:
            return stdlib[0] in NUMERIC_STDLIB
        if isinstance(func, ast.Name) and self.module.scopes.resolve(func) is None:
            if func.id in ("min", "max"):
                return self.ev.ty(node).is_float  # returns an argument: raw only if all are floats
            return func.id in NUMERIC_BUILTINS
        if isinstance(func, ast.Attribute) and func.attr in ("is_integer", "hex", "as_integer_ratio") \
                and not node.args:
            return True
        return False

    def raw_argument(self, call: object, node: ast.Call, value: ast.expr) -> bool:
        """Does every function this call may reach take `value` in a raw-float parameter?"""
        from pyminis.guard.types.program import arguments
        targets = getattr(call, "targets")
        if not targets or not getattr(call, "complete") and not self.obj_receiver(node):
            return False
        for target in targets:
            if not target.closed:
                return False
            found = arguments(node, target, getattr(call, "implicit_self"))
            if found is None:
                return False
            names = [name for name, values in found.items() if any(v is value for v in values)]
            if len(names) != 1:
                return False
            arg = next((a for a in target.node.args.posonlyargs + target.node.args.args
                        + target.node.args.kwonlyargs if a.arg == names[0]), None)
            if arg is None:  # into *args or **kwargs: not a raw-float parameter
                return False
            slot = target.param_slot(arg)
            if not raw_slot(self.program, self.ev.get(slot), slot):
                return False
        return True

    def obj_receiver(self, node: ast.Call) -> bool:
        func = node.func
        return isinstance(func, ast.Attribute) and self.ev.classes(func.value) is not None

    def fresh_raw_list(self, node: ast.expr) -> bool:
        """A list display or comprehension that becomes a raw-float tracked list."""
        parent = self.module.parent(node)
        target = parent.targets[0] if isinstance(parent, ast.Assign) and len(parent.targets) == 1 else (
            parent.target if isinstance(parent, ast.AnnAssign) else None)
        return target is not None and parent.value is node and self.raw_items(target)  # type: ignore[union-attr]

    def visit_List(self, node: ast.List | ast.Tuple | ast.Set) -> None:
        if isinstance(node.ctx if hasattr(node, "ctx") else ast.Load(), ast.Load) and not self.fresh_raw_list(node):
            for element in node.elts:
                self.need(element)
        self.generic_visit(node)

    visit_Tuple = visit_Set = visit_List  # type: ignore[assignment]

    def visit_Dict(self, node: ast.Dict) -> None:
        for part in [*node.keys, *node.values]:
            self.need(part)
        self.generic_visit(node)

    def visit_ListComp(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp) -> None:
        if not self.fresh_raw_list(node):
            self.need(node.elt)
        self.generic_visit(node)

    visit_SetComp = visit_GeneratorExp = visit_ListComp  # type: ignore[assignment]

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.need(node.key)
        self.need(node.value)
        self.generic_visit(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        if not self.ev.ty(node).is_float:
            for value in node.values:
                self.need(value)
        self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        if not self.ev.ty(node).is_float:
            self.need(node.body)
            self.need(node.orelse)
        self.generic_visit(node)

    def destination(self, node: ast.expr) -> list[Slot | None] | None:
        """The slots an arithmetic result is stored in (through enclosing arithmetic), or
        None when it goes anywhere else."""
        child: ast.AST = node
        parent = self.module.parent(child)
        while isinstance(parent, ast.BinOp) and isinstance(parent.op, PASSING) \
                or isinstance(parent, ast.UnaryOp) and isinstance(parent.op, (ast.USub, ast.UAdd)):
            child, parent = parent, self.module.parent(parent)
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and parent.value is child:
            target = parent.targets[0]
        elif isinstance(parent, (ast.AugAssign, ast.AnnAssign)) and parent.value is child:
            target = parent.target
        else:
            return None
        if isinstance(target, ast.Name):
            return [self.module.scopes.resolve(target)]
        if isinstance(target, ast.Attribute):
            return self.attribute_slots(target)
        return None

    def attribute_slots(self, target: ast.Attribute) -> list[Slot | None]:
        """The slots a store into an attribute writes (a module's global for `mod.NAME`)."""
        owner = self.program.refers(self.module, target.value)
        if isinstance(owner, str):
            return [self.program.module_global(owner, target.attr)]
        return list(self.ev.attr_stores(target))

    def visit_BinOp(self, node: ast.BinOp) -> None:
        into = self.destination(node)
        if into is not None and not self.seen(*into):
            self.blind.add(key(node))
        if not self.ev.ty(node).is_float:  # a helper that reads a raw integral number as an int
            self.need(node.left)
            self.need(node.right)
        self.generic_visit(node)

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        self.need(node.value)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if not isinstance(node.slice, ast.Slice):
            self.need(node.slice)
        self.generic_visit(node)

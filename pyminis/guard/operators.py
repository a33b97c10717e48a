"""The rewrite's arithmetic: native JavaScript where the types are proven, helpers elsewhere.

Part of `pyminis.guard.rewrite.Rewriter` (a mixin): for each operator it reads the proven
types (pyminis/guard/types/) of its operands and picks the cheapest code with Python's result:

- proven floats, and ints that are always JS numbers, stay native (`a * b`, `x += dt`), with
  `+ 0` where an int product could be -0 and `_pm_tof` where an int may be a BigInt;
- ints that may leave the safe range call the exact int helpers (`_pm_addi`, …, ints.js);
- float `//`, `%`, `**` and every `/` that may divide by zero call the float helpers
  (`_pm_floordivf`, …, floats.js), whose results are raw floats;
- anything else calls the generic helpers (`_pm_add`, …, arith.js): every number type,
  strings, lists, sets, dunder methods, and TypeError with CPython's message.

A float leaving a proven-float slot is boxed (`_pm_box`) where `types.box` says so.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from pyminis.guard.shapes import pair_items
from pyminis.guard.splice import Render, Replacer, Splicer
from pyminis.guard.types import ModuleTypes
from pyminis.guard.types.evaluate import arith, int_literal
from pyminis.guard.types.lattice import INT32_BITS, SAFE_BITS, Ty

OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
             ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitAnd: "&",
             ast.BitXor: "^"}
GENERIC = {ast.Add: "_pm_add", ast.Sub: "_pm_sub", ast.Mult: "_pm_mul", ast.Div: "_pm_div",
           ast.FloorDiv: "_pm_fdiv", ast.Mod: "_pm_mod", ast.Pow: "_pm_pow", ast.LShift: "_pm_lshift",
           ast.RShift: "_pm_rshift", ast.BitOr: "_pm_bor", ast.BitAnd: "_pm_band", ast.BitXor: "_pm_bxor",
           ast.MatMult: "_pm_matmul"}
# `a op= b` where the types are not proven: lists extend and repeat in place, sets and dicts
# change in place (every reference to them sees it).
IN_PLACE = {ast.Add: "_pm_iadd", ast.Mult: "_pm_imul", ast.Sub: "_pm_isub", ast.BitOr: "_pm_ibor",
            ast.BitAnd: "_pm_iband", ast.BitXor: "_pm_ibxor", ast.MatMult: "_pm_imatmul"}
# Where the result's kind is never observed, the variants that do not box an integral float.
BLIND = {"_pm_add": "_pm_addb", "_pm_sub": "_pm_subb", "_pm_mul": "_pm_mulb", "_pm_iadd": "_pm_iaddb",
         "_pm_imul": "_pm_imulb"}
INTS = {ast.Add: "_pm_addi", ast.Sub: "_pm_subi", ast.Mult: "_pm_muli", ast.FloorDiv: "_pm_floordivi",
        ast.Mod: "_pm_modi", ast.Pow: "_pm_powi"}
FLOATS = {ast.FloorDiv: "_pm_floordivf", ast.Mod: "_pm_modf", ast.Pow: "_pm_powf"}
ORDER = {ast.Lt: "_pm_lt", ast.LtE: "_pm_le", ast.Gt: "_pm_gt", ast.GtE: "_pm_ge"}
COMPARE = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!="}


@dataclass(frozen=True)
class Plan:
    """How one arithmetic operation is emitted."""

    helper: str | None = None  # None: the native operator
    plus_zero: bool = False  # an int product: `+ 0` turns -0 into 0
    tof_left: bool = False  # an operand that may be a BigInt, in float arithmetic
    tof_right: bool = False


def positive_literal(node: ast.expr) -> bool:
    value = int_literal(node)
    return value is not None and value > 0


def plan(op: ast.operator, left: Ty, right: Ty, right_node: ast.expr, stored: Ty | None = None,
         blind: bool = False) -> Plan:
    """The code for `left op right`, given the operand types; `stored`: the type of the slot
    the result is stored in (every value stored there fits its type, this one too); `blind`:
    nothing observes whether the result is an int or a float (types/observe.py)."""
    kind = type(op)
    if kind is ast.MatMult:  # no number has it: `__matmul__`, or CPython's TypeError
        return Plan(GENERIC[kind])
    if left.is_num and right.is_num:
        result = arith(op, left, right, int_literal(right_node))
        if stored is not None and stored.is_int and stored.small and result.kinds == {"int"}:
            result = stored
        if isinstance(op, ast.Div):
            if left.small and right.small and isinstance(right_node, ast.Constant) and right_node.value:
                return Plan()
            # (a float operand: CPython's "float division by zero", where 1.0 is the number 1 here)
            return Plan("_pm_truedivf" if left.is_float or right.is_float else "_pm_truediv")
        if result.is_float:
            if kind in FLOATS:
                if kind is ast.Pow and int_literal(right_node) in (0, 1) and left.small:
                    return Plan()  # x ** 1 is x; otherwise powers.js rounds as CPython, overflow raises
                if kind is ast.Pow and fractional(right_node):
                    return Plan("_pm_powfr")  # `** 0.5`: no integral-power code in the bundle
                return Plan(FLOATS[kind])
            return Plan(tof_left=not left.small, tof_right=not right.small)
        if result.kinds == {"int"} and left.is_intlike and right.is_intlike:
            small = left.small and right.small
            if kind in (ast.BitOr, ast.BitAnd, ast.BitXor):
                if left.int_bits <= INT32_BITS and right.int_bits <= INT32_BITS:
                    return Plan()
                return Plan(GENERIC[kind])
            if kind is ast.LShift:
                return Plan() if result.bits <= INT32_BITS and small else Plan(GENERIC[kind])
            if kind is ast.RShift:
                shift = int_literal(right_node)
                native = left.int_bits <= INT32_BITS and shift is not None and 0 <= shift < 32
                return Plan() if native else Plan(GENERIC[kind])
            if kind is ast.FloorDiv:
                return Plan() if small and positive_literal(right_node) else Plan(INTS[kind])
            if kind is ast.Mod:
                return Plan("_pm_nmod") if small else Plan(INTS[kind])
            if result.bits <= SAFE_BITS and small:
                if kind is ast.Mult:
                    return Plan(plus_zero=not (positive_literal(right_node)))
                return Plan()
            return Plan(INTS.get(kind, GENERIC[kind]))
        if blind and kind in (ast.Add, ast.Sub) and left.small and right.small \
                and (result.small or (stored is not None and stored.is_num and stored.small)):
            return Plan()  # ints or floats, JS numbers: the sum is right, only its kind is unknown
        if kind is ast.Pow and fractional(right_node):
            return Plan("_pm_powr")
        return Plan(GENERIC[kind])
    if kind is ast.Add and left.is_str and right.is_str:
        return Plan()
    if kind is ast.Pow and fractional(right_node):
        return Plan("_pm_powr")
    return Plan(GENERIC[kind])


def fractional(node: ast.expr) -> bool:
    """A float literal with a fraction other than a half (`0.5` too: its power is the square
    root): a power by it needs no code for integral or half-integral powers (powers.js)."""
    return isinstance(node, ast.Constant) and isinstance(node.value, float) \
        and (node.value == 0.5 or not (2 * node.value).is_integer())


# Expressions that bind more loosely than an arithmetic operator's operand.
LOOSE = (ast.BinOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.NamedExpr, ast.Lambda, ast.Await,
         ast.Yield, ast.YieldFrom)


def bound(render: Render, node: ast.expr, pow_base: bool = False) -> str:
    """An operand's text for a native operator: parenthesized unless it binds tighter (a unary
    minus too as the base of `**`: `(-x) ** 2`)."""
    text = render(node)
    return f"({text})" if isinstance(node, LOOSE) or (pow_base and isinstance(node, ast.UnaryOp)) else text


class Operators:
    """Arithmetic, comparison and boxing rules of the rewrite (mixed into Rewriter)."""

    out: Splicer
    types: ModuleTypes

    def helper(self, name: str) -> str:
        raise NotImplementedError

    def call(self, name: str, *parts: str) -> str:
        raise NotImplementedError

    def ty(self, node: ast.expr) -> Ty:
        return self.types.ty(node)

    def box_value(self, node: ast.AST) -> None:
        """Wrap a float that leaves a proven-float slot (types/box.py decided where)."""
        if isinstance(node, ast.GeneratorExp):
            # Never a float itself; and a sole argument's text holds the call's parentheses
            # (`f(x for x in y)` spans `(x … y)`): a wrap would land outside them.
            return
        if isinstance(node, ast.expr) and self.types.boxed(node):
            self.out.wrap(node, self.helper("_pm_box") + "(", ")")
        elif isinstance(node, ast.expr) and self.types.unboxed(node):
            self.out.wrap(node, self.helper("_pm_unbox") + "(", ")")

    def operand(self, text: str, tof: bool) -> str:
        return self.call("_pm_tof", text) if tof else text

    def combine(self, how: Plan, op: ast.operator, left: str, right: str) -> str:
        """The text of `left op right` by a plan (operands already rendered)."""
        if how.helper is not None:
            return self.call(how.helper, left, right)
        text = f"{self.operand(left, how.tof_left)} {OPERATORS[type(op)]} {self.operand(right, how.tof_right)}"
        return f"{text} + 0" if how.plus_zero else text

    # ---- binary operators ----------------------------------------------------------------

    stored: dict[int, Ty]  # BinOp nodes stored straight into a slot → the slot's type

    def note_store(self, target: ast.expr, value: ast.expr) -> None:
        """`x = a + b`: the sum fits x's type (the inference proved every store fits)."""
        if isinstance(value, ast.BinOp) and isinstance(target, (ast.Name, ast.Attribute)):
            self.stored[id(value)] = self.ty(target)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.generic_visit(node)  # type: ignore[attr-defined]
        left, right, op = node.left, node.right, node.op
        how = plan(op, self.ty(left), self.ty(right), right, self.stored.get(id(node)), self.types.blind(node))
        if how.helper in BLIND and self.types.blind(node):
            how = Plan(BLIND[how.helper])
        if how == Plan():
            return
        if how.helper is not None:
            self.out.replace(node, lambda render: self.combine(how, op, render(left), render(right)))
            return
        # Native text spliced into the Python the parent's text surrounds: parenthesized, its
        # operands too where they bind more loosely (`a * (b - c)` is `(a * (b - c) + 0)`).
        self.out.replace(node, lambda render: "(" + self.combine(
            how, op, bound(render, left, isinstance(op, ast.Pow)), bound(render, right)) + ")")

    def augmented(self, node: ast.AugAssign, current: Replacer | None = None) -> Replacer | None:
        """The statement replacing `target op= value` for a Name or Attribute target, or None
        to keep it (native JavaScript `op=` with Python's result); `current` reads the target
        when the read is not the target's own text (an attribute whose presence is checked)."""
        target, value, op = node.target, node.value, node.op
        target_ty = self.ty(target)
        how = plan(op, target_ty, self.ty(value), value, target_ty, self.types.blind(node))
        boxed = self.types.boxed(node)
        if how.helper is not None and type(op) in IN_PLACE and how.helper == GENERIC[type(op)]:
            how = Plan(IN_PLACE[type(op)])  # lists extend and repeat in place
        if how.helper in BLIND and self.types.blind(node):
            how = Plan(BLIND[how.helper])
        if how == Plan() and not boxed and current is None:
            return None

        def build(render: Render) -> str:
            read = render(target) if current is None else current(render)
            text = self.combine(how, op, read, render(value) if how.helper is not None else bound(render, value))
            if boxed:
                text = self.call("_pm_box", text)
            return f"{render(target)} = {text}"
        return build

    def augmented_value(self, node: ast.AugAssign, render: Render, current: str) -> str:
        """The new value of a subscript target `xs[i] op= value` read as `current`."""
        op, value = node.op, node.value
        how = plan(op, self.ty(node.target), self.ty(value), value, self.ty(node.target))
        if how.helper is not None and type(op) in IN_PLACE and how.helper == GENERIC[type(op)]:
            how = Plan(IN_PLACE[type(op)])
        text = self.combine(how, op, current, f"({render(value)})" if how.helper is None else render(value))
        return self.call("_pm_box", text) if self.types.boxed(node) else text

    # ---- unary operators -----------------------------------------------------------------

    def unary(self, node: ast.UnaryOp) -> None:
        operand = node.operand
        t = self.ty(operand)
        if isinstance(node.op, ast.USub):
            if t.is_float or (isinstance(operand, ast.Constant) and t.is_intlike and t.small):
                return
            if t.is_intlike and t.small:  # -0 is a float: the int 0 negates to 0
                self.out.replace(node, lambda render: f"(0 - {bound(render, operand)})")
                return
            self.out.replace(node, lambda render: self.call("_pm_neg", render(operand)))
        elif isinstance(node.op, ast.UAdd):
            if t.is_float or (t.is_intlike and t.small):
                return
            self.out.replace(node, lambda render: self.call("_pm_pos", render(operand)))
        elif isinstance(node.op, ast.Invert):
            if t.is_intlike and t.int_bits <= INT32_BITS:
                return
            self.out.replace(node, lambda render: self.call("_pm_invert", render(operand)))

    # ---- comparisons ---------------------------------------------------------------------

    def pair(self, op: ast.cmpop, left: ast.expr, right: ast.expr) -> Replacer | None:
        """The text of one comparison `left op right`, or None when native JS has Python's
        meaning (the operands are both numbers, or both strings)."""
        lt, rt = self.ty(left), self.ty(right)
        if isinstance(op, tuple(ORDER)):
            if (lt.is_num and rt.is_num) or (lt.is_str and rt.is_str):
                return None
            name = ORDER[type(op)]
            return lambda render: self.call(name, render(left), render(right))
        if isinstance(op, (ast.In, ast.NotIn)):
            pair = pair_items(left)
            if pair is None:
                return None  # Transcrypt's __in__ (pmrt's _pm_in)
            first, second = pair
            negated = "not " if isinstance(op, ast.NotIn) else ""
            return lambda render: f"({negated}{self.call('_pm_in2', render(first), render(second), render(right))})"
        if not isinstance(op, (ast.Eq, ast.NotEq)):
            return None
        strict = "is" if isinstance(op, ast.Eq) else "is not"
        if (lt.is_str and rt.is_str) or (lt.is_int and rt.is_int) or (
                any(_str_literal(side) for side in (left, right)) and (lt.is_num or rt.is_num)):
            # Both strings, both ints (normalised: equal ints have one form), or a string
            # literal and a number: JS's strict equality. A string literal and a value of no
            # proven type goes through _pm_eq: a `(str, Enum)` member, a StrEnum's, an object
            # with __eq__ may equal it (its fast path is `===`).
            return lambda render: f"{bound(render, left)} {strict} {bound(render, right)}"
        if lt.is_num and rt.is_num:
            if "float" in lt.kinds and "float" in rt.kinds:
                if lt.small and rt.small:  # two PyFloat boxes are two objects: compare numbers
                    operator = COMPARE[type(op)]
                    return lambda render: f"+{_paren(render(left))} {operator} +{_paren(render(right))}"
                name = "_pm_eq" if isinstance(op, ast.Eq) else "_pm_ne"
                return lambda render: self.call(name, render(left), render(right))
            return None  # JS's loose == of numbers (a BigInt, a PyFloat) is Python's
        name = "_pm_eq" if isinstance(op, ast.Eq) else "_pm_ne"
        return lambda render: self.call(name, render(left), render(right))

    # ---- builtins ------------------------------------------------------------------------

    def number_builtin(self, name: str, node: ast.Call) -> str | None:
        """The helper a numeric builtin call needs, given its argument's type (None: keep
        Transcrypt's own, right for the proven type)."""
        first = self.ty(node.args[0]) if node.args else Ty()
        if name == "abs":
            return None if first.is_float or (first.is_intlike and first.small) else "_pm_abs"
        if name == "round":
            return "_pm_roundf" if first.is_float else "_pm_round"
        if name == "pow" and len(node.args) == 3:
            return "_pm_pow3"  # a class's __pow__(b, m) first (rare: only such calls ship it)
        return NUMBER_BUILTINS.get(name)


NUMBER_BUILTINS = {"float": "_pm_float", "divmod": "_pm_divmod", "pow": "_pm_pow",
                   "hex": "_pm_hex", "oct": "_pm_oct", "bin": "_pm_bin", "abs": "_pm_abs",
                   "round": "_pm_round"}


def _str_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _paren(text: str) -> str:
    return text if text.replace("_", "").replace(".", "").isalnum() else f"({text})"

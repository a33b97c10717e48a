"""The type of an expression, given the types of the slots it reads.

Used twice: by the inference's fixed point (infer.py), which reads slots as they grow, and by
the code generator (pyminis/guard/rewrite.py) once the program's types are final.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from pyminis.guard.types.lattice import (
    ANY,
    BOOL,
    BOTTOM,
    COUNTER_BITS,
    DICT,
    FLOAT,
    FUNC,
    INT,
    LIST,
    NONE,
    SET,
    STR,
    TUPLE,
    Ty,
    instance,
    instance_keys,
    int_ty,
    join,
    literal,
)
from pyminis.guard.types.program import JS_SET, ClassInfo, FuncInfo, ModuleInfo, Program
from pyminis.guard.types.scopes import Slot, attr_slot, class_slot

Get = Callable[[Slot], Ty]

STRING_BUILTINS = frozenset({"str", "repr", "chr", "format", "hex", "oct", "bin", "ascii"})
BOOL_BUILTINS = frozenset({"bool", "isinstance", "issubclass", "callable", "hasattr", "any", "all"})
CONTAINERS = {"list": LIST, "sorted": LIST, "tuple": TUPLE, "dict": DICT, "set": SET, "divmod": TUPLE}
MATH_INT = frozenset({"factorial", "comb", "perm", "gcd", "lcm"})
MATH_ROUNDING = frozenset({"floor", "ceil", "trunc"})
MATH_BOOL = frozenset({"isclose", "isnan", "isinf", "isfinite"})
MATH_TUPLE = frozenset({"modf", "frexp"})
MATH_OTHER = frozenset({"prod", "fsum_"})  # not known
MATH_CONSTANTS = frozenset({"pi", "e", "tau", "inf", "nan"})
RANDOM_FLOAT = frozenset({"random", "uniform", "gauss", "expovariate", "betavariate",
                          "normalvariate", "lognormvariate", "vonmisesvariate", "gammavariate",
                          "paretovariate", "weibullvariate"})
TIME_FLOAT = frozenset({"time", "monotonic", "perf_counter"})
STR_TO_STR = frozenset({"upper", "lower", "strip", "lstrip", "rstrip", "replace", "join", "format",
                        "title", "capitalize", "center", "ljust", "rjust", "zfill", "swapcase",
                        "casefold", "expandtabs", "removeprefix", "removesuffix"})
STR_TO_INT = frozenset({"find", "rfind", "index", "rindex", "count"})
STR_TO_LIST = frozenset({"split", "rsplit", "splitlines"})
BOOL_METHODS = frozenset({"startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace",
                          "isupper", "islower", "isdecimal", "isnumeric", "isidentifier",
                          "istitle", "isprintable", "isascii"})
LEN_BITS = 32
STR_LEN_BITS = 29  # V8's longest string: 2**29 - 24 characters


def arith(op: ast.operator, left: Ty, right: Ty, right_value: int | None = None) -> Ty:
    """The type of `left op right` (right_value: the right operand when it is an int literal)."""
    if not left.kinds or not right.kinds:
        return BOTTOM
    if left.is_any or right.is_any:
        return ANY
    if left.is_num and right.is_num:
        return _numeric(op, left, right, right_value)
    if isinstance(op, ast.Add):
        for kind in ("str", "list", "tuple"):
            if left.kinds == {kind} and right.kinds == {kind}:
                return Ty(frozenset({kind}))
    if isinstance(op, ast.Mod) and left.is_str:
        return STR
    if isinstance(op, ast.Mult):
        for seq, count in ((left, right), (right, left)):
            if seq.only("str", "list", "tuple") and len(seq.kinds) == 1 and count.is_intlike:
                return seq
    if isinstance(op, (ast.BitOr, ast.BitAnd, ast.BitXor, ast.Sub)) and left.kinds == {"set"} == right.kinds:
        return SET
    return ANY


def _numeric(op: ast.operator, left: Ty, right: Ty, right_value: int | None) -> Ty:
    if isinstance(op, ast.Div):
        return FLOAT
    lb, rb = left.int_bits, right.int_bits
    if isinstance(op, (ast.BitOr, ast.BitAnd, ast.BitXor, ast.LShift, ast.RShift)):
        if left.kinds == {"bool"} == right.kinds and not isinstance(op, (ast.LShift, ast.RShift)):
            return BOOL
        if isinstance(op, ast.LShift):
            return int_ty(lb + right_value if right_value is not None and right_value >= 0 else 1 << 16)
        if isinstance(op, ast.RShift):
            return int_ty(lb)
        return int_ty(max(lb, rb))
    if left.is_float or right.is_float:
        return FLOAT
    if isinstance(op, (ast.Add, ast.Sub)):
        bits = max(lb, rb) + 1
    elif isinstance(op, ast.Mult):
        bits = lb + rb
    elif isinstance(op, ast.FloorDiv):
        bits = lb
    elif isinstance(op, ast.Mod):
        bits = rb
    elif isinstance(op, ast.Pow):
        if right_value is None or right_value < 0:  # a negative exponent gives a float
            return Ty(frozenset({"int", "float"}), 1 << 16)
        bits = lb * right_value if lb > 1 else 1
    else:
        return ANY
    whole = int_ty(bits)
    if "float" in left.kinds or "float" in right.kinds:
        return Ty(frozenset({"int", "float"}), whole.bits)
    return whole


def unary(op: ast.unaryop, operand: Ty) -> Ty:
    if isinstance(op, ast.Not):
        return BOOL
    if not operand.kinds:
        return BOTTOM
    if not operand.is_num:
        return ANY
    if isinstance(op, ast.Invert):
        return ANY if "float" in operand.kinds else int_ty(operand.int_bits + 1)
    if "bool" in operand.kinds:  # -True == -1
        return join(Ty(operand.kinds - {"bool"}, operand.bits), int_ty(1))
    return operand


def int_literal(node: ast.expr) -> int | None:
    """The value of an int literal (`3`, `-3`), else None."""
    negative = False
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node, negative = node.operand, True
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return -node.value if negative else node.value
    return None


class Evaluator:
    """Types of the expressions of one module, reading slots through `get`."""

    def __init__(self, program: Program, module: ModuleInfo, get: Get, final: bool = False,
                 starts: Get | None = None) -> None:
        self.program = program
        self.module = module
        self.get = get
        # A slot's stores other than its counter steps (infer.py: where a counter starts).
        self.starts = starts if starts is not None else get
        self.final = final  # types are final: a read of what nothing stores is ANY (JS may set it)

    def slot(self, slot: Slot) -> Ty:
        if slot[0] in ("a", "c"):
            name = slot[2]
            if self.program.poisoned or name in JS_SET or name.startswith("__"):
                return ANY
            found = self.get(slot)
            if self.program.numeric_setattr and found.kinds & {"int", "float", "bool"} \
                    and (self.program.tweened is None or name in self.program.tweened):
                return join(found, FLOAT)  # a tween may set it (program.py, numeric_setattr)
            return found
        return self.get(slot)

    # ---- expressions -------------------------------------------------------------------

    def ty(self, node: ast.expr) -> Ty:
        method = getattr(self, "e_" + type(node).__name__, None)
        return method(node) if method is not None else ANY

    def e_Constant(self, node: ast.Constant) -> Ty:
        return literal(node.value)

    def e_JoinedStr(self, node: ast.JoinedStr) -> Ty:
        return STR

    def e_List(self, node: ast.List) -> Ty:
        return LIST

    e_ListComp = e_List

    def e_GeneratorExp(self, node: ast.GeneratorExp) -> Ty:
        return ANY  # a lazy generator (transcrypt_generators.py), not a list

    def e_Tuple(self, node: ast.Tuple) -> Ty:
        return TUPLE

    def e_Dict(self, node: ast.Dict) -> Ty:
        return DICT

    e_DictComp = e_Dict

    def e_Set(self, node: ast.Set) -> Ty:
        return SET

    e_SetComp = e_Set

    def e_Lambda(self, node: ast.Lambda) -> Ty:
        return FUNC

    def e_Name(self, node: ast.Name) -> Ty:
        slot = self.module.scopes.resolve(node)
        if slot is None:
            return FUNC if node.id in BUILTIN_FUNCTIONS else ANY
        return self.slot(slot)

    def e_BinOp(self, node: ast.BinOp) -> Ty:
        return arith(node.op, self.ty(node.left), self.ty(node.right), int_literal(node.right))

    def e_UnaryOp(self, node: ast.UnaryOp) -> Ty:
        return unary(node.op, self.ty(node.operand))

    def e_BoolOp(self, node: ast.BoolOp) -> Ty:
        result = BOTTOM
        for value in node.values:
            result = join(result, self.ty(value))
        return result

    def e_IfExp(self, node: ast.IfExp) -> Ty:
        return join(self.ty(node.body), self.ty(node.orelse))

    def e_Compare(self, node: ast.Compare) -> Ty:
        if all(isinstance(op, (ast.In, ast.NotIn, ast.Is, ast.IsNot)) for op in node.ops):
            return BOOL
        for operand in [node.left, *node.comparators]:
            t = self.ty(operand)
            if not t.kinds:
                return BOTTOM
            if not t.only("int", "float", "bool", "str", "none", "list", "tuple", "dict", "set"):
                return ANY  # `__eq__`, `__lt__` may return anything
        return BOOL

    def e_Subscript(self, node: ast.Subscript) -> Ty:
        items = self.module.list_items(node.value)
        if items is not None and not isinstance(node.slice, ast.Slice):
            return self.slot(items)
        value = self.ty(node.value)
        if value.is_str:
            return STR
        if value.kinds == {"list"} and isinstance(node.slice, ast.Slice):
            return LIST
        return ANY if value.kinds else BOTTOM

    def e_Attribute(self, node: ast.Attribute) -> Ty:
        stdlib = self.stdlib(node)
        if stdlib is not None:
            module, name = stdlib
            return FLOAT if module == "math" and name in MATH_CONSTANTS else ANY
        owner = self.program.refers(self.module, node.value)
        if isinstance(owner, str):  # a module's global
            slot = self.program.module_global(owner, node.attr)
            return self.slot(slot) if slot in self.program.modules[owner].bindings else ANY
        receiver = self.ty(node.value)
        if not receiver.kinds:
            return BOTTOM
        reads = self.attr_reads(node)
        if reads is not None:
            result = BOTTOM
            for slot in reads:
                result = join(result, self.slot(slot))
            return ANY if self.final and not result.kinds else result
        if receiver.is_num and node.attr in ("real", "numerator"):
            return receiver
        return ANY

    # ---- attributes --------------------------------------------------------------------

    def classes(self, receiver: ast.expr) -> list[ClassInfo] | None:
        """The program classes whose instances the receiver holds (None: not only those)."""
        keys = instance_keys(self.ty(receiver))
        if keys is None:
            return None
        return [self.program.by_key[k] for k in sorted(keys) if k in self.program.by_key]

    def attr_reads(self, node: ast.Attribute) -> list[Slot] | None:
        """The slots an attribute read through an instance of known classes may come from:
        the instances' own attributes, the classes' names (along the MRO), and stores through
        receivers of unknown class. None: the receiver's class is not known, or a class
        has a base outside the program (it may define the attribute)."""
        classes = self.classes(node.value)
        if classes is None or node.attr.startswith("__"):
            return None
        slots: list[Slot] = [attr_slot(node.attr)]
        for cls in classes:
            slots.append(attr_slot(node.attr, cls.key))
            for base in cls.mro():
                if base is None:
                    return None
                slots.append(class_slot(node.attr, base.key))
            if cls.key in self.program.trusted_classes:
                slots.append(attr_slot(node.attr, "*t"))
        return slots

    def attr_stores(self, target: ast.Attribute) -> list[Slot]:
        """The slots a store `receiver.name = …` writes (none yet while the receiver's type
        is still unknown: the store is evaluated again when it grows)."""
        if not self.ty(target.value).kinds:
            return []
        classes = self.classes(target.value)
        if classes is not None:
            return [attr_slot(target.attr, cls.key) for cls in classes]
        return [attr_slot(target.attr, "*t" if self.module.trusted else "*")]

    def e_Call(self, node: ast.Call) -> Ty:
        func = node.func
        stdlib = self.stdlib(func)
        if stdlib is not None:
            return self.stdlib_call(stdlib[0], stdlib[1], node)
        if isinstance(func, ast.Name) and self.module.scopes.resolve(func) is None:
            return self.builtin(func.id, node)
        call = self.program.calls.get(id(node))
        if call is not None and call.constructs is not None:
            return instance(call.constructs.key)
        if call is not None and call.targets:
            result = BOTTOM if call.complete else ANY
            for target in call.targets:
                result = join(result, self.returns(target))
            if not call.complete and isinstance(func, ast.Attribute) and self.classes(func.value) is not None:
                # a method of the program's objects: one of the methods by that name
                result = BOTTOM
                for target in call.targets:
                    result = join(result, self.returns(target))
            return result
        if isinstance(func, ast.Attribute):
            return self.method_call(func, node)
        return ANY

    def returns(self, info: FuncInfo) -> Ty:
        if info.is_generator or info.kind in ("property", "lambda") or info.decorated:
            return ANY
        return self.get(info.key)

    def method_call(self, func: ast.Attribute, node: ast.Call) -> Ty:
        items = self.module.list_items(func.value)
        if items is not None and func.attr == "pop":
            return self.slot(items)
        receiver = self.ty(func.value)
        name = func.attr
        if not receiver.kinds:
            return BOTTOM
        if receiver.is_str:
            if name in STR_TO_STR:
                return STR
            if name in STR_TO_INT:
                return int_ty(LEN_BITS)
            if name in STR_TO_LIST:
                return LIST
            if name in BOOL_METHODS:
                return BOOL
            if name == "partition" or name == "rpartition":
                return TUPLE
        if receiver.kinds == {"list"} and name in ("index", "count"):
            return int_ty(LEN_BITS)
        if receiver.is_float and name == "is_integer":
            return BOOL
        if receiver.is_float and name == "hex":
            return STR
        if receiver.is_intlike and name == "bit_length":
            return int_ty(8)
        if receiver.is_num and name == "as_integer_ratio":
            return TUPLE
        return ANY

    # ---- builtins and the standard library ---------------------------------------------

    def stdlib(self, node: ast.expr) -> tuple[str, str] | None:
        """(module, name) for `math.sqrt` (module imported as a name) or `sqrt` imported from
        it, unless some module replaces it (`random.random = …`)."""
        found = self._stdlib(node)
        return None if found is None or found[1] in self.program.stdlib_written else found

    def _stdlib(self, node: ast.expr) -> tuple[str, str] | None:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = self.stdlib_module(node.value)
            return (module, node.attr) if module is not None else None
        if isinstance(node, ast.Name):
            module, bound = self.origin(self.module, self.module.scopes.resolve(node))
            if len(bound) == 1 and isinstance(bound[0], ast.alias):
                statement = module.parent(bound[0])
                if isinstance(statement, ast.ImportFrom) and statement.level == 0 \
                        and statement.module in STDLIB and statement.module not in self.program.modules:
                    return statement.module, bound[0].name
        return None

    def stdlib_module(self, node: ast.Name) -> str | None:
        module, bound = self.origin(self.module, self.module.scopes.resolve(node))
        if len(bound) == 1 and isinstance(bound[0], ast.alias) and bound[0].name in STDLIB \
                and bound[0].name not in self.program.modules \
                and isinstance(module.parent(bound[0]), ast.Import):
            return bound[0].name
        return None

    def origin(self, module: ModuleInfo, slot: Slot | None, depth: int = 0) -> tuple[ModuleInfo, list[ast.AST]]:
        """The module and nodes binding a slot, followed through `from <game module> import
        name` (`from vec import math`, `from vec import *` written out: guard/star_imports.py)."""
        bound = module.bindings.get(slot, []) if slot is not None else []
        if not bound or depth >= 8 or not all(isinstance(b, ast.alias) for b in bound):
            return module, bound
        # Bound only by imports of one name from one game module (`from vec import sqrt` and
        # `from vec import *` both): that module's binding.
        statements = [module.parent(b) for b in bound]
        sources = {(s.module, b.name) for s, b in zip(statements, bound)  # type: ignore[attr-defined]
                   if isinstance(s, ast.ImportFrom) and s.level == 0}
        if len(sources) == 1 and all(isinstance(s, ast.ImportFrom) for s in statements):
            source, name = next(iter(sources))
            if source in self.program.modules:
                return self.origin(self.program.modules[source],
                                   self.program.module_global(source, name), depth + 1)
        return module, bound

    def stdlib_call(self, module: str, name: str, node: ast.Call) -> Ty:
        args = [self.ty(a) for a in node.args]
        if any(not a.kinds for a in args):
            return BOTTOM
        if module == "math":
            if name in MATH_ROUNDING:
                return args[0] if args and args[0].is_intlike and "bool" not in args[0].kinds else INT
            if name in MATH_INT:
                return INT
            if name == "isqrt":
                return args[0] if args and args[0].is_int else INT
            if name in MATH_BOOL:
                return BOOL
            if name in MATH_TUPLE:
                return TUPLE
            if name in ("prod", "fsum_"):
                return ANY
            return FLOAT
        if module == "random":
            if name in RANDOM_FLOAT:
                return FLOAT
            if name == "triangular":  # `low` itself when high == low (an int stays an int)
                result = FLOAT
                for arg in args[:2]:
                    result = join(result, arg)
                return result if len(args) >= 2 else FLOAT
            if name in ("randint", "randrange") and args and all(a.is_intlike for a in args):
                return int_ty(max(a.int_bits for a in args) + 1)
            if name in ("randint", "randrange", "getrandbits"):
                return INT
            return ANY if name not in ("seed", "shuffle") else NONE
        if module == "time" and name in TIME_FLOAT:
            return FLOAT
        return ANY

    def builtin(self, name: str, node: ast.Call) -> Ty:
        args = [self.ty(a) for a in node.args]
        if any(not a.kinds for a in args):
            return BOTTOM
        if node.keywords and name in VALUE_BUILTINS:
            return ANY  # the builtin's own function binds them: a tagged result (rewrite.py)
        first = args[0] if args else ANY
        if name == "len":
            if len(node.args) == 1 and isinstance(node.args[0], ast.Name):
                slot = self.module.scopes.resolve(node.args[0])
                if slot is not None and slot in self.module.list_lengths:
                    return int_ty(self.module.list_lengths[slot].bit_length())
            return int_ty(STR_LEN_BITS if first.is_str else LEN_BITS)
        if name in STRING_BUILTINS:
            return STR
        if name in BOOL_BUILTINS:
            return BOOL
        if name in CONTAINERS:
            return CONTAINERS[name]
        if name == "float":
            return FLOAT
        if name == "int":
            return int_ty(first.int_bits) if len(args) == 1 and first.is_intlike else INT
        if name == "ord":
            return int_ty(21)
        if name in ("hash", "id"):
            return INT
        if name == "abs":
            return unary(ast.USub(), first) if first.is_num else ANY
        if name == "round":
            if len(args) == 1 and not node.keywords:
                return int_ty(first.int_bits) if first.is_intlike else INT if first.is_num else ANY
            return unary(ast.UAdd(), first) if first.is_num else ANY
        if name in ("min", "max"):
            if len(args) > 1:
                result = BOTTOM
                for arg in args:
                    result = join(result, arg)
                for keyword in node.keywords:
                    if keyword.arg == "default":
                        result = join(result, self.ty(keyword.value))
                return result
            return ANY
        if name == "pow":
            if len(args) == 2:
                return arith(ast.Pow(), args[0], args[1], int_literal(node.args[1]))
            return INT if len(args) == 3 and all(a.is_intlike for a in args) else ANY
        if name == "print":
            return NONE
        return ANY

    # ---- iteration ---------------------------------------------------------------------

    def element(self, node: ast.expr) -> Ty:
        """The type of the items of an iterable expression."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and self.module.scopes.resolve(node.func) is None and node.func.id == "range":
            return self.counter(node)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            result = BOTTOM
            for element in node.elts:
                result = join(result, ANY if isinstance(element, ast.Starred) else self.ty(element))
            return result if node.elts else ANY
        items = self.module.list_items(node)
        if items is not None:
            return self.slot(items)
        iterable = self.ty(node)
        if iterable.is_str:
            return STR
        return ANY if iterable.kinds else BOTTOM

    def counter(self, node: ast.Call) -> Ty:
        """range(…)'s numbers: between its bounds, and a counter that counts by small steps
        from a small start cannot pass 2**47 however large its stop."""
        args = [self.ty(a) for a in node.args]
        if any(not a.kinds for a in args):
            return BOTTOM
        if not args or node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            return INT
        bits = [a.int_bits if a.is_intlike else 1 << 16 for a in args]
        if len(args) == 1:
            return int_ty(min(bits[0], COUNTER_BITS))
        start, stop = bits[0], bits[1]
        step = bits[2] if len(args) == 3 else 1
        if step > 8:
            return int_ty(max(start, stop))
        return int_ty(max(start, min(stop, max(start, COUNTER_BITS) + step)))


# Builtins whose value is the runtime's own function with CPython's signature
# (runtime_js/python/pmrt/builtinfns.js): a call with keywords (`int(s, base=2)`,
# `round(x, ndigits=2)`) goes to it (pyminis/guard/rewrite.py), which binds them as CPython does.
VALUE_BUILTINS = frozenset({"int", "float", "abs", "round", "divmod", "pow", "hex", "oct", "bin"})
BUILTIN_FUNCTIONS = frozenset({"len", "int", "float", "str", "repr", "abs", "round", "min", "max", "sum",
                               "print", "range", "list", "tuple", "dict", "set", "sorted", "isinstance",
                               "enumerate", "zip", "map", "filter", "bool", "chr", "ord", "hash", "divmod",
                               "pow", "format", "hex", "oct", "bin", "any", "all", "iter", "next", "type",
                               "getattr", "setattr", "hasattr", "callable", "reversed", "id", "super",
                               "issubclass", "object"})
STDLIB = frozenset({"math", "random", "time"})

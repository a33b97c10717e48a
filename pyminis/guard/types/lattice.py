"""The types the guard proves: which Python types a value may have, and how big an int may be.

A `Ty` is a set of kinds (`int`, `float`, `bool`, `str`, `none`, `list`, `tuple`, `dict`,
`set`, `func`, `obj`, or `any`: anything at all) and, for ints, a bound on their magnitude:
`|v| < 2**bits`. Ints within 53 bits are plain JS numbers (docs/architecture.md, "Value
model"); beyond, or unbounded (`BIG`), an int may be a BigInt, so its arithmetic is checked.
Joins only grow: the inference (infer.py) starts every slot at `BOTTOM` (no value yet).
"""

from __future__ import annotations

from dataclasses import dataclass

BIG = 1 << 16  # "no bound": the int may be a BigInt
SAFE_BITS = 53  # |v| < 2**53: an int that is always a JS number (MAX_SAFE_INTEGER = 2**53 - 1)
# A counter that starts small and steps by a small amount cannot pass 2**47 (1.4e14 steps:
# days of a tight loop): range() counters, enumerate() indexes.
COUNTER_BITS = 47
INT32_BITS = 31  # |v| < 2**31: JavaScript's bit operators are exact

NUMERIC = frozenset({"int", "float", "bool"})


@dataclass(frozen=True)
class Ty:
    kinds: frozenset[str] = frozenset()
    bits: int = 0  # for the int kind: |v| < 2**bits (BIG: unbounded); 0 when no int

    def __or__(self, other: Ty) -> Ty:
        return join(self, other)

    def __str__(self) -> str:
        if self.is_any:
            return "ANY"
        if not self.kinds:
            return "BOTTOM"
        names = sorted(self.kinds)
        if "int" in self.kinds and self.bits < BIG:
            names[names.index("int")] = f"int{self.bits}"
        return "|".join(names)

    # ---- questions the code generator asks --------------------------------------------

    @property
    def is_any(self) -> bool:
        return "any" in self.kinds

    @property
    def known(self) -> bool:
        """Some value reaches it and every kind is known (not ANY, not BOTTOM)."""
        return bool(self.kinds) and not self.is_any

    def only(self, *kinds: str) -> bool:
        """Every value is of one of these kinds (and some value reaches it)."""
        return self.known and self.kinds <= frozenset(kinds)

    @property
    def is_float(self) -> bool:
        return self.kinds == FLOAT.kinds

    @property
    def is_int(self) -> bool:
        """An int (not a bool, not a float)."""
        return self.kinds == INT.kinds

    @property
    def is_intlike(self) -> bool:
        """An int or a bool: Python's int arithmetic (True + True == 2)."""
        return self.only("int", "bool")

    @property
    def is_num(self) -> bool:
        """int, float or bool, in any mixture."""
        return self.only("int", "float", "bool")

    @property
    def is_str(self) -> bool:
        return self.kinds == STR.kinds

    @property
    def int_bits(self) -> int:
        """The magnitude bound of its ints and bools (a bool is 0 or 1)."""
        bits = self.bits if "int" in self.kinds else 0
        return max(bits, 1 if "bool" in self.kinds else 0)

    @property
    def small(self) -> bool:
        """Every int in it is a JS number (never a BigInt)."""
        return self.int_bits <= SAFE_BITS


def instance(key: str) -> Ty:
    """An instance of the program's class `key` (scopes.class_key)."""
    return Ty(frozenset({"C:" + key}))


def instance_keys(t: Ty) -> frozenset[str] | None:
    """The classes whose instances `t` holds, when it holds nothing else."""
    if not t.known or not all(k.startswith("C:") for k in t.kinds):
        return None
    return frozenset(k[2:] for k in t.kinds)


def join(a: Ty, b: Ty) -> Ty:
    if a.is_any or b.is_any:
        return ANY
    kinds = a.kinds | b.kinds
    bits = max(a.bits if "int" in a.kinds else 0, b.bits if "int" in b.kinds else 0)
    return Ty(kinds, bits if "int" in kinds else 0)


def int_ty(bits: int) -> Ty:
    return Ty(frozenset({"int"}), bits if bits <= SAFE_BITS else BIG)


def of_kind(kind: str) -> Ty:
    return Ty(frozenset({kind}))


BOTTOM = Ty()
ANY = of_kind("any")
INT = int_ty(BIG)
FLOAT = of_kind("float")
BOOL = of_kind("bool")
STR = of_kind("str")
NONE = of_kind("none")
LIST = of_kind("list")
TUPLE = of_kind("tuple")
DICT = of_kind("dict")
SET = of_kind("set")
FUNC = of_kind("func")
OBJ = of_kind("obj")
NUM = Ty(frozenset({"int", "float"}), BIG)


def literal(value: object) -> Ty:
    """The type of a constant."""
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return int_ty(abs(value).bit_length())
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, str):
        return STR
    if value is None:
        return NONE
    return ANY

"""Static types for the guard: what each expression of the program can hold.

`infer(modules)` runs the whole-program inference (program.py: who calls whom; infer.py: the
fixed point; box.py: where floats must be tagged) and gives each module a `ModuleTypes`: the
type of every expression (`ty(node)`) and the expressions whose float value must be boxed
(`boxed(node)`), keyed by source position so they survive parsing the text again. The rewrite
(pyminis/guard/rewrite.py) keeps arithmetic native where types are proven and calls the
helpers of runtime_js/python/pmrt/arith.js elsewhere.
"""

from __future__ import annotations

import ast
import functools
import hashlib

from pyminis import syntax
from pyminis.guard.types.box import Boxer, key
from pyminis.guard.types.evaluate import Evaluator
from pyminis.guard.types.infer import solve
from pyminis.guard.types.lattice import ANY, BOTTOM, Ty
from pyminis.guard.types.observe import observed
from pyminis.guard.types.program import ModuleInfo, Program
from pyminis.guard.types.scopes import Slot

__all__ = ["ModuleTypes", "Ty", "infer", "module_info"]

Key = tuple[str, int, int, int, int]


class ModuleTypes:
    """The proven types of one module's expressions (hashable: rewrites are cached by it)."""

    def __init__(self, types: dict[Key, Ty], boxed: frozenset[Key], blind: frozenset[Key] = frozenset(),
                 unboxed: frozenset[Key] = frozenset()) -> None:
        self.types = types
        self.boxed_keys = boxed
        self.blind_keys = blind
        self.unboxed_keys = unboxed
        text = repr(sorted((k, str(t)) for k, t in types.items())) + repr(sorted(boxed)) + repr(sorted(blind)) \
            + repr(sorted(unboxed))
        self.digest = hashlib.sha1(text.encode()).hexdigest()

    def ty(self, node: ast.AST) -> Ty:
        return self.types.get(key(node), ANY)

    def boxed(self, node: ast.AST) -> bool:
        return key(node) in self.boxed_keys

    def unboxed(self, node: ast.AST) -> bool:
        """A value pyminis' own code hands to JavaScript: a PyFloat goes as its number."""
        return key(node) in self.unboxed_keys

    def blind(self, node: ast.AST) -> bool:
        """Does the result of this operation reach only slots where int and float cannot be
        told apart (types/observe.py)?"""
        return key(node) in self.blind_keys

    def __hash__(self) -> int:
        return hash(self.digest)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ModuleTypes) and other.digest == self.digest


EMPTY = ModuleTypes({}, frozenset())


@functools.lru_cache(maxsize=1024)
def module_info(name: str, text: str, display: str, trusted: bool = False) -> ModuleInfo:
    """One module's scopes and definitions, parsed from its text (cached)."""
    return ModuleInfo(name, syntax.parse(text, filename=display), trusted)


def infer(modules: list[tuple[str, str, str, bool, bool]]) -> dict[str, ModuleTypes]:
    """(name, text, display, trusted, typed) of every module → each typed module's types."""
    infos = {name: module_info(name, text, display, trusted) for name, text, display, trusted, _ in modules}
    program = Program(infos)
    env = solve(program)

    def get(slot: Slot) -> Ty:
        found = env.get(slot, BOTTOM)
        if slot[0] in ("a", "c"):
            return found  # a read joins several slots (Evaluator.attr_reads; final)
        return found if found.kinds else ANY  # never stored: set by JS, or never runs

    evaluators = {name: Evaluator(program, info, get, final=True) for name, info in infos.items()}
    seen = observed(program, evaluators)
    result: dict[str, ModuleTypes] = {}
    for name, _, _, _, typed in modules:
        if not typed:
            continue
        info = infos[name]
        ev = evaluators[name]
        types = {key(node): ev.ty(node) for node in ast.walk(info.tree) if isinstance(node, ast.expr)}
        boxer = Boxer(program, info, ev, seen)
        boxer.visit(info.tree)
        result[name] = ModuleTypes(types, frozenset(boxer.boxed), frozenset(boxer.blind), frozenset(boxer.unboxed))
    return result

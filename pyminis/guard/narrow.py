"""Strings the program proves narrow: no character outside the Basic Multilingual Plane.

Python counts a str in characters, JavaScript in UTF-16 units (two for an emoji), so `len(s)`
scans for surrogates at run time (runtime_js/python/pmrt/codepoints.js). Where the program
proves `s` narrow, both counts agree and `len(s)` is `s.length`, as fast as hand-written
JavaScript.

Narrow: a str literal without such a character; an f-string whose literal parts are narrow and
whose every value is a number, narrow, or formatted by a numeric spec (`:.2f`, `:05d`); `str(n)`
and `repr(n)` of a number; `a + b` of narrow strings; a local name whose every binding is narrow
(`s = f"score: {i}"`, `s += "!"`). A local bound only by `for i in range(…)` is a number here.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from pyminis.guard.shapes import _own_nodes as own_nodes

# Format spec types whose output is ASCII (`c` is not: it makes a character of any code point).
NUMERIC_SPEC_TYPES = frozenset("bdeEfFgGnoxX%")


@dataclass(frozen=True)
class Narrow:
    """One function's proofs: its narrow str locals and its range-loop counters."""

    strings: frozenset[str] = frozenset()
    counters: frozenset[str] = frozenset()


NONE = Narrow()


def _wide_literal(text: str) -> bool:
    return any(ord(c) > 0xFFFF or 0xD800 <= ord(c) <= 0xDFFF for c in text)


def _numeric_spec(spec: ast.expr | None) -> bool:
    if not isinstance(spec, ast.JoinedStr) or not spec.values:
        return False
    last = spec.values[-1]
    return isinstance(last, ast.Constant) and isinstance(last.value, str) and last.value[-1:] in NUMERIC_SPEC_TYPES


def is_narrow(node: ast.expr, narrow: Narrow, num: Callable[[ast.expr], bool],
              shadowed: set[str] | frozenset[str] = frozenset()) -> bool:
    """Does `node` evaluate to a str without characters outside the BMP (or fail)?"""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and not _wide_literal(node.value)
    if isinstance(node, ast.Name):
        return node.id in narrow.strings
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                if not is_narrow(part, narrow, num, shadowed):
                    return False
            elif isinstance(part, ast.FormattedValue):
                if _numeric_spec(part.format_spec) and part.conversion == -1:
                    continue
                if part.format_spec is not None and not _numeric_spec(part.format_spec):
                    return False
                if not (num(part.value) or (part.conversion in (-1, ord("s"))
                                            and is_narrow(part.value, narrow, num, shadowed))):
                    return False
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return is_narrow(node.left, narrow, num, shadowed) and is_narrow(node.right, narrow, num, shadowed)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("str", "repr") \
            and node.func.id not in shadowed and len(node.args) == 1 and not node.keywords:
        return num(node.args[0])
    return False


def narrow_locals(function: ast.FunctionDef | ast.AsyncFunctionDef, known: Callable[[ast.expr], bool],
                  shadowed: set[str] | frozenset[str], outer: Narrow = NONE) -> Narrow:
    """The narrow str locals and range counters of one function (parameters, `global` names,
    unpacked or otherwise bound names are neither)."""
    arguments = function.args
    bad = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
    bad |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
    values: dict[str, list[ast.expr]] = {}
    loops: set[str] = set()
    handled: set[int] = set()
    nodes = own_nodes(function.body)
    for child in nodes:
        if isinstance(child, (ast.Global, ast.Nonlocal)):
            bad.update(child.names)
        elif isinstance(child, ast.Assign) and all(isinstance(t, ast.Name) for t in child.targets):
            for target in child.targets:
                assert isinstance(target, ast.Name)
                handled.add(id(target))
                values.setdefault(target.id, []).append(child.value)
        elif isinstance(child, ast.AnnAssign) and isinstance(child.target, ast.Name) and child.value is not None:
            handled.add(id(child.target))
            values.setdefault(child.target.id, []).append(child.value)
        elif isinstance(child, ast.AugAssign) and isinstance(child.target, ast.Name) and isinstance(child.op, ast.Add):
            handled.add(id(child.target))
            values.setdefault(child.target.id, []).append(child.value)  # `s += t` keeps s narrow if t is
        elif (isinstance(child, ast.For) and isinstance(child.target, ast.Name) and isinstance(child.iter, ast.Call)
              and isinstance(child.iter.func, ast.Name) and child.iter.func.id == "range"
              and "range" not in shadowed):
            handled.add(id(child.target))
            loops.add(child.target.id)
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bad.add(child.name)
        elif isinstance(child, ast.alias):
            bad.add((child.asname or child.name).split(".")[0])
        elif isinstance(child, ast.ExceptHandler) and child.name:
            bad.add(child.name)
    for child in nodes:
        if isinstance(child, ast.Name) and not isinstance(child.ctx, ast.Load) and id(child) not in handled:
            bad.add(child.id)  # an unpacking, `del`, `with … as`, another loop
    counters = frozenset(loops - bad - set(values))
    local = bad | set(values) | loops
    inherited = Narrow(outer.strings - local, outer.counters - local)
    # Assume every candidate narrow, drop those a binding disproves, until nothing changes.
    strings = set(values) - bad - loops
    while True:
        proof = Narrow(frozenset(strings) | inherited.strings, counters | inherited.counters)
        num = numbers(known, proof.counters)
        wrong = {name for name in strings
                 if not all(is_narrow(v, proof, num, shadowed) for v in values[name])}
        if not wrong:
            return proof
        strings -= wrong


def numbers(known: Callable[[ast.expr], bool], counters: frozenset[str]) -> Callable[[ast.expr], bool]:
    """`known` (the proven numbers, pyminis/guard/types/) that also knows the range counters."""
    return lambda node: known(node) or (isinstance(node, ast.Name) and node.id in counters)

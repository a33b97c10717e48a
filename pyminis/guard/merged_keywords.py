"""Calls with several `**` unpackings, or a keyword after one (`f(**a, **b)`, `f(**a, z=3)`):
their keywords become one `**_pm_kwmerge(a, {'z': 3}, b)` (runtime_js/python/pmrt/calls.js),
merged in order with CPython's TypeError for a keyword given twice. Transcrypt joined the names
of two unpackings into one (`f(**a, **b)` read a name `ab`: NameError) and wrote a keyword
after one into its object (`__kwargtrans__ (a, 'z': 3b)`: not JavaScript).
"""

from __future__ import annotations

import ast

from pyminis.guard.splice import Edit, edited

HELPER = "_pm_kwmerge"


def _needs_merge(call: ast.Call) -> bool:
    unpacked = [i for i, k in enumerate(call.keywords) if k.arg is None]
    if not unpacked or (len(unpacked) == 1 and unpacked[0] == len(call.keywords) - 1):
        return False
    first = call.keywords[unpacked[0]]
    # A `*args` after the keywords (`f(**a, *b)` is not Python; `f(x=1, *b, **c)` is): left alone.
    return not any(isinstance(a, ast.Starred) and (a.lineno, a.col_offset) > (first.lineno, first.col_offset)
                   for a in call.args)


def merged(text: str, tree: ast.Module) -> str:
    """The module's text with each such call's keywords, from its first `**`, merged (a call
    inside another's keywords first, then the outer one)."""
    while True:
        done = _merged_once(text, tree)
        if done == text:
            return text
        text, tree = done, ast.parse(done)


def _merged_once(text: str, tree: ast.Module) -> str:
    def source(node: ast.AST) -> str:
        return ast.get_source_segment(text, node) or ""

    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _needs_merge(n)]
    spans = []
    for call in calls:
        start = next(i for i, k in enumerate(call.keywords) if k.arg is None)
        moved = call.keywords[start:]
        spans.append((call, moved))
    # Innermost first would overlap the outer edits: merge only calls holding no other such call.
    edits: list[Edit] = []
    for call, moved in spans:
        first, last = moved[0], moved[-1]
        if any(other is not call and _inside(other, first, last) for other, _ in spans):
            continue
        parts = [source(k.value) if k.arg is None else "{%r: (%s)}" % (k.arg, source(k.value)) for k in moved]
        if not all(parts):
            continue
        merged_parts = ", ".join("(" + p + ")" for p in parts)
        # The lines the separators held stay (inside the parentheses): later lines keep their numbers.
        lost = (last.end_lineno or first.lineno) - first.lineno - merged_parts.count("\n")
        text_of = f"**{HELPER}({merged_parts}{chr(10) * max(0, lost)})"
        # Columns are UTF-8 byte offsets, as splice.edited takes them.
        edits.append((first.lineno, first.col_offset, last.end_lineno, last.end_col_offset, text_of))  # type: ignore[arg-type]
    return edited(text, edits) if edits else text


def _inside(node: ast.AST, first: ast.keyword, last: ast.keyword) -> bool:
    start = (node.lineno, node.col_offset)  # type: ignore[attr-defined]
    return (first.lineno, first.col_offset) <= start < (last.end_lineno, last.end_col_offset)  # type: ignore[operator]

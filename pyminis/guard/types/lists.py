"""Local lists whose items can be typed: the list never leaves its function.

A local bound only to fresh lists (`[…]`, a list comprehension) and used only by indexing,
`len`, iteration, `append`/`insert`/`pop`/`clear` can be reached by no other code, so its
items have one type, the join of everything stored in them (`("e", …)` slots), and items
proven floats may be raw numbers like any proven-float local (`xs[i] = xs[i] * 0.5 + 1.0`
stays native). Anything else (passing it, returning it, printing it, `sum(xs)`) makes its
items unknown.
"""

from __future__ import annotations

import ast

from pyminis.guard.types.scopes import Slot

ITEM_METHODS = frozenset({"append", "insert", "pop", "clear"})
ITERATORS = frozenset({"enumerate"})


def item_slot(slot: Slot) -> Slot:
    return ("e", *slot[1:])


def tracked_lists(module: object) -> dict[Slot, Slot]:
    """List slot → its items' slot, for the module's local lists that never escape."""
    from pyminis.guard.types.program import ModuleInfo
    assert isinstance(module, ModuleInfo)
    candidates: dict[Slot, bool] = {}
    for slot, nodes in module.bindings.items():
        if slot[0] != "v" or not slot[2].startswith(("FunctionDef", "AsyncFunctionDef")):
            continue
        candidates[slot] = all(_fresh_list(module, node) for node in nodes)
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Name):
            slot = module.scopes.resolve(node)
            if slot is None or not candidates.get(slot):
                continue
            if isinstance(node.ctx, ast.Load) and not _item_use(module, node):
                candidates[slot] = False
            elif isinstance(node.ctx, ast.Del):
                candidates[slot] = False
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                for slot in list(candidates):
                    if slot[3] == name:
                        candidates[slot] = False
    return {slot: item_slot(slot) for slot, ok in candidates.items() if ok}


def _fresh_list(module: object, node: ast.AST) -> bool:
    """Is this binding `name = [..]` or `name = [.. for ..]` (a new list)?"""
    parent = module.parent(node)  # type: ignore[attr-defined]
    if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and parent.targets[0] is node:
        value = parent.value
    elif isinstance(parent, ast.AnnAssign) and parent.target is node and parent.value is not None:
        value = parent.value
    else:
        return False
    if isinstance(value, ast.List):
        return not any(isinstance(e, ast.Starred) for e in value.elts)
    return isinstance(value, ast.ListComp)


def _item_use(module: object, node: ast.Name) -> bool:
    """A load of the list that reads or writes items without letting the list go."""
    parent = module.parent(node)  # type: ignore[attr-defined]
    if isinstance(parent, ast.Subscript) and parent.value is node:
        return not isinstance(parent.slice, ast.Slice)
    if isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is node:
        return True
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and node in parent.args \
            and len(parent.args) == 1 and not parent.keywords:
        if parent.func.id == "len" and module.scopes.resolve(parent.func) is None:  # type: ignore[attr-defined]
            return True
        if parent.func.id in ITERATORS and module.scopes.resolve(parent.func) is None:  # type: ignore[attr-defined]
            loop = module.parent(parent)  # type: ignore[attr-defined]
            return isinstance(loop, (ast.For, ast.comprehension)) and loop.iter is parent
    if isinstance(parent, ast.Attribute) and parent.value is node and parent.attr in ITEM_METHODS:
        call = module.parent(parent)  # type: ignore[attr-defined]
        return isinstance(call, ast.Call) and call.func is parent
    return False


def fixed_lengths(module: object, lists: dict[Slot, Slot]) -> dict[Slot, int]:
    """Tracked lists bound only to displays and never grown: slot → the longest display."""
    found: dict[Slot, int] = {}
    for slot in lists:
        longest = 0
        for node in module.bindings[slot]:  # type: ignore[attr-defined]
            value = module.parent(node).value  # type: ignore[attr-defined]
            if not isinstance(value, ast.List):
                break
            longest = max(longest, len(value.elts))
        else:
            found[slot] = longest
    for node in ast.walk(module.tree):  # type: ignore[attr-defined]
        if isinstance(node, ast.Attribute) and node.attr in ("append", "insert") and isinstance(node.value, ast.Name):
            slot = module.scopes.resolve(node.value)  # type: ignore[attr-defined]
            found.pop(slot, None)  # type: ignore[arg-type]
    return found

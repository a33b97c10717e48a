"""Local dicts used as records become one local per key (scalar replacement).

A function-local `s = {"x": 0.0, "vx": 1.5}` that is bound once, at the top level of the
function body, and afterwards only read or written as `s["x"]` with keys of that display, is
unobservable as a dict: no other code can reach it, every key it is read with is always there
(nothing deletes one), and it is never iterated, printed, compared or measured. Each of its
items then is a plain local (`_pm_rec0_0`, `_pm_rec0_1`), which the value model types like any
other (`s["x"] += s["vx"] * 0.016` becomes native float arithmetic) and which costs a
variable, not a hash lookup. Any other use (passing it, `len`, `in`, `del s["x"]`, a key
missing from the display, a nested function or comprehension naming it) leaves it a dict.

Run on the text before the rewrite (like guard/star_imports.py), after the lint has seen the
author's text; every statement keeps its line.
"""

from __future__ import annotations

import ast

# A function naming these may look at its locals by name.
INTROSPECTION = frozenset({"locals", "vars", "eval", "exec"})
NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
          ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def scalarized(text: str, tree: ast.Module) -> str:
    """`text` with every record dict of its functions replaced by one local per key."""
    edits: list[tuple[int, int, str]] = []
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line.encode("utf-8")))
    data = text.encode("utf-8")

    def span(node: ast.AST) -> tuple[int, int]:
        return (starts[node.lineno - 1] + node.col_offset,  # type: ignore[attr-defined]
                starts[node.end_lineno - 1] + node.end_col_offset)  # type: ignore[attr-defined]

    count = 0
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for statement, name, display in _candidates(func):
            uses = _record_uses(func, statement, name, display)
            if uses is None:
                continue
            keys = [k.value for k in display.keys]  # type: ignore[union-attr]
            locals_ = {key: f"_pm_rec{count}_{i}" for i, key in enumerate(keys)}
            count += 1
            lines = statement.end_lineno - statement.lineno  # type: ignore[operator]
            parts = []
            for i, value in enumerate(display.values):
                start, end = span(value)
                segment = data[start:end].decode("utf-8")
                lines -= segment.count("\n")
                pad = "\n" * max(lines, 0) if i == len(display.values) - 1 else ""
                parts.append(f"{locals_[keys[i]]} = ({segment}{pad})")
            start, end = span(statement)
            edits.append((start, end, "; ".join(parts)))
            for use in uses:
                start, end = span(use)
                edits.append((start, end, locals_[use.slice.value]))  # type: ignore[attr-defined]
    for start, end, new in sorted(edits, reverse=True):
        data = data[:start] + new.encode("utf-8") + data[end:]
    return data.decode("utf-8")


def _candidates(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[ast.stmt, str, ast.Dict]]:
    """Top-level `name = {"k": v, …}` statements of the body (string keys, no `**`, no repeats)."""
    found = []
    for statement in func.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            target, value = statement.target, statement.value
        else:
            continue
        if not (isinstance(target, ast.Name) and isinstance(value, ast.Dict) and value.keys):
            continue
        keys = [k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None
                for k in value.keys]
        if None in keys or len(set(keys)) != len(keys):
            continue
        found.append((statement, target.id, value))
    return found


def _record_uses(func: ast.FunctionDef | ast.AsyncFunctionDef, binding: ast.stmt, name: str,
                 display: ast.Dict) -> list[ast.Subscript] | None:
    """The `name["key"]` subscripts of the function when they are the only uses of `name`
    after its one binding; None when the dict may be seen as a dict."""
    keys = {k.value for k in display.keys}  # type: ignore[union-attr]
    arguments = func.args
    params = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
    params += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    if any(a.arg == name for a in params):
        return None
    target = binding.targets[0] if isinstance(binding, ast.Assign) else binding.target  # type: ignore[attr-defined]
    after = (binding.end_lineno, binding.end_col_offset)
    uses: list[ast.Subscript] = []
    taken: set[int] = set()
    for node in _own_nodes(func.body, name):
        if node is None:
            return None  # a nested scope names it, or a declaration, import, handler binds it
        if isinstance(node, ast.Name):
            if node.id in INTROSPECTION:
                return None
            if node.id != name or node is target:
                continue
            if id(node) in taken:
                continue
            return None  # any other use of the dict itself
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == name:
            if (isinstance(node.ctx, ast.Del) or not isinstance(node.slice, ast.Constant)
                    or node.slice.value not in keys or (node.lineno, node.col_offset) < after):
                return None
            uses.append(node)
            taken.add(id(node.value))
    for value in display.values:
        if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value)):
            return None
    return uses


def _own_nodes(body: list[ast.stmt], name: str):  # type: ignore[no-untyped-def]
    """The nodes of a function body outside nested scopes, parents before children; None
    where a nested scope mentions `name` or something binds it other than by assignment."""
    stack: list[ast.AST] = list(reversed(body))
    while stack:
        node = stack.pop()
        if isinstance(node, NESTED):
            if any(isinstance(n, ast.Name) and n.id in (name, *INTROSPECTION) for n in ast.walk(node)) \
                    or any(isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names for n in ast.walk(node)) \
                    or getattr(node, "name", None) == name:
                yield None
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                stack.extend(reversed(node.decorator_list))
            continue
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            yield None
        if isinstance(node, ast.alias) and (node.asname or node.name).split(".")[0] == name:
            yield None
        if isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name == name:
            yield None
        if isinstance(node, ast.MatchMapping) and node.rest == name:
            yield None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Subscript) \
                and isinstance(node.target.value, ast.Name) and node.target.value.id == name:
            yield None  # its annotation would become a local's declared type
        yield node
        stack.extend(reversed(list(ast.iter_child_nodes(node))))

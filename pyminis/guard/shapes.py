"""What an expression plainly is, read from the source alone (the proven types are
pyminis/guard/types/): a string or a boolean, pure, a simple target; and `xs[i]` in range
inside `for i in range(len(xs))` loops.
"""

from __future__ import annotations

import ast

from pyminis.guard.splice import Replacer

STRING_CALLS = frozenset({"str", "repr", "chr", "format"})
BOOL_CALLS = frozenset({"isinstance", "hasattr", "callable", "bool", "any", "all", "issubclass", "_pm_match_bind"})
BOOL_METHODS = frozenset({"startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace",
                          "isupper", "islower", "isdecimal", "isnumeric", "isidentifier"})
def is_str(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id in STRING_CALLS
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return is_str(node.left) or is_str(node.right)
    return False


def is_bool(node: ast.expr) -> bool:
    """Plainly a boolean (so a test needs no Python truth conversion)."""
    if isinstance(node, ast.Compare):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, bool) or node.value is None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    if isinstance(node, ast.BoolOp):
        return all(is_bool(v) for v in node.values)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id in BOOL_CALLS
        if isinstance(node.func, ast.Attribute):
            return node.func.attr in BOOL_METHODS
    return False


def is_pure(node: ast.expr) -> bool:
    """Cheap and without side effects: fine to evaluate even when Python would not."""
    if isinstance(node, (ast.Name, ast.Constant)):
        return True
    if isinstance(node, ast.Attribute):
        return is_pure(node.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return all(is_pure(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return not node.keys
    if isinstance(node, ast.UnaryOp):
        return is_pure(node.operand)
    return False


def is_simple_target(node: ast.expr) -> bool:
    """A target safe to read and write twice (`x`, `self.x`, `self.hud.text`, `a[i]`)."""
    if isinstance(node, ast.Name):
        return True
    if isinstance(node, ast.Attribute):
        return is_pure(node.value)
    if isinstance(node, ast.Subscript):
        return (isinstance(node.value, (ast.Name, ast.Attribute)) and is_pure(node.value) and is_pure(node.slice)
                and not isinstance(node.slice, ast.Slice))
    return False


def in_range_loop(node: ast.For) -> str | None:
    """For `for i in range(len(xs))` whose body neither rebinds `i` or `xs` nor can resize
    `xs` (no method call on it, no `del`, not passed to a call), the name `xs`: `xs[i]` is then
    always in range, so it can stay a plain JS index (the hot loop of array code)."""
    call = node.iter
    if not (isinstance(node.target, ast.Name) and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name) and call.func.id == "range"
            and len(call.args) == 1 and not call.keywords):
        return None
    size = call.args[0]
    if not (isinstance(size, ast.Call) and isinstance(size.func, ast.Name) and size.func.id == "len"
            and len(size.args) == 1 and isinstance(size.args[0], ast.Name)):
        return None
    seq, index = size.args[0].id, node.target.id
    for child in ast.walk(ast.Module(body=node.body, type_ignores=[])):
        if isinstance(child, ast.Name) and child.id in (seq, index) and not isinstance(child.ctx, ast.Load):
            return None
        if isinstance(child, (ast.Delete, ast.Global, ast.Nonlocal, ast.FunctionDef, ast.Lambda)):
            return None
        if isinstance(child, ast.Call):
            if isinstance(child.func, ast.Attribute) and isinstance(child.func.value, ast.Name) \
                    and child.func.value.id == seq:
                return None
            if any(isinstance(a, ast.Name) and a.id == seq for a in child.args):
                return None
    return seq


def length_minus(seq: ast.expr, index: ast.expr) -> Replacer:
    """`a[-k]` as a store target → `a[len(a) - k]` (a tuple target cannot call a helper)."""
    return lambda render: f"len({render(seq)}) - {render(index)}"


def bound_names(tree: ast.Module) -> set[str]:
    """Every name the module binds anywhere (so builtins it shadows are left alone)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    return names


LIST_CALLS = frozenset({"list", "sorted"})


def _own_nodes(body: list[ast.stmt]) -> list[ast.AST]:
    """Every node of a function body outside nested functions, lambdas, classes and
    comprehensions (their names are their own)."""
    found: list[ast.AST] = []
    todo: list[ast.AST] = list(body)
    while todo:
        node = todo.pop()
        found.append(node)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
                             ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            continue
        todo.extend(ast.iter_child_nodes(node))
    return found


def list_locals(node: ast.FunctionDef | ast.AsyncFunctionDef, shadowed: set[str]) -> frozenset[str]:
    """Local names of a function that can only ever hold a list: every binding assigns a list
    display, a list comprehension, `list(…)` or `sorted(…)`, or extends it with `+=`/`*=`
    (so `len(xs)` can be `xs.length`). Parameters, loop targets, unpacking and `global` names
    are never lists here."""
    def listish(value: ast.expr) -> bool:
        return isinstance(value, (ast.List, ast.ListComp)) or (
            isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id in LIST_CALLS and value.func.id not in shadowed)

    arguments = node.args
    params = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
    params |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
    good: set[str] = set()
    bad: set[str] = set(params)
    handled: set[int] = set()
    for child in _own_nodes(node.body):
        if isinstance(child, (ast.Global, ast.Nonlocal)):
            bad.update(child.names)
        elif isinstance(child, ast.Assign):
            for target in child.targets:
                if isinstance(target, ast.Name):
                    handled.add(id(target))
                    (good if listish(child.value) else bad).add(target.id)
        elif isinstance(child, ast.AnnAssign) and isinstance(child.target, ast.Name):
            handled.add(id(child.target))
            (good if child.value is not None and listish(child.value) else bad).add(child.target.id)
        elif isinstance(child, ast.AugAssign) and isinstance(child.target, ast.Name):
            handled.add(id(child.target))
            if not isinstance(child.op, (ast.Add, ast.Mult)):
                bad.add(child.target.id)
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bad.add(child.name)
        elif isinstance(child, ast.alias):
            bad.add((child.asname or child.name).split(".")[0])
        elif isinstance(child, ast.ExceptHandler) and child.name:
            bad.add(child.name)
    for child in _own_nodes(node.body):
        if isinstance(child, ast.Name) and not isinstance(child.ctx, ast.Load) and id(child) not in handled:
            bad.add(child.id)  # a loop target, an unpacking, `del`, `with … as`
    return frozenset(good - bad)


def is_constant(node: ast.expr) -> bool:
    """A value CPython's compiler folds into a constant (`-1`, `(0, 1)`, `2 * 3`): set displays
    made only of these are built from a constant frozenset (pmrt/sets.js `_pm_setc`)."""
    if isinstance(node, ast.Constant):
        return node.value is not Ellipsis
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Invert)):
        return isinstance(node.operand, ast.Constant) and isinstance(node.operand.value, (int, float)) \
            and not isinstance(node.operand.value, bool)
    if isinstance(node, ast.Tuple):
        return all(is_constant(e) for e in node.elts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
        return all(isinstance(side, ast.Constant) and type(side.value) in (int, float)
                   for side in (node.left, node.right))
    return False


def pair_items(index: ast.expr) -> tuple[ast.expr, ast.expr] | None:
    """The two items of a subscript's index that is a pair display (`d[(x, y)]`, `d[x, y]`)."""
    if isinstance(index, ast.Tuple) and len(index.elts) == 2 \
            and not any(isinstance(e, ast.Starred) for e in index.elts):
        return index.elts[0], index.elts[1]
    return None

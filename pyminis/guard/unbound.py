"""Reads of a name that may not be bound there, found as CPython's compiler scopes names.

CPython raises UnboundLocalError for a function's local read before it is assigned (`print(x)`
then `x = 5`; `if flag: result = …` then `return result`) and deletes the name of `except E as
e:` when the handler ends. Transcrypt's `var` gave such a read `undefined` (printed None, or a
JavaScript error further on). The rewrite checks each read found here against a sentinel the
name holds until it is bound (`_pm_ul`, runtime_js/python/pmrt/errors.js): a function declares
its checked names with the sentinel on entry (transcrypt_run.py) and a handler's name gets it
back at the handler's end (transcrypt_flow.py). A read proven bound costs nothing.

The analysis is definite assignment over the statements of each function (and of the module,
for handler names only): a read is checked unless every path to it binds the name. Reads in
nested functions and lambdas (closures, run later) are not checked.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

State = frozenset[str] | None  # names surely bound here; None: this point is never reached
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


@dataclass
class Unbound:
    """What the rewrite checks: read nodes (by id) and whether each is a function's local."""

    reads: dict[int, bool] = field(default_factory=dict)  # id(Name) -> local (else module-level)
    # module-level reads of a module's name that may come before it is bound (`print(x)` then
    # `x = 1`; `try: xrange` / `except NameError: xrange = range`): NameError while undefined
    module_reads: set[int] = field(default_factory=set)


def _join(*states: State) -> State:
    reached = [s for s in states if s is not None]
    if not reached:
        return None
    out = reached[0]
    for s in reached[1:]:
        out = out & s
    return out


def _targets(node: ast.AST) -> Iterator[str]:
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            yield n.id
        elif isinstance(n, ast.Starred) and isinstance(n.value, ast.Name):
            yield n.value.id


def _expression_nodes(node: ast.AST | None, hidden: frozenset[str] = frozenset()) -> Iterator[tuple[ast.AST, frozenset[str]]]:
    """The nodes an expression evaluates now (not in lambdas), with the names a comprehension
    binds itself (not the function's)."""
    if node is None or isinstance(node, ast.Lambda):
        return
    if isinstance(node, COMPREHENSIONS):
        own = hidden | frozenset(t for g in node.generators for t in _targets(g.target))
        first = node.generators[0].iter
        yield from _expression_nodes(first, hidden)
        for child in ast.iter_child_nodes(node):
            if child is not first:
                yield from _expression_nodes(child, own)
        return
    yield node, hidden
    for child in ast.iter_child_nodes(node):
        yield from _expression_nodes(child, hidden)


class _Flow:
    """Definite assignment through one scope's statements."""

    def __init__(self, local: set[str], is_function: bool, found: Unbound) -> None:
        self.local = local  # the names this scope binds (a function's locals)
        self.is_function = is_function
        self.found = found
        self.breaks: list[list[State]] = []
        self.continues: list[list[State]] = []

    def read(self, exprs: Iterable[ast.AST | None], state: frozenset[str]) -> frozenset[str]:
        """Check the reads of expressions evaluated in `state`; the state after their walruses."""
        bound = set()
        for expr in exprs:
            for node, hidden in _expression_nodes(expr):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in self.local \
                        and node.id not in state and node.id not in hidden:
                    self.found.reads[id(node)] = self.is_function
                elif isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name):
                    bound.add(node.target.id)
        return state | bound

    def block(self, statements: list[ast.stmt], state: State) -> State:
        for statement in statements:
            if state is None:
                return None
            state = self.statement(statement, state)
        return state

    def loop(self, body: list[ast.stmt], start: frozenset[str]) -> tuple[State, list[State]]:
        """Run a loop body twice (its second pass starts from what the first leaves bound);
        the state at its end or a `continue`, and the states at each `break`."""
        entry: State = start
        for _ in range(2):
            self.breaks.append([])
            self.continues.append([])
            end = self.block(body, entry)
            breaks = self.breaks.pop()
            again = _join(end, *self.continues.pop())
            entry = _join(start, again)
            assert entry is not None
        return again, breaks

    def statement(self, node: ast.stmt, state: frozenset[str]) -> State:  # noqa: C901 - one case per kind
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            state = self.read([value, *[t for t in targets if not isinstance(t, ast.Name)]], state)
            if isinstance(node, ast.AnnAssign) and value is None:
                return state
            return state | frozenset(n for t in targets for n in _targets(t))
        if isinstance(node, (ast.Expr, ast.Assert)):
            return self.read(list(ast.iter_child_nodes(node)), state)
        if isinstance(node, (ast.Return, ast.Raise)):
            self.read(list(ast.iter_child_nodes(node)), state)
            return None
        if isinstance(node, ast.Delete):
            state = self.read([t for t in node.targets if not isinstance(t, ast.Name)], state)
            return state - frozenset(t.id for t in node.targets if isinstance(t, ast.Name))
        if isinstance(node, ast.If):
            state = self.read([node.test], state)
            return _join(self.block(node.body, state), self.block(node.orelse, state))
        if isinstance(node, (ast.For, ast.AsyncFor)):
            state = self.read([node.iter], state)
            again, breaks = self.loop(node.body, state | frozenset(_targets(node.target)))
            done = self.block(node.orelse, _join(state, again) or state)
            return _join(done, *breaks)
        if isinstance(node, ast.While):
            state = self.read([node.test], state)
            again, breaks = self.loop(node.body, state)
            forever = isinstance(node.test, ast.Constant) and bool(node.test.value)
            done = None if forever else self.block(node.orelse, _join(state, again) or state)
            return _join(done, *breaks)
        if isinstance(node, ast.Break):
            self.breaks[-1].append(state) if self.breaks else None
            return None
        if isinstance(node, ast.Continue):
            self.continues[-1].append(state) if self.continues else None
            return None
        if isinstance(node, (ast.With, ast.AsyncWith)):
            state = self.read([i.context_expr for i in node.items], state)
            state |= frozenset(n for i in node.items if i.optional_vars for n in _targets(i.optional_vars))
            return self.block(node.body, state)
        if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            return self.try_statement(node, state)  # type: ignore[arg-type]
        if isinstance(node, ast.Match):
            state = self.read([node.subject], state)
            ends = []
            for case in node.cases:
                bound = state | frozenset(n.name for n in ast.walk(case.pattern)
                                          if isinstance(n, (ast.MatchAs, ast.MatchStar)) and n.name)
                bound = self.read([case.guard], bound)
                ends.append(self.block(case.body, bound))
            return _join(state, *ends)
        if isinstance(node, (*FUNCTIONS, ast.ClassDef)):
            args = node.args if isinstance(node, FUNCTIONS) else None
            defaults = [*args.defaults, *[d for d in args.kw_defaults if d]] if args else []
            bases = [*node.bases, *[k.value for k in node.keywords]] if isinstance(node, ast.ClassDef) else []
            self.read([*node.decorator_list, *defaults, *bases], state)
            return state | {node.name}
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            return state | frozenset((a.asname or a.name).split(".")[0] for a in node.names)
        return state  # pass, global, nonlocal

    def try_statement(self, node: ast.Try, state: frozenset[str]) -> State:
        body = self.block(node.body, state)
        ends = [self.block(node.orelse, body) if body is not None else None]
        for handler in node.handlers:
            start = self.read([handler.type], state)
            if handler.name:
                start |= {handler.name}
            end = self.block(handler.body, start)
            ends.append(end - {handler.name} if end is not None and handler.name else end)
        after = _join(*ends)
        if node.finalbody:
            self.block(node.finalbody, _join(state, after) or state)  # reads checked, as it always runs
            return None if after is None else self.block(node.finalbody, after)
        return after


def _locals(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The names a function binds (its locals, as CPython's symbol table decides), less its
    parameters, which are bound on entry, and less what it imports: Transcrypt makes every
    import one of the module (the name then reads the module's binding, bound before any
    function runs; `import math` inside an `if` left the local unbound)."""
    params = {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    return _bound_names(function.body) - params


def _bound_names(body: list[ast.stmt]) -> set[str]:
    """The names statements bind in their own scope (not in nested defs, classes, lambdas or
    comprehensions), less those declared global or nonlocal, and less imports."""
    declared: set[str] = set()
    bound: set[str] = set()
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            declared |= set(node.names)
        elif isinstance(node, (*FUNCTIONS, ast.ClassDef)):
            bound.add(node.name)
            stack.extend(node.decorator_list)
            continue
        elif isinstance(node, ast.Lambda):
            continue
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            bound.add(node.name)
        if isinstance(node, COMPREHENSIONS):  # its targets are its own; walruses bind here
            stack.extend(n for n in ast.walk(node) if isinstance(n, ast.NamedExpr))
            stack.extend(g.iter for g in node.generators[:1])
            continue
        stack.extend(ast.iter_child_nodes(node))
    return bound - declared


def unbound_reads(tree: ast.Module) -> Unbound:
    """The reads to check in a module: its functions' locals that may be unbound, and at
    module level the names of `except … as name` read where the handler may have deleted them."""
    found = Unbound()
    for node in ast.walk(tree):
        if isinstance(node, FUNCTIONS):
            params = frozenset(a.arg for a in ast.walk(node.args) if isinstance(a, ast.arg))
            _Flow(_locals(node), True, found).block(node.body, params)
    handler_names = {n.name for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler) and n.name}
    if handler_names:
        module = _Flow(handler_names, False, Unbound())
        module.block(tree.body, frozenset())
        # Only a read after a handler unbound its name: one never bound before is left to Python.
        ever = _ever_bound_before(tree, handler_names)
        found.reads.update({k: False for k, v in module.found.reads.items() if k in ever})
    module = _Flow(_bound_names(tree.body) - handler_names, False, Unbound())
    module.block(tree.body, frozenset())
    found.module_reads = _before_any_binding(tree, set(module.found.reads))
    return found


def _before_any_binding(tree: ast.Module, reads: set[int]) -> set[int]:
    """Of these module-level reads, those before every binding of their name in the source and
    outside loops: the name still holds JavaScript's `undefined` there, which no bound value
    can be (a later binding may be to a function's `undefined` result)."""
    first: dict[str, tuple[int, int]] = {}
    names: dict[int, ast.Name] = {}
    in_loops: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)) or isinstance(
                node, (*FUNCTIONS, ast.ClassDef)):
            name = node.id if isinstance(node, ast.Name) else node.name
            first[name] = min(first.get(name, (node.lineno, node.col_offset)), (node.lineno, node.col_offset))
        elif isinstance(node, ast.Name) and id(node) in reads:
            names[id(node)] = node
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            in_loops.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Name))
    return {key for key, node in names.items() if key not in in_loops
            and (node.lineno, node.col_offset) < first.get(node.id, (0, 0))}


def _ever_bound_before(tree: ast.Module, names: set[str]) -> set[int]:
    """Module-level reads of `names` that come after some handler binding them (in source order)."""
    first_handler: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            line = node.lineno
            first_handler[node.name] = min(first_handler.get(node.name, line), line)
    return {id(n) for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in first_handler
            and n.lineno > first_handler[n.id]}

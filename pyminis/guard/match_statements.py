"""`match` statements as the `if`/`elif` chains CPython 3.11 runs, line for line.

Transcrypt 3.9.5 cannot parse `match`, so this pass (first of the source passes) rewrites

    match command.split():               _pm_s1 = (command.split())
        case ["go", direction]:          if (_pm_m1 := _pm_match_seq(_pm_s1, 2)) is not None and _pm_m1[0] == "go" and _pm_match_bind((direction := _pm_m1[1])):
            go(direction)                        go(direction)
        case _:                          else:
            ...                                  ...

The subject is evaluated once, into a temporary. Each case's test makes CPython's checks in
CPython's order (`==` for literals and dotted names, `is` for None/True/False, the sequence,
mapping and class tests of runtime_js/python/pmrt/patterns.js), then binds every capture at
once with walruses (`_pm_match_bind`, always true) — as CPython, which stores a pattern's names
only when the whole pattern matched — then evaluates the guard, so a failing guard leaves them
bound. OR patterns capture into temporaries per alternative. Every statement keeps its line:
a case header is replaced by an `elif` spanning the same lines, bodies stay as they are (an
`elif` body may be indented deeper than the `elif`).
"""

from __future__ import annotations

import ast
import bisect
import io
import tokenize
from collections.abc import Callable
from dataclasses import dataclass, field

from pyminis.guard.splice import Edit, edited

# The helpers of runtime_js/python/pmrt/patterns.js the rewritten cases call (guard/rewrite.py
# imports those a module uses).
HELPERS = frozenset({"_pm_match_seq", "_pm_match_map", "_pm_match_class", "_pm_match_bind"})


def has_match(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.Match) for node in ast.walk(tree))


@dataclass
class _Test:
    """A pattern's checks (and-ed, in CPython's order) and its bindings (name, value text)."""

    checks: list[str] = field(default_factory=list)
    binds: list[tuple[str, str]] = field(default_factory=list)


def _wildcard(pattern: ast.pattern) -> bool:
    return (isinstance(pattern, ast.MatchAs) and pattern.pattern is None and pattern.name is None
            or isinstance(pattern, ast.MatchStar) and pattern.name is None)


def _bound(pattern: ast.pattern) -> list[str]:
    """The names a pattern binds, in source order."""
    names: list[str] = []
    for node in ast.walk(pattern):
        name = getattr(node, "name", None) if isinstance(node, (ast.MatchAs, ast.MatchStar)) else \
            node.rest if isinstance(node, ast.MatchMapping) else None
        if name is not None and name not in names:
            names.append(name)
    return names


def bind_call(binds: list[tuple[str, str]]) -> str:
    return "_pm_match_bind(" + ", ".join(f"({name} := {value})" for name, value in binds) + ")"


class _Patterns:
    """Builds the test of one pattern against a subject (the text of a name)."""

    def __init__(self, segment: Callable[[ast.AST], str], fresh: Callable[[], str]) -> None:
        self.segment = segment
        self.fresh = fresh

    def value(self, node: ast.expr) -> str:
        text = self.segment(node)
        return text if isinstance(node, (ast.Name, ast.Attribute, ast.Constant)) and "\n" not in text else f"({text})"

    def build(self, pattern: ast.pattern, subject: str, out: _Test) -> None:
        if isinstance(pattern, ast.MatchAs):
            if pattern.pattern is not None:
                self.build(pattern.pattern, subject, out)
            if pattern.name is not None:
                out.binds.append((pattern.name, subject))
        elif isinstance(pattern, ast.MatchValue):
            out.checks.append(f"{subject} == {self.value(pattern.value)}")
        elif isinstance(pattern, ast.MatchSingleton):
            out.checks.append(f"{subject} is {pattern.value!r}")
        elif isinstance(pattern, ast.MatchSequence):
            self.sequence(pattern, subject, out)
        elif isinstance(pattern, ast.MatchMapping):
            items = self.fresh()
            rest = "True" if pattern.rest is not None else "False"
            call = f"_pm_match_map({', '.join([subject, rest, *(self.value(k) for k in pattern.keys)])})"
            self.parts(call, items, pattern.patterns, out, keep=pattern.rest is not None)
            if pattern.rest is not None:
                out.binds.append((pattern.rest, f"{items}[{len(pattern.keys)}]"))
        elif isinstance(pattern, ast.MatchClass):
            names = [repr(name) for name in pattern.kwd_attrs]
            call = f"_pm_match_class({', '.join([subject, self.value(pattern.cls), str(len(pattern.patterns)), *names])})"
            self.parts(call, self.fresh(), [*pattern.patterns, *pattern.kwd_patterns], out)
        elif isinstance(pattern, ast.MatchOr):
            self.alternatives(pattern, subject, out)
        else:  # a MatchStar outside a sequence does not parse
            raise TypeError(f"unexpected pattern {type(pattern).__name__}")

    def parts(self, call: str, items: str, patterns: list[ast.pattern], out: _Test, keep: bool = False) -> None:
        """A helper's test, then each sub-pattern against its item (`keep`: the items are
        read after)."""
        if not keep and all(_wildcard(p) for p in patterns):
            out.checks.append(f"{call} is not None")
            return
        out.checks.append(f"({items} := {call}) is not None")
        for index, sub in enumerate(patterns):
            if isinstance(sub, ast.MatchStar):
                if sub.name is not None:
                    out.binds.append((sub.name, f"{items}[{index}]"))
            else:
                self.build(sub, f"{items}[{index}]", out)

    def sequence(self, pattern: ast.MatchSequence, subject: str, out: _Test) -> None:
        stars = [i for i, p in enumerate(pattern.patterns) if isinstance(p, ast.MatchStar)]
        args = [subject, str(len(pattern.patterns))]
        if stars:
            args += [str(stars[0]), str(_wildcard(pattern.patterns[stars[0]]))]
        self.parts(f"_pm_match_seq({', '.join(args)})", self.fresh(), pattern.patterns, out)

    def alternatives(self, pattern: ast.MatchOr, subject: str, out: _Test) -> None:
        """`p1 | p2`: each alternative binds the same names (CPython checks), into shared
        temporaries, bound to the names once the whole pattern matched."""
        temps = {name: self.fresh() for name in _bound(pattern)}
        tests = []
        for alternative in pattern.patterns:
            inner = _Test()
            self.build(alternative, subject, inner)
            parts = inner.checks + ([bind_call([(temps[n], v) for n, v in inner.binds])] if inner.binds else [])
            tests.append("(" + " and ".join(parts) + ")" if len(parts) > 1 else parts[0] if parts else "True")
        out.checks.append("(" + " or ".join(tests) + ")")
        out.binds += [(name, temp) for name, temp in temps.items()]


class _Source:
    """Byte-offset access to a module's text and its tokens."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        self.data = [line.encode("utf-8") for line in self.lines]
        self.tokens: list[tuple[int, int, str, str]] = []  # (line, byte column, type name, string)
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            line, column = token.start
            if line - 1 < len(self.lines):
                column = len(self.lines[line - 1][:column].encode("utf-8"))
            self.tokens.append((line, column, tokenize.tok_name[token.exact_type], token.string))

    def segment(self, node: ast.AST) -> str:
        return self.slice(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]

    def slice(self, line: int, column: int, end_line: int, end_column: int) -> str:
        if line == end_line:
            return self.data[line - 1][column:end_column].decode("utf-8")
        parts = [self.data[line - 1][column:]] + self.data[line:end_line - 1] + [self.data[end_line - 1][:end_column]]
        return b"".join(parts).decode("utf-8")

    def next_token(self, line: int, column: int, kind: str, string: str | None = None) -> tuple[int, int]:
        """The position of the first token of `kind` (and `string`) at or after a position."""
        for token_line, token_column, token_kind, token_string in self.tokens[bisect.bisect_left(self.tokens, (line, column)):]:
            if token_kind == kind and (string is None or token_string == string):
                return token_line, token_column
        raise ValueError(f"no {kind} after {line}:{column}")


def rewritten(text: str, tree: ast.Module) -> str:
    """The module with every `match` statement an `if`/`elif` chain on the same lines."""
    source = _Source(text)
    counter = [0]

    def fresh(kind: str = "m") -> str:
        counter[0] += 1
        return f"_pm_{kind}{counter[0]}"

    edits: list[Edit] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Match):
            edits += _statement(node, source, fresh)
    return edited(text, edits)


def _padded(head: str, test: str, lines: int) -> str:
    """`head (test):` spanning `lines` lines (the padding inside the parentheses)."""
    missing = lines - 1 - test.count("\n")
    if missing <= 0 and "\n" not in test:
        return f"{head} {test}:"
    return f"{head} ({test}" + "\n" * max(missing, 0) + "):"


def _statement(node: ast.Match, source: _Source, fresh: Callable[[str], str]) -> list[Edit]:
    indent = source.data[node.lineno - 1][:node.col_offset].decode("utf-8")
    subject = fresh("s")
    colon = source.next_token(node.subject.end_lineno or node.lineno, node.subject.end_col_offset or 0, "COLON")
    text = source.segment(node.subject)
    lines = colon[0] - node.lineno + 1
    padding = "\n" * (lines - 1 - text.count("\n"))
    edits: list[Edit] = [(node.lineno, node.col_offset, colon[0], colon[1] + 1, f"{subject} = ({text}{padding})")]
    patterns = _Patterns(source.segment, lambda: fresh("m"))
    after = colon
    for index, case in enumerate(node.cases):
        start = source.next_token(after[0], after[1] + 1, "NAME", "case")
        last = case.guard if case.guard is not None else case.pattern
        colon = source.next_token(last.end_lineno or 0, last.end_col_offset or 0, "COLON")
        test = _Test()
        patterns.build(case.pattern, subject, test)
        parts = list(test.checks)
        if test.binds:
            parts.append(bind_call(test.binds))
        if case.guard is not None:
            parts.append(f"({source.segment(case.guard)})")
        lines = colon[0] - start[0] + 1
        head = "if" if index == 0 else "elif"
        if not parts and index > 0 and lines == 1:
            new = f"{indent}else:"
        else:
            new = _padded(indent + head, " and ".join(parts) or "True", lines)
        edits.append((start[0], 0, colon[0], colon[1] + 1, new))
        end = case.body[-1]
        after = (end.end_lineno or 0, (end.end_col_offset or 1) - 1)
    return edits

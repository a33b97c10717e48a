"""Rewrite Python source by splicing text over AST node spans, keeping every line in place.

Rewrites are registered per node (replace the node's text, or wrap it) or per byte range; the
result re-renders only what changed. A replacement that spans fewer lines than the original
is padded with newlines inside parentheses, so every later statement keeps its line number
(source maps and error messages then name the author's lines).
"""

from __future__ import annotations

import ast
import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

Render = Callable[[ast.AST], str]
# Expressions that cannot stand in parentheses: `*a`, `1:2`, an f-string's `{x}` part.
_UNBRACKETABLE = (ast.Starred, ast.Slice, ast.FormattedValue)
Replacer = Callable[[Render], str]
# Expressions that stand bare only where a statement puts them (`x = yield v`, `x = 1, 2`).
_BARE = (ast.Yield, ast.YieldFrom, ast.Tuple)


def apart(before: str, text: str, after: str) -> str:
    """`text` spliced between `before` and `after`, a space on a side where two words would
    join: `if(a) == b:` spans `(a) == b`, whose `_pm_eq(a, b)` must not read `if_pm_eq`."""
    if text and before and is_word(before[-1]) and is_word(text[0]):
        text = " " + text
    if text and after and is_word(text[-1]) and is_word(after[0]):
        text = text + " "
    return text


def is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass
class _Edit:
    start: int
    end: int
    node: ast.AST | None = None  # None: a raw range edit with fixed `text`
    replace: Replacer | None = None
    prefix: str = ""
    suffix: str = ""
    text: str = ""
    pad: bool = True  # pad lost newlines inside parentheses (expressions only)


@dataclass
class Splicer:
    """Edits over one module's source; `result()` applies them all."""

    source: str
    _data: bytes = b""
    _line_starts: list[int] = field(default_factory=list)
    _edits: dict[int, _Edit] = field(default_factory=dict)  # id(node) or -n for raw edits
    _raw_count: int = 0

    def __post_init__(self) -> None:
        self._data = self.source.encode("utf-8")
        self._line_starts = [0]
        for index, byte in enumerate(self._data):
            if byte == 0x0A:
                self._line_starts.append(index + 1)

    def span(self, node: ast.AST) -> tuple[int, int]:
        """Byte offsets of a node (AST columns are UTF-8 byte offsets)."""
        start = self._line_starts[node.lineno - 1] + node.col_offset  # type: ignore[attr-defined]
        end = self._line_starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[attr-defined]
        return start, end

    def offset(self, line: int, col: int) -> int:
        return self._line_starts[line - 1] + col

    def text(self, node: ast.AST) -> str:
        """The original text of a node."""
        start, end = self.span(node)
        return self._data[start:end].decode("utf-8")

    def slice(self, start: int, end: int) -> str:
        return self._data[start:end].decode("utf-8")

    def _edit(self, node: ast.AST) -> _Edit:
        key = id(node)
        if key not in self._edits:
            start, end = self.span(node)
            self._edits[key] = _Edit(start, end, node)
        return self._edits[key]

    def replace(self, node: ast.AST, replacer: Replacer, *, pad: bool = True) -> None:
        """Replace a node's text with `replacer(render)`; `render(child)` gives a child's new text."""
        edit = self._edit(node)
        edit.replace = replacer
        edit.pad = pad

    def wrap(self, node: ast.AST, prefix: str, suffix: str) -> None:
        """Put text around a node (outermost wrap last)."""
        edit = self._edit(node)
        edit.prefix = prefix + edit.prefix
        edit.suffix = edit.suffix + suffix

    def replace_range(self, start: int, end: int, text: str) -> None:
        """Replace raw bytes [start, end) (for tokens that are not nodes, such as `-> T`)."""
        self._raw_count += 1
        self._edits[-self._raw_count] = _Edit(start, end, None, text=text, pad=False)

    def result(self) -> str:
        edits = sorted(self._edits.values(), key=lambda e: (e.start, -e.end))
        starts = [e.start for e in edits]

        def render_range(start: int, end: int, skip: _Edit | None) -> str:
            parts: list[str] = []
            position = start
            index = bisect.bisect_left(starts, start)
            while index < len(edits) and edits[index].start < end:
                edit = edits[index]
                index += 1
                if edit is skip or edit.start < position or edit.end > end:
                    continue
                parts.append(self._data[position:edit.start].decode("utf-8"))
                parts.append(apart(parts[-1], render_edit(edit), self._data[edit.end:edit.end + 1].decode("utf-8", "replace")))
                position = edit.end
            parts.append(self._data[position:end].decode("utf-8"))
            return "".join(parts)

        def render_node(node: ast.AST) -> str:
            key = id(node)
            if key in self._edits:
                text = render_edit(self._edits[key])
            else:
                text = render_range(*self.span(node), None)
            return bracketed(node, text)

        def bracketed(node: ast.AST, text: str) -> str:
            # A node's span leaves out the brackets around it: `s == ('a'\n 'b')` spans `'a'\n 'b'`,
            # which a replacer puts where no bracket continues the line (`s is 'a'` + a stray line).
            if "\n" in text and isinstance(node, ast.expr) and not isinstance(node, _UNBRACKETABLE):
                return "(" + text + ")"
            # `d[k] = yield v`, `d[k] = 1, 2` spliced into `_pm_si(d, k, …)`: an argument there.
            if isinstance(node, _BARE):
                return "(" + text + ")"
            return text

        def render_edit(edit: _Edit) -> str:
            if edit.node is None:
                return edit.text
            if edit.replace is not None:
                body = edit.replace(render_node)
                original_lines = self._data[edit.start:edit.end].count(b"\n")
                missing = original_lines - body.count("\n")
                if missing > 0 and isinstance(edit.node, ast.stmt):
                    # A statement cannot sit in parentheses: its lost lines continue it.
                    body = body + " \\\n" * missing
                elif missing > 0 and edit.pad:
                    body = "(" + body + "\n" * missing + ")"
                elif missing > 0:
                    body = body + "\n" * missing
            else:
                body = render_range(edit.start, edit.end, edit)
            return edit.prefix + body + edit.suffix

        return render_range(0, len(self._data), None)


# (line, column, end line, end column, new text): AST positions (lines from 1, UTF-8 byte columns).
Edit = tuple[int, int, int, int, str]


def edited(text: str, edits: list[Edit]) -> str:
    """`text` with each span replaced (spans must not overlap); the passes that rewrite source
    before the guard's own rewrite (imports, star imports, private names, JS words) use it."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line.encode("utf-8")))
    data = text.encode("utf-8")
    for line, column, end_line, end_column, new in sorted(set(edits), reverse=True):
        start, end = starts[line - 1] + column, starts[end_line - 1] + end_column
        data = data[:start] + new.encode("utf-8") + data[end:]
    return data.decode("utf-8")

"""Read a source map (version 3): generated line and column → original file and line.

Pure logic over the map's JSON; used to turn a JavaScript stack of a dev build into the
author's Python lines.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass

_BASE64 = {c: i for i, c in enumerate(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


@dataclass(frozen=True)
class Original:
    """A place in an original source: path as the map names it, 1-based line and column."""

    source: str
    line: int
    column: int
    text: str | None  # that line of the source, when the map carries the source


def decode_vlq(segment: str) -> list[int]:
    """The signed integers of one Base64 VLQ segment ("AAgBC" → [0, 0, 16, 1])."""
    values = []
    value = shift = 0
    for char in segment:
        digit = _BASE64[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
        else:
            values.append(-(value >> 1) if value & 1 else value >> 1)
            value = shift = 0
    return values


class SourceMap:
    """A decoded source map: look up where a generated position came from."""

    def __init__(self, data: dict[str, object]) -> None:
        sources = data.get("sources") or []
        contents = data.get("sourcesContent") or []
        self.sources: list[str] = [str(s) for s in sources] if isinstance(sources, list) else []
        self._contents: list[list[str] | None] = [
            c.splitlines() if isinstance(c, str) else None
            for c in (contents if isinstance(contents, list) else [])
        ]
        # Per generated line: sorted (generated column, source index, line, column), 0-based.
        self._lines: list[list[tuple[int, int, int, int]]] = []
        source = line = column = 0
        mappings = data.get("mappings")
        for text in (mappings if isinstance(mappings, str) else "").split(";"):
            row = []
            generated = 0  # the generated column restarts on each line; the rest carry over
            for segment in filter(None, text.split(",")):
                fields = decode_vlq(segment)
                generated += fields[0]
                if len(fields) >= 4:
                    source += fields[1]
                    line += fields[2]
                    column += fields[3]
                    row.append((generated, source, line, column))
            self._lines.append(row)

    @classmethod
    def from_json(cls, text: str | bytes) -> SourceMap:
        return cls(json.loads(text))

    def lookup(self, line: int, column: int) -> Original | None:
        """The original of generated `line`:`column` (1-based, as JavaScript stacks show them)."""
        if not 1 <= line <= len(self._lines):
            return None
        row = self._lines[line - 1]
        if not row:
            return None
        at = bisect.bisect_right(row, (column - 1, 1 << 30)) - 1
        _, source, original_line, original_column = row[max(at, 0)]
        if not 0 <= source < len(self.sources):
            return None
        return Original(self.sources[source], original_line + 1, original_column + 1,
                        self._line_text(source, original_line))

    def _line_text(self, source: int, line: int) -> str | None:
        lines = self._contents[source] if source < len(self._contents) else None
        if lines is None or not 0 <= line < len(lines):
            return None
        return lines[line].strip()

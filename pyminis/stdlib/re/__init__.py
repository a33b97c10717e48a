"""re for games: staged as the game's `re` when it imports it.

CPython's `re` API over JavaScript's RegExp: patterns are translated once (re/_parser.py) and
run by pmrt/regexps.js; replacement templates (`\\1`, `\\g<name>`, escapes), `split` with
groups, `findall`'s tuples, empty matches, `Match` and `Pattern` follow CPython 3.11. What
JavaScript cannot run raises `error` here, and the lint refuses it at its line where the
pattern is a literal.
"""

from typing import Any

from _pmrt import _pm_re_exec  # type: ignore[import-not-found]
from re._parser import (ASCII, DOTALL, IGNORECASE, LOCALE, MULTILINE, UNICODE, VERBOSE,  # type: ignore[import-not-found]
                        error, translate)

__all__ = ["compile", "search", "match", "fullmatch", "split", "findall", "finditer", "sub", "subn",
           "escape", "purge", "error", "Pattern", "Match", "A", "ASCII", "I", "IGNORECASE", "L", "LOCALE",
           "M", "MULTILINE", "S", "DOTALL", "U", "UNICODE", "X", "VERBOSE", "NOFLAG", "RegexFlag"]

A = ASCII
I = IGNORECASE  # noqa: E741 (CPython's name)
L = LOCALE
M = MULTILINE
S = DOTALL
U = UNICODE
X = VERBOSE
NOFLAG = 0
RegexFlag = int

SEARCH, MATCH, FULL = 0, 1, 2
FLAG_NAMES = [(ASCII, "re.ASCII"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
              (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (VERBOSE, "re.VERBOSE")]
ESCAPED = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f"
TEMPLATE_ESCAPES = {"a": "\u0007", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\u000b",
                    "\\": "\\"}

_cache: dict[str, "Pattern"] = {}


class Match:
    """A match: its groups' spans in `string`."""

    def __init__(self, pattern: "Pattern", string: str, spans: list[int], pos: int, endpos: int) -> None:
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos
        last = None
        last_end = -1
        for g in range(1, pattern.groups + 1):
            # CPython's lastindex: the group that closed last, the outermost among those ending there
            if spans[2 * g] >= 0 and spans[2 * g + 1] > last_end:
                last, last_end = g, spans[2 * g + 1]
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, number in pattern.groupindex.items():
                if number == last:
                    self.lastgroup = name

    def _index(self, group: Any) -> int:
        if isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
            raise IndexError("no such group")
        if isinstance(group, int) and not isinstance(group, bool) and 0 <= group <= self.re.groups:
            return group
        raise IndexError("no such group")

    def _group(self, group: Any, default: Any = None) -> Any:
        g = self._index(group)
        start = self._spans[2 * g]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * g + 1]]

    def group(self, *groups: Any) -> Any:
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, group: Any) -> Any:
        return self._group(group)

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        return {name: self._group(number, default) for name, number in self.re.groupindex.items()}

    def start(self, group: Any = 0) -> int:
        return self._spans[2 * self._index(group)]

    def end(self, group: Any = 0) -> int:
        return self._spans[2 * self._index(group) + 1]

    def span(self, group: Any = 0) -> tuple[int, int]:
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    def expand(self, template: str) -> str:
        return _expand(_template(template, self.re), self)

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return "<re.Match object; span=(" + str(self.start()) + ", " + str(self.end()) + "), match=" + text + ">"


class Pattern:
    """A compiled pattern: its translation to JavaScript's syntax (re/_parser.py)."""

    def __init__(self, pattern: str, flags: int) -> None:
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        source, jsflags, groups, names, group_js, reported = translate(pattern, flags)
        self.pattern = pattern
        self.flags = reported
        self.groups = groups
        self.groupindex = names
        self._source = source
        self._jsflags = jsflags
        self._group_js = group_js

    def _exec(self, string: str, pos: int, endpos: Any, mode: int) -> Match | None:
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '" + type(string).__name__ + "'")
        size = len(string)
        end = size if endpos is None else max(0, min(endpos, size))
        start = max(0, min(pos, size))
        if start > end:
            return None
        try:
            spans = _pm_re_exec(self, string, start, end, mode)
        except Exception as why:  # SyntaxError: an engine without lookbehind (iOS < 16.4) or `d`
            raise error("this device's JavaScript cannot run the pattern " + repr(self.pattern) + ": " + str(why))
        return None if spans is None else Match(self, string, spans, start, end)

    def search(self, string: str, pos: int = 0, endpos: Any = None) -> Match | None:
        return self._exec(string, pos, endpos, SEARCH)

    def match(self, string: str, pos: int = 0, endpos: Any = None) -> Match | None:
        return self._exec(string, pos, endpos, MATCH)

    def fullmatch(self, string: str, pos: int = 0, endpos: Any = None) -> Match | None:
        return self._exec(string, pos, endpos, FULL)

    def _matches(self, string: str, pos: int = 0, endpos: Any = None) -> list[Match]:
        """Every match from `pos` on, as CPython 3.7+ finds them: after an empty match the next
        starts one character on; a match may be empty right after a non-empty one."""
        found: list[Match] = []
        at = pos
        size = len(string) if endpos is None else min(endpos, len(string))
        while at <= size:
            m = self._exec(string, at, endpos, SEARCH)
            if m is None:
                break
            found.append(m)
            at = m.end() + 1 if m.end() == m.start() else m.end()
        return found

    def finditer(self, string: str, pos: int = 0, endpos: Any = None) -> Any:
        return iter(self._matches(string, pos, endpos))

    def scanner(self, string: str, pos: int = 0, endpos: Any = None) -> "Scanner":
        return Scanner(self, string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: Any = None) -> list[Any]:
        result: list[Any] = []
        for m in self._matches(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group(0))
            elif self.groups == 1:
                result.append(m._group(1, ""))
            else:
                result.append(m.groups(""))
        return result

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        if maxsplit < 0:
            return [string]
        pieces: list[Any] = []
        last = 0
        for m in self._matches(string):
            if maxsplit > 0 and len(pieces) >= maxsplit * (self.groups + 1):
                break
            pieces.append(string[last:m.start()])
            pieces.extend(m.groups())
            last = m.end()
        pieces.append(string[last:])
        return pieces

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        template = None if callable(repl) else _template(repl, self)
        if count < 0:
            return (string, 0)
        out: list[str] = []
        last = 0
        n = 0
        for m in self._matches(string):
            if count > 0 and n >= count:
                break
            out.append(string[last:m.start()])
            if template is None:
                out.append(repl(m))
            else:
                out.append(_expand(template, m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return ("".join(out), n)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.subn(repl, string, count)[0]

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Pattern) and other.pattern == self.pattern and other.flags == self.flags

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __repr__(self) -> str:
        names = [name for flag, name in FLAG_NAMES if self.flags & flag]
        rest = self.flags & ~(ASCII | IGNORECASE | LOCALE | MULTILINE | DOTALL | VERBOSE | UNICODE)
        if rest:
            names.append(hex(rest))
        shown = repr(self.pattern)[:200]
        return "re.compile(" + shown + (", " + "|".join(names) if names else "") + ")"


class Scanner:
    """`pattern.scanner(text)` (CPython's undocumented SRE scanner, used by tokenizers: `for m in
    iter(scanner.match, None)`): each match() or search() goes on where the last match ended,
    one character further after an empty match."""

    def __init__(self, pattern: Pattern, string: str, pos: int, endpos: Any) -> None:
        self.pattern = pattern
        self._string = string
        self._at = pos
        self._endpos = endpos

    def _next(self, mode: int) -> Match | None:
        size = len(self._string) if self._endpos is None else min(self._endpos, len(self._string))
        if self._at > size:
            return None
        m = self.pattern._exec(self._string, self._at, self._endpos, mode)
        if m is None:
            return None
        self._at = m.end() + 1 if m.end() == m.start() else m.end()
        return m

    def match(self) -> Match | None:
        return self._next(MATCH)

    def search(self) -> Match | None:
        return self._next(SEARCH)


def _template(repl: str, pattern: Pattern) -> list[Any]:
    """A replacement template: its literal pieces (str) and group numbers (int), as CPython's
    re._parser.parse_template reads `\\1`, `\\g<1>`, `\\g<name>`, octal and character escapes."""
    if not isinstance(repl, str):
        raise TypeError("expected str instance, " + type(repl).__name__ + " found")
    items: list[Any] = []
    text = ""
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        i += 1
        if c != "\\":
            text += c
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", repl, i - 1)
        c = repl[i]
        i += 1
        group = -1
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            close = repl.find(">", i + 1)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:close]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference " + str(group), repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '" + name + "'")
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name " + repr(name), repl, i + 1)
            i = close + 1
        elif c == "0":
            digits = ""
            while len(digits) < 2 and i < n and repl[i] in "01234567":
                digits += repl[i]
                i += 1
            text += chr(int(digits or "0", 8))
            continue
        elif c in "123456789":
            digits = c
            if i < n and repl[i] in "0123456789":
                if c in "01234567" and repl[i] in "01234567" and i + 1 < n and repl[i + 1] in "01234567":
                    value = int(c + repl[i:i + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value \\" + c + repl[i:i + 2] + " outside of range 0-0o377",
                                    repl, i - 2)
                    text += chr(value)
                    i += 2
                    continue
                digits += repl[i]
                i += 1
            group = int(digits)
            if group > pattern.groups:
                raise error("invalid group reference " + str(group), repl, i - len(digits))
        elif c in TEMPLATE_ESCAPES:
            text += TEMPLATE_ESCAPES[c]
            continue
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\" + c, repl, i - 2)
        else:
            text += "\\" + c
            continue
        if text:
            items.append(text)
            text = ""
        items.append(group)
    if text:
        items.append(text)
    return items


def _expand(template: list[Any], m: Match) -> str:
    out: list[str] = []
    for item in template:
        if isinstance(item, str):
            out.append(item)
        else:
            value = m._group(item, "")
            out.append(value)
    return "".join(out)


def compile(pattern: Any, flags: int = 0) -> Pattern:  # noqa: A001 (CPython's name)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = str(flags) + ":" + pattern if isinstance(pattern, str) else None
    if key is not None and key in _cache:
        return _cache[key]
    compiled = Pattern(pattern, flags)
    if key is not None:
        _cache[key] = compiled
    return compiled


def search(pattern: Any, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).fullmatch(string)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: Any, string: str, flags: int = 0) -> Any:
    return compile(pattern, flags).finditer(string)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def escape(pattern: str) -> str:
    return "".join("\\" + c if c in ESCAPED else c for c in pattern)


def purge() -> None:
    _cache.clear()

"""CPython's regular-expression syntax written as JavaScript's (the `u` flag), for `re`.

The game's `re` (this package) runs patterns on JavaScript's RegExp; this translation gives
each construct CPython's meaning: `.` stops at `\\n` only, `^`/`$`/`\\A`/`\\Z` as CPython anchors
them (`$` also before a final newline), `\\d`/`\\w`/`\\s`/`\\b` over Unicode as `str` patterns
are, named groups, `(?P=name)`, octal and `\\U` escapes, `{,n}`, literal `{`, VERBOSE, inline
and scoped flags (`(?s:…)`, `(?x)`), atomic groups and possessive repeats. What JavaScript
cannot run (a scoped `(?i:…)`, conditionals, `\\N{…}`, LOCALE) raises `error` naming it.

Plain Python, so the lint runs the same translation under CPython on every pattern written as
a literal and refuses, at its line, one that would raise here (pyminis/guard/regexps.py).
"""

__all__ = ["translate", "error", "ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE"]

ASCII = 256
IGNORECASE = 2
LOCALE = 4
UNICODE = 32
MULTILINE = 8
DOTALL = 16
VERBOSE = 64

FLAG_LETTERS = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "u": UNICODE, "m": MULTILINE,
                "s": DOTALL, "x": VERBOSE}
# Marks of capturing groups and backreferences while translating (no translation writes a raw
# control character): OPEN key MARK opens group `key`, REF key MARK refers to it.
OPEN, REF, MARK = "\u0001", "\u0002", "\u0003"
OCTAL = "01234567"
DIGITS = "0123456789"
HEX = "0123456789abcdefABCDEF"
ESCAPES = {"a": "\u0007", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\u000b", "\\": "\\"}
# Inside a class: Python's str.isspace characters (sre's \s), and the rest.
SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
NOT_SPACE = ("\\0-\\x08\\x0e-\\x1b\\x21-\\x84\\x86-\\x9f\\xa1-\\u167f\\u1681-\\u1fff\\u200b-\\u2027"
             "\\u202a-\\u202e\\u2030-\\u205e\\u2060-\\u2fff\\u3001-\\u{10ffff}")
WORD = "\\p{L}\\p{N}_"
ASCII_CLASSES = {"d": "0-9", "D": "\\0-/:-\\u{10ffff}", "w": "A-Za-z0-9_",
                 "W": "\\0-/:-@\\[-\\^`\\{-\\u{10ffff}", "s": "\\t-\\r ",
                 "S": "\\0-\\x08\\x0e-\\x1f!-\\u{10ffff}"}
UNICODE_CLASSES = {"d": "\\p{Nd}", "D": "\\P{Nd}", "w": WORD, "s": SPACE, "S": NOT_SPACE}


class error(Exception):
    """re.error: a pattern CPython rejects, or one games cannot run."""

    def __init__(self, msg: str, pattern: str = "", pos: int = -1) -> None:
        Exception.__init__(self, msg if pos < 0 else msg + " at position " + str(pos))
        self.msg = msg
        self.pattern = pattern
        self.pos = pos if pos >= 0 else None


def char(c: str) -> str:
    """A literal character, as JavaScript's `u` syntax takes it anywhere."""
    if c.isalnum() and ord(c) < 128 or c == "_" or c == " ":
        return c
    if ord(c) > 127 and c.isprintable():
        return c
    return "\\u{" + hex(ord(c))[2:] + "}"


def many(repeat: str) -> bool:
    """Can this repeat (`*`, `+?`, `{2,5}`…) match its item more than once?"""
    if repeat[0] in "*+":
        return True
    if repeat[0] == "?":
        return False
    inner = repeat[1:repeat.index("}")]
    if "," in inner:
        high = inner.split(",")[1]
        return high == "" or int(high) > 1
    return int(inner) > 1


class Translation:
    """The state of one translation: `source` is JavaScript's pattern once `run` ends."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 0  # Python's groups
        self.atomics = 0  # JavaScript groups of atomic groups
        self.group_js: list[int] = [0]  # Python group → JavaScript group (`numbered` sets them)
        self.names: dict[str, int] = {}
        self.open: list[int] = []  # Python groups not yet closed
        self.skipped: set[int] = set()  # the groups of the last atom that a match of it may skip

    def fail(self, msg: str, pos: int = -1) -> error:
        return error(msg, self.p, self.i if pos < 0 else pos)

    def more(self) -> bool:
        return self.i < len(self.p)

    def peek(self, k: int = 0) -> str:
        return self.p[self.i + k] if self.i + k < len(self.p) else ""

    def take(self) -> str:
        c = self.p[self.i]
        self.i += 1
        return c

    def run(self) -> str:
        self.leading_flags()
        out = self.sequence(self.flags, True)
        if self.more():
            raise self.fail("unbalanced parenthesis")
        if self.flags & LOCALE:
            raise self.fail("re.LOCALE is not supported in games", 0)
        return out

    def leading_flags(self) -> None:
        """`(?aimsux)` at the start: flags of the whole pattern (3.11 allows them only there)."""
        while self.p.startswith("(?", self.i) and self.i + 2 < len(self.p) and self.p[self.i + 2] in FLAG_LETTERS:
            j = self.i + 2
            while j < len(self.p) and self.p[j] in FLAG_LETTERS:
                j += 1
            if j >= len(self.p) or self.p[j] != ")":
                return
            for c in self.p[self.i + 2:j]:
                self.flags |= FLAG_LETTERS[c]
            self.i = j + 1

    # ---- sequences and alternatives ---------------------------------------------------

    def sequence(self, flags: int, top: bool) -> str:
        """Items up to the `)` closing the group (not taken) or the end."""
        items: list[str] = []
        captures: list[set[int]] = []  # per item: the groups inside it
        skippable: list[set[int]] = []  # per item: those that may take no part in one match of it
        branches = False
        can_repeat = False  # the last item is an atom a repeat may follow
        repeated = False  # the last item is a repeat
        while self.more():
            c = self.peek()
            if flags & VERBOSE and c in " \t\n\r\u000b\f":
                self.i += 1
                continue
            if flags & VERBOSE and c == "#":
                while self.more() and self.peek() != "\n":
                    self.i += 1
                continue
            if c == ")":
                if top:
                    raise self.fail("unbalanced parenthesis")
                break
            if c == "|":
                self.i += 1
                items.append("|")
                captures.append(set())
                skippable.append(set())
                branches = True
                can_repeat = repeated = False
                continue
            start = self.i
            if c in "*+?{":
                repeat = self.repeat()
                if repeat is not None:
                    if not can_repeat:
                        raise self.fail("multiple repeat" if repeated else "nothing to repeat", start)
                    if skippable[-1] and many(repeat):
                        raise self.fail("a group that may take no part in one repetition of a repeated group keeps"
                                        " its earlier value in CPython, JavaScript forgets it", start)
                    if repeat[0] in "*?" or repeat.startswith("{0"):
                        skippable[-1] = skippable[-1] | captures[-1]
                    items[-1] = self.repeated(items[-1], repeat)
                    can_repeat, repeated = False, True
                    continue
                self.i += 1  # a `{` that starts no repeat is itself
                items.append("\\{")
                captures.append(set())
                skippable.append(set())
                can_repeat, repeated = True, False
                continue
            before = self.groups
            self.skipped = set()
            atom = self.atom(flags)
            if atom is None:  # a comment
                continue
            items.append(atom)
            captures.append(set(range(before + 1, self.groups + 1)))
            skippable.append(self.skipped)
            anchor = c in "^$" or (c == "\\" and self.p[start + 1:start + 2] in ("A", "Z", "b", "B"))
            can_repeat, repeated = not anchor, False
        # What the group holding this sequence passes up: its groups that one match may skip.
        self.skipped = set()
        for k in range(len(items)):
            self.skipped |= captures[k] if branches else skippable[k]
        return "".join(items)

    def repeat(self) -> str | None:
        """A repeat at the current position (taken), or None for a literal `{`."""
        c = self.peek()
        if c in "*+?":
            self.i += 1
            q = c
        else:
            j = self.i + 1
            lo = ""
            while j < len(self.p) and self.p[j] in DIGITS:
                lo += self.p[j]
                j += 1
            hi = lo
            comma = j < len(self.p) and self.p[j] == ","
            if comma:
                j += 1
                hi = ""
                while j < len(self.p) and self.p[j] in DIGITS:
                    hi += self.p[j]
                    j += 1
            if j >= len(self.p) or self.p[j] != "}" or (not lo and not comma):
                return None
            if lo and hi and int(hi) < int(lo):
                raise self.fail("min repeat greater than max repeat", j - len(hi))
            self.i = j + 1
            q = "{" + (lo or "0") + ("," + hi if comma else "") + "}"
        if self.peek() == "?":
            self.i += 1
            return q + "?"
        if self.peek() == "+":
            self.i += 1
            return q + "+"
        return q

    def repeated(self, atom: str, repeat: str) -> str:
        body = atom if self.single(atom) else "(?:" + atom + ")"
        if repeat.endswith("+") and len(repeat) > 1:
            return self.atomic(body + repeat[:-1])  # possessive: an atomic group
        return body + repeat

    @staticmethod
    def single(atom: str) -> bool:
        """Does a repeat after `atom` repeat all of it?"""
        if atom.startswith(OPEN):
            return True
        if atom.startswith("(") or atom.startswith("["):
            return False if atom.startswith("(?") and not atom.startswith("(?:") else True
        return len(atom) == 1 or atom.startswith("\\") and ("{" not in atom or atom.endswith("}"))

    def atomic(self, inner: str) -> str:
        """`(?>X)`: JavaScript's lookahead keeps one way to match, then the text is taken."""
        self.atomics += 1
        key = "a" + str(self.atomics)
        return "(?:(?=" + OPEN + key + MARK + inner + "))\\" + REF + key + MARK + ")"

    def numbered(self, source: str) -> str:
        """Groups numbered as JavaScript numbers them, by their opening parentheses: the
        marks of `capture` and `atomic` become `(`, those of backreferences the numbers."""
        numbers: dict[str, int] = {}
        parts = source.split(OPEN)
        for k in range(1, len(parts)):
            end = parts[k].index(MARK)
            numbers[parts[k][:end]] = k
            parts[k] = "(" + parts[k][end + 1:]
        text = "".join(parts)
        self.group_js = [0] + [numbers["g" + str(n)] for n in range(1, self.groups + 1)]
        pieces = text.split(REF)
        for k in range(1, len(pieces)):
            end = pieces[k].index(MARK)
            pieces[k] = str(numbers[pieces[k][:end]]) + pieces[k][end + 1:]
        return "".join(pieces)

    # ---- atoms ------------------------------------------------------------------------

    def atom(self, flags: int) -> str | None:
        c = self.take()
        if c == ".":
            return "[\\s\\S]" if flags & DOTALL else "[^\\n]"
        if c == "^":  # JavaScript's own `^` (no `m` flag) is the start of the text
            return "(?<![^\\n])" if flags & MULTILINE else "^"
        if c == "$":
            return "(?![^\\n])" if flags & MULTILINE else "(?=\\n?(?![\\s\\S]))"
        if c == "[":
            return self.char_class(flags)
        if c == "(":
            return self.group(flags)
        if c == "\\":
            return self.escape(flags)
        if c in "]}":
            return "\\" + c
        return char(c)

    def group(self, flags: int) -> str | None:
        start = self.i - 1
        if self.peek() != "?":
            return self.capture(flags, "", start)
        self.i += 1
        kind = self.take() if self.more() else ""
        if kind == ":":
            return "(?:" + self.close(flags, start) + ")"
        if kind in "=!":
            return "(?" + kind + self.close(flags, start) + ")"
        if kind == "<" and self.peek() in "=!":
            look = self.take()
            return "(?<" + look + self.close(flags, start) + ")"
        if kind == ">":
            return self.atomic(self.close(flags, start))
        if kind == "#":
            while self.more() and self.peek() != ")":
                self.i += 1
            if not self.more():
                raise self.fail("missing ), unterminated comment", start)
            self.i += 1
            return None
        if kind == "P" and self.peek() == "<":
            self.i += 1
            name = self.name(">")
            if name in self.names:
                raise self.fail("redefinition of group name " + repr(name), start + 4)
            return self.capture(flags, name, start)
        if kind == "P" and self.peek() == "=":
            self.i += 1
            name = self.name(")")
            if name not in self.names:
                raise self.fail("unknown group name " + repr(name), start + 4)
            return self.backref(self.names[name], start)
        if kind == "(":
            raise self.fail("conditional patterns (?(…)…|…) are not supported in games", start)
        if kind in FLAG_LETTERS or kind == "-":
            return self.scoped_flags(flags, kind, start)
        raise self.fail("unknown extension ?" + kind, start + 1)

    def name(self, end: str) -> str:
        j = self.p.find(end, self.i)
        if j < 0:
            raise self.fail("missing " + end + ", unterminated name")
        name = self.p[self.i:j]
        if not name.isidentifier():
            raise self.fail("bad character in group name " + repr(name))
        self.i = j + 1
        return name

    def capture(self, flags: int, name: str, start: int) -> str:
        self.groups += 1
        number = self.groups
        if name:
            self.names[name] = number
        self.open.append(number)
        inner = self.close(flags, start)
        self.open.pop()
        return OPEN + "g" + str(number) + MARK + inner + ")"

    def close(self, flags: int, start: int) -> str:
        inner = self.sequence(flags, False)
        if not self.more():
            raise self.fail("missing ), unterminated subpattern", start)
        self.i += 1
        return inner

    def scoped_flags(self, flags: int, first: str, start: int) -> str | None:
        on, off = 0, 0
        c = first
        adding = True
        while True:
            if c == "-":
                adding = False
            elif c in FLAG_LETTERS:
                if adding:
                    on |= FLAG_LETTERS[c]
                else:
                    off |= FLAG_LETTERS[c]
            elif c == ")":
                if not adding or start != 0:
                    raise self.fail("global flags not at the start of the expression", start)
                return None  # leading_flags took these: not reached
            elif c == ":":
                break
            else:
                raise self.fail("unknown flag" if c else "missing -, : or )", self.i - 1)
            if not self.more():
                raise self.fail("missing -, : or )")
            c = self.take()
        if (on | off) & (LOCALE | ASCII) or (on & IGNORECASE and not flags & IGNORECASE) \
                or (off & IGNORECASE and flags & IGNORECASE):
            raise self.fail("scoped flags (?i:…), (?a:…), (?L:…) are not supported in games", start)
        return "(?:" + self.close((flags | on) & ~off, start) + ")"

    def backref(self, number: int, pos: int) -> str:
        if number in self.open:
            raise self.fail("cannot refer to an open group", pos)
        return "(?:\\" + REF + "g" + str(number) + MARK + ")"

    # ---- escapes ------------------------------------------------------------------------

    def escape(self, flags: int) -> str:
        start = self.i - 1
        if not self.more():
            raise self.fail("bad escape (end of pattern)", start)
        c = self.take()
        ascii_only = bool(flags & ASCII)
        word = "[A-Za-z0-9_]" if ascii_only else "[" + WORD + "]"
        if c == "A":
            return "^"
        if c == "Z":
            return "(?![\\s\\S])"
        if c == "b":
            return "(?:(?<=" + word + ")(?!" + word + ")|(?<!" + word + ")(?=" + word + "))"
        if c == "B":
            return "(?:(?<=" + word + ")(?=" + word + ")|(?<!" + word + ")(?!" + word + "))"
        if c == "W" and not ascii_only:
            return "[^" + WORD + "]"
        if c in "dDwWsS":
            return "[" + (ASCII_CLASSES[c] if ascii_only else UNICODE_CLASSES[c]) + "]"
        if c in DIGITS:
            return self.number_escape(c, start)
        return char(self.char_escape(c, start, False))

    def number_escape(self, c: str, start: int) -> str:
        """`\\1`…`\\99` refer to a group; `\\0`, `\\012`, `\\141` are octal characters."""
        if c == "0":
            digits = c
            while len(digits) < 3 and self.peek() and self.peek() in OCTAL:
                digits += self.take()
            return char(chr(int(digits, 8)))
        digits = c
        if self.peek() and self.peek() in DIGITS:
            digits += self.take()
            if c in OCTAL and digits[1] in OCTAL and self.peek() and self.peek() in OCTAL:
                digits += self.take()
                value = int(digits, 8)
                if value > 0o377:
                    raise self.fail("octal escape value \\" + digits + " outside of range 0-0o377", start)
                return char(chr(value))
        number = int(digits)
        if number > self.groups:
            raise self.fail("invalid group reference " + str(number), start + 1)
        return self.backref(number, start)

    def char_escape(self, c: str, start: int, in_class: bool) -> str:
        """The character of `\\c` (its first character taken): \\n, \\x41, \\u00e9, \\U0001f600…"""
        if c in ESCAPES:
            return ESCAPES[c]
        if c in "xuU":
            size = 2 if c == "x" else 4 if c == "u" else 8
            digits = self.p[self.i:self.i + size]
            if len(digits) != size or any(d not in HEX for d in digits):
                raise self.fail("incomplete escape \\" + c + digits, start)
            self.i += size
            value = int(digits, 16)
            if value > 0x10FFFF:
                raise self.fail("bad escape \\" + c + digits, start)
            return chr(value)
        if c == "N":
            raise self.fail("named character escapes \\N{…} are not supported in games: write the character",
                            start)
        if in_class and c in OCTAL:
            digits = c
            while len(digits) < 3 and self.peek() and self.peek() in OCTAL:
                digits += self.take()
            value = int(digits, 8)
            if value > 0o377:
                raise self.fail("octal escape value \\" + digits + " outside of range 0-0o377", start)
            return chr(value)
        if c.isalnum() and ord(c) < 128:
            raise self.fail("bad escape \\" + c, start)
        return c

    # ---- classes ------------------------------------------------------------------------

    def char_class(self, flags: int) -> str:
        start = self.i - 1
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        items: list[str] = []
        words_excluded = False  # a \W in a Unicode class: JavaScript's class cannot hold it
        first = True
        while True:
            if not self.more():
                raise self.fail("unterminated character set", start)
            c = self.take()
            if c == "]" and not first:
                break
            first = False
            low = self.class_item(c, flags, start)
            if low is None:
                words_excluded = True
                continue
            if low.startswith("\\p") or low.startswith("\\P") or len(low) > 1 and not low.startswith("\\u{"):
                items.append(low)  # a shorthand class
                continue
            if self.peek() == "-" and self.peek(1) and self.peek(1) != "]":
                self.i += 1
                high = self.class_item(self.take(), flags, start)
                if high is None or high.startswith("\\p") or high.startswith("\\P") \
                        or len(high) > 1 and not high.startswith("\\u{"):
                    raise self.fail("bad character range", start)
                if self.code(high) < self.code(low):
                    raise self.fail("bad character range", start)
                items.append(low + "-" + high)
                continue
            items.append(low)
        body = "".join(items)
        if not words_excluded:
            return "[" + ("^" if negated else "") + body + "]"
        if negated:  # not (items or a non-word character): a word character, none of the items
            return "(?:(?![" + body + "])[" + WORD + "])" if body else "[" + WORD + "]"
        return "(?:[" + body + "]|[^" + WORD + "])" if body else "[^" + WORD + "]"

    def class_item(self, c: str, flags: int, start: int) -> str | None:
        """One member: a character (as `char` writes it, or escaped), a shorthand class, or
        None for a Unicode `\\W`."""
        if c != "\\":
            return self.class_char(c)
        if not self.more():
            raise self.fail("unterminated character set", start)
        e = self.take()
        if e in "dDwWsS":
            if flags & ASCII:
                return ASCII_CLASSES[e]
            return None if e == "W" else UNICODE_CLASSES[e]
        if e == "b":
            return self.class_char("\b")
        return self.class_char(self.char_escape(e, self.i - 2, True))

    @staticmethod
    def class_char(c: str) -> str:
        if c in "\\]^-[":
            return "\\u{" + hex(ord(c))[2:] + "}"
        return char(c)

    @staticmethod
    def code(item: str) -> int:
        return int(item[3:-1], 16) if item.startswith("\\u{") else ord(item)


def translate(pattern: str, flags: int) -> tuple[str, str, int, dict[str, int], list[int], int]:
    """(JavaScript's source, its flags, the groups, group name → number, Python group →
    JavaScript group, the pattern's flags as CPython reports them); raises `error`."""
    if flags & ASCII and flags & UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    t = Translation(pattern, flags)
    source = t.numbered(t.run())
    reported = t.flags if t.flags & ASCII else t.flags | UNICODE
    return source, "i" if t.flags & IGNORECASE else "", t.groups, t.names, t.group_js, reported

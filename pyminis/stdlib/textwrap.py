"""textwrap for games: staged as the game's `textwrap` when it imports it.

Wraps and fills text as CPython 3.11's textwrap: the text is cut into chunks (runs of
whitespace, words, and with break_on_hyphens the parts of hyphenated words and em-dashes, cut
where CPython's word-splitting rules cut them), then the chunks are laid into lines.
"""

from typing import Any

__all__ = ["TextWrapper", "wrap", "fill", "shorten", "dedent", "indent"]

# The whitespace textwrap knows (not Unicode's): tabs are expanded and these become spaces.
_WHITESPACE = "\t\n\x0b\x0c\r "
_WORD_PUNCT = "!\"'&.,?"


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _is_letter(c: str) -> bool:
    """A word character that is not a digit."""
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c: str) -> bool:
    return _is_word(c) or c in _WORD_PUNCT


def _at(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def _dashes_then_word(text: str, i: int) -> int:
    """The end of two or more '-' at i followed by a word character, or -1."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j
    return -1


def _letters(*chars: str) -> bool:
    for c in chars:
        if not c or not _is_letter(c):
            return False
    return True


def _word_end(text: str, i: int) -> int:
    """Where the word chunk starting at i (not whitespace) ends: before whitespace or the end,
    after a hyphen between letters (two letters, or letter-hyphen-letter, before it, and a
    letter, maybe a hyphen, and a letter after), or before an em-dash that follows a word."""
    p = i + 1
    while True:
        c = _at(text, p)
        if c == "-":
            behind = _letters(_at(text, p - 2), _at(text, p - 1)) or (
                _letters(_at(text, p - 3), _at(text, p - 1)) and _at(text, p - 2) == "-")
            after = _at(text, p + 2)
            ahead = _letters(_at(text, p + 1)) and (_letters(after) or (after == "-" and _letters(_at(text, p + 3))))
            if behind and ahead:
                return p + 1
        if c == "" or c in _WHITESPACE:
            return p
        if _is_word_punct(_at(text, p - 1)) and _dashes_then_word(text, p) > 0:
            return p
        p += 1


def _split_on_hyphens(text: str) -> list:
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _WHITESPACE:
            j = i
            while j < n and text[j] in _WHITESPACE:
                j += 1
        else:
            j = -1
            if text[i] == "-" and i > 0 and _is_word_punct(text[i - 1]):
                j = _dashes_then_word(text, i)  # an em-dash between words is a chunk
            if j < 0:
                j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text: str) -> list:
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _WHITESPACE
        j = i
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _expand_tabs(text: str, tabsize: int) -> str:
    """str.expandtabs: columns restart after '\\n' and '\\r'."""
    out = []
    column = 0
    for c in text:
        if c == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                out.append(" " * spaces)
                column += spaces
        else:
            out.append(c)
            column = 0 if c == "\n" or c == "\r" else column + 1
    return "".join(out)


def _sentence_end(chunk: str) -> bool:
    """Ends with a lowercase ASCII letter, then '.', '!' or '?', then maybe a quote."""
    if chunk[-1:] in ("\"", "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    def __init__(self, width: int = 70, initial_indent: str = "", subsequent_indent: str = "",
                 expand_tabs: bool = True, replace_whitespace: bool = True, fix_sentence_endings: bool = False,
                 break_long_words: bool = True, drop_whitespace: bool = True, break_on_hyphens: bool = True,
                 tabsize: int = 8, *, max_lines: Any = None, placeholder: str = " [...]") -> None:
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text: str) -> str:
        if self.expand_tabs:
            text = _expand_tabs(text, self.tabsize)
        if self.replace_whitespace:
            text = "".join([" " if c in _WHITESPACE else c for c in text])
        return text

    def _split(self, text: str) -> list:
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks: list) -> None:
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks: list, cur_line: list, cur_len: int, width: int) -> None:
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only hyphens come before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-") != "":
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks: list) -> list:
        lines: list = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line: list = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_space = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_space and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: end it with the placeholder where it fits.
            placed = False
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    placed = True
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not placed:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text: str) -> list:
        return self._split(self._munge_whitespace(text))

    def wrap(self, text: str) -> list:
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text: str) -> str:
        return "\n".join(self.wrap(text))


def wrap(text: str, width: int = 70, **kwargs: Any) -> list:
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text: str, width: int = 70, **kwargs: Any) -> str:
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text: str, width: int, **kwargs: Any) -> str:
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(" ".join(text.strip().split()))


def _blank_if_only_spaces(line: str) -> str:
    return "" if line and line.strip(" \t") == "" else line


def _margin_of(line: str) -> Any:
    """The spaces and tabs starting a line with other text, or None (a line without any)."""
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i] if i < len(line) else None


def dedent(text: str) -> str:
    """Removes the whitespace every non-blank line starts with; blank lines become empty."""
    lines = [_blank_if_only_spaces(line) for line in text.split("\n")]
    margin: Any = None
    for line in lines:
        here = _margin_of(line)
        if here is None:
            continue
        if margin is None or margin.startswith(here):
            margin = here
        elif not here.startswith(margin):
            common = 0
            while common < len(margin) and common < len(here) and margin[common] == here[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text: str, prefix: str, predicate: Any = None) -> str:
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return "".join(out)

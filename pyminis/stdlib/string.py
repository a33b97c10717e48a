"""string for games: staged as the game's `string` when it imports it."""

from typing import Any

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s: str, sep: Any = None) -> str:
    return (sep or " ").join([word.capitalize() for word in s.split(sep)])


def _name_end(text: str, start: int) -> int:
    """Where the identifier at `start` ends (start itself if there is none)."""
    end = start
    while end < len(text):
        c = text[end]
        if c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or (end > start and "0" <= c <= "9"):
            end += 1
        else:
            break
    return end


class Template:
    """`$name`, `${name}` and `$$` substitution, with CPython's errors."""

    delimiter = "$"

    def __init__(self, template: str) -> None:
        self.template = template

    def _invalid(self, index: int) -> ValueError:
        lines = self.template[:index].split("\n")
        return ValueError(f"Invalid placeholder in string: line {len(lines)}, col {len(lines[-1]) + 1}")

    def _render(self, mapping: Any, safe: bool) -> str:
        text = self.template
        out = []
        i = 0
        while i < len(text):
            j = text.find("$", i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            if text[j + 1:j + 2] == "$":
                out.append("$")
                i = j + 2
                continue
            braced = text[j + 1:j + 2] == "{"
            start = j + 2 if braced else j + 1
            end = _name_end(text, start)
            if end == start or (braced and text[end:end + 1] != "}"):
                if not safe:
                    raise self._invalid(j)
                out.append("$")
                i = j + 1
                continue
            name = text[start:end]
            stop = end + 1 if braced else end
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text[j:stop])
            else:
                raise KeyError(name)
            i = stop
        return "".join(out)

    def substitute(self, mapping: Any = None, **kws: Any) -> str:
        return self._render(_merged(mapping, kws), False)

    def safe_substitute(self, mapping: Any = None, **kws: Any) -> str:
        return self._render(_merged(mapping, kws), True)

    def get_identifiers(self) -> list[str]:
        names: list[str] = []
        text = self.template
        i = 0
        while True:
            j = text.find("$", i)
            if j < 0:
                return names
            if text[j + 1:j + 2] == "$":
                i = j + 2
                continue
            braced = text[j + 1:j + 2] == "{"
            start = j + 2 if braced else j + 1
            end = _name_end(text, start)
            if end > start and (not braced or text[end:end + 1] == "}") and text[start:end] not in names:
                names.append(text[start:end])
            i = max(end, j + 1)

    def is_valid(self) -> bool:
        try:
            self._render(_Anything(), False)
        except ValueError:
            return False
        return True


class _Anything:
    """A mapping with every key: rendering with it finds only invalid placeholders."""

    def __contains__(self, key: Any) -> bool:
        return True

    def __getitem__(self, key: Any) -> str:
        return ""


def _merged(mapping: Any, kws: Any) -> Any:
    if mapping is None:
        return kws
    if not kws:
        return mapping
    result = dict(mapping)
    result.update(kws)
    return result

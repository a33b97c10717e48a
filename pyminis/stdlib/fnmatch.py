"""fnmatch for games: staged as the game's `fnmatch` when it imports it.

Shell-style patterns (`*`, `?`, `[seq]`, `[!seq]`) as CPython 3.11's on POSIX, where fnmatch
is case-sensitive (os.path.normcase changes nothing): `translate` gives CPython's regular
expression text (atomic groups included, which pyminis' `re` runs), and matching runs it.
"""

from typing import Any

import re  # type: ignore[import-not-found]

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled: dict = {}  # pattern → its compiled match (CPython's lru_cache)


def _compile_pattern(pat: Any) -> Any:
    key = (type(pat), pat)
    found = _compiled.get(key)
    if found is None:
        if not isinstance(pat, str):
            raise TypeError(f"expected str or bytes-like object, not {type(pat).__name__}")  # bytes: games have none
        found = re.compile(translate(pat)).match
        _compiled[key] = found
    return found


def fnmatch(name: str, pat: str) -> bool:
    """Does `name` match the shell pattern `pat`? (Case-sensitive, as CPython's on POSIX.)"""
    return fnmatchcase(name, pat)


def filter(names: Any, pat: str) -> list:
    """The names of `names` that match `pat`."""
    match = _compile_pattern(pat)
    result = []
    for name in names:
        if match(name):
            result.append(name)
    return result


def fnmatchcase(name: str, pat: str) -> bool:
    match = _compile_pattern(pat)
    return match(name) is not None


_STAR = object()


def _set(pat: str, i: int, j: int) -> str:
    """The regular expression of the bracket expression pat[i-1:j+1] (`[` at i-1, `]` at j)."""
    stuff = pat[i:j]
    if "-" not in stuff:
        stuff = stuff.replace("\\", r"\\")
    else:
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += "-"
        for k in range(len(chunks) - 1, 0, -1):  # empty ranges are invalid in a regular expression
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        # Backslashes and hyphens escaped, except the hyphens making ranges.
        stuff = "-".join([s.replace("\\", r"\\").replace("-", r"\-") for s in chunks])
    stuff = re.sub(r"([&~|])", r"\\\1", stuff)  # set operations (&&, ~~, ||) escaped
    if not stuff:
        return "(?!)"  # an empty range never matches
    if stuff == "!":
        return "."  # a negated empty range matches any character
    if stuff[0] == "!":
        stuff = "^" + stuff[1:]
    elif stuff[0] in ("^", "["):
        stuff = "\\" + stuff
    return f"[{stuff}]"


def translate(pat: str) -> str:
    """The regular expression text matching what the shell pattern `pat` matches (CPython's)."""
    res: list = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == "*":
            if not res or res[-1] is not _STAR:  # consecutive `*` count as one
                res.append(_STAR)
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j = j + 1
            if j < n and pat[j] == "]":
                j = j + 1
            while j < n and pat[j] != "]":
                j = j + 1
            if j >= n:
                res.append("\\[")
            else:
                res.append(_set(pat, i, j))
                i = j + 1
        else:
            res.append(re.escape(c))
    # The stars: fixed pieces at the start, then `STAR fixed` pairs, each interior pair a
    # minimal .*? match followed by `fixed` that cannot backtrack (an atomic group).
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not _STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and res[i] is not _STAR:
            fixed.append(res[i])
            i += 1
        text = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(text)
        else:
            out.append(f"(?>.*?{text})")
    return "(?s:" + "".join(out) + ")\\Z"

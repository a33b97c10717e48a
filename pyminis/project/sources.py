"""Reading the author's Python files as CPython does: the encoding from a BOM or a PEP 263
`# -*- coding: … -*-` line (UTF-8 otherwise), and bytes that do not decode refused at their line
instead of ending in a UnicodeDecodeError.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from pyminis.errors import CompileError, Location, Problem

# A source file this big is not a game's hand-written module (nor anything Transcrypt digests).
MAX_SOURCE_BYTES = 8 * 1024 * 1024


def _refuse(display: str, line: int | None, message: str, hint: str) -> CompileError:
    problem = Problem(Location(display, line), "PM004", message, hint)
    return CompileError(f"{display} cannot be read as Python source", [problem])


# PEP 263's coding line, which CPython reads in the first two lines only.
_COOKIE = re.compile(r"^([ \t\f]*#.*?)coding([:=])", re.MULTILINE)


def _without_cookie(text: str) -> str:
    """The text with its coding declaration made a plain comment: it is decoded now, and the
    compiler reads the UTF-8 the text is staged as (a `# coding: cp1252` line left in made it
    decode that UTF-8 as cp1252 again: 'Olá' printed 'OlÃ¡')."""
    head, newline, rest = text.partition("\n")
    second, newline2, tail = rest.partition("\n")
    return _COOKIE.sub(r"\1c0ding\2", head + newline + second, count=2) + newline2 + tail


def decode_source(data: bytes, display: str) -> str:
    """The text of a Python source file, decoded the way CPython decodes it."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:  # an unknown or contradictory coding declaration
        raise _refuse(display, error.lineno or 1, f"bad encoding declaration: {error.msg}",
                      "save the file as UTF-8 and remove the coding line") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise _refuse(display, line, f"byte 0x{data[error.start]:02x} is not valid {encoding}",
                      "save the file as UTF-8 (your editor's encoding menu)") from None
    if encoding == "utf-8-sig" or text.startswith("\ufeff"):
        text = text.removeprefix("\ufeff")
    text = _without_cookie(text)
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise _refuse(display, line, "the file contains a NUL character (is it a binary file?)",
                      "remove the NUL bytes, or move the file out of the source folder")
    return text


def read_source(path: Path, display: str) -> str:
    """`path`'s text (see decode_source); too big or unreadable files are refused, not raised."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise _refuse(display, None, f"the file is {size // (1024 * 1024)} MB, more than a "
                          f"game module can be ({MAX_SOURCE_BYTES // (1024 * 1024)} MB)",
                          "split it into modules, or move generated data into assets/")
        data = path.read_bytes()
    except OSError as error:
        raise _refuse(display, None, f"cannot read it: {error.strerror}",
                      "check the file's permissions") from None
    return decode_source(data, display)


__all__ = ["MAX_SOURCE_BYTES", "decode_source", "read_source"]

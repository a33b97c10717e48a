"""The uses of bytes games refuse (PM119): games have bytes and bytearray (pmrt/bytes.js) with
the codecs utf-8, ascii and latin-1 (pmrt/codecs.js); an encoding or error handler CPython
knows beyond those, `%` formatting of bytes and `str(b, encoding)` are refused at their line
rather than failing at run time. An encoding CPython does not know raises its LookupError in
games too."""

from __future__ import annotations

import ast
import codecs
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# codecs.lookup(…).name of the codecs pmrt/codecs.js has
CODECS = frozenset({"utf-8", "ascii", "iso8859-1"})
ENCODE_HANDLERS = frozenset({"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"})
DECODE_HANDLERS = frozenset({"strict", "ignore", "replace", "backslashreplace"})
# CPython's handlers (codecs.lookup_error knows them)
KNOWN_HANDLERS = ENCODE_HANDLERS | {"surrogateescape", "surrogatepass", "namereplace"}
FIX = "use utf-8, ascii or latin-1 (docs/python-subset.md)"


@dataclass(frozen=True)
class Refused:
    node: ast.AST
    detail: str
    fix: str = FIX


# The helpers of int(), float() and ord() that also read bytes (pmrt/bytes.js), called in the
# modules that make or name bytes only: the plain ones, in every game, stay as small as they are.
READERS = {"_pm_int": "_pm_bint", "_pm_float": "_pm_bfloat", "_pm_ord": "_pm_bord"}
NAMES = frozenset({"bytes", "bytearray"})
METHODS = frozenset({"encode", "decode", "to_bytes", "from_bytes", "fromhex"})


def mentions_bytes(tree: ast.Module) -> bool:
    """Does the module make or name bytes: a literal, `bytes`/`bytearray`, `.encode()`…?"""
    return any(isinstance(node, ast.Constant) and isinstance(node.value, bytes)
               or isinstance(node, ast.Name) and node.id in NAMES
               or isinstance(node, ast.Attribute) and node.attr in METHODS for node in ast.walk(tree))


def _argument(node: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(node.args) > position:
        return node.args[position]
    return next((k.value for k in node.keywords if k.arg == keyword), None)


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def refused_call(node: ast.Call, own_name: Callable[[str], bool]) -> Iterator[Refused]:
    """An encoding or error handler games lack, given as a literal to encode/decode,
    bytes()/bytearray(); `str(b, encoding)`."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "str" and not own_name("str") \
            and (len(node.args) > 1 or any(k.arg in ("encoding", "errors") for k in node.keywords)):
        yield Refused(node, "str(b, encoding) decodes bytes", "write b.decode(encoding)")
        return
    if isinstance(func, ast.Attribute) and func.attr in ("encode", "decode"):
        encoding, errors, decoding = _argument(node, 0, "encoding"), _argument(node, 1, "errors"), func.attr == "decode"
    elif isinstance(func, ast.Name) and func.id in ("bytes", "bytearray") and not own_name(func.id):
        encoding, errors, decoding = _argument(node, 1, "encoding"), _argument(node, 2, "errors"), False
    else:
        return
    name = _text(encoding)
    known = _known_codec(name) if name is not None else None
    if known is not None and known not in CODECS:
        yield Refused(encoding or node, f"the encoding {name!r} (games have utf-8, ascii and latin-1)")
    handler = _text(errors)
    if handler is not None and handler in KNOWN_HANDLERS \
            and handler not in (DECODE_HANDLERS if decoding else ENCODE_HANDLERS):
        yield Refused(errors or node, f"the error handler {handler!r}",
                      "use 'strict', 'ignore', 'replace' or 'backslashreplace'")


def refused_operation(node: ast.BinOp) -> Iterator[Refused]:
    """`b'%d' % n`: bytes' printf-style formatting."""
    if isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, bytes):
        yield Refused(node, "%-formatting of bytes", "format a str, then .encode() it")

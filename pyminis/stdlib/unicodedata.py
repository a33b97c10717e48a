"""unicodedata for games: staged as the game's `unicodedata` when it imports it.

`normalize` and `is_normalized` (NFC, NFD, NFKC, NFKD) and `category` are JavaScript's own
(String.prototype.normalize, `\\p{gc=…}`); `combining` reads a table generated from CPython
3.11's database (tools/unicodedata_tables.py). CPython 3.11 knows Unicode 14: for characters
assigned since, the device's Unicode answers. A device whose JavaScript cannot normalize raises
NotImplementedError rather than return the text unchanged. `name`, `lookup`, `numeric`,
`decomposition`… need Unicode's big tables and are not offered.
"""

from typing import Any

from _pmrt import _pm_ud_category, _pm_ud_combining, _pm_ud_normalize  # type: ignore[import-not-found]

__all__ = ["category", "combining", "is_normalized", "normalize", "unidata_version"]

unidata_version = "14.0.0"
_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def _kind(x: Any) -> str:
    """How CPython's argument errors name a value's type (None as `None`)."""
    return "None" if x is None else type(x).__name__


def _character(fname: str, c: Any) -> None:
    if not isinstance(c, str) or len(c) != 1:
        raise TypeError(f"{fname}() argument must be a unicode character, not {_kind(c)}")


def _normalized(fname: str, form: Any, unistr: Any) -> str:
    if not isinstance(form, str):
        raise TypeError(f"{fname}() argument 1 must be str, not {_kind(form)}")
    if not isinstance(unistr, str):
        raise TypeError(f"{fname}() argument 2 must be str, not {_kind(unistr)}")
    if form not in _FORMS:
        raise ValueError("invalid normalization form")
    result = _pm_ud_normalize(form, unistr)
    if result is None:
        raise NotImplementedError("unicodedata: this device's JavaScript cannot normalize Unicode text")
    return result


def normalize(form: str, unistr: str) -> str:
    """unistr in normalization form `form`: 'NFC', 'NFD', 'NFKC' or 'NFKD'."""
    return _normalized("normalize", form, unistr)


def is_normalized(form: str, unistr: str) -> bool:
    return _normalized("is_normalized", form, unistr) == unistr


def combining(c: str) -> int:
    """The canonical combining class of the character (0: not combining)."""
    _character("combining", c)
    return _pm_ud_combining(c)


def category(c: str) -> str:
    """The general category of the character: 'Lu', 'Nd', 'Zs', … ('Cn': unassigned)."""
    _character("category", c)
    return _pm_ud_category(c)

"""Fixes applied to Transcrypt 3.9.5's compiled runtime (`org.transcrypt.__runtime__.js`).

Exact text replacements on the pinned version: each must match once, or the build stops
(a different Transcrypt would need the fixes re-checked, not silently skipped).
"""

from __future__ import annotations

from pyminis.errors import ToolchainError

MARK = "/* pyminis runtime fixes applied */\n"

# (what Transcrypt emits, what it should be, why)
FIXES: tuple[tuple[str, str, str], ...] = (
    ("{value: function () {new __JsIterator__ (this.py_keys ());}",
     "{value: function () {return this.py_keys () [Symbol.iterator] ();}",
     "a dict's JS iterator returned nothing, so `for k in d`, list(d) and sorted(d) threw"),
    ("{value: function () {new __PyIterator__ (this.py_keys ());}",
     "{value: function () {return new __PyIterator__ (this.py_keys ());}",
     "iter(d) on a dict returned None"),
    ("String.prototype.__iter__ = function () {new __PyIterator__ (this);};",
     "String.prototype.__iter__ = function () {return new __PyIterator__ (this);};",
     "iter(s) on a str returned None"),
    ("            keys.push (attrib);\n",
     "            keys.push (this.__pm_nk && String (+attrib) === attrib ? +attrib : attrib);\n",
     "int keys of a dict came back as strings (pmrt.js marks dicts given int keys)"),
    ("            items.push ([attrib, this [attrib]]);\n",
     "            items.push (tuple ([this.__pm_nk && String (+attrib) === attrib ? +attrib : attrib, this [attrib]]));\n",
     "items() gave lists, not tuples, and int keys came back as strings"),
)


def apply(text: str) -> str:
    """The runtime with every fix applied (idempotent)."""
    if text.startswith(MARK):
        return text
    for wrong, right, why in FIXES:
        if text.count(wrong) != 1:
            raise ToolchainError(
                f"Transcrypt's runtime is not the one pyminis was made for ({why})",
                hint="install the pinned version: pip install transcrypt==3.9.5",
            )
        text = text.replace(wrong, right)
    return MARK + text

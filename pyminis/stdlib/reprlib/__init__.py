"""reprlib for games: staged as the game's `reprlib` when it imports it.

`reprlib.repr`, `Repr` (its limits and `repr_<type>` methods) and `recursive_repr` as CPython
3.11's: long strings, ints and containers cut with `...` at the same places.
"""

from reprlib._limited import Repr, recursive_repr  # type: ignore[import-not-found]

__all__ = ["Repr", "aRepr", "recursive_repr", "repr"]

aRepr = Repr()
repr = aRepr.repr

"""abc for games: staged as the game's `abc` when it imports it.

`ABC` as a base (or `metaclass=ABCMeta`, which the guard writes as that base) and
`@abstractmethod` as CPython's: a class still holding an abstract method cannot be
instantiated, with CPython's TypeError naming the methods (pmrt/bases.js).
"""

from typing import Any

from _pmrt import _pm_ABC  # type: ignore[import-not-found]

__all__ = ["ABC", "ABCMeta", "abstractmethod"]

ABC = _pm_ABC
ABCMeta = _pm_ABC  # only as `metaclass=ABCMeta` (the guard makes it the base ABC)


def abstractmethod(funcobj: Any) -> Any:
    funcobj.__isabstractmethod__ = True
    return funcobj


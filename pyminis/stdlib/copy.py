"""copy for games: staged as the game's `copy` when it imports it.

Lists, dicts, sets and tuples are copied through Python code (so whatever those containers are
in the compiled game, the copies are the same kind); instances of your classes are copied
without calling `__init__`, as CPython does, unless they define `__copy__`/`__deepcopy__`.
"""

from typing import Any

from _pmrt import _pm_copy_instance, _pm_memo  # type: ignore[import-not-found]

__all__ = ["copy", "deepcopy", "Error"]


class Error(Exception):
    pass


def _atomic(x: Any) -> bool:
    # (CPython's copy returns these singletons themselves, as it does None)
    return x is None or x is Ellipsis or x is NotImplemented or isinstance(x, (bool, int, float, str)) or callable(x)


def copy(x: Any) -> Any:
    if _atomic(x):
        return x
    if isinstance(x, list) and type(x) is list:  # (a subclass's instance is copied as an instance)
        return list(x)
    if isinstance(x, dict) and type(x) is dict:
        return dict(x)
    if isinstance(x, set):
        return set(x)
    if isinstance(x, tuple):
        return x
    copier = getattr(x, "__copy__", None)
    if copier is not None:
        return copier()
    return _pm_copy_instance(x, None, None)


def deepcopy(x: Any, memo: Any = None) -> Any:
    if memo is None:
        memo = _pm_memo()
    if _atomic(x):
        return x
    if memo.has(x):
        return memo.js_get(x)
    if isinstance(x, list) and type(x) is list:
        y: Any = []
        memo.set(x, y)
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if isinstance(x, tuple):
        items = [deepcopy(item, memo) for item in x]
        if memo.has(x):
            return memo.js_get(x)  # a cycle through the tuple made it already
        same = True
        for i in range(len(items)):
            if items[i] is not x[i]:
                same = False
        if same:
            return x
        maker = getattr(type(x), "_make", None)
        y = maker(items) if maker is not None else tuple(items)
        memo.set(x, y)
        return y
    if isinstance(x, dict) and type(x) is dict:
        y = {}
        memo.set(x, y)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    if isinstance(x, set):
        y = set([deepcopy(item, memo) for item in x])
        memo.set(x, y)
        return y
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None:
        y = copier(memo)
        memo.set(x, y)
        return y

    def each(value: Any) -> Any:
        return deepcopy(value, memo)
    return _pm_copy_instance(x, each, memo)

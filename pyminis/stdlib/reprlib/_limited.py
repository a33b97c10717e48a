"""reprlib's Repr: builtin repr() with limits on sizes and nesting (kept apart from the package,
whose module-level `repr` hides the builtin one)."""

from typing import Any

__all__ = ["Repr", "recursive_repr"]


def _cut(text: str, limit: int, fill: str) -> str:
    """The text's head and tail around `fill`, when it is longer than `limit`."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _sorted_if_possible(x: Any) -> list:
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Size limits per kind of container; `repr_<typename>` methods may be added by subclasses."""

    def __init__(self) -> None:
        self.fillvalue = "..."
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x: Any) -> str:
        return self.repr1(x, self.maxlevel)

    def repr1(self, x: Any, level: int) -> str:
        name = "_".join(type(x).__name__.split()) if " " in type(x).__name__ else type(x).__name__
        method = getattr(self, "repr_" + name, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x: Any, level: int, left: str, right: str, most: int, trail: str = "") -> str:
        n = len(x)
        if level <= 0 and n:
            inside = self.fillvalue
        else:
            pieces = []
            for item in x:
                if len(pieces) == most:
                    break
                pieces.append(self.repr1(item, level - 1))
            if n > most:
                pieces.append(self.fillvalue)
            inside = ", ".join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + inside + right

    def repr_tuple(self, x: Any, level: int) -> str:
        return self._repr_iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x: Any, level: int) -> str:
        return self._repr_iterable(x, level, "[", "]", self.maxlist)

    def repr_set(self, x: Any, level: int) -> str:
        if not x:
            return "set()"
        return self._repr_iterable(_sorted_if_possible(x), level, "{", "}", self.maxset)

    def repr_frozenset(self, x: Any, level: int) -> str:
        if not x:
            return "frozenset()"
        return self._repr_iterable(_sorted_if_possible(x), level, "frozenset({", "})", self.maxfrozenset)

    def repr_deque(self, x: Any, level: int) -> str:
        return self._repr_iterable(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x: Any, level: int) -> str:
        n = len(x)
        if n == 0:
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        pieces = []
        for key in _sorted_if_possible(x)[:self.maxdict]:
            pieces.append(self.repr1(key, level - 1) + ": " + self.repr1(x[key], level - 1))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return "{" + ", ".join(pieces) + "}"

    def repr_str(self, x: Any, level: int) -> str:
        text = repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x: Any, level: int) -> str:
        return _cut(repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x: Any, level: int) -> str:
        try:
            text = repr(x)
        except Exception:
            return f"<{type(x).__name__} instance at {id(x):#x}>"
        return _cut(text, self.maxother, self.fillvalue)


def recursive_repr(fillvalue: str = "...") -> Any:
    """A __repr__ decorator: a call for an object whose repr is being written gives fillvalue."""

    def decorating_function(user_function: Any) -> Any:
        running: list = []

        def wrapper(self: Any) -> Any:
            for seen in running:
                if seen is self:
                    return fillvalue
            running.append(self)
            try:
                return user_function(self)
            finally:
                _drop(running, self)

        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper

    return decorating_function


def _drop(running: list, obj: Any) -> None:
    for i in range(len(running) - 1, -1, -1):
        if running[i] is obj:
            del running[i]
            return

"""contextlib for games: staged as the game's `contextlib` when it imports it.

`contextmanager` (the generator runs to its `yield` on entry; an exception of the `with` body is
thrown into it at the `yield`, as CPython does: caught there and the generator ending, the
exception is suppressed), `suppress`, `nullcontext`, `closing` and `AbstractContextManager`, with
CPython 3.11's errors. ExitStack and the async and redirect helpers are not offered.
"""

from typing import Any

__all__ = ["AbstractContextManager", "closing", "contextmanager", "nullcontext", "suppress"]


class AbstractContextManager:
    """A base whose `__enter__` returns self."""

    def __enter__(self) -> Any:
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> Any:
        return None


def _ended(result: Any) -> bool:
    """Did gen.throw() end the generator? (Games' generators answer JavaScript's
    {value, done} there.)"""
    return getattr(result, "done", False) is True


class _GeneratorContextManager(AbstractContextManager):
    def __init__(self, func: Any, args: Any, kwds: Any) -> None:
        self.gen = func(*args, **kwds)

    def __enter__(self) -> Any:
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type: Any, value: Any, traceback: Any) -> Any:
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = exc_type()
        try:
            result = self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        if _ended(result):
            return True
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func: Any) -> Any:
    """`@contextmanager` over a generator function yielding once."""

    def helper(*args: Any, **kwds: Any) -> Any:
        return _GeneratorContextManager(func, args, kwds)

    helper.__name__ = func.__name__
    helper.__qualname__ = func.__qualname__
    helper.__doc__ = func.__doc__
    return helper


class suppress(AbstractContextManager):
    """Swallows the given exception types raised in the `with` body."""

    def __init__(self, *exceptions: Any) -> None:
        self._exceptions = exceptions

    def __enter__(self) -> None:
        return None

    def __exit__(self, exctype: Any, excinst: Any, exctb: Any) -> Any:
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """A context manager doing nothing; `as` gives enter_result."""

    def __init__(self, enter_result: Any = None) -> None:
        self.enter_result = enter_result

    def __enter__(self) -> Any:
        return self.enter_result

    def __exit__(self, *excinfo: Any) -> None:
        return None


class closing(AbstractContextManager):
    """Calls thing.close() at the end of the `with` block."""

    def __init__(self, thing: Any) -> None:
        self.thing = thing

    def __enter__(self) -> Any:
        return self.thing

    def __exit__(self, *excinfo: Any) -> None:
        self.thing.close()

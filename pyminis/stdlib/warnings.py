"""warnings for games: staged as the game's `warnings` when it imports it.

CPython's filters, in the order and with the actions it applies (`error` raises the warning,
`ignore`, `always`, `default`, `module`, `once`), its default filters (DeprecationWarning
shown for the game's own code, PendingDeprecationWarning, ImportWarning and ResourceWarning
ignored), `simplefilter`, `filterwarnings` (message and module patterns), `resetwarnings`,
and `catch_warnings` (restoring the filters; `record=True` collects WarningMessage objects).
A shown warning goes to standard error (the console's error log in a game) as
`Category: message`: compiled code does not know the file and line CPython's text names, so a
WarningMessage's `filename` is the game's main module and its `lineno` 0, and the `default`
action shows a message once per text rather than once per line.
"""

import sys
from typing import Any

__all__ = ["WarningMessage", "catch_warnings", "filters", "filterwarnings", "formatwarning", "resetwarnings",
           "simplefilter", "warn"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
# CPython 3.11's default filters, as `python file.py` starts with them.
_DEFAULTS = [("default", None, DeprecationWarning, "__main__", 0), ("ignore", None, DeprecationWarning, None, 0),
             ("ignore", None, PendingDeprecationWarning, None, 0), ("ignore", None, ImportWarning, None, 0),
             ("ignore", None, ResourceWarning, None, 0)]
filters: list = list(_DEFAULTS)
_shown: set = set()  # (text, category) already shown by `default`/`module`/`once` since the filters changed
_recorders: list = []  # the lists of the catch_warnings(record=True) blocks, innermost last
_MAIN = "__main__"


def _changed() -> None:
    """CPython forgets which warnings it has shown whenever the filters change."""
    _shown.clear()


def _add(item: tuple, append: bool) -> None:
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _changed()


def _check(action: Any, category: Any, lineno: Any) -> None:
    if action not in _ACTIONS:
        raise AssertionError("invalid action: " + repr(action))
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")


def simplefilter(action: str, category: Any = Warning, lineno: int = 0, append: bool = False) -> None:
    """(CPython checks the action and line only: a tuple of categories works, as issubclass takes it.)"""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: " + repr(action))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add((action, None, category, None, lineno), append)


def filterwarnings(action: str, message: str = "", category: Any = Warning, module: str = "", lineno: int = 0,
                   append: bool = False) -> None:
    import re  # type: ignore[import-not-found]  (only games that filter by pattern ship re)
    _check(action, category, lineno)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    _add((action, re.compile(message, re.I) if message else None, category,
          re.compile(module) if module else None, lineno), append)


def resetwarnings() -> None:
    filters[:] = []
    _changed()


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message: Any, category: Any, filename: str, lineno: int, file: Any = None,
                 line: Any = None, source: Any = None) -> None:
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self) -> str:
        return ("{message : " + repr(self.message) + ", category : " + repr(self._category_name)
                + ", filename : " + repr(self.filename) + ", lineno : " + str(self.lineno)
                + ", line : " + repr(self.line) + "}")


def formatwarning(message: Any, category: Any, filename: str, lineno: int, line: Any = None) -> str:
    """`Category: message` (CPython's text starts with the file and line, which games do not know)."""
    return category.__name__ + ": " + str(message) + "\n"


def _action(text: str, category: Any) -> str:
    for action, message, kind, module, lineno in filters:
        if (message is None or message.match(text)) and issubclass(category, kind) \
                and (module is None or module.match(_MAIN)) and lineno == 0:
            return action
    return "default"


def warn(message: Any, category: Any = None, stacklevel: int = 1, source: Any = None) -> None:
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '" + type(category).__name__ + "'")
    text = str(message)
    if not isinstance(message, Warning):
        message = category(message)
    action = _action(text, category)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        key = (text, category)
        if key in _shown:
            return
        _shown.add(key)
    if _recorders:
        _recorders[-1].append(WarningMessage(message, category, _MAIN + ".py", 0, None, None, source))
    else:
        sys.stderr.write(formatwarning(message, category, _MAIN + ".py", 0))


class catch_warnings:
    """Restore the filters when the block ends; `record=True` gives the list the block's warnings
    go to instead of standard error."""

    def __init__(self, *, record: bool = False, action: Any = None, category: Any = Warning, lineno: int = 0,
                 append: bool = False) -> None:
        self._record = record
        self._filter = None if action is None else (action, category, lineno, append)
        self._saved: Any = None
        self._log: Any = None

    def __repr__(self) -> str:
        return "catch_warnings(record=" + str(self._record) + ")"

    def __enter__(self) -> Any:
        if self._saved is not None:
            raise RuntimeError("Cannot enter " + repr(self) + " twice")
        self._saved = filters[:]
        _changed()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            self._log = []
            _recorders.append(self._log)
            return self._log
        return None

    def __exit__(self, *exc_info: Any) -> None:
        if self._saved is None:
            raise RuntimeError("Cannot exit " + repr(self) + " without entering first")
        filters[:] = self._saved
        _changed()
        for i in range(len(_recorders)):
            if _recorders[i] is self._log:
                del _recorders[i]
                break

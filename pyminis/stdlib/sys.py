"""sys for games: staged as the game's `sys` when it imports it.

Standard output and error are the console: print() and sys.stdout.write() write whole lines to
console.log, sys.stderr.write() and print(file=sys.stderr) to console.error (under `pyminis run`:
node's standard output and error). sys.exit(code) raises SystemExit as CPython does: `pyminis
run` ends with that status; in a game it ends the handler that raised it (a game never exits).
sys.argv is the script and its arguments under `pyminis run`, `['']` in a game.
"""

from typing import Any

from _pmrt import _pm_argv, _pm_record, _pm_record_make, _pm_stream  # type: ignore[import-not-found]

__all__ = ["argv", "byteorder", "exit", "float_info", "getrecursionlimit", "maxsize", "maxunicode",
           "setrecursionlimit", "stderr", "stdout", "version_info"]

argv = _pm_argv()
stdout = _pm_stream("stdout")
stderr = _pm_stream("stderr")
maxsize = 9223372036854775807
maxunicode = 1114111


class _StructSeq:
    """A tuple with named fields, printed `sys.version_info(major=3, …)` (CPython's struct sequences)."""

    def __repr__(self) -> str:
        names = self._fields  # type: ignore[attr-defined]
        parts = [names[i] + "=" + repr(self[i]) for i in range(len(names))]  # type: ignore[index]
        return "sys." + type(self).__name__ + "(" + ", ".join(parts) + ")"

    def __str__(self) -> str:
        return self.__repr__()


def _struct_seq(name: str, fields: list, values: list) -> Any:
    cls = _pm_record(name, fields, [], _StructSeq)
    cls._fields = tuple(fields)
    return _pm_record_make(cls, values)


# The CPython games are checked against (3.11.7), and IEEE doubles' limits.
version_info = _struct_seq("version_info", ["major", "minor", "micro", "releaselevel", "serial"],
                           [3, 11, 7, "final", 0])
float_info = _struct_seq("float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                        "mant_dig", "epsilon", "radix", "rounds"],
                         [1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                          2.220446049250313e-16, 2, 1])
byteorder = "little"
_limit = [1000]


def exit(status: Any = None) -> None:
    raise SystemExit(status)


def setrecursionlimit(limit: int) -> None:
    """Accepted for scripts that raise it; JavaScript's own stack depth applies."""
    if not isinstance(limit, int):
        raise TypeError("'" + type(limit).__name__ + "' object cannot be interpreted as an integer")
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than 1")
    _limit[0] = limit


def getrecursionlimit() -> int:
    return _limit[0]

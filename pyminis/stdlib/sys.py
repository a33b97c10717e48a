"""sys for games: staged as the game's `sys` when it imports it.

Standard output and error are the console: print() and sys.stdout.write() write whole lines to
console.log, sys.stderr.write() and print(file=sys.stderr) to console.error (under `pyminis run`:
node's standard output and error). sys.exit(code) raises SystemExit as CPython does: `pyminis
run` ends with that status; in a game it ends the handler that raised it (a game never exits).
sys.argv is the script and its arguments under `pyminis run`, `['']` in a game.
"""

from typing import Any

from _pmrt import _pm_argv, _pm_stream  # type: ignore[import-not-found]

__all__ = ["argv", "byteorder", "exit", "getrecursionlimit", "maxsize", "setrecursionlimit", "stderr",
           "stdout"]

argv = _pm_argv()
stdout = _pm_stream("stdout")
stderr = _pm_stream("stderr")
maxsize = 9223372036854775807
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

"""html for games: staged as the game's `html` when it imports it.

`escape` as CPython's. `unescape` needs HTML5's table of 2,231 named characters, too big to
ship in a game: it is refused at its line (pyminis/guard/modules.py names what to use).
"""

__all__ = ["escape"]


def escape(s: str, quote: bool = True) -> str:
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s

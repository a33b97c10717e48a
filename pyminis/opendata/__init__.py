"""The open data domain, in Python: the isolated context that alone may read friend data.

A project's `open_data/main.py` is compiled as its own entry (`openDataContext/index.js`).
It reads friends' cloud storage, draws on the shared canvas and receives the game's messages;
the game never sees the friend list. The whole file can be:

    from pyminis import opendata

    opendata.run_leaderboard(opendata.Theme(highlight="#fe2c55"))

or handle messages itself:

    opendata.on_message(MyMessage, handle_my_message)
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata.cloud import friend_entries, my_entry, share_to_user
from pyminis.opendata.layout import Layout
from pyminis.opendata.leaderboard import Leaderboard
from pyminis.opendata.protocol import (
    BUILT_IN, FLAG, NUMBER, TEXT, HideLeaderboard, Message, Page, ProtocolError,
    ShowLeaderboard, ShowSurpassed, Touch, decode,
)
from pyminis.opendata.ranking import Entry, rank, surpassed
from pyminis.opendata.router import on_message
from pyminis.opendata.theme import Theme
from pyminis.tt import _social  # not pyminis.tt: the domain's bundle stays small


def shared_canvas() -> Any:
    """The shared canvas (tt.getSharedCanvas): what you draw here appears over the game."""
    return _social.get_shared_canvas()


def create_image() -> Any:
    """An image for the shared canvas (tt.createImage): set `src`, draw it after `onload`."""
    return _social.create_image()


def run_leaderboard(theme: Any = None, share: bool = True) -> Leaderboard:
    """The ready-made leaderboard: answers every built-in message on the shared canvas."""
    board = Leaderboard(shared_canvas(), theme, share)
    on_message(ShowLeaderboard, lambda message: board.show(message))
    on_message(ShowSurpassed, lambda message: board.show_surpassed(message))
    on_message(HideLeaderboard, lambda message: board.hide())
    on_message(Touch, lambda message: board.touch(message.phase, message.x, message.y))
    on_message(Page, lambda message: board.page(message.pages))
    return board


__all__ = [
    "BUILT_IN", "FLAG", "NUMBER", "TEXT", "Entry", "HideLeaderboard", "Layout", "Leaderboard",
    "Message", "Page", "ProtocolError", "ShowLeaderboard", "ShowSurpassed", "Theme", "Touch",
    "create_image", "decode", "friend_entries", "my_entry", "on_message", "rank",
    "run_leaderboard", "share_to_user", "shared_canvas", "surpassed",
]

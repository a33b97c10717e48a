"""The messages a game sends to its open data domain: declared once, checked at both ends.

The platform carries one plain object per `postMessage`, from the game to the open data
domain only (003/004 show `{type, data}`). Each message is a Python class here: its `KIND` is
the `type`, its `FIELDS` name and type the `data`, and its `__init__` takes the fields in the
same order. `encode()` checks a message before it leaves the game; `decode()` checks what the
open data domain receives, so a typo on either side is an error that names the message and
the field instead of a leaderboard that silently stays blank.

Your own messages work the same way: subclass `Message` in a module that both
`src/` and `open_data/` import (the open data entry can import modules from `src/`).

Compiled by Transcrypt into both entries: the checks use the JavaScript `typeof` in the
browser and the matching Python types in CPython, so they agree.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

# The kinds a field may have: JavaScript's `typeof` of a JSON value.
TEXT = "string"
NUMBER = "number"
FLAG = "boolean"


class ProtocolError(Exception):
    """A message that does not match its declaration (wrong type, missing or extra field)."""


def kind_of(value: Any) -> str:
    """"string", "number", "boolean", "array", "object" or "missing" (None / undefined)."""
    # __pragma__ ('ecom')
    """?
    return __pragma__('js', '{}', 'value == null ? "missing" : Array.isArray(value) ? "array" : typeof value === "bigint" || (typeof value === "object" && typeof value.valueOf () === "number") ? "number" : typeof value')
    ?"""
    # __pragma__ ('noecom')
    # __pragma__ ('skip')
    if value is None:
        return "missing"
    if isinstance(value, bool):
        return FLAG
    if isinstance(value, (int, float)):
        return NUMBER
    if isinstance(value, str):
        return TEXT
    if isinstance(value, (list, tuple)):
        return "array"
    return "object"
    # __pragma__ ('noskip')


def has_key(raw: Any, key: str) -> bool:
    """Whether a plain object (a JS object, or a dict in CPython) holds `key`."""
    return kind_of(raw) == "object" and key in raw


class Message:
    """Base of every message. Subclasses set KIND and FIELDS and take the fields in __init__."""

    KIND = ""
    # (field name, kind) in the order __init__ takes them.
    FIELDS: list = []

    def check(self) -> None:
        """Raise ProtocolError if a field does not have its declared kind."""
        for field_name, kind in self.FIELDS:
            value = getattr(self, field_name)
            if kind_of(value) != kind:
                raise ProtocolError(
                    "{}.{} must be a {}, not {} ({}); pass a {} when you create the message"
                    .format(type(self).__name__, field_name, kind, kind_of(value), str(value), kind))

    def encode(self) -> Any:
        """The plain `{type, data}` object that postMessage carries (checked first)."""
        self.check()
        data = {}
        for field_name, kind in self.FIELDS:
            data[field_name] = getattr(self, field_name)
        return {"type": self.KIND, "data": data}


def decode(raw: Any, known: list) -> Message:
    """The message of one of the `known` classes that `raw` encodes; ProtocolError otherwise."""
    if not has_key(raw, "type") or kind_of(raw["type"]) != TEXT:
        raise ProtocolError("the open data domain received {}, which is not a pyminis message "
                            "(an object with type and data); send messages with pyminis.social.post"
                            .format(kind_of(raw)))
    found = None
    for cls in known:
        if cls.KIND == raw["type"]:
            found = cls
    if found is None:
        names = [cls.KIND for cls in known]
        raise ProtocolError("no handler for message type '{}' (handled: {}); register one with "
                            "pyminis.opendata.on_message".format(raw["type"], ", ".join(names)))
    data = raw["data"] if has_key(raw, "data") else {}
    if kind_of(data) != "object":
        raise ProtocolError("message '{}' has data of kind {}, not an object"
                            .format(raw["type"], kind_of(data)))
    values = []
    for field_name, kind in found.FIELDS:
        value = data[field_name] if has_key(data, field_name) else None
        if kind_of(value) != kind:
            raise ProtocolError(
                "message '{}' field '{}' is {}, but {} declares it a {}; send the message "
                "from the same pyminis version on both sides"
                .format(raw["type"], field_name, kind_of(value), found.__name__, kind))
        values.append(value)
    return found(*values)


# -- the messages pyminis' leaderboard understands ------------------------------------------


class ShowLeaderboard(Message):
    """Show the friend leaderboard sorted by `sort_key`; `score` < 0 means "not known"."""

    KIND = "pyminis.showLeaderboard"
    FIELDS = [("sort_key", TEXT), ("score", NUMBER), ("title", TEXT), ("open_id", TEXT)]

    def __init__(self, sort_key: str = "highScore", score: float = -1, title: str = "Friends",
                 open_id: str = "") -> None:
        self.sort_key = sort_key
        self.score = score
        self.title = title
        # The player's own open_id, when the game knows it from its server: then the
        # player's row is the friend entry with this id instead of a separate "you" row.
        self.open_id = open_id


class HideLeaderboard(Message):
    """Clear the shared canvas."""

    KIND = "pyminis.hideLeaderboard"
    FIELDS = []

    def __init__(self) -> None:
        pass


class ShowSurpassed(Message):
    """Show which friends the player just passed, going from `old_score` to `new_score`."""

    KIND = "pyminis.showSurpassed"
    FIELDS = [("sort_key", TEXT), ("old_score", NUMBER), ("new_score", NUMBER)]

    def __init__(self, sort_key: str, old_score: float, new_score: float) -> None:
        self.sort_key = sort_key
        self.old_score = old_score
        self.new_score = new_score


class Touch(Message):
    """A touch on the shared canvas, forwarded by the game, in shared-canvas pixels."""

    KIND = "pyminis.touch"
    FIELDS = [("phase", TEXT), ("x", NUMBER), ("y", NUMBER)]

    def __init__(self, phase: str, x: float, y: float) -> None:
        self.phase = phase  # "start", "move" or "end"
        self.x = x
        self.y = y


class Page(Message):
    """Scroll the leaderboard by `pages` screens (negative: up)."""

    KIND = "pyminis.page"
    FIELDS = [("pages", NUMBER)]

    def __init__(self, pages: float) -> None:
        self.pages = pages


BUILT_IN: list = [ShowLeaderboard, HideLeaderboard, ShowSurpassed, Touch, Page]

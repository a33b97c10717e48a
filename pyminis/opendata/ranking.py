"""Friend cloud storage → ranked leaderboard entries (pure logic, CPython-testable).

pyminis.tt already turns both documented friend shapes (003 and 004) into one FriendEntry;
this ranks them, adds the player, and finds the friends a new score passed.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata.protocol import TEXT, kind_of


class Entry:
    """One row of the leaderboard."""

    def __init__(self, open_id: str, nickname: str, avatar_url: str, score: float,
                 is_self: bool = False) -> None:
        self.open_id = open_id
        self.nickname = nickname
        self.avatar_url = avatar_url
        self.score = score
        self.is_self = is_self
        self.rank = 0  # set by rank(): 1 for the best; equal scores share a rank


def parse_score(value: Any) -> Any:
    """A cloud-storage value as a number, or None when it is not one ("", "abc", missing)."""
    if kind_of(value) == "number":
        return value
    if kind_of(value) != TEXT or len(value.strip()) == 0:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    if number != number:  # NaN
        return None
    return number


def entry_of(friend: Any, sort_key: str) -> Any:
    """An Entry from a pyminis.tt FriendEntry (either documented shape), or None without a
    numeric score under `sort_key`."""
    score = parse_score(friend.value(sort_key, ""))
    if score is None:
        return None
    return Entry(friend.open_id, friend.nickname, friend.avatar_url, score)


def rank(entries: list) -> list:
    """Entries best first (ties by name), numbered 1, 2, 2, 4… ; a new list."""
    by_name = sorted(entries, key=lambda e: e.nickname.lower())
    # Two stable sorts, because Transcrypt compares tuple keys as strings.
    ordered = sorted(by_name, key=lambda e: -e.score)
    previous = None
    for index in range(len(ordered)):
        entry = ordered[index]
        if previous is not None and previous.score == entry.score:
            entry.rank = previous.rank
        else:
            entry.rank = index + 1
        previous = entry
    return ordered


def merge_self(friends: list, me: Any, my_open_id: str) -> list:
    """Friends plus the player: the friend row with `my_open_id` if any, else `me` (may be None)."""
    out = []
    found = False
    for entry in friends:
        if len(my_open_id) > 0 and entry.open_id == my_open_id:
            entry.is_self = True
            found = True
        out.append(entry)
    if not found and me is not None:
        me.is_self = True
        out.append(me)
    return out


def surpassed(entries: list, old_score: float, new_score: float) -> list:
    """The friends the player passed going from old_score to new_score, best first."""
    passed = []
    for entry in entries:
        if not entry.is_self and old_score <= entry.score and entry.score < new_score:
            passed.append(entry)
    return rank(passed)


def self_index(entries: list) -> int:
    """Where the player's row is, or -1."""
    for index in range(len(entries)):
        if entries[index].is_self:
            return index
    return -1


def format_score(score: float) -> str:
    """12 (not CPython's 12.0), 12.5 as is: the same text in both runtimes."""
    if score == round(score):
        return "{}".format(round(score))
    return "{}".format(score)

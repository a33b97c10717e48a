"""Friend cloud storage → ranked leaderboard entries (pure logic, CPython-testable).

The two documents give the friend entry in two shapes, and both are accepted:
003 `{nickname, avatarUrl, openid, KVDataList: [{key, value}]}` and
004 `{display_name, avatar_url, open_id, user_id, data: [{key, value}]}`.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata.protocol import TEXT, has_key, kind_of


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


def _text(raw: Any, *keys: str) -> str:
    """The first of `keys` that `raw` holds as a string (documented spellings differ)."""
    for key in keys:
        if has_key(raw, key) and kind_of(raw[key]) == TEXT:
            return raw[key]
    return ""


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


def value_of(kv_list: Any, key: str) -> Any:
    """The value stored under `key` in a [{key, value}] list, or None."""
    if kind_of(kv_list) != "array":
        return None
    for item in kv_list:
        if has_key(item, "key") and item["key"] == key and has_key(item, "value"):
            return item["value"]
    return None


def entry_from_raw(raw: Any, sort_key: str) -> Any:
    """An Entry from one friend of getFriendCloudStorage, or None without a numeric score."""
    if kind_of(raw) != "object":
        return None
    kv_list = raw["KVDataList"] if has_key(raw, "KVDataList") else (
        raw["data"] if has_key(raw, "data") else None)
    score = parse_score(value_of(kv_list, sort_key))
    if score is None:
        return None
    open_id = _text(raw, "open_id", "openid", "openId")
    nickname = _text(raw, "display_name", "nickname", "nickName")
    return Entry(open_id, nickname, _text(raw, "avatar_url", "avatarUrl"), score)


def friend_list(response: Any) -> Any:
    """The friend array of a getFriendCloudStorage success result (`data`), else []."""
    if kind_of(response) == "array":
        return response
    if has_key(response, "data") and kind_of(response["data"]) == "array":
        return response["data"]
    return []


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

"""The open data domain's own SDK calls: friend and player cloud storage, direct messages.

Only the open data domain may call these (003/004); each returns a Promise, so use `await`.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata import _sdk
from pyminis.opendata.ranking import Entry, entry_from_raw, friend_list, parse_score, value_of


async def friend_entries(sort_key: str) -> list:
    """Every friend with a numeric `sort_key` in cloud storage, as unranked Entry rows."""
    response = await _sdk.call("getFriendCloudStorage", {"keyList": [sort_key]})
    entries = []
    for raw in friend_list(response):
        entry = entry_from_raw(raw, sort_key)
        if entry is not None:
            entries.append(entry)
    return entries


async def my_entry(sort_key: str, nickname: str) -> Any:
    """The player's own row from getUserCloudStorage, or None without a stored score."""
    response = await _sdk.call("getUserCloudStorage", {"keyList": [sort_key]})
    stored = response["data"] if response is not None else None
    score = parse_score(value_of(stored, sort_key))
    if score is None:
        return None
    return Entry("", nickname, "", score, True)


async def share_to_user(open_id: str, title: str, image_url: str, subtitle: str = "",
                        template_type: int = 1) -> bool:
    """Send a direct-message card to one friend (shareToUser, 003); False if it failed."""
    params = {"openid": open_id, "imageUrl": image_url, "title": title,
              "templateType": template_type}
    if len(subtitle) > 0:
        params["subtitle"] = subtitle
    try:
        await _sdk.call("shareToUser", params)
        return True
    except:  # noqa: E722 — a rejected promise arrives as a plain JS value
        return False

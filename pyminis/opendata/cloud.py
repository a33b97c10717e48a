"""The open data domain's own SDK calls: friend and player cloud storage, direct messages.

Only the open data domain may call these (003/004); each is awaitable (pyminis.tt).
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata import _sdk
from pyminis.opendata.ranking import Entry, entry_of, parse_score
from pyminis.tt import _social  # not pyminis.tt: the domain's bundle stays small


async def friend_entries(sort_key: str) -> list:
    """Every friend with a numeric `sort_key` in cloud storage, as unranked Entry rows."""
    friends = await _social.get_friend_cloud_storage([sort_key])
    entries = []
    for friend in friends:
        entry = entry_of(friend, sort_key)
        if entry is not None:
            entries.append(entry)
    return entries


async def my_entry(sort_key: str, nickname: str = "") -> Any:
    """The player's own row from getUserCloudStorage, or None without a stored score."""
    values = await _social.get_user_cloud_storage([sort_key])
    for item in values:
        if item.key == sort_key:
            score = parse_score(item.value)
            if score is not None:
                return Entry("", nickname, "", score, True)
    return None


async def share_to_user(open_id: str, title: str, image_url: str, subtitle: str = "",
                        template_type: int = 1) -> bool:
    """Send a direct-message card to one friend (shareToUser, 003); False if it failed."""
    try:
        await _social.share_to_user(image_url, open_id, title, subtitle if len(subtitle) > 0 else None,
                               template_type)
        return True
    except Exception as error:
        _sdk.log_error("pyminis.opendata: share_to_user failed: " + _sdk.failed(error))
        return False
    except:  # noqa: E722 — compiled, a JavaScript error reaches only a bare except
        return False

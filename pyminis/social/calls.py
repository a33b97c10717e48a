"""The game side's social calls: authorization, cloud storage, sharing, messages.

Each call checks first that this client has it (canIUse) and reports failure as False, so a
game always has a fallback to show instead of a stuck screen.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata import _sdk
from pyminis.opendata.protocol import Message, ProtocolError
from pyminis.opendata.ranking import format_score
from pyminis.social.versions import can_use

# 003: setUserCloudStorage keys and values.
MAX_KEY = 128
MAX_VALUE = 2048


class SocialError(Exception):
    """A social call used wrongly (a key too long, not a message…): fix the call."""


async def authorize(ask: bool = True) -> bool:
    """Whether the player lets the game use their profile and friend list.

    Checks silently first (get_status_only); only when that fails and `ask` is true does the
    platform show its dialog. False means denied or unsupported: show your fallback.
    """
    if not can_use("authorizeOpenContext"):
        return False
    try:
        await _sdk.call("authorizeOpenContext", {"get_status_only": True})
        return True
    except:  # noqa: E722 — a failed SDK call rejects with a plain JS value
        pass
    if not ask:
        return False
    try:
        await _sdk.call("authorizeOpenContext", {"get_status_only": False})
        return True
    except:  # noqa: E722
        return False


def check_entry(key: str, value: str) -> None:
    """Raise SocialError when a cloud-storage entry breaks the documented limits."""
    if len(key) == 0 or len(key) > MAX_KEY:
        raise SocialError("cloud storage key '{}' has {} characters; keys have 1 to {} (003)"
                          .format(key, len(key), MAX_KEY))
    if len(value) > MAX_VALUE:
        raise SocialError("the value of cloud storage key '{}' has {} characters, more than "
                          "{}; store less (003)".format(key, len(value), MAX_VALUE))


async def save_score(key: str, score: float) -> bool:
    """Store `score` under `key` with setUserCloudStorage, for the friend leaderboard."""
    value = format_score(score)
    check_entry(key, value)
    if not can_use("setUserCloudStorage"):
        return False
    try:
        await _sdk.call("setUserCloudStorage", {"data": [{"key": key, "value": value}]})
        return True
    except:  # noqa: E722
        return False


async def share_app_message(title: str, image_url: str, subtitle: str = "",
                            template_type: int = 1, query: str = "") -> bool:
    """Open the contact picker to send a card (shareAppMessage, client 40.3.0+)."""
    if not can_use("shareAppMessage"):
        return False
    params = {"title": title, "imageUrl": image_url, "templateType": template_type}
    if len(subtitle) > 0:
        params["subtitle"] = subtitle
    if len(query) > 0:
        params["query"] = query
    try:
        await _sdk.call("shareAppMessage", params)
        return True
    except:  # noqa: E722
        return False


async def share_to_story() -> bool:
    """Share to the player's TikTok story (shareToStory)."""
    if not can_use("shareToStory"):
        return False
    try:
        await _sdk.call("shareToStory", {})
        return True
    except:  # noqa: E722
        return False


_context: list = []  # the open data context, fetched once


def post(message: Any) -> None:
    """Send a typed message to the open data domain (checked before it leaves)."""
    if not isinstance(message, Message):
        raise SocialError("post() takes a pyminis.opendata Message, not {}; declare the message "
                          "as a Message subclass".format(str(message)))
    try:
        data = message.encode()
    except ProtocolError as error:
        raise SocialError(str(error))
    if len(_context) == 0:
        context = _sdk.sync("getOpenDataContext")
        if context is None:
            _sdk.log_error("pyminis.social.post: this client has no open data domain "
                           "(getOpenDataContext); the message is dropped")
            return
        _context.append(context)
    _context[0].postMessage(data)

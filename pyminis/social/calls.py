"""The game side's social calls: authorization, cloud storage, sharing, messages.

Each call checks first that this client has it (canIUse) and reports a failure as False, so a
game always has a fallback to show instead of a stuck screen. Mistakes in the call itself
(a key too long, an empty image URL) still raise `tt.TTValueError`, naming the fix.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis import tt
from pyminis.opendata import _sdk
from pyminis.opendata.protocol import Message, ProtocolError
from pyminis.opendata.ranking import format_score
from pyminis.social.versions import can_use


class SocialError(Exception):
    """A social call used wrongly (not a Message, a message that does not check): fix the call."""


async def authorize(ask: bool = True) -> bool:
    """Whether the player lets the game use their profile and friend list.

    Checks silently first (get_status_only); only when that fails and `ask` is true does the
    platform show its dialog. False means denied or unsupported: show your fallback.
    """
    if not can_use("authorizeOpenContext"):
        return False
    try:
        await tt.authorize_open_context(True)
        return True
    except tt.TTError:
        pass
    if not ask:
        return False
    try:
        await tt.authorize_open_context(False)
        return True
    except tt.TTError:
        return False


async def save_score(key: str, score: float) -> bool:
    """Store `score` under `key` with setUserCloudStorage, for the friend leaderboard."""
    if not can_use("setUserCloudStorage"):
        return False
    try:
        await tt.set_user_cloud_storage([{"key": key, "value": format_score(score)}])
        return True
    except tt.TTValueError:
        raise  # a key or value over the documented limits: the game must change
    except tt.TTError as error:
        _sdk.log_error("pyminis.social: save_score failed: " + _sdk.failed(error))
        return False


async def share_app_message(title: str, image_url: str, subtitle: str = "",
                            template_type: int = 1, query: str = "") -> bool:
    """Open the contact picker to send a card (shareAppMessage, client 40.3.0+)."""
    if not can_use("shareAppMessage"):
        return False
    try:
        await tt.share_app_message(image_url, title, subtitle if len(subtitle) > 0 else None,
                                   template_type, query if len(query) > 0 else None)
        return True
    except tt.TTValueError:
        raise
    except tt.TTError:
        return False


async def share_to_story() -> bool:
    """Share to the player's TikTok story (shareToStory)."""
    if not can_use("shareToStory"):
        return False
    try:
        await tt.share_to_story()
        return True
    except tt.TTError:
        return False


def post(message: Any) -> None:
    """Send a typed message to the open data domain (checked before it leaves)."""
    if not isinstance(message, Message):
        raise SocialError("post() takes a pyminis.opendata Message, not {}; declare the message "
                          "as a Message subclass".format(str(message)))
    try:
        data = message.encode()
    except ProtocolError as error:
        raise SocialError(str(error))
    try:
        context = tt.get_open_data_context()
    except tt.TTUnavailableError:
        _sdk.log_error("pyminis.social.post: this client has no open data domain "
                       "(getOpenDataContext); the message is dropped")
        return
    context.post_message(data)

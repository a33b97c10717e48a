"""The game side of sharing and the friend leaderboard (003/004).

    from pyminis import social

    board = social.FriendLeaderboard("highScore")
    await social.save_score("highScore", score)
    if not await board.open(score):
        ...  # authorization denied: show your own fallback
    await social.share_app_message("Beat my score!", "https://…/card.png")

Every call checks canIUse first and returns False when the client cannot do it.
"""

from pyminis.opendata.protocol import (
    HideLeaderboard, Message, Page, ProtocolError, ShowLeaderboard, ShowSurpassed, Touch,
)
from pyminis.social.calls import (
    SocialError, authorize, post, save_score, share_app_message, share_to_story,
)
from pyminis.social.canvas import CanvasError, SharedCanvasView, css_px
from pyminis.social.leaderboard import FriendLeaderboard
from pyminis.social.versions import MIN_CLIENT, UPDATE_HINT, can_use, min_client

__all__ = [
    "MIN_CLIENT", "UPDATE_HINT", "CanvasError", "FriendLeaderboard",
    "HideLeaderboard", "Message", "Page", "ProtocolError", "SharedCanvasView", "ShowLeaderboard",
    "ShowSurpassed", "SocialError", "Touch", "authorize", "can_use", "css_px",
    "min_client", "post", "save_score", "share_app_message", "share_to_story",
]

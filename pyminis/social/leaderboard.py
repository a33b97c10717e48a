"""The friend leaderboard from the game's side: authorize, show, forward touches, hide.

The game never gets the friend list: it sends messages, and the open data domain draws the
board on the shared canvas, which the platform shows over the game.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata.protocol import HideLeaderboard, Page, ShowLeaderboard, ShowSurpassed, Touch
from pyminis.social.calls import authorize, post
from pyminis.social.canvas import SharedCanvasView


class FriendLeaderboard:
    """Shows the open data domain's leaderboard for `sort_key` in `view`."""

    def __init__(self, sort_key: str = "highScore", title: str = "Friends",
                 view: Any = None, open_id: str = "") -> None:
        self.sort_key = sort_key
        self.title = title
        self.view = view if view is not None else SharedCanvasView()
        self.open_id = open_id  # the player's open_id, if your server told the game
        self.visible = False

    async def open(self, score: float = -1, ask: bool = True) -> bool:
        """Authorize (silently first), then show the board: False when denied, so the game
        shows its own fallback."""
        return await self._show(ShowLeaderboard(self.sort_key, score, self.title, self.open_id),
                                ask)

    async def open_surpassed(self, old_score: float, new_score: float, ask: bool = False) -> bool:
        """Show which friends the player just passed (nothing appears if none)."""
        return await self._show(ShowSurpassed(self.sort_key, old_score, new_score), ask)

    async def _show(self, message: Any, ask: bool) -> bool:
        if not await authorize(ask):
            return False
        self.view.show()
        post(message)
        self.visible = True
        return True

    def close(self) -> None:
        if self.visible:
            post(HideLeaderboard())
            self.view.hide()
        self.visible = False

    def page(self, pages: float) -> None:
        if self.visible:
            post(Page(pages))

    def touch(self, phase: str, client_x: float, client_y: float) -> bool:
        """Forward a touch inside the board ("start", "move", "end"); True if it was inside."""
        if not self.visible:
            return False
        point = self.view.to_canvas(client_x, client_y)
        if point is None:
            if phase == "end":
                post(Touch("end", -1, -1))  # a drag that left the board still ends
            return False
        post(Touch(phase, point[0], point[1]))
        return True


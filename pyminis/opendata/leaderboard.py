"""The friend leaderboard widget, drawn on the shared canvas by the open data domain.

Rank, avatar, name and score per row; the player's row highlighted; a scrolling list (drag,
or Page messages); an empty state that invites friends; a share button per friend row that
sends a direct message (shareToUser); and a "you just passed" view. Everything it shows
comes from the theme, so a game restyles it without touching the drawing code.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

from pyminis.opendata import cloud
from pyminis.opendata.layout import Layout
from pyminis.opendata.protocol import ShowLeaderboard, ShowSurpassed
from pyminis.opendata.ranking import format_score, merge_self, rank, self_index, surpassed
from pyminis.opendata.theme import Theme
from pyminis.tt import _social  # not pyminis.tt: the domain's bundle stays small
from pyminis.tt._js import start

# A touch that moves less than this is a tap, not a drag (shared-canvas pixels).
TAP_SLOP = 12


class Leaderboard:
    """Draws friend rankings on `canvas` (the shared canvas) and reacts to forwarded touches."""

    def __init__(self, canvas: Any, theme: Any = None, share: bool = True) -> None:
        self.canvas = canvas
        self.ctx = canvas.getContext("2d")
        self.theme = theme if theme is not None else Theme()
        self.share = share
        self.state = "hidden"  # hidden, loading, board, passed
        self.title = self.theme.title
        self.rows: list = []
        self.scroll = 0.0
        self.sent: list = []  # open_ids a card was sent to
        self.images: dict = {}  # avatar url → image
        self.loaded: list = []  # avatar urls whose image has arrived
        self.drag_from = -1.0
        self.scroll_from = 0.0
        self.moved = False

    # -- what to show ------------------------------------------------------------------

    async def show(self, message: ShowLeaderboard) -> None:
        """Fetch friends' scores by `message.sort_key` and show them ranked."""
        self.state = "loading"
        self.title = message.title
        self.draw()
        friends = await cloud.friend_entries(message.sort_key)
        me = await cloud.my_entry(message.sort_key, "")
        self.rows = rank(merge_self(friends, me, message.open_id))
        self.state = "board"
        self.scroll = self._scroll_to_self()
        self.draw()

    async def show_surpassed(self, message: ShowSurpassed) -> None:
        """Show the friends passed going from old_score to new_score (nothing if none)."""
        friends = await cloud.friend_entries(message.sort_key)
        passed = surpassed(friends, message.old_score, message.new_score)
        if len(passed) == 0:
            return
        self.rows = passed
        self.title = self.theme.passed_title
        self.state = "passed"
        self.scroll = 0.0
        self.draw()

    def hide(self) -> None:
        self.state = "hidden"
        self.rows = []
        self.draw()

    def page(self, pages: float) -> None:
        layout = self._layout()
        step = layout.rows_per_page() * self.theme.row_height
        self.scroll = layout.clamp(self.scroll + pages * step, len(self.rows))
        self.draw()

    def _scroll_to_self(self) -> float:
        """Scroll so the player's row is on screen (centred when the list is long)."""
        index = self_index(self.rows)
        if index < 0:
            return 0
        layout = self._layout()
        wanted = (index + 0.5) * self.theme.row_height - layout.list_height / 2
        return layout.clamp(wanted, len(self.rows))

    # -- input -------------------------------------------------------------------------

    def touch(self, phase: str, x: float, y: float) -> None:
        """A forwarded touch: drag scrolls; a tap on a share button sends a card."""
        if self.state != "board" and self.state != "passed":
            return
        layout = self._layout()
        if phase == "start":
            self.drag_from = y
            self.scroll_from = self.scroll
            self.moved = False
        elif phase == "move" and self.drag_from >= 0:
            if abs(y - self.drag_from) > TAP_SLOP:
                self.moved = True
            if self.moved:
                self.scroll = layout.clamp(self.scroll_from - (y - self.drag_from), len(self.rows))
                self.draw()
        elif phase == "end":
            tapped = not self.moved and self.drag_from >= 0
            self.drag_from = -1.0
            if tapped and self.share:
                index = layout.share_hit(x, y, self.scroll, len(self.rows))
                if index >= 0 and self._can_share(self.rows[index]):
                    self.share_row(index)

    def share_row(self, index: int) -> None:
        """Send the theme's direct-message card to the friend of row `index`."""
        entry = self.rows[index]
        theme = self.theme

        async def send() -> None:
            done = await cloud.share_to_user(entry.open_id, theme.share_title,
                                             theme.share_image_url, theme.share_subtitle,
                                             theme.share_template)
            if done:
                self.sent.append(entry.open_id)
                self.draw()

        start(send())

    def _can_share(self, entry: Any) -> bool:
        # 003: shareToUser needs an image URL; without one in the theme there is no button.
        return not entry.is_self and len(entry.open_id) > 0 and len(self.theme.share_image_url) > 0

    # -- drawing -----------------------------------------------------------------------

    def _layout(self) -> Layout:
        return Layout(self.canvas.width, self.canvas.height, self.theme)

    def _font(self, size: float, bold: bool = False) -> str:
        return ("bold " if bold else "") + "{}px {}".format(round(size), self.theme.font)

    def draw(self) -> None:
        ctx = self.ctx
        width = self.canvas.width
        height = self.canvas.height
        ctx.clearRect(0, 0, width, height)
        if self.state == "hidden":
            return
        theme = self.theme
        layout = self._layout()
        ctx.fillStyle = theme.background
        ctx.fillRect(0, 0, width, height)
        ctx.textBaseline = "middle"
        ctx.textAlign = "left"
        ctx.fillStyle = theme.text
        ctx.font = self._font(theme.title_size, True)
        ctx.fillText(self.title, theme.padding, layout.header / 2)
        if self.state == "loading":
            self._centered(theme.loading_text, theme.muted, theme.text_size, height / 2)
            return
        ctx.save()
        ctx.beginPath()
        ctx.rect(0, layout.list_top, width, layout.list_height)
        ctx.clip()
        for index in layout.visible(len(self.rows), self.scroll):
            self._row(layout, index)
        ctx.restore()
        if self.state == "board" and self._friend_count() == 0:
            below = layout.list_top + len(self.rows) * theme.row_height
            middle = below + (height - below) / 2
            self._centered(theme.empty_title, theme.text, theme.text_size, middle - theme.text_size)
            self._centered(theme.empty_text, theme.muted, theme.text_size * 0.8,
                           middle + theme.text_size * 0.4)

    def _friend_count(self) -> int:
        count = 0
        for entry in self.rows:
            if not entry.is_self:
                count += 1
        return count

    def _centered(self, text: str, color: str, size: float, y: float) -> None:
        ctx = self.ctx
        ctx.textAlign = "center"
        ctx.fillStyle = color
        ctx.font = self._font(size)
        ctx.fillText(text, self.canvas.width / 2, y)
        ctx.textAlign = "left"

    def _row(self, layout: Layout, index: int) -> None:
        ctx = self.ctx
        theme = self.theme
        entry = self.rows[index]
        top = layout.row_top(index, self.scroll)
        middle = top + theme.row_height / 2
        if entry.is_self:
            ctx.fillStyle = theme.highlight
        else:
            ctx.fillStyle = theme.row if index % 2 == 0 else theme.row_alt
        ctx.fillRect(0, top, layout.width, theme.row_height - 2)
        ctx.fillStyle = theme.medals[entry.rank - 1] if entry.rank <= 3 else theme.muted
        if entry.is_self:
            ctx.fillStyle = theme.text
        ctx.font = self._font(theme.text_size, True)
        ctx.textAlign = "center"
        rank_x = theme.padding + theme.text_size * 0.8
        ctx.fillText(str(entry.rank), rank_x, middle)
        ctx.textAlign = "left"
        avatar_x = rank_x + theme.text_size
        self._avatar(entry, avatar_x, middle - theme.avatar_size / 2)
        with_button = self.share and self._can_share(entry)
        ctx.textAlign = "right"
        ctx.fillStyle = theme.text
        ctx.font = self._font(theme.text_size, True)
        score = format_score(entry.score)
        score_right = layout.score_right(with_button)
        ctx.fillText(score, score_right, middle)
        ctx.textAlign = "left"
        ctx.fillStyle = theme.text
        ctx.font = self._font(theme.text_size)
        label = entry.nickname if len(entry.nickname) > 0 else theme.you
        name_x = avatar_x + theme.avatar_size + theme.padding / 2
        room = score_right - ctx.measureText(score).width - theme.padding - name_x
        ctx.fillText(self._fit(label, room), name_x, middle)
        ctx.textAlign = "left"
        if with_button:
            self._button(layout, index, entry.open_id in self.sent)

    def _fit(self, text: str, width: float) -> str:
        """`text`, cut with an ellipsis to fit `width` pixels in the current font."""
        if self.ctx.measureText(text).width <= width:
            return text
        cut = text
        while len(cut) > 1 and self.ctx.measureText(cut + "…").width > width:
            cut = cut[:len(cut) - 1]  # no negative index: Transcrypt needs -o for it
        return cut + "…"

    def _button(self, layout: Layout, index: int, sent: bool) -> None:
        ctx = self.ctx
        theme = self.theme
        box = layout.button_box(index, self.scroll)
        ctx.fillStyle = theme.muted if sent else theme.button
        ctx.fillRect(box[0], box[1], box[2], box[3])
        ctx.fillStyle = theme.button_text
        ctx.font = self._font(theme.text_size * 0.7, True)
        ctx.textAlign = "center"
        ctx.fillText("✓" if sent else theme.share_label, box[0] + box[2] / 2, box[1] + box[3] / 2)
        ctx.textAlign = "left"

    def _avatar(self, entry: Any, x: float, y: float) -> None:
        ctx = self.ctx
        size = self.theme.avatar_size
        image = self._image(entry.avatar_url)
        ctx.save()
        ctx.beginPath()
        ctx.arc(x + size / 2, y + size / 2, size / 2, 0, 6.283185307179586)
        ctx.clip()
        if image is not None and entry.avatar_url in self.loaded:
            ctx.drawImage(image, x, y, size, size)
        else:
            # Until the avatar arrives (or without one): the name's first letter.
            ctx.fillStyle = self.theme.muted
            ctx.fillRect(x, y, size, size)
            ctx.fillStyle = self.theme.background
            ctx.font = self._font(size * 0.5, True)
            ctx.textAlign = "center"
            letter = entry.nickname[0].upper() if len(entry.nickname) > 0 else "?"
            ctx.fillText(letter, x + size / 2, y + size / 2)
            ctx.textAlign = "left"
        ctx.restore()

    def _image(self, url: str) -> Any:
        """The avatar image for `url`, created once; it redraws the board when it loads."""
        if len(url) == 0:
            return None
        if url in self.images:
            return self.images[url]
        image = _social.create_image()
        self.images[url] = image

        def arrived() -> None:
            self.loaded.append(url)
            self.draw()

        image.onload = arrived
        image.src = url
        return image


"""Where each part of the leaderboard goes, and what a touch hits (pure geometry).

All values are shared-canvas pixels. The list scrolls under a fixed header: `scroll` is how
far the list has moved up, clamped so the last row can reach the bottom and no further.
"""

from pyminis.opendata.theme import Theme


class Layout:
    """The leaderboard's geometry for one canvas size and theme."""

    def __init__(self, width: float, height: float, theme: Theme) -> None:
        self.width = width
        self.height = height
        self.theme = theme
        self.header = theme.title_size + 2 * theme.padding
        self.list_top = self.header
        self.list_height = max(0, height - self.header)
        self.button_width = theme.text_size * 3.6
        self.button_height = theme.text_size * 1.6

    def rows_per_page(self) -> int:
        return max(1, int(self.list_height // self.theme.row_height))

    def max_scroll(self, count: int) -> float:
        return max(0, count * self.theme.row_height - self.list_height)

    def clamp(self, scroll: float, count: int) -> float:
        return min(max(0, scroll), self.max_scroll(count))

    def row_top(self, index: int, scroll: float) -> float:
        return self.list_top + index * self.theme.row_height - scroll

    def visible(self, count: int, scroll: float) -> list:
        """Indexes of the rows at least partly inside the list area."""
        first = max(0, int(scroll // self.theme.row_height))
        shown = []
        index = first
        while index < count and self.row_top(index, scroll) < self.height:
            shown.append(index)
            index += 1
        return shown

    def row_at(self, y: float, scroll: float, count: int) -> int:
        """The row under `y`, or -1 (the header, or below the last row)."""
        if y < self.list_top or y >= self.height:
            return -1
        index = int((y - self.list_top + scroll) // self.theme.row_height)
        return index if 0 <= index < count else -1

    def button_box(self, index: int, scroll: float) -> list:
        """[x, y, width, height] of a row's share button."""
        top = self.row_top(index, scroll)
        x = self.width - self.theme.padding - self.button_width
        y = top + (self.theme.row_height - self.button_height) / 2
        return [x, y, self.button_width, self.button_height]

    def share_hit(self, x: float, y: float, scroll: float, count: int) -> int:
        """The row whose share button is under (x, y), or -1."""
        index = self.row_at(y, scroll, count)
        if index < 0:
            return -1
        box = self.button_box(index, scroll)
        if box[0] <= x <= box[0] + box[2] and box[1] <= y <= box[1] + box[3]:
            return index
        return -1

    def score_right(self, with_button: bool) -> float:
        """The x where scores end (right-aligned), left of the share button when there is one."""
        right = self.width - self.theme.padding
        return right - self.button_width - self.theme.padding if with_button else right

"""The leaderboard's geometry: which rows show, what a touch hits, how far it scrolls."""

from __future__ import annotations

from pyminis.opendata import Layout, Theme

THEME = Theme(title_size=40, padding=20, row_height=100, text_size=30)
# Header: 40 + 2 * 20 = 80; list area 80..1000 (920 high: 9 whole rows and a part).
LAYOUT = Layout(750, 1000, THEME)


def test_rows_fill_the_list_under_the_header() -> None:
    assert LAYOUT.list_top == 80
    assert LAYOUT.rows_per_page() == 9
    assert LAYOUT.visible(20, 0) == list(range(10))  # the 10th shows in part
    assert LAYOUT.visible(20, 250) == list(range(2, 12))
    assert LAYOUT.visible(3, 0) == [0, 1, 2]


def test_scrolling_stops_where_the_last_row_reaches_the_bottom() -> None:
    assert LAYOUT.max_scroll(20) == 20 * 100 - 920
    assert LAYOUT.clamp(5000, 20) == 1080
    assert LAYOUT.clamp(-40, 20) == 0
    assert LAYOUT.max_scroll(3) == 0


def test_a_touch_finds_its_row_and_the_share_button() -> None:
    assert LAYOUT.row_at(79, 0, 5) == -1  # the header
    assert LAYOUT.row_at(80, 0, 5) == 0
    assert LAYOUT.row_at(385, 0, 5) == 3
    assert LAYOUT.row_at(385, 100, 5) == 4
    assert LAYOUT.row_at(900, 0, 5) == -1  # below the last row
    x, y, w, h = LAYOUT.button_box(1, 0)
    assert x + w == 750 - 20 and y > 180 and y + h < 280
    assert LAYOUT.share_hit(x + 1, y + 1, 0, 5) == 1
    assert LAYOUT.share_hit(x - 1, y + 1, 0, 5) == -1
    assert LAYOUT.share_hit(x + 1, y + 1, 0, 1) == -1  # row 1 does not exist

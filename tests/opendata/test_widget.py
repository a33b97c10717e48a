"""The leaderboard widget end to end in CPython: the game posts, the open data side receives
through the fake host (its onMessage loopback), reads friends and draws on a recording canvas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pyminis import opendata, social
from pyminis.opendata.router import Router
from pyminis.sdk import fake
from tests.opendata.doubles import Canvas, Image

THEME = opendata.Theme(highlight="#ff0000", share_image_url="https://x/card.png")
FRIENDS = [
    {"display_name": "Ann", "open_id": "o-ann", "data": [{"key": "highScore", "value": "2"}]},
    {"nickname": "Bob", "openid": "o-bob", "avatarUrl": "https://x/bob.png",
     "KVDataList": [{"key": "highScore", "value": "5"}]},
    {"display_name": "Cy", "open_id": "o-cy", "data": [{"key": "highScore", "value": "1"}]},
]


@pytest.fixture
def side() -> Iterator[tuple[Any, opendata.Leaderboard, Canvas]]:
    """A fake host, and an open data side listening on it with its own canvas."""
    canvas = Canvas(750, 1000)
    with fake.use() as host:
        host.outcomes["createImage"] = lambda params: {"ok": Image()}
        board = opendata.Leaderboard(canvas, THEME)
        router = Router()
        router.on(opendata.ShowLeaderboard, board.show)
        router.on(opendata.ShowSurpassed, board.show_surpassed)
        router.on(opendata.Touch, lambda m: board.touch(m.phase, m.x, m.y))
        router.on(opendata.Page, lambda m: board.page(m.pages))
        yield host, board, canvas


def names(canvas: Canvas) -> list[str]:
    known = {"Ann", "Bob", "Cy", "You"}
    return [t[0] for t in sorted(canvas.context.texts, key=lambda t: t[2]) if t[0] in known]


def test_friends_ranked_with_the_player_highlighted(side: Any) -> None:
    host, _board, canvas = side
    host.state.friends = FRIENDS
    host.state.cloud["highScore"] = "3"
    social.post(opendata.ShowLeaderboard(score=3))
    assert names(canvas) == ["Bob", "You", "Ann", "Cy"]
    you_y = next(t[2] for t in canvas.context.texts if t[0] == "You")
    rows = [r for r in canvas.context.rects if r[2] == 750 and r[3] == THEME.row_height - 2]
    assert [r[4] for r in rows if r[1] <= you_y <= r[1] + r[3]] == ["#ff0000"]
    assert [r[4] for r in rows].count("#ff0000") == 1
    assert host.last("getFriendCloudStorage").params == {"keyList": ["highScore"]}
    assert [t[0] for t in canvas.context.texts if t[0] == "Share"] == ["Share"] * 3


def test_no_friends_shows_the_invitation(side: Any) -> None:
    host, _board, canvas = side
    host.state.friends = []
    social.post(opendata.ShowLeaderboard())
    texts = [t[0] for t in canvas.context.texts]
    assert THEME.empty_title in texts and THEME.empty_text in texts


def test_a_tap_on_a_share_button_sends_that_friend_a_card(side: Any) -> None:
    host, board, _canvas = side
    host.state.friends = FRIENDS
    social.post(opendata.ShowLeaderboard())
    layout = opendata.Layout(750, 1000, THEME)
    x, y, w, h = layout.button_box(0, board.scroll)  # row 0: Bob
    for phase in ("start", "end"):
        social.post(opendata.Touch(phase, x + w / 2, y + h / 2))
    assert host.last("shareToUser").params == {
        "imageUrl": "https://x/card.png", "openid": "o-bob", "title": THEME.share_title,
        "templateType": 1}
    assert board.sent == ["o-bob"]


def test_a_drag_scrolls_and_is_not_a_tap(side: Any) -> None:
    host, board, _canvas = side
    host.state.friends = [{"display_name": f"F{i:02d}", "open_id": f"o{i}",
                           "data": [{"key": "highScore", "value": str(i)}]} for i in range(30)]
    social.post(opendata.ShowLeaderboard())
    layout = opendata.Layout(750, 1000, THEME)
    x, y, _w, _h = layout.button_box(0, 0)
    social.post(opendata.Touch("start", x + 5, y + 5))
    social.post(opendata.Touch("move", x + 5, y - 295))
    social.post(opendata.Touch("end", x + 5, y - 295))
    assert board.scroll == 300
    assert "shareToUser" not in host.names()
    social.post(opendata.Page(100))
    assert board.scroll == layout.max_scroll(30)


def test_surpassed_friends_between_the_old_and_new_score(side: Any) -> None:
    host, board, canvas = side
    host.state.friends = FRIENDS
    social.post(opendata.ShowSurpassed("highScore", 1, 5))
    assert board.state == "passed"
    assert names(canvas) == ["Ann", "Cy"]
    assert THEME.passed_title in [t[0] for t in canvas.context.texts]


def test_a_message_that_does_not_check_is_reported_not_thrown(
        side: Any, capsys: pytest.CaptureFixture[str]) -> None:
    host, board, _canvas = side
    host.emit("onMessage", {"type": "pyminis.touch", "data": {"phase": "start"}})
    assert "field 'x' is missing" in capsys.readouterr().out
    assert board.state == "hidden"


def test_a_long_name_is_cut_before_the_score(side: Any) -> None:
    host, _board, canvas = side
    host.state.friends = [{"display_name": "Bartholomew-the-very-long-named", "open_id": "o-b",
                           "data": [{"key": "highScore", "value": "12345"}]}]
    social.post(opendata.ShowLeaderboard())
    drawn = {t[0]: t for t in canvas.context.texts}
    name = next(text for text in drawn if text.startswith("Bart"))
    assert name.endswith("…") and len(name) < 31
    score_x = drawn["12345"][1]  # right-aligned: the score ends here
    assert drawn[name][1] + 20 * len(name) <= score_x - 20 * 5

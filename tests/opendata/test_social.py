"""The game side (pyminis.social) against the fake host: authorization silently first, then
asking; scores to cloud storage; sharing behind canIUse; checked messages; the board's box."""

from __future__ import annotations

from typing import Any

import pytest

from pyminis import social, tt
from pyminis.opendata import ShowLeaderboard, Touch
from pyminis.sdk import fake
from tests.opendata.doubles import Canvas

DENY = {"fail": {"errMsg": "authorizeOpenContext:fail auth deny"}}


def authorize_answers(*allowed: bool) -> Any:
    """Answer successive authorizeOpenContext calls: True allows, False denies."""
    answers = list(allowed)
    return lambda params: {"ok": {"code": "c"}} if answers.pop(0) else DENY


def test_an_authorized_player_is_not_asked_again() -> None:
    with fake.use() as host:
        host.outcomes["authorizeOpenContext"] = authorize_answers(True)
        assert fake.run(social.authorize()) is True
        assert [c.params for c in host.calls if c.name == "authorizeOpenContext"] == [
            {"get_status_only": True}]


def test_the_dialog_comes_only_after_the_silent_check_fails() -> None:
    with fake.use() as host:
        host.outcomes["authorizeOpenContext"] = authorize_answers(False, True)
        assert fake.run(social.authorize()) is True
        host.outcomes["authorizeOpenContext"] = authorize_answers(False, False)
        assert fake.run(social.authorize()) is False
        host.outcomes["authorizeOpenContext"] = authorize_answers(False)
        assert fake.run(social.authorize(ask=False)) is False
        asked = [c.params["get_status_only"] for c in host.calls if c.name == "authorizeOpenContext"]
        assert asked == [True, False, True, False, True]


def test_an_old_client_without_the_call_gets_the_fallback() -> None:
    with fake.use(fake.FakeHost(missing={"authorizeOpenContext", "shareAppMessage"})) as host:
        assert fake.run(social.authorize()) is False
        assert fake.run(social.share_app_message("t", "https://x/card.png")) is False
        assert "authorizeOpenContext" not in host.names()
        assert "shareAppMessage" not in host.names()


def test_scores_go_to_cloud_storage_as_text() -> None:
    with fake.use() as host:
        assert fake.run(social.save_score("highScore", 12.0)) is True
        assert host.state.cloud == {"highScore": "12"}
        with pytest.raises(tt.TTValueError):
            fake.run(social.save_score("k" * 129, 1))


def test_sharing_sends_the_documented_fields() -> None:
    with fake.use() as host:
        assert fake.run(social.share_app_message("Beat me", "https://x/card.png", "I scored 3",
                                                 query="from=share")) is True
        assert host.last("shareAppMessage").params == {
            "imageUrl": "https://x/card.png", "title": "Beat me", "subtitle": "I scored 3",
            "templateType": 1, "query": "from=share"}
        assert fake.run(social.share_to_story()) is True
        host.outcomes["shareToStory"] = lambda params: {"fail": {"errMsg": "cancel"}}
        assert fake.run(social.share_to_story()) is False


def test_post_checks_the_message_before_it_leaves() -> None:
    with fake.use() as host:
        received: list[Any] = []
        host.listeners.setdefault("onMessage", []).append(received.append)
        social.post(ShowLeaderboard(score=3))
        assert received == [{"type": "pyminis.showLeaderboard", "data": {
            "sort_key": "highScore", "score": 3, "title": "Friends", "open_id": ""}}]
        with pytest.raises(social.SocialError, match="Touch.x must be a number"):
            social.post(Touch("start", "1", 2))  # type: ignore[arg-type]
        with pytest.raises(social.SocialError, match="takes a pyminis.opendata Message"):
            social.post({"type": "show"})


def test_the_board_box_is_responsive_and_maps_touches() -> None:
    assert social.css_px("80vw", 390, 844) == pytest.approx(312)
    assert social.css_px("40vh", 390, 844) == pytest.approx(337.6)
    assert social.css_px(" 12px", 390, 844) == 12
    with pytest.raises(social.CanvasError, match="'80' has no unit"):
        social.SharedCanvasView(width="80")
    canvas = Canvas()
    with fake.use() as host:
        host.outcomes["getSharedCanvas"] = lambda params: {"ok": canvas}
        host.outcomes["getSystemInfoSync"] = lambda params: {"ok": {
            "windowWidth": 400, "windowHeight": 800, "screenWidth": 400, "screenHeight": 800,
            "pixelRatio": 2}}
        view = social.SharedCanvasView("10vw", "25vh", "80vw", "50vh", resolution=800)
        view.show()
        assert (canvas.width, canvas.height) == (800, 1000)  # the box's aspect ratio
        assert (canvas.style.left, canvas.style.top, canvas.style.display) == ("10vw", "25vh", "block")
        assert view.to_canvas(40, 200) == [0, 0]
        assert view.to_canvas(360, 600) == [800, 1000]
        assert view.to_canvas(39, 300) is None
        view.hide()
        assert canvas.style.display == "none"


def test_a_denied_leaderboard_posts_nothing_and_shows_nothing() -> None:
    canvas = Canvas()
    with fake.use() as host:
        host.outcomes["getSharedCanvas"] = lambda params: {"ok": canvas}
        host.outcomes["authorizeOpenContext"] = authorize_answers(False, False)
        board = social.FriendLeaderboard()
        assert fake.run(board.open(10)) is False
        assert "OpenDataContext.postMessage" not in host.names()
        assert canvas.style.display == "" and board.touch("start", 200, 400) is False

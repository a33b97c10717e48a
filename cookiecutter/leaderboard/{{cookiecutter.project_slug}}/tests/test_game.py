"""The game in CPython: headless frames and taps; the TikTok SDK answered by a fake host."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pyminis import headless

ROOT = Path(__file__).resolve().parent.parent
SHARE = (100, 565)
AGAIN = (260, 565)


@contextmanager
def run() -> Iterator[Any]:
    """The game headless, on a phone-sized window the logical size of the game."""
    with headless.run_game(ROOT, width=360, height=640) as play:
        # The platform composites the shared canvas over the game; here it is a plain object
        # with a style, so the board can be placed and shown.
        play.host.outcomes["getSharedCanvas"] = lambda params: {
            "ok": SimpleNamespace(width=300, height=150, style=SimpleNamespace())}
        yield play


def hit(play: Any, times: int) -> None:
    for _ in range(times):
        dot = play.game.scene.dot
        play.tap(dot.x, dot.y)
        play.steps(1)


def test_the_player_is_signed_in_at_start() -> None:
    with run() as play:
        play.steps(3)
        assert play.host.names().count("login") == 1
        assert play.game.scene.login_code != ""


def test_a_miss_saves_the_best_score_and_opens_the_leaderboard() -> None:
    with run() as play:
        play.steps(3)
        hit(play, 3)
        play.tap(10, 630)  # a miss
        play.steps(3)
        scene = play.game.scene
        assert scene.over and scene.best == 3
        assert play.host.state.cloud["highScore"] == "3"
        assert "authorizeOpenContext" in play.host.names()
        # The board is shown by a message to the open data domain, which alone reads friends.
        assert "OpenDataContext.postMessage" in play.host.names()


def test_a_lower_score_keeps_the_best() -> None:
    with run() as play:
        play.host.state.storage["best"] = 5
        play.steps(3)
        hit(play, 2)
        play.tap(10, 630)
        play.steps(3)
        assert play.game.scene.best == 5
        assert "setUserCloudStorage" not in play.host.names()


def test_private_friends_show_the_local_best() -> None:
    with run() as play:
        play.host.outcomes["authorizeOpenContext"] = lambda params: {
            "fail": {"error": {"error_code": 10001, "error_msg": "auth deny"}}}
        play.steps(3)
        hit(play, 1)
        play.tap(10, 630)
        play.steps(3)
        assert play.game.scene.message.text == "your best: 1"
        assert "OpenDataContext.postMessage" not in play.host.names()


def test_share_and_again() -> None:
    with run() as play:
        play.steps(3)
        hit(play, 2)
        play.tap(10, 630)
        play.steps(3)
        play.tap(*SHARE)
        play.steps(2)
        assert play.host.last("shareAppMessage").params["title"].startswith("Beat my score")
        play.tap(*AGAIN)
        play.steps(1)
        scene = play.game.scene
        assert not scene.over and scene.score == 0 and scene.dot.visible

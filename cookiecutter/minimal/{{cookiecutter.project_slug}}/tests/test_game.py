"""The game in CPython: headless frames and taps, the TikTok SDK answered by a fake host."""

from pathlib import Path

from pyminis import headless

ROOT = Path(__file__).resolve().parent.parent


def test_the_player_is_signed_in_at_start() -> None:
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.steps(3)
        assert [call.name for call in play.host.calls].count("login") == 1
        assert play.game.scene.login_code != ""


def test_a_hit_scores_and_moves_the_dot() -> None:
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.steps(3)
        scene = play.game.scene
        first = (scene.dot.x, scene.dot.y)
        play.tap(first[0], first[1])
        play.steps(2)
        assert scene.score == 1
        assert (scene.dot.x, scene.dot.y) != first
        assert scene.label.text == "score: 1"


def test_a_miss_scores_nothing() -> None:
    with headless.run_game(ROOT, width=360, height=640) as play:
        play.steps(3)
        play.tap(10, 620)
        play.steps(2)
        assert play.game.scene.score == 0

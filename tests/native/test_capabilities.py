"""The required-capabilities pre-check reads the game's Python, never runs it."""

from __future__ import annotations

from pyminis.targets import capabilities

ALL_FOUR = '''
from pyminis import tt

async def start():
    await tt.login()
    ad = tt.create_rewarded_video_ad("unit")
    await tt.add_shortcut()
    await tt.get_shortcut_mission_reward()
    await tt.start_entrance_mission()
    await tt.get_entrance_mission_reward()
'''


def keys(sources: list[tuple[str, str]]) -> list[str]:
    return [cap.key for cap in capabilities.missing(sources)]


def test_a_game_using_every_capability_misses_none() -> None:
    assert keys([("src/main.py", ALL_FOUR)]) == []


def test_an_empty_game_misses_all_four_in_order() -> None:
    assert keys([("src/main.py", "x = 1\n")]) == ["login", "rewarded_ad", "shortcut", "entrance"]


def test_a_pair_needs_both_calls() -> None:
    text = ALL_FOUR.replace("await tt.get_shortcut_mission_reward()", "pass")
    assert keys([("src/main.py", text)]) == ["shortcut"]


def test_calls_count_across_modules_and_through_aliases_and_platform_names() -> None:
    sources = [
        ("src/main.py", "from pyminis.tt import login as sign_in\nsign_in()\n"),
        ("src/ads.py", "ad = TTMinis.game.createRewardedVideoAd({'adUnitId': 'x'})\n"),
        ("src/missions.py", ("tt.addShortcut({})\ntt.getShortcutMissionReward({})\n"
                             "engine.spawn(tt.start_entrance_mission)\n"
                             "engine.spawn(tt.get_entrance_mission_reward)\n")),
    ]
    assert keys(sources) == []
    uses = capabilities.find_uses(sources)
    assert str(uses["login"].location) == "src/main.py:2:1"
    assert str(uses["createRewardedVideoAd"].location) == "src/ads.py:1:6"


def test_names_in_strings_comments_and_definitions_do_not_count() -> None:
    text = '''
# tt.login() later
note = "tt.login()"
def login():
    pass
'''
    assert "login" in keys([("src/main.py", text)])


def test_a_file_that_does_not_parse_is_skipped_not_fatal() -> None:
    sources = [("src/broken.py", "def (:\n"), ("src/main.py", ALL_FOUR)]
    assert keys(sources) == []


def test_warnings_name_the_entry_file_and_what_to_call() -> None:
    lines = capabilities.warnings([("src/game.py", "tt.login()\n")], where="src/game.py")
    assert len(lines) == 3
    assert all(line.startswith("src/game.py: the game never uses ") for line in lines)
    assert "tt.add_shortcut() and tt.get_shortcut_mission_reward()" in lines[1]

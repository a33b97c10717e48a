"""Friend entries → ranked rows, the player's row, and the friends a new score passed."""

from __future__ import annotations

from pyminis.opendata.ranking import (
    Entry,
    entry_of,
    format_score,
    merge_self,
    parse_score,
    rank,
    self_index,
    surpassed,
)
from pyminis.tt._types import friend_of


def row(name: str, score: float, me: bool = False) -> Entry:
    return Entry("id-" + name, name, "", score, me)


def test_rank_orders_best_first_and_ties_share_a_rank() -> None:
    ranked = rank([row("cy", 3), row("Bo", 9), row("al", 3), row("di", 1)])
    assert [(e.rank, e.nickname) for e in ranked] == [(1, "Bo"), (2, "al"), (2, "cy"), (4, "di")]


def test_the_player_is_the_friend_with_their_open_id_or_their_own_row() -> None:
    friends = [row("a", 5), row("b", 7)]
    mine = merge_self(friends, row("me", 6), "id-b")
    assert [e.nickname for e in mine if e.is_self] == ["b"]
    assert len(mine) == 2
    fresh = [row("a", 5), row("b", 7)]
    added = rank(merge_self(fresh, Entry("", "", "", 6), ""))
    assert self_index(added) == 1 and added[1].rank == 2
    alone = merge_self([row("a", 5)], None, "")  # no stored score: no row for the player
    assert [(e.nickname, e.is_self) for e in alone] == [("a", False)]


def test_surpassed_is_the_friends_from_the_old_score_up_to_below_the_new() -> None:
    board = [row("tie-old", 10), row("between", 15), row("tie-new", 20), row("above", 30),
             row("below", 5), row("me", 20, me=True)]
    assert [e.nickname for e in surpassed(board, 10, 20)] == ["between", "tie-old"]
    assert surpassed(board, 20, 20) == []


def test_both_documented_friend_shapes_give_the_same_entry() -> None:
    shape_003 = {"nickname": "Ann", "avatarUrl": "https://a/x.png", "openid": "o-1",
                 "KVDataList": [{"key": "highScore", "value": "42"}]}
    shape_004 = {"display_name": "Ann", "avatar_url": "https://a/x.png", "open_id": "o-1",
                 "data": [{"key": "highScore", "value": "42"}], "user_id": 7}
    for raw in (shape_003, shape_004):
        entry = entry_of(friend_of(raw), "highScore")
        assert (entry.nickname, entry.open_id, entry.avatar_url, entry.score) == (
            "Ann", "o-1", "https://a/x.png", 42)
    assert entry_of(friend_of(shape_004), "level") is None


def test_scores_parse_only_from_numbers() -> None:
    assert [parse_score(v) for v in ("12", " 7 ", "2.5", 3, "", "abc", None, "nan")] == [
        12, 7, 2.5, 3, None, None, None, None]


def test_scores_print_the_same_in_both_runtimes() -> None:
    assert [format_score(v) for v in (12.0, 12, 12.5, 0, 3000000000.0)] == [
        "12", "12", "12.5", "0", "3000000000"]

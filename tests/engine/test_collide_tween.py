"""Collisions and tweens: pure logic, checked in CPython."""

from __future__ import annotations

import pytest

from pyminis.engine import Circle, Rect, Scene, Sprite, Tween, hit, hits, point_in
from pyminis.engine._nodes import Image
from pyminis.engine._tween import EASINGS


def test_boxes_circles_and_points() -> None:
    a = Rect(0, 0, 10, 10)
    b = Rect(9, 9, 10, 10)
    c = Rect(10, 0, 10, 10)
    assert hit(a, b) and not hit(a, c)  # touching edges do not overlap
    ball = Circle(15, 5, 5)
    assert hit(ball, c) and hit(c, ball)
    assert not hit(Circle(-7, -7, 5), a)  # near the corner, outside the radius
    assert hit(Circle(0, 0, 3), Circle(5, 0, 3)) and not hit(Circle(0, 0, 2), Circle(5, 0, 2))
    assert point_in(ball, 18, 5) and not point_in(ball, 21, 5)
    assert hits(a, [b, c, ball]) == [b]


def test_anchor_and_scale_move_the_box() -> None:
    sprite = Sprite(Image(None, 0, 0, 20, 10), 100, 100, anchor=0.5)
    sprite.scale_x = 2
    assert (sprite.left(), sprite.right(), sprite.top(), sprite.bottom()) == (80, 120, 95, 105)
    assert point_in(sprite, 81, 96) and not point_in(sprite, 79, 100)


def test_tween_reaches_its_values_and_calls_back_once() -> None:
    target = Rect(0, 0)
    done = []
    tween = Tween(target, {"x": 100, "alpha": 0}, 0.5, "in_out_quad", lambda: done.append(1))
    for _ in range(20):
        tween.step(0.05)
    assert (target.x, target.alpha) == (100, 0)
    assert done == [1] and tween.done


def test_tween_waits_for_its_delay_and_starts_from_the_value_then() -> None:
    target = Rect(0, 0)
    tween = Tween(target, {"x": 10}, 1.0, delay=0.5)
    tween.step(0.25)
    target.x = 4  # moved before the tween began: it starts from here
    tween.step(0.25)
    assert target.x == 4
    tween.step(0.5)
    assert target.x == pytest.approx(7)


@pytest.mark.parametrize("name", sorted(EASINGS))
def test_easings_start_at_0_and_end_at_1(name: str) -> None:
    assert EASINGS[name](0) == pytest.approx(0)
    assert EASINGS[name](1) == pytest.approx(1)


def test_an_unknown_easing_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="out_bounce"):
        Scene().tween(Rect(), {"x": 1}, 1, ease="bouncy")

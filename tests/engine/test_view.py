"""Viewport arithmetic: logical resolution → window → backing store, for each fit mode."""

from __future__ import annotations

import pytest

from pyminis.engine._view import Viewport, css_box_to_logical


def test_letterbox_keeps_the_design_size_and_centres_it() -> None:
    view = Viewport(360, 640, "letterbox")
    view.resize(390, 844, 3)
    assert (view.width, view.height) == (360, 640)
    assert view.scale == pytest.approx(390 / 360)
    assert view.k == pytest.approx(3 * 390 / 360)
    assert view.offset_x == 0
    assert view.offset_y == pytest.approx((844 - 640 * 390 / 360) / 2 * 3)
    assert view.letterboxed()


def test_fit_grows_the_free_axis_instead_of_bars() -> None:
    view = Viewport(360, 640, "fit")
    view.resize(390, 844, 1)
    assert view.width == pytest.approx(360)
    assert view.height == pytest.approx(844 * 360 / 390)
    assert (view.offset_x, view.offset_y) == (0, 0)
    assert not view.letterboxed()


def test_fill_covers_the_window_and_crops() -> None:
    view = Viewport(360, 640, "fill")
    view.resize(390, 844, 1)
    assert view.scale == pytest.approx(844 / 640)
    assert view.offset_x < 0 and view.offset_y == 0


def test_window_points_map_back_to_logical_units() -> None:
    view = Viewport(360, 640, "letterbox")
    view.resize(720, 1400, 2)  # scale 2, bars of 60 CSS px top and bottom
    assert view.to_logical_x(0) == 0
    assert view.to_logical_y(60) == pytest.approx(0)
    assert view.to_logical_y(60 + 1280) == pytest.approx(640)
    box = css_box_to_logical(view, 20, 80, 100, 140)
    assert (box.x, box.y, box.width, box.height) == pytest.approx((10, 10, 40, 30))


def test_an_unknown_mode_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="letterbox, fit, fill"):
        Viewport(360, 640, "stretch")

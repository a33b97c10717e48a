"""The engine's public surface is pinned: a change to it is a decision, not an accident."""

from __future__ import annotations

import pyminis.engine as engine

PUBLIC = [
    "Atlas", "Box", "Camera", "Circle", "EASINGS", "Game", "Group", "Image", "Node", "Rect", "Scene",
    "Sprite", "Text", "Timer", "Touch", "Tween", "boxes_overlap", "circle_box_overlap",
    "circles_overlap", "hit", "hits", "point_in",
]


def test_all_is_sorted_and_pinned() -> None:
    assert engine.__all__ == PUBLIC
    assert engine.__all__ == sorted(engine.__all__)
    for name in PUBLIC:
        assert getattr(engine, name) is not None

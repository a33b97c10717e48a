"""Collisions between nodes: boxes (sprites, rects, text), circles and points.

Rotation is ignored; a node's box is its anchored, scaled width × height.
"""

# pyminis: compile-plain
# (plain arithmetic, written in the subset Transcrypt compiles faithfully: no guard rewrite)
# __pragma__ ('skip')
from typing import Any  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.engine._nodes import CIRCLE


def _radius(n: Any) -> float:
    return n.radius * abs(n.scale_x)


def point_in(node: Any, x: float, y: float) -> bool:
    """Whether (x, y) lies inside the node."""
    if node.kind == CIRCLE:
        dx = x - node.x
        dy = y - node.y
        r = _radius(node)
        return dx * dx + dy * dy <= r * r
    return x >= node.left() and x <= node.right() and y >= node.top() and y <= node.bottom()


def boxes_overlap(a: Any, b: Any) -> bool:
    return (a.left() < b.right() and b.left() < a.right()
            and a.top() < b.bottom() and b.top() < a.bottom())


def circles_overlap(a: Any, b: Any) -> bool:
    dx = a.x - b.x
    dy = a.y - b.y
    r = _radius(a) + _radius(b)
    return dx * dx + dy * dy < r * r


def circle_box_overlap(circle: Any, box: Any) -> bool:
    cx = min(max(circle.x, box.left()), box.right())
    cy = min(max(circle.y, box.top()), box.bottom())
    dx = circle.x - cx
    dy = circle.y - cy
    r = _radius(circle)
    return dx * dx + dy * dy < r * r


def hit(a: Any, b: Any) -> bool:
    """Whether two nodes touch, circles as circles and everything else as boxes."""
    if a.kind == CIRCLE and b.kind == CIRCLE:
        return circles_overlap(a, b)
    if a.kind == CIRCLE:
        return circle_box_overlap(a, b)
    if b.kind == CIRCLE:
        return circle_box_overlap(b, a)
    return boxes_overlap(a, b)


def hits(node: Any, others: list) -> list:
    """The nodes of `others` that `node` touches (visible ones only)."""
    found = []
    for other in others:
        if other.visible and other is not node and hit(node, other):
            found.append(other)
    return found

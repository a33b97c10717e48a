"""pyminis.engine: a canvas 2D game engine for Python games on TikTok Mini Games.

    from pyminis.engine import Game, Scene, Circle, Text

    class Play(Scene):
        def setup(self):
            self.ball = self.add(Circle(180, 320, 20, "#25f4ee"))
            self.label = self.add(Text("tap!", 20, 20))

        def on_tap(self, x, y):
            self.ball.x = x
            self.ball.y = y

    game = Game(360, 640, background="#161823")
    game.run(Play())

The same code runs compiled in the game (on the platform backend of the target) and in
CPython under `pyminis.headless` for tests.
"""

from pyminis.engine._atlas import Atlas
from pyminis.engine._camera import Camera
from pyminis.engine._collide import (boxes_overlap, circle_box_overlap, circles_overlap, hit,
                                     hits, point_in)
from pyminis.engine._game import Game
from pyminis.engine._input import Touch
from pyminis.engine._nodes import Circle, Group, Image, Node, Rect, Sprite, Text
from pyminis.engine._scene import Scene, Timer
from pyminis.engine._tween import EASINGS, Tween
from pyminis.engine._view import Box

__all__ = [
    "Atlas", "Box", "Camera", "Circle", "EASINGS", "Game", "Group", "Image", "Node", "Rect", "Scene",
    "Sprite", "Text", "Timer", "Touch", "Tween", "boxes_overlap", "circle_box_overlap",
    "circles_overlap", "hit", "hits", "point_in",
]

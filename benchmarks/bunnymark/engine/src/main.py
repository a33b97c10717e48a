"""Bunnymark, written the way the engine's tutorial teaches: sprites with an update method."""

import random

from pyminis.engine import Game, Scene, Sprite

WIDTH = 800
HEIGHT = 600
GRAVITY = 0.75


class Bunny(Sprite):
    def __init__(self, image: object) -> None:
        Sprite.__init__(self, image, 0, 0, anchor=0)
        self.vx = random.random() * 10
        self.vy = random.random() * 10 - 5

    def update(self, dt: float) -> None:
        self.x += self.vx
        self.y += self.vy
        self.vy += GRAVITY
        if self.x > WIDTH - 26:
            self.vx *= -1
            self.x = WIDTH - 26
        elif self.x < 0:
            self.vx *= -1
            self.x = 0
        if self.y > HEIGHT - 37:
            self.vy *= -0.85
            self.y = HEIGHT - 37
            if random.random() > 0.5:
                self.vy -= random.random() * 6
        elif self.y < 0:
            self.vy = 0
            self.y = 0


class Bunnies(Scene):
    def setup(self) -> None:
        self.bunnies = []
        self.set_count(100)

    def set_count(self, count: int) -> None:
        """The benchmark harness calls this to change N."""
        while len(self.bunnies) < count:
            self.bunnies.append(self.add(Bunny(bunny)))
        while len(self.bunnies) > count:
            self.bunnies.pop().kill()


game = Game(WIDTH, HEIGHT, fit="letterbox", background="#2b2d42")
bunny = game.load_image("assets/bunny.png")
game.run(Bunnies())

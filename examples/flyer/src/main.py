"""Flyer: tap to flap between the pipes. One finger, one rule, one more try."""

import random

from pyminis import tt
from pyminis.engine import Circle, Game, Rect, Scene, Text, hit

WIDTH = 360
HEIGHT = 640
GROUND = 580  # top of the ground
GRAVITY = 1500  # units per second per second
FLAP = -430  # vertical speed after a flap
PIPE_SPEED = 150
PIPE_GAP = 170
PIPE_WIDTH = 60
PIPE_EVERY = 1.6  # seconds


class Flyer(Scene):
    def setup(self) -> None:
        self.state = "ready"  # ready → playing → over
        self.score = 0
        self.flaps = 0
        self.vy = 0.0
        self.pipes = []  # [top, bottom] rects, left to right
        self.add(Rect(0, GROUND, WIDTH, HEIGHT - GROUND, "#3a2f5b"))
        self.bird = self.add(Circle(90, 300, 16, "#fffc00"))
        self.bird.z = 2
        self.label = self.add(Text("0", WIDTH / 2, 40, size=48, align="center", bold=True))
        self.label.z = 3
        self.hint = self.add(Text("tap to fly", WIDTH / 2, 380, size=24, align="center",
                                  color="#25f4ee"))
        self.hint.z = 3

    def on_tap(self, x: float, y: float) -> None:
        if self.state == "ready":
            self.state = "playing"
            self.hint.visible = False
            self.every(PIPE_EVERY, self.spawn_pipes)
        if self.state == "playing":
            self.vy = FLAP
            self.flaps += 1
        elif self.state == "over" and self.time > self.over_at + 0.5:
            self.game.switch(Flyer())

    def spawn_pipes(self) -> None:
        if self.state != "playing":
            return
        gap_top = random.randint(90, GROUND - PIPE_GAP - 60)
        top = self.add(Rect(WIDTH, 0, PIPE_WIDTH, gap_top, "#25f4ee"))
        bottom = self.add(Rect(WIDTH, gap_top + PIPE_GAP, PIPE_WIDTH,
                               GROUND - gap_top - PIPE_GAP, "#25f4ee"))
        top.passed = False
        self.pipes.append(top)
        self.pipes.append(bottom)

    def update(self, dt: float) -> None:
        if self.state == "ready":
            return
        self.vy += GRAVITY * dt
        self.bird.y += self.vy * dt
        if self.bird.y + 16 >= GROUND:  # the ground stops every fall
            self.bird.y = GROUND - 16
            self.vy = 0
            self.crash()
        if self.state != "playing":
            return
        if self.bird.y < 16:
            self.bird.y = 16
            self.vy = 0
        for pipe in self.pipes:
            pipe.x -= PIPE_SPEED * dt
            if pipe.x + PIPE_WIDTH < 0:
                pipe.kill()
            if hit(self.bird, pipe):
                self.crash()
        for pipe in self.pipes:
            if pipe.y == 0 and not pipe.passed and pipe.x + PIPE_WIDTH < self.bird.x:
                pipe.passed = True
                self.score += 1
                self.label.text = str(self.score)
        self.pipes = [p for p in self.pipes if p.scene is self]

    def crash(self) -> None:
        if self.state != "playing":
            return
        self.state = "over"
        self.over_at = self.time
        self.camera.shake(6, 0.3)
        self.hint.text = "tap to try again"
        self.hint.visible = True
        self.tween(self.bird, {"alpha": 0.4}, 0.4)

    def next_pipe_gap(self) -> float:
        """The centre of the gap the bird flies towards (the autopilot in tests reads it)."""
        for pipe in self.pipes:
            if pipe.y == 0 and pipe.x + PIPE_WIDTH > self.bird.x - 16:
                return pipe.height + PIPE_GAP / 2
        return 300


async def sign_in() -> None:
    """Silent login as the game starts: TikTok's upload check requires it, and it needs no tap.
    A real game sends the code to its server, which exchanges it for the player's open_id."""
    try:
        result = await tt.login()
    except tt.TTError as error:
        print("playing signed out:", error.message)
        return
    print("signed in; send this code to your server:", result.code)


game = Game(WIDTH, HEIGHT, fit="letterbox", background="#161823")
tt.start(sign_in())
game.run(Flyer())

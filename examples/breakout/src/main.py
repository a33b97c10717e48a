"""Breakout: drag the paddle, keep the ball up, clear the wall."""

from pyminis.engine import Circle, Game, Group, Rect, Scene, Text, circle_box_overlap

WIDTH = 360
HEIGHT = 640
COLUMNS = 7
ROWS = 6
BRICK_W = 44
BRICK_H = 16
BALL_SPEED = 330
COLORS = ["#ff3b5c", "#ff7a45", "#fffc00", "#5ce65c", "#25f4ee", "#a98bff"]


class Breakout(Scene):
    def setup(self) -> None:
        self.state = "serve"  # serve → playing → (serve …) → won | over
        self.score = 0
        self.lives = 3
        self.vx = 0.0
        self.vy = 0.0
        # A static backdrop: drawn once into its own layer, then blitted every frame.
        backdrop = Group(cache=True)
        backdrop.width = WIDTH
        backdrop.height = HEIGHT
        for i in range(16):
            backdrop.add(Rect(0, i * 40, WIDTH, 20, "#1b1d2b"))
        backdrop.z = -1
        self.add(backdrop)
        self.bricks = []
        for row in range(ROWS):
            for column in range(COLUMNS):
                brick = Rect(12 + column * (BRICK_W + 4), 90 + row * (BRICK_H + 6), BRICK_W,
                             BRICK_H, COLORS[row])
                brick.points = (ROWS - row) * 10
                self.bricks.append(self.add(brick))
        self.paddle = self.add(Rect(WIDTH / 2, 580, 80, 12, "#ffffff").set_anchor(0.5, 0))
        self.ball = self.add(Circle(WIDTH / 2, 570, 8, "#fffc00"))
        self.label = self.add(Text("0", 12, 16, size=22))
        self.lives_label = self.add(Text("lives 3", WIDTH - 12, 16, size=22, align="right",
                                         color="#ff3b5c"))

    def on_touch_move(self, touch: object) -> None:
        self.move_paddle(touch.x)

    def on_touch_start(self, touch: object) -> None:
        self.move_paddle(touch.x)

    def on_tap(self, x: float, y: float) -> None:
        if self.state == "serve":
            self.state = "playing"
            self.vx = BALL_SPEED * 0.6
            self.vy = -BALL_SPEED * 0.8
        elif self.state == "won" or self.state == "over":
            self.game.switch(Breakout())

    def move_paddle(self, x: float) -> None:
        self.paddle.x = min(max(x, 40), WIDTH - 40)

    def update(self, dt: float) -> None:
        keys = self.game.input
        if keys.key("ArrowLeft"):
            self.move_paddle(self.paddle.x - 400 * dt)
        if keys.key("ArrowRight"):
            self.move_paddle(self.paddle.x + 400 * dt)
        ball = self.ball
        if self.state != "playing":
            if self.state == "serve":
                ball.x = self.paddle.x
                ball.y = 570
            return
        ball.x += self.vx * dt
        ball.y += self.vy * dt
        if ball.x < 8 or ball.x > WIDTH - 8:
            self.vx = -self.vx
            ball.x = min(max(ball.x, 8), WIDTH - 8)
        if ball.y < 48:
            self.vy = abs(self.vy)
        if self.vy > 0 and circle_box_overlap(ball, self.paddle):
            # Where it lands on the paddle steers it: the edges send it wide.
            offset = (ball.x - self.paddle.x) / 40
            self.vx = BALL_SPEED * offset * 0.9
            self.vy = -abs(BALL_SPEED * (1 - abs(offset) * 0.5))
        for brick in self.bricks:
            if brick.scene is self and circle_box_overlap(ball, brick):
                self.break_brick(brick)
                self.vy = -self.vy
                break
        if ball.y > HEIGHT + 20:
            self.lose_life()

    def break_brick(self, brick: Rect) -> None:
        self.bricks.remove(brick)
        self.score += brick.points
        self.label.text = str(self.score)
        flash = self.add(Rect(brick.x, brick.y, brick.width, brick.height, "#ffffff"))
        brick.kill()
        self.tween(flash, {"alpha": 0}, 0.25, ease="out_quad", on_done=flash.kill)
        if len(self.bricks) == 0:
            self.state = "won"

    def lose_life(self) -> None:
        self.lives -= 1
        self.lives_label.text = "lives " + str(self.lives)
        self.camera.shake(5, 0.25)
        self.state = "serve" if self.lives > 0 else "over"


game = Game(WIDTH, HEIGHT, fit="letterbox", background="#11121a")
game.run(Breakout())

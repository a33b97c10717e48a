"""Tap the dot: every hit scores and moves it. The player is signed in silently at start."""

from pyminis import tt
from pyminis.engine import Circle, Game, Scene, Text

WIDTH = 360
HEIGHT = 640
RADIUS = 36
# Where the dot goes after each hit (fixed, so the game is easy to test).
SPOTS = [[180, 320], [90, 200], [270, 460], [100, 520], [260, 150]]


class Play(Scene):
    def setup(self) -> None:
        self.score = 0
        self.login_code = ""  # send it to your server, which exchanges it for the open_id
        self.dot = self.add(Circle(SPOTS[0][0], SPOTS[0][1], RADIUS, "#25f4ee"))
        self.label = self.add(Text("score: 0", 20, 40, size=28))
        # TikTok's upload check requires silent login; it needs no tap from the player.
        tt.start(self.sign_in())

    def on_tap(self, x: float, y: float) -> None:
        dx = x - self.dot.x
        dy = y - self.dot.y
        if dx * dx + dy * dy > RADIUS * RADIUS:
            return
        self.score += 1
        spot = SPOTS[self.score % len(SPOTS)]
        self.dot.x = spot[0]
        self.dot.y = spot[1]
        self.label.text = "score: " + str(self.score)

    async def sign_in(self) -> None:
        try:
            result = await tt.login()
        except tt.TTError as error:
            self.label.text = "sign-in failed: " + error.message
            return
        self.login_code = result.code


game = Game(WIDTH, HEIGHT, fit="fit", background="#161823")
game.run(Play())

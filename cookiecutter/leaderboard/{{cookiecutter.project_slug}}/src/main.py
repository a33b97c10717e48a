"""Tap the dot as often as you can; one miss ends the run and opens the friend leaderboard.

The best score goes to cloud storage; the leaderboard is drawn by open_data/main.py on the
shared canvas (the game never sees the friend list). If the player keeps their friends
private, the game shows its own best score instead. Share sends a card to friends.
"""

from pyminis import social, tt
from pyminis.engine import Circle, Game, Rect, Scene, Text, point_in

WIDTH = 360
HEIGHT = 640
RADIUS = 34
SCORE_KEY = "highScore"  # the cloud-storage key the open data domain ranks by
SHARE_TITLE = "Beat my score in {{ cookiecutter.game_name }}!"
SHARE_IMAGE = "{{ cookiecutter.share_image_url }}"
SPOTS = [[180, 300], [90, 200], [270, 420], [110, 470], [250, 160]]

board = social.FriendLeaderboard(SCORE_KEY, "Friends",
                                 social.SharedCanvasView("5vw", "12vh", "90vw", "62vh"))


def css(game: Game, x: float, y: float) -> list:
    """A logical point in window CSS pixels, where the shared canvas is placed."""
    view = game.view
    return [(x * view.k + view.offset_x) / view.ratio, (y * view.k + view.offset_y) / view.ratio]


class Play(Scene):
    def setup(self) -> None:
        self.score = 0
        self.over = False
        self.login_code = ""  # your server exchanges it for the player's open_id
        self.best = tt.get_storage_sync("best", 0)
        self.dot = self.add(Circle(SPOTS[0][0], SPOTS[0][1], RADIUS, "#25f4ee"))
        self.label = self.add(Text("score 0", WIDTH / 2, 24, size=26, align="center"))
        self.message = self.add(Text("", WIDTH / 2, 500, size=16, color="#a8a9b3",
                                     align="center"))
        self.share_button = self.add(Rect(30, 540, 140, 50, "#2a2c3a"))
        self.share_label = self.add(Text("Share", 100, 553, size=20, align="center"))
        self.again_button = self.add(Rect(190, 540, 140, 50, "#fe2c55"))
        self.again_label = self.add(Text("Again", 260, 553, size=20, align="center"))
        self.show_buttons(False)
        tt.start(self.sign_in())

    def show_buttons(self, shown: bool) -> None:
        for node in [self.share_button, self.share_label, self.again_button, self.again_label]:
            node.visible = shown
        self.dot.visible = not shown

    def forward(self, phase: str, touch: object) -> bool:
        """Touches inside the open leaderboard scroll it (and tap its rows)."""
        point = css(game, touch.x, touch.y)
        return board.touch(phase, point[0], point[1])

    def on_touch_start(self, touch: object) -> None:
        self.forward("start", touch)

    def on_touch_move(self, touch: object) -> None:
        self.forward("move", touch)

    def on_touch_end(self, touch: object) -> None:
        self.forward("end", touch)

    def on_tap(self, x: float, y: float) -> None:
        if self.over:
            if point_in(self.share_button, x, y):
                tt.start(self.share())
            elif point_in(self.again_button, x, y):
                self.restart()
            return
        dx = x - self.dot.x
        dy = y - self.dot.y
        if dx * dx + dy * dy <= RADIUS * RADIUS:
            self.score += 1
            spot = SPOTS[self.score % len(SPOTS)]
            self.dot.x = spot[0]
            self.dot.y = spot[1]
            self.label.text = "score " + str(self.score)
        else:
            tt.start(self.game_over())

    def restart(self) -> None:
        board.close()
        self.over = False
        self.score = 0
        self.message.text = ""
        self.label.text = "score 0"
        self.show_buttons(False)

    async def sign_in(self) -> None:
        try:
            result = await tt.login()
        except tt.TTError as error:
            self.message.text = "sign-in failed: " + error.message
            return
        self.login_code = result.code

    async def game_over(self) -> None:
        self.over = True
        self.show_buttons(True)
        if self.score > self.best:
            self.best = self.score
            tt.set_storage_sync("best", self.best)
            await social.save_score(SCORE_KEY, self.score)
        shown = await board.open(self.score)
        if not shown:
            # Friends kept private (or an old client): the game's own best score instead.
            self.message.text = "your best: " + str(self.best)

    async def share(self) -> None:
        sent = await social.share_app_message(SHARE_TITLE, SHARE_IMAGE,
                                              "I scored " + str(self.score))
        self.message.text = "shared!" if sent else social.UPDATE_HINT


game = Game(WIDTH, HEIGHT, fit="fit", background="#161823")
game.run(Play())

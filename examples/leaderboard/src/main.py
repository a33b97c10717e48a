"""Tap Dot: tap the dot as often as you can; one miss ends the game.

After the game the best score goes to cloud storage and the friend leaderboard opens (drawn by
open_data/main.py on the shared canvas, over this game's canvas). If the player does not allow
the leaderboard, the game shows its own best score instead. Share buttons send a card to
friends or to the story.
"""

from pyminis import social, tt
from pyminis.engine import Circle, Game, Rect, Scene, Text, Touch

# Where the dot goes next, in fractions of the screen: fixed, so the game is easy to test.
SPOTS = [[0.5, 0.4], [0.25, 0.6], [0.75, 0.3], [0.3, 0.25], [0.7, 0.65]]
RADIUS = 0.09  # of the screen width
KEY = "highScore"
BUTTONS = [("Share", 0.2), ("Story", 0.5), ("Again", 0.8)]

board = social.FriendLeaderboard(KEY, "Friends this week",
                                 social.SharedCanvasView("5vw", "12vh", "90vw", "62vh"))


def label(words: str, x: float, middle: float, size: float, color: str) -> Text:
    """Bold centred text whose middle is at `middle` (engine text is placed by its top)."""
    return Text(words, x, middle - size / 2, size=size, color=color, align="center", bold=True)


class TapDot(Scene):
    def setup(self) -> None:
        w = self.game.width
        h = self.game.height
        self.mode = "play"  # play → over (the board, or the fallback if not allowed)
        self.score = 0
        self.note_text = ""
        self.score_label = self.add(label("Score 0", w / 2, h * 0.08, 28, "#ffffff"))
        self.dot = self.add(Circle(0, 0, RADIUS * w, "#25f4ee"))
        # The player kept the friend list private: the game's own best score instead.
        self.best = label("Best 0", w / 2, h * 0.34, 40, "#fffc00")
        self.fallback = [
            self.add(Rect(w * 0.05, h * 0.2, w * 0.9, h * 0.4, "#2a2c3a")),
            self.add(self.best),
            self.add(label("Allow friends to see the leaderboard", w / 2, h * 0.46, 16, "#a8a9b3")),
        ]
        self.note = self.add(label("", w / 2, h * 0.77, 16, "#a8a9b3"))
        self.buttons: list = []
        for name, x in BUTTONS:
            color = "#fe2c55" if name == "Again" else "#2a2c3a"
            self.buttons.append(self.add(Rect(w * (x - 0.13), self.button_row() - h * 0.035,
                                              w * 0.26, h * 0.07, color)))
            self.buttons.append(self.add(label(name, w * x, self.button_row(), 20, "#ffffff")))
        self.show()
        tt.start(self.sign_in())

    def button_row(self) -> float:
        return self.game.height * 0.82

    def spot(self) -> list:
        where = SPOTS[self.score % len(SPOTS)]
        return [where[0] * self.game.width, where[1] * self.game.height]

    def show(self) -> None:
        """Which nodes are visible in the current mode, with their current texts."""
        playing = self.mode == "play"
        self.score_label.text = "Score " + str(self.score)
        where = self.spot()
        self.dot.x = where[0]
        self.dot.y = where[1]
        self.dot.visible = playing
        for node in self.fallback:
            node.visible = self.mode == "fallback"
        for node in self.buttons:
            node.visible = not playing
        self.note.text = self.note_text
        self.note.visible = not playing

    # -- input: touches on the board go to the open data domain, the rest to the game ---------
    def screen(self, touch: Touch) -> list:
        """A touch in window CSS pixels, where the shared canvas view is placed."""
        scale = self.game.view.scale
        return [touch.x * scale, touch.y * scale]

    def on_touch_start(self, touch: Touch) -> None:
        at = self.screen(touch)
        if board.touch("start", at[0], at[1]):
            return
        if self.mode == "play":
            where = self.spot()
            reach = RADIUS * self.game.width * 1.2
            if (touch.x - where[0]) ** 2 + (touch.y - where[1]) ** 2 <= reach ** 2:
                self.score += 1
                self.show()
            else:
                tt.start(self.game_over())
            return
        if abs(touch.y - self.button_row()) < self.game.height * 0.05:
            if touch.x < self.game.width * 0.35:
                tt.start(self.share("Share"))
            elif touch.x < self.game.width * 0.65:
                tt.start(self.share("Story"))
            else:
                self.restart()

    def on_touch_move(self, touch: Touch) -> None:
        at = self.screen(touch)
        board.touch("move", at[0], at[1])

    def on_touch_end(self, touch: Touch) -> None:
        at = self.screen(touch)
        board.touch("end", at[0], at[1])

    # -- the platform -------------------------------------------------------------------------
    async def game_over(self) -> None:
        self.mode = "over"
        best = tt.get_storage_sync("best", 0)
        if self.score > best:
            tt.set_storage_sync("best", self.score)
            best = self.score
            await social.save_score(KEY, self.score)
        self.best.text = "Best " + str(best)
        self.show()
        shown = await board.open(self.score)
        if not shown:
            self.mode = "fallback"
            console.log("tap-dot: leaderboard not allowed, showing the local best")  # noqa: F821
        self.show()

    async def share(self, name: str) -> None:
        if name == "Share":
            done = await social.share_app_message("Beat my score in Tap Dot!",
                                                  "https://example.com/tap-dot-card.png",
                                                  "I scored " + str(self.score))
        else:
            done = await social.share_to_story()
        self.note_text = "Shared!" if done else social.UPDATE_HINT
        self.show()

    def restart(self) -> None:
        board.close()
        self.mode = "play"
        self.score = 0
        self.note_text = ""
        self.show()

    async def sign_in(self) -> None:
        """Silent login at start (the platform's code scan requires it); a real game sends the
        code to its server, which can tell it the player's open_id for FriendLeaderboard."""
        try:
            await tt.login()
        except tt.TTError as error:
            self.note_text = "sign-in failed: " + error.message
            self.show()


# Design size of a common phone in CSS pixels; "fit" grows it to the window's shape.
game = Game(390, 844, fit="fit", background="#161823")
game.run(TapDot())

"""Hello: a dot that jumps to wherever you tap."""

from pyminis.engine import Circle, Game, Scene, Text

COLORS = ["#ff3b5c", "#25f4ee", "#fffc00"]


class Hello(Scene):
    def setup(self) -> None:
        self.taps = 0
        self.dot = self.add(Circle(180, 320, 40, COLORS[0]))
        self.label = self.add(Text("tap anywhere", 24, 40, size=32))

    def on_tap(self, x: float, y: float) -> None:
        self.taps += 1
        self.dot.x = x
        self.dot.y = y
        self.dot.color = COLORS[self.taps % 3]
        self.label.text = "taps: " + str(self.taps)


game = Game(360, 640, fit="fit", background="#161823")
game.run(Hello())

import pyxel


class App:
    def __init__(self):
        pyxel.init(96, 64, title="shapes")
        pyxel.images[0].set(0, 0, ["0123", "4567", "89ab", "cdef"])
        self.x = 10
        self.taps = 0
        pyxel.run(self.update, self.draw)

    def update(self):
        if pyxel.btn(pyxel.KEY_RIGHT):
            self.x += 1
        if pyxel.btnp(pyxel.MOUSE_BUTTON_LEFT):
            self.taps += 1

    def draw(self):
        pyxel.cls(1)
        pyxel.rect(2, 2, 20, 10, 8)
        pyxel.rectb(24, 2, 20, 10, 9)
        pyxel.line(0, 63, 95, 20, 7)
        pyxel.circ(60, 30, 8, 11)
        pyxel.circb(80, 30, 7, 12)
        pyxel.elli(4, 40, 21, 13, 14)
        pyxel.tri(30, 60, 45, 40, 55, 62, 10)
        pyxel.text(self.x, 16, "Hi " + str(self.taps), 7)
        pyxel.blt(70, 46, 0, 0, 0, 4, 4)
        pyxel.blt(78, 46, 0, 0, 0, -4, 4, 0)


App()

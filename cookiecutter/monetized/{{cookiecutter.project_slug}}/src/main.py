"""Coin tap: tap the coin before it moves; three misses end the run.

Monetisation, both flows TikTok reviews:
- a rewarded video ad gives one more life, only when the player watched it to the end;
- coins are bought in-app: your server (server/app.py) creates the trade order, the game
  pays it with tt.pay, TikTok's webhook tells your server, which grants the coins; the game
  then asks your server for them.
"""

from pyminis import tt
from pyminis.engine import Circle, Game, Rect, Scene, Text, point_in

# From the Developer Portal (Monetization → ads) and your own server; the server's origin
# must also be in "domain.trustedDomains" of minigame.config.json.
AD_UNIT_ID = "{{ cookiecutter.ad_unit_id }}"
SERVER = "{{ cookiecutter.server_url }}"
PRODUCT = "coins_100"

WIDTH = 360
HEIGHT = 640
RADIUS = 32
LIVES = 3
SPOTS = [[180, 300], [90, 200], [270, 420], [110, 470], [250, 160]]


class Play(Scene):
    def setup(self) -> None:
        self.score = 0
        self.coins = 0
        self.lives = LIVES
        self.login_code = ""  # your server exchanges it for the player's open_id
        self.coin = self.add(Circle(SPOTS[0][0], SPOTS[0][1], RADIUS, "#fffc00"))
        self.label = self.add(Text("", 16, 24, size=22))
        self.message = self.add(Text("", WIDTH / 2, 560, size=16, color="#a8a9b3",
                                     align="center"))
        self.ad_button = self.add(Rect(40, 380, 280, 56, "#fe2c55"))
        self.ad_label = self.add(Text("Watch an ad: +1 life", WIDTH / 2, 396, size=20,
                                      align="center"))
        self.shop_button = self.add(Rect(40, 460, 280, 56, "#2a2c3a"))
        self.shop_label = self.add(Text("Buy 100 coins", WIDTH / 2, 476, size=20, align="center"))
        self.ad = tt.create_rewarded_video_ad(AD_UNIT_ID)
        self.ad.on_close(self.ad_closed)
        self.show_coins()
        self.show_buttons(False)
        tt.start(self.sign_in())

    def ad_closed(self, closed: tt.AdClose) -> None:
        if not closed.is_ended:
            self.message.text = "watch the whole video to get the life"
            return
        self.lives = 1
        self.message.text = "one more life!"
        self.show_buttons(False)
        self.show_coins()

    def show_coins(self) -> None:
        self.label.text = ("score " + str(self.score) + "   lives " + str(self.lives)
                           + "   coins " + str(self.coins))

    def show_buttons(self, shown: bool) -> None:
        for node in [self.ad_button, self.ad_label, self.shop_button, self.shop_label]:
            node.visible = shown
        self.coin.visible = not shown

    def on_tap(self, x: float, y: float) -> None:
        if self.lives == 0:
            if point_in(self.ad_button, x, y):
                tt.start(self.watch_ad())
            elif point_in(self.shop_button, x, y):
                tt.start(self.buy_coins())
            return
        dx = x - self.coin.x
        dy = y - self.coin.y
        if dx * dx + dy * dy <= RADIUS * RADIUS:
            self.score += 1
            spot = SPOTS[self.score % len(SPOTS)]
            self.coin.x = spot[0]
            self.coin.y = spot[1]
        else:
            self.lives -= 1
            if self.lives == 0:
                self.message.text = "out of lives"
                self.show_buttons(True)
        self.show_coins()

    async def sign_in(self) -> None:
        try:
            result = await tt.login()
        except tt.TTError as error:
            self.message.text = "sign-in failed: " + error.message
            return
        self.login_code = result.code

    async def watch_ad(self) -> None:
        """Show the rewarded video; the reward comes in ad_closed, when it was watched to the end."""
        try:
            await self.ad.show()
        except tt.TTError:
            try:  # no ad was ready: load one and try once more
                await self.ad.load()
                await self.ad.show()
            except tt.TTError as error:
                self.message.text = "no ad right now: " + error.message

    async def buy_coins(self) -> None:
        """Your server creates the order, the player pays it, TikTok tells your server."""
        self.message.text = "opening the shop..."
        try:
            login = await tt.login()  # a fresh code: your server exchanges each code once
            order = await tt.request(SERVER + "/orders", method="POST",
                                     data={"product_id": PRODUCT, "login_code": login.code})
            if order.status_code != 200:
                self.message.text = "the shop is closed, try later"
                return
            await tt.pay(order.data["trade_order_id"])
        except tt.TTError as error:
            self.message.text = "no purchase: " + error.message
            return
        await self.check_order(order.data["order_id"], 5)

    async def check_order(self, order_id: str, tries: int) -> None:
        """The webhook grants the coins on your server: ask it until it has (once a second)."""
        try:
            status = await tt.request(SERVER + "/orders/" + order_id)
        except tt.TTError as error:
            self.message.text = "cannot reach the shop: " + error.message
            return
        if status.status_code == 200 and status.data["state"] == "paid":
            self.coins = status.data["balance"]
            self.message.text = "+" + str(status.data["coins"]) + " coins, thank you!"
            self.show_coins()
        elif tries > 1:
            self.message.text = "waiting for the payment to settle..."
            self.after(1.0, lambda: tt.start(self.check_order(order_id, tries - 1)))
        else:
            self.message.text = "payment pending: your coins arrive when it settles"

game = Game(WIDTH, HEIGHT, fit="fit", background="#161823")
game.run(Play())

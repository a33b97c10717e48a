"""Flyer: tap to flap between the pipes. One finger, one rule, one more try.

Around the game, what TikTok's pre-check asks of every mini game: a silent sign-in, a rewarded
video ad (a second chance, given only when the video was watched to the end) and the two
revisit missions (add to home screen, revisit from the profile), whose rewards are free
second chances.
"""

import random

from pyminis import tt
from pyminis.engine import Circle, Game, Rect, Scene, Text, hit, point_in

WIDTH = 360
HEIGHT = 640
GROUND = 580  # top of the ground
GRAVITY = 1500  # units per second per second
FLAP = -430  # vertical speed after a flap
PIPE_SPEED = 150
PIPE_GAP = 170
PIPE_WIDTH = 60
PIPE_EVERY = 1.6  # seconds
AD_UNIT_ID = "flyer-example-ad-unit"  # yours comes from the Developer Portal (Monetization)


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
        self.revived = False  # one second chance per run
        self.chance_button = self.button(440, "second chance: watch an ad")
        self.show_chance(False)
        # The revisit missions exist on the native runtime of recent clients only.
        self.home_button = self.mission_button(0, "add to home screen", "addShortcut")
        self.profile_button = self.mission_button(WIDTH / 2, "revisit from profile",
                                                  "startEntranceMission")
        self.show_rewards()

    def show_rewards(self) -> None:
        if self.state == "ready" and rewards.free_chances > 0:
            self.message("mission reward: " + str(rewards.free_chances) + " free second chance")

    def button(self, y: float, label: str) -> Rect:
        button = self.add(Rect(50, y, WIDTH - 100, 52, "#fe2c55"))
        button.z = 3
        button.label = self.add(Text(label, WIDTH / 2, y + 15, size=20, align="center"))
        button.label.z = 4
        return button

    def mission_button(self, x: float, label: str, call: str) -> Rect:
        button = self.add(Rect(x, GROUND + 8, WIDTH / 2, HEIGHT - GROUND - 16, "#3a2f5b"))
        button.z = 3
        button.label = self.add(Text(label, x + WIDTH / 4, GROUND + 22, size=15,
                                     align="center", color="#25f4ee"))
        button.label.z = 4
        button.visible = button.label.visible = tt.can_i_use(call)
        return button

    def message(self, text: str) -> None:
        self.hint.text = text
        self.hint.visible = True

    def show_chance(self, shown: bool) -> None:
        self.chance_button.visible = self.chance_button.label.visible = shown
        if rewards.free_chances > 0:
            self.chance_button.label.text = "second chance (free)"

    def on_tap(self, x: float, y: float) -> None:
        if self.state == "ready" and self.home_button.visible and point_in(self.home_button, x, y):
            tt.start(add_to_home_screen())
            return
        if self.state == "ready" and self.profile_button.visible and \
                point_in(self.profile_button, x, y):
            tt.start(revisit_from_profile())
            return
        if self.state == "ready":
            for button in [self.home_button, self.profile_button]:
                button.visible = button.label.visible = False
            self.state = "playing"
            self.hint.visible = False
            self.every(PIPE_EVERY, self.spawn_pipes)
        if self.state == "playing":
            self.vy = FLAP
            self.flaps += 1
        elif self.state == "over" and self.chance_button.visible and \
                point_in(self.chance_button, x, y):
            self.show_chance(False)
            if rewards.free_chances > 0:
                rewards.free_chances -= 1
                self.revive()
            else:
                tt.start(self.watch_ad())
        elif self.state == "over" and self.time > self.over_at + 0.5:
            self.game.switch(Flyer())

    async def watch_ad(self) -> None:
        """Show the rewarded video; `ad_closed` revives the bird if it was watched to the end."""
        try:
            await ad.show()
        except tt.TTError:
            try:  # no ad was ready: load one and try once more
                await ad.load()
                await ad.show()
            except tt.TTError as error:
                self.message("no ad right now: " + error.message)

    def ad_closed(self, closed: tt.AdClose) -> None:
        if closed.is_ended:
            self.revive()
        else:
            self.message("watch to the end for a second chance")
            self.show_chance(True)

    def revive(self) -> None:
        """Back in the air at the next gap, the pipes right ahead cleared."""
        self.revived = True
        self.state = "playing"
        self.hint.visible = False
        self.fade.cancel()
        self.bird.alpha = 1
        self.bird.y = self.next_pipe_gap()
        self.vy = FLAP / 2
        for pipe in self.pipes:
            if pipe.x < self.bird.x + 120 and pipe.x + PIPE_WIDTH > self.bird.x - 40:
                pipe.kill()

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
        self.message("tap to try again")
        self.fade = self.tween(self.bird, {"alpha": 0.4}, 0.4)
        self.show_chance(not self.revived)

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
    await collect_mission_rewards()


async def collect_mission_rewards() -> None:
    """A player who completed a revisit mission gets a free second chance for each."""
    if not tt.can_i_use("getShortcutMissionReward"):
        return  # the h5 page or an older client: no missions
    try:
        if await tt.get_shortcut_mission_reward():
            rewards.free_chances += 1
        if await tt.get_entrance_mission_reward():
            rewards.free_chances += 1
        if isinstance(game.scene, Flyer):
            game.scene.show_rewards()
    except tt.TTError as error:
        print("no mission rewards now:", error.message)


async def add_to_home_screen() -> None:
    try:
        await tt.add_shortcut()
    except tt.TTError as error:
        print("no shortcut:", error.message)


async def revisit_from_profile() -> None:
    try:
        await tt.start_entrance_mission()
    except tt.TTError as error:
        print("no entrance mission:", error.message)


def ad_closed(closed: tt.AdClose) -> None:
    if isinstance(game.scene, Flyer):
        game.scene.ad_closed(closed)


class Rewards:
    def __init__(self) -> None:
        self.free_chances = 0  # earned by the revisit missions, kept across runs


game = Game(WIDTH, HEIGHT, fit="letterbox", background="#161823")
rewards = Rewards()
ad = tt.create_rewarded_video_ad(AD_UNIT_ID)  # one ad object for the whole game
ad.on_close(ad_closed)
tt.start(sign_in())
game.run(Flyer())

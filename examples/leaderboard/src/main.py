"""Tap Dot: tap the dot as often as you can; one miss ends the game.

After the game the best score goes to cloud storage and the friend leaderboard opens (drawn by
open_data/main.py on the shared canvas). If the player does not allow the leaderboard, the game
shows its own best score instead. Share buttons send a card to friends or to the story.
"""

from pyminis import social, tt

platform = pyminisPlatform  # noqa: F821  (a global of the pyminis runtime)
canvas = platform.createCanvas()
ctx = canvas.getContext("2d")
# Where the dot goes next, in fractions of the screen: fixed, so the game is easy to test.
SPOTS = [[0.5, 0.4], [0.25, 0.6], [0.75, 0.3], [0.3, 0.25], [0.7, 0.65]]
RADIUS = 0.09  # of the screen width
KEY = "highScore"

board = social.FriendLeaderboard(KEY, "Friends this week",
                                 social.SharedCanvasView("5vw", "12vh", "90vw", "62vh"))
state = {"mode": "play", "score": 0, "best": 0, "note": ""}


def ratio() -> float:
    return canvas.width / platform.getSystemInfoSync().windowWidth


def spot() -> list:
    where = SPOTS[state["score"] % len(SPOTS)]
    return [where[0] * canvas.width, where[1] * canvas.height]


def button_row() -> float:
    return canvas.height * 0.82


def text(words: str, x: float, y: float, size: float, color: str) -> None:
    ctx.fillStyle = color
    ctx.font = "bold {}px sans-serif".format(round(size * ratio()))
    ctx.textAlign = "center"
    ctx.fillText(words, x, y)


def draw() -> None:
    w = canvas.width
    h = canvas.height
    ctx.fillStyle = "#161823"
    ctx.fillRect(0, 0, w, h)
    text("Score " + str(state["score"]), w / 2, h * 0.08, 28, "#ffffff")
    if state["mode"] == "play":
        where = spot()
        ctx.fillStyle = "#25f4ee"
        ctx.beginPath()
        ctx.arc(where[0], where[1], RADIUS * w, 0, 6.2832)
        ctx.fill()
        return
    if state["mode"] == "fallback":
        # The player kept the friend list private: the game's own best score instead.
        ctx.fillStyle = "#2a2c3a"
        ctx.fillRect(w * 0.05, h * 0.2, w * 0.9, h * 0.4)
        text("Best " + str(state["best"]), w / 2, h * 0.36, 40, "#fffc00")
        text("Allow friends to see the leaderboard", w / 2, h * 0.46, 16, "#a8a9b3")
    if len(state["note"]) > 0:
        text(state["note"], w / 2, h * 0.78, 16, "#a8a9b3")
    for label, x in [["Share", 0.2], ["Story", 0.5], ["Again", 0.8]]:
        ctx.fillStyle = "#fe2c55" if label == "Again" else "#2a2c3a"
        ctx.fillRect(w * (x - 0.13), button_row() - h * 0.035, w * 0.26, h * 0.07)
        text(label, w * x, button_row() + 8 * ratio(), 20, "#ffffff")


async def game_over() -> None:
    state["mode"] = "over"
    score = state["score"]
    best = platform.getStorageSync("best")
    best = best if best != "" else 0
    if score > best:
        platform.setStorageSync("best", score)
        best = score
        await social.save_score(KEY, score)
    state["best"] = best
    draw()
    shown = await board.open(score)
    if not shown:
        state["mode"] = "fallback"
        console.log("tap-dot: leaderboard not allowed, showing the local best")  # noqa: F821
    draw()


async def share(label: str) -> None:
    if label == "Share":
        done = await social.share_app_message("Beat my score in Tap Dot!",
                                              "https://example.com/tap-dot-card.png",
                                              "I scored " + str(state["score"]))
    else:
        done = await social.share_to_story()
    state["note"] = "Shared!" if done else social.UPDATE_HINT
    draw()


def restart() -> None:
    board.close()
    state["mode"] = "play"
    state["score"] = 0
    state["note"] = ""
    draw()


def on_start(event) -> None:  # type: ignore[no-untyped-def]
    touch = event.changedTouches[0]
    if board.touch("start", touch.screenX, touch.screenY):
        return
    x = touch.screenX * ratio()
    y = touch.screenY * ratio()
    if state["mode"] == "play":
        where = spot()
        if (x - where[0]) ** 2 + (y - where[1]) ** 2 <= (RADIUS * canvas.width * 1.2) ** 2:
            state["score"] += 1
            draw()
        else:
            tt.start(game_over())
        return
    if abs(y - button_row()) < canvas.height * 0.05:
        if x < canvas.width * 0.35:
            tt.start(share("Share"))
        elif x < canvas.width * 0.65:
            tt.start(share("Story"))
        else:
            restart()


def on_move(event) -> None:  # type: ignore[no-untyped-def]
    touch = event.changedTouches[0]
    board.touch("move", touch.screenX, touch.screenY)


def on_end(event) -> None:  # type: ignore[no-untyped-def]
    touch = event.changedTouches[0]
    board.touch("end", touch.screenX, touch.screenY)


async def sign_in() -> None:
    """Silent login at start (the platform's code scan requires it); a real game sends the
    code to its server, which can tell it the player's open_id for FriendLeaderboard."""
    try:
        await tt.login()
    except tt.TTError as error:
        state["note"] = "sign-in failed: " + error.message


platform.onTouchStart(on_start)
platform.onTouchMove(on_move)
platform.onTouchEnd(on_end)
draw()
tt.start(sign_in())

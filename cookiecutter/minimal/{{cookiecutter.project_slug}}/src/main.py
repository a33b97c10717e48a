"""A dot that jumps to wherever you tap (provisional)."""

platform = pyminisPlatform  # noqa: F821

canvas = platform.createCanvas()
ctx = canvas.getContext("2d")
state = {"x": canvas.width / 2, "y": canvas.height / 2}


def draw() -> None:
    ctx.fillStyle = "#161823"
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.fillStyle = "#ff3b5c"
    ctx.beginPath()
    ctx.arc(state["x"], state["y"], 40, 0, 6.2832)
    ctx.fill()


def on_login(result) -> None:  # type: ignore[no-untyped-def]
    draw()


TTMinis.game.login({"success": on_login, "fail": on_login})  # noqa: F821
draw()

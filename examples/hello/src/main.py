"""Hello: a dot that jumps to wherever you tap."""

# Until the engine lands this talks to the platform layer directly.
platform = pyminisPlatform  # noqa: F821  (a global of the pyminis runtime)

canvas = platform.createCanvas()
ctx = canvas.getContext("2d")
colors = ["#ff3b5c", "#25f4ee", "#fffc00"]
state = {"x": canvas.width / 2, "y": canvas.height / 2, "taps": 0}


def draw() -> None:
    ctx.fillStyle = "#161823"
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.fillStyle = colors[state["taps"] % 3]
    ctx.beginPath()
    ctx.arc(state["x"], state["y"], 40, 0, 6.2832)
    ctx.fill()
    ctx.fillStyle = "#ffffff"
    ctx.font = "32px sans-serif"
    ctx.fillText("taps: " + str(state["taps"]), 24, 60)


def on_tap(event) -> None:  # type: ignore[no-untyped-def]
    touch = event.changedTouches[0]
    ratio = canvas.width / platform.getSystemInfoSync().windowWidth
    state["x"] = touch.clientX * ratio
    state["y"] = touch.clientY * ratio
    state["taps"] += 1
    draw()


platform.onTouchStart(on_tap)
draw()
TTMinis.game.setLoadingProgress({"progress": 1})  # noqa: F821

"""Scripted plans for the example games, played identically by every driver.

Each plan feeds touches frame by frame (reacting to what the game shows, as a player would)
and returns what it saw, for the test to assert on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.engine.drivers import Driver, tap


@dataclass
class Seen:
    states: list[str] = field(default_factory=list)
    frames: list[tuple[int, str]] = field(default_factory=list)  # (colours, digest) samples
    numbers: dict[str, float] = field(default_factory=dict)


def play_flyer(driver: Driver, seconds: float = 7.5) -> Seen:
    """Start, then flap whenever the bird sinks below the next gap; then stop flapping."""
    seen = Seen()
    driver.step(2)  # loading done, first frames drawn
    seen.states.append(driver.value("scene.state"))
    seen.frames.append(driver.frame())
    tap(driver, 180, 400)
    driver.step()
    seen.states.append(driver.value("scene.state"))
    top = 1000.0
    touching = False
    touches: list[tuple[str, float, float]] = []
    for frame in range(int(seconds * 60)):
        state, bird_y, vy = driver.run(touches, 1, ["scene.state", "scene.bird.y", "scene.vy"])
        if state != "playing":
            if touching:
                driver.touch("end", 180, 400)  # the finger leaves the screen
            break
        top = min(top, bird_y)
        touches = []
        if touching:
            touches = [("end", 180, 400)]
            touching = False
        elif bird_y > driver.call("scene.next_pipe_gap") + 20 and vy > 0:
            touches = [("start", 180, 400)]  # lifted on the next frame: a tap
            touching = True
        if frame % 120 == 0:
            seen.frames.append(driver.frame())
    seen.numbers["score"] = driver.value("scene.score")
    seen.numbers["flaps"] = driver.value("scene.flaps")
    seen.numbers["top"] = top
    seen.states.append(driver.value("scene.state"))
    driver.step(150)  # hands off: gravity wins
    seen.states.append(driver.value("scene.state"))
    seen.numbers["bird_y_at_rest"] = driver.value("scene.bird.y")
    seen.frames.append(driver.frame())
    return seen


def crash_flyer(driver: Driver) -> None:
    """Start and never flap: the bird falls to the ground and the run is over."""
    driver.step(2)
    tap(driver, 180, 400)
    for _ in range(240):
        if driver.run([], 1, ["scene.state"])[0] == "over":
            return
    raise AssertionError("the bird never landed")


def play_breakout(driver: Driver, seconds: float = 8) -> Seen:
    """Serve, keep the paddle under the ball by dragging, then let the ball go once."""
    seen = Seen()
    driver.step(2)
    seen.states.append(driver.value("scene.state"))
    seen.numbers["bricks_at_start"] = driver.length("scene.bricks")
    seen.frames.append(driver.frame())
    tap(driver, 180, 400)
    driver.step()
    seen.states.append(driver.value("scene.state"))
    ball_x = driver.run([("start", 180, 600)], 1, ["scene.ball.x"])[0]
    for frame in range(int(seconds * 60)):
        ball_x = driver.run([("move", ball_x, 600)], 1, ["scene.ball.x"])[0]
        if frame % 120 == 0:
            seen.frames.append(driver.frame())
    driver.touch("end", ball_x, 600)
    seen.numbers["score"] = driver.value("scene.score")
    seen.numbers["bricks_left"] = driver.length("scene.bricks")
    seen.numbers["lives_while_tracking"] = driver.value("scene.lives")
    # Keep the paddle on the far side from the ball: it gets past.
    state, ball_x = "playing", 180.0
    for _ in range(10 * 60):
        away = 320 if ball_x < 180 else 40
        state, ball_x = driver.run([("start", away, 600), ("end", away, 600)], 1,
                                   ["scene.state", "scene.ball.x"])
        if state != "playing":
            break
    seen.numbers["lives_after_miss"] = driver.value("scene.lives")
    seen.states.append(driver.value("scene.state"))
    seen.frames.append(driver.frame())
    return seen

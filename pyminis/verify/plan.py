"""Plans: what the player does during `pyminis verify`. Played on the CPython side only; the
compiled side replays the inputs that gave (job.py `Trace`).

A plan file is JSON (`*.json`) or Python (`*.py`):

    {"frames": 600, "seed": 1, "state": ["score", "lives"],
     "outcomes": {"RewardedVideoAd.show": {"ok": {"isEnded": false}}},
     "missing": ["addShortcut"],
     "steps": [{"wait": 2}, {"tap": [180, 400]}, {"drag": [[180, 600], [300, 600]], "frames": 10},
               {"touch": "start", "at": [40, 600]}, {"touch": "end", "at": [40, 600]},
               {"key": "ArrowLeft", "frames": 30}, {"hide": 60}]}

    # plan.py: the same keys as upper-case names, and a function playing the steps
    STATE = ["score"]
    def plan(driver):                 # tests/engine/drivers.py's Driver, on the CPython side
        driver.step(2)
        driver.tap(180, 400)
        while driver.value("scene.state") == "playing":
            driver.step()

Points are in the game's logical units (`Game(360, 640)`: 0..360 × 0..640). Every key is
optional; `frames`, `seed` and `state` given on the command line win over the file's.
Without a plan, `monkey(seed)` taps, drags and waits at random (a seeded sequence).
"""

from __future__ import annotations

import json
import random
import runpy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyminis.errors import UsageError
from pyminis.verify.job import Trace

Play = Callable[[Any], None]

STEP_KEYS = {"wait", "tap", "touch", "drag", "key", "hide"}


@dataclass
class Plan:
    play: Play
    name: str
    frames: int | None = None
    seed: int | None = None
    state: list[str] = field(default_factory=list)
    outcomes: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    device: dict[str, Any] | None = None


def _point(value: Any, where: str) -> tuple[float, float]:
    if (not isinstance(value, (list, tuple)) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)):
        raise UsageError(f"{where}: a point is [x, y] in the game's units, not {value!r}")
    return float(value[0]), float(value[1])


def _count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise UsageError(f"{where}: a number of frames is a whole number >= 0, not {value!r}")
    return value


def check_steps(steps: Any, source: str) -> list[dict[str, Any]]:
    """The steps of a JSON plan, each checked; a bad one names its place (exit 2)."""
    if not isinstance(steps, list):
        raise UsageError(f"{source}: \"steps\" is a list of steps")
    for number, step in enumerate(steps, 1):
        where = f"{source}: step {number}"
        if not isinstance(step, dict) or not (set(step) & STEP_KEYS):
            raise UsageError(f"{where}: each step is an object with one of "
                             f"{', '.join(sorted(STEP_KEYS))}, not {step!r}")
        if "wait" in step:
            _count(step["wait"], where)
        if "tap" in step:
            _point(step["tap"], where)
        if "touch" in step:
            if step["touch"] not in ("start", "move", "end", "cancel"):
                raise UsageError(f"{where}: \"touch\" is start, move, end or cancel")
            _point(step.get("at"), where)
        if "drag" in step:
            if not isinstance(step["drag"], list) or len(step["drag"]) != 2:
                raise UsageError(f"{where}: \"drag\" is [[x0, y0], [x1, y1]]")
            _point(step["drag"][0], where)
            _point(step["drag"][1], where)
            _count(step.get("frames", 10), where)
        if "key" in step:
            if not isinstance(step["key"], str):
                raise UsageError(f"{where}: \"key\" is a key name such as \"ArrowLeft\"")
            _count(step.get("frames", 1), where)
        if "hide" in step:
            _count(step["hide"], where)
    return steps


def play_steps(steps: list[dict[str, Any]], driver: Any) -> None:
    """Play checked JSON steps with a driver (cpython.py `PlanDriver`)."""
    for step in steps:
        if "wait" in step:
            driver.step(step["wait"])
        elif "tap" in step:
            x, y = step["tap"]
            driver.tap(x, y)
            driver.step()
        elif "touch" in step:
            x, y = step["at"]
            driver.touch(step["touch"], x, y, int(step.get("id", 1)))
            driver.step()
        elif "drag" in step:
            drag(driver, step["drag"][0], step["drag"][1], step.get("frames", 10))
        elif "key" in step:
            driver.key("down", step["key"])
            driver.step(max(1, step.get("frames", 1)))
            driver.key("up", step["key"])
            driver.step()
        elif "hide" in step:
            driver.visibility(True)
            driver.step(step["hide"])
            driver.visibility(False)
            driver.step()


def drag(driver: Any, start: Any, end: Any, frames: int) -> None:
    """A finger down at `start`, moved a step each frame, lifted at `end`."""
    (x0, y0), (x1, y1) = start, end
    driver.touch("start", x0, y0)
    driver.step()
    moves = max(1, frames)
    for i in range(1, moves + 1):
        driver.touch("move", x0 + (x1 - x0) * i / moves, y0 + (y1 - y0) * i / moves)
        driver.step()
    driver.touch("end", x1, y1)
    driver.step()


def monkey(seed: int) -> Plan:
    """Taps, drags and waits at random places and times, the same for the same seed."""

    def play(driver: Any) -> None:
        chance = random.Random(seed)
        width, height = driver.game.width, driver.game.height
        driver.step(2)
        while True:  # until the frame budget stops the plan
            roll = chance.random()
            point = (chance.uniform(0, width), chance.uniform(0, height))
            if roll < 0.4:
                driver.tap(*point)
                driver.step()
            elif roll < 0.7:
                to = (chance.uniform(0, width), chance.uniform(0, height))
                drag(driver, point, to, chance.randint(3, 20))
            else:
                driver.step(chance.randint(1, 30))

    return Plan(play, f"monkey (seed {seed})")


def replay(trace: Trace, frames: int) -> Plan:
    """The inputs a play gave, given again at the same frames (the diagnosis pass)."""

    def play(driver: Any) -> None:
        for frame in range(1, frames + 1):
            for action in trace.inputs.get(frame, []):
                driver.side.give(action)
            driver.step()

    return Plan(play, "replay")


def _settings(values: dict[str, Any], source: str, upper: bool) -> dict[str, Any]:
    def key(name: str) -> str:
        return name.upper() if upper else name

    found: dict[str, Any] = {}
    for name, kind in (("frames", int), ("seed", int), ("state", list), ("outcomes", dict),
                       ("missing", list), ("device", dict)):
        if key(name) in values:
            value = values[key(name)]
            if not isinstance(value, kind) or isinstance(value, bool):
                raise UsageError(f"{source}: {key(name)} should be a {kind.__name__}, "
                                 f"not {value!r}")
            found[name] = value
    return found


def load_plan(path: Path) -> Plan:
    """A plan file (module doc); a bad one is a usage error naming the file."""
    if not path.is_file():
        raise UsageError(f"plan {path} does not exist", hint="give a .json or .py plan file")
    source = str(path)
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise UsageError(f"{source}:{error.lineno}: not JSON: {error.msg}") from error
        if not isinstance(data, dict):
            raise UsageError(f"{source}: a plan is a JSON object with \"steps\"")
        steps = check_steps(data.get("steps", []), source)
        return Plan(lambda driver: play_steps(steps, driver), source,
                    **_settings(data, source, upper=False))
    if path.suffix == ".py":
        values = runpy.run_path(str(path))
        function = values.get("plan")
        if not callable(function):
            raise UsageError(f"{source}: a Python plan defines plan(driver)")
        return Plan(function, source, **_settings(values, source, upper=True))
    raise UsageError(f"plan {path}: a plan is a .json or .py file")

"""Play a Pyxel game on a scripted plan, compiled in Chromium or headless in CPython, and read
back the whole canvas: the two must agree pixel for pixel.

A plan is a list of steps: ("frames", n) display frames of 1/60 s, ("touch", kind, x, y)
in window CSS pixels, ("key", "down"|"up", DOM key name).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from pyminis import headless
from pyminis.verify.seeds import seeded
from tests.support.browser import serve

Plan = list[tuple[Any, ...]]

MANUAL_FRAMES = "globalThis.__pyminisManualFrames = true;"
_CANVAS_JS = """() => {
  const g = pyminisGame, s = g.pyxel_state()[1];
  const w = g.width * g.scale, h = g.height * g.scale;
  return [w, h, Array.from(g.canvas.getContext('2d').getImageData(g.left, g.top, w, h).data)];
}"""


def _digest(width: int, height: int, rgba: bytes) -> str:
    return f"{width}x{height}:" + hashlib.sha256(rgba).hexdigest()


def play_headless(project: Path, plan: Plan, seed: int = 1) -> dict[str, Any]:
    """The plan under pyminis.headless (390 x 844 CSS pixels, ratio 1, as the test page), the
    game's `random` seeded with `seed` as `pyminis verify` seeds it."""
    with seeded(seed), headless.run_game(project) as play:
        for step in plan:
            if step[0] == "frames":
                play.steps(step[1])
            elif step[0] == "touch":
                play.touch(step[1], step[2], step[3])
            else:
                play.key(step[1], step[2])
        import pyxel  # the game's pyxel: pyminis.pyxel

        loop = play.game  # the game's area of the canvas (the pad is drawn antialiased)
        image = play.snapshot().crop((loop.left, loop.top, loop.left + loop.width * loop.scale,
                                      loop.top + loop.height * loop.scale))
        return {"canvas": _digest(image.width, image.height, image.tobytes()),
                "frame_count": pyxel.frame_count, "screen": bytes(pyxel.screen.data)}


def play_browser(page: Any, folder: Path, plan: Plan, seed: int = 1) -> dict[str, Any]:
    """The plan in Chromium on a built h5 package (manual frames, `random` seeded)."""
    with serve(folder) as url:
        page.add_init_script(MANUAL_FRAMES + f"globalThis.__pyminisRandomSeed = {seed};")
        page.goto(url + "/index.html")
        page.wait_for_function("typeof pyminisGame !== 'undefined'")
        for step in plan:
            if step[0] == "frames":
                page.evaluate("n => { for (let i = 0; i < n; i++) pyminisPlatform.__step(); }",
                              step[1])
            elif step[0] == "touch":
                page.evaluate("([k, x, y]) => pyminisPlatform.__touch(k, x, y, 1)", list(step[1:]))
            else:
                page.evaluate("([k, key]) => pyminisPlatform.__key(k, key)", list(step[1:]))
        width, height, rgba = page.evaluate(_CANVAS_JS)
        frame_count, screen = page.evaluate(
            "(() => { const s = pyminisGame.pyxel_state(); return [s[0], Array.from(s[1])]; })()")
        return {"canvas": _digest(width, height, bytes(rgba)), "frame_count": frame_count,
                "screen": bytes(screen)}


def play_native(page: Any, folder: Path, plan: Plan, seed: int = 1) -> dict[str, Any]:
    """The plan in the runtime emulator on a built native package (manual frames, `random`
    seeded; a phone has no keyboard: the plan's touches only)."""
    from tests.support.emulator import run_native

    with run_native(page, folder, manual=True, seed=seed) as emulator:
        for step in plan:
            if step[0] == "frames":
                emulator.step(count=step[1])
            elif step[0] == "touch":
                emulator.inject(step[1], step[2], step[3])
            else:
                raise ValueError(f"a native plan has no {step[0]} steps")
        frame_count, screen = emulator.game_worker().evaluate(
            "(() => { const s = pyminisGame.pyxel_state(); return [s[0], Array.from(s[1])]; })()")
        return {"frame_count": frame_count, "screen": bytes(screen), "errors": emulator.errors}

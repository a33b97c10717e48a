"""Compare pyminis.pyxel's screen with Pyxel's own, frame for frame (a report, run by hand).

    python tools/pyxel_fidelity.py --pyxel /path/to/venv/bin/python GAME.py [GAME.py …]

Each game runs under the real Pyxel (headless, in the interpreter given, which has
`pip install pyxel`) and under pyminis.headless for the same number of Pyxel frames with no
input; the final screens' palette indexes are compared. Only games that draw the same
without randomness can agree (Pyxel's random generator is not pyminis'), and Pyxel's mouse
cursor is left out (a phone has none). Prints one line per game: the frames, the differing
pixels of width x height and the box holding them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Run under the real Pyxel: pyxel.run is replaced by a loop of update, draw and flip.
REAL = """
import json, os, sys
import pyxel
frames = int(sys.argv[2])
def run(update, draw):
    for _ in range(frames):
        update()
        draw()
        pyxel.flip()
    raise SystemExit(0)
def show():
    raise SystemExit(0)
_init = pyxel.init
def init(*args, **kwargs):
    kwargs["headless"] = True
    _init(*args, **kwargs)
    os.chdir(os.path.dirname(sys.argv[1]))  # Pyxel moved to its caller's folder: this file's
def mouse(visible):
    pass  # Pyxel draws its cursor into the screen; a phone has none, nor does pyminis.pyxel
pyxel.run, pyxel.show, pyxel.init, pyxel.mouse = run, show, init, mouse
os.chdir(os.path.dirname(sys.argv[1]))
sys.path.insert(0, os.getcwd())
try:
    exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"), {"__name__": "__main__"})
except SystemExit:
    pass
s = pyxel.screen
print("SCREEN " + json.dumps([s.width, s.height, [s.pget(x, y) for y in range(s.height) for x in range(s.width)]]))
"""


def real_screen(python: str, game: Path, frames: int) -> list:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(REAL)
    out = subprocess.run([python, script.name, str(game), str(frames)], capture_output=True,
                         text=True, timeout=300, env={"SDL_VIDEODRIVER": "dummy",
                                                      "SDL_AUDIODRIVER": "dummy", "PATH": "/usr/bin:/bin"})
    for line in out.stdout.splitlines():
        if line.startswith("SCREEN "):
            return json.loads(line[7:])
    raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "no screen")


def own_screen(game: Path, frames: int) -> list:
    """pyminis.pyxel under CPython, display frame after display frame until the game's Pyxel
    frame_count reaches `frames` (whatever its fps), `random` seeded as the plans seed it."""
    from pyminis import headless
    from pyminis.verify.seeds import seeded
    from tools.pyxel_examples import make_project

    with tempfile.TemporaryDirectory() as tmp, seeded(1):
        with headless.run_game(make_project(game, Path(tmp))) as play:
            import pyminis.pyxel as pyxel

            for _ in range(4 * frames):
                if pyxel.frame_count >= frames:
                    break
                play.steps(1)
            return [pyxel.screen.width, pyxel.screen.height, list(pyxel.screen.data),
                    pyxel.frame_count]


def compare(real: list, own: list) -> dict[str, object]:
    """The differing pixels and the box holding them (x0, y0, x1, y1), or why not comparable."""
    if real[:2] != own[:2]:
        return {"differing_pixels": f"size {own[:2]} vs {real[:2]}"}
    width = real[0]
    where = [i for i, (a, b) in enumerate(zip(real[2], own[2])) if a != b]
    row: dict[str, object] = {"differing_pixels": len(where)}
    if where:
        xs = [i % width for i in where]
        ys = [i // width for i in where]
        row["box"] = [min(xs), min(ys), max(xs), max(ys)]
    return row


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyxel", required=True, help="a Python with the pyxel package")
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("games", nargs="+", type=Path)
    args = parser.parse_args()
    for game in args.games:
        try:
            real = real_screen(args.pyxel, game.resolve(), args.frames)
            own = own_screen(game.resolve(), args.frames)
        except Exception as error:  # noqa: BLE001  (a report: every failure is a line)
            print(json.dumps({"game": game.name, "error": str(error)[:200]}), flush=True)
            continue
        row = {"game": game.name, "frames": args.frames, "size": real[:2]}
        if own[3] != args.frames:
            row["own_frames"] = own[3]
        row.update(compare(real, own))
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build and play Pyxel games (Pyxel's examples, community games) with pyminis: a report.

    python tools/pyxel_examples.py GAME.py [GAME.py …] [--browser]

Each game file is copied, unmodified, with the folders beside it (its assets) into a
temporary pyminis project (src/main.py), linted, built for h5 and native, played headless
for 300 display frames with taps and the arrow keys, and (--browser) played in Chromium on
the same plan, comparing the screen's palette indexes with the headless run, and natively in
the runtime emulator on the plan's touches (`native`), `random` seeded alike everywhere. Prints one row per game: result, first problem,
and the whole package's size min+gzip for each target. The games are
never copied into this repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyminis.errors import PyminisError  # noqa: E402
from pyminis.pipeline import build  # noqa: E402

PLAN = [("frames", 20), ("touch", "start", 195, 300), ("frames", 4), ("touch", "end", 195, 300),
        ("key", "down", "ArrowRight"), ("key", "down", " "), ("frames", 60),
        ("key", "up", " "), ("key", "down", "ArrowUp"), ("frames", 60),
        ("key", "up", "ArrowRight"), ("key", "up", "ArrowUp"), ("key", "down", "ArrowLeft"),
        ("frames", 60), ("key", "up", "ArrowLeft"), ("touch", "start", 100, 500),
        ("frames", 30), ("touch", "end", 100, 500), ("frames", 66)]
NATIVE_PLAN = [step for step in PLAN if step[0] != "key"]  # a phone has no keyboard
MODULES = False  # --modules: the game's sibling .py files are its own modules
PAD = {"dpad": "arrows", "buttons": ["KEY_SPACE", ["KEY_Z", "KEY_X", "GAMEPAD1_BUTTON_A"]]}


def make_project(game: Path, where: Path) -> Path:
    root = Path(tempfile.mkdtemp(prefix=game.stem + "-", dir=where))  # games share names (main.py)
    src = root / "src"
    src.mkdir(parents=True)
    shutil.copy(game, src / "main.py")
    # The game's other modules (--modules), the files and the folders beside it (assets,
    # packages: community games keep their .pyxres beside the .py). Only named files ship.
    for sibling in game.parent.iterdir():
        if MODULES and sibling.suffix == ".py" and sibling != game:
            shutil.copy(sibling, src / sibling.name)
        elif sibling.is_file() and sibling.suffix in (".pyxres", ".pyxpal", ".png", ".json", ".txt"):
            shutil.copy(sibling, src / sibling.name)
        elif sibling.is_dir() and not sibling.name.startswith((".", "__")):
            shutil.copytree(sibling, src / sibling.name, ignore=shutil.ignore_patterns(
                *([] if MODULES else ["*.py"]), "*.pyxapp", "*.gif", "*.mp4", "__pycache__"))
    config = {"orientation": "portrait", "dev": {"clientKey": "pyxel-example"},
              "pyminis": {"pyxel": {"pad": PAD}}}
    (root / "minigame.config.json").write_text(json.dumps(config), encoding="utf-8")
    return root


def package_size(files: dict[str, bytes]) -> int:
    return sum(len(gzip.compress(data, 9)) for data in files.values())


def first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0][:160] if lines else ""


def run(game: Path, where: Path, new_page: Callable[[], Any] | None) -> dict[str, object]:
    """Build, play headless, then (new_page: a phone-sized Chromium page) the h5 package in
    Chromium on the same plan and the native package in the runtime emulator on its touches."""
    from tests.pyxel.plans import play_browser, play_headless, play_native

    row: dict[str, object] = {"game": game.name}
    root = make_project(game, where)
    try:
        h5 = build(root, "h5")
        native = build(root, "native")
    except PyminisError as error:
        row["result"] = "refused" if "PM1" in str(error) or "PM0" in str(error) else "build error"
        row["problem"] = first_line(str(error))
        return row
    row["size"] = {"h5": package_size(h5.files), "native": package_size(native.files)}
    try:
        headless = play_headless(root, PLAN)
    except Exception as error:  # noqa: BLE001  (a report: every failure is a row)
        row["result"] = "headless error"
        row["problem"] = first_line("".join(traceback.format_exception_only(error)))
        return row
    row["frames"] = headless["frame_count"]
    row["result"] = "headless ok"
    if new_page is None:
        return row
    try:
        compiled = play_browser(new_page(), h5.output_dir, PLAN)
    except Exception as error:  # noqa: BLE001
        row["result"] = "browser error"
        row["problem"] = first_line(str(error))
        return row
    same = compiled["screen"] == headless["screen"]
    row["result"] = "ok (same pixels)" if same else "browser differs"
    if compiled["frame_count"] != headless["frame_count"]:
        row["problem"] = f"frames {compiled['frame_count']} vs {headless['frame_count']}"
    try:
        native_play = play_native(new_page(), native.output_dir, NATIVE_PLAN)
    except Exception as error:  # noqa: BLE001
        row["native"] = "error: " + first_line(str(error))
        return row
    touches_only = play_headless(root, NATIVE_PLAN)
    if native_play["errors"]:
        row["native"] = "error: " + first_line(str(native_play["errors"][0]))
    elif native_play["frame_count"] != touches_only["frame_count"]:
        row["native"] = f"frames {native_play['frame_count']} vs {touches_only['frame_count']}"
    else:
        row["native"] = ("ok (same pixels)" if native_play["screen"] == touches_only["screen"]
                         else "native differs")
    return row


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("games", nargs="+", type=Path)
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--modules", action="store_true")
    args = parser.parse_args()
    global MODULES
    MODULES = args.modules
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.browser:
            from playwright.sync_api import sync_playwright

            from tests.support.browser import CHROMIUM_ARGS, chromium_path, route_platform

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
                for game in args.games:
                    context = browser.new_context(viewport={"width": 390, "height": 844},
                                                  device_scale_factor=1, has_touch=True)
                    route_platform(context)
                    rows.append(run(game, Path(tmp), context.new_page))
                    context.close()
                    print(json.dumps(rows[-1]), flush=True)
        else:
            for game in args.games:
                rows.append(run(game, Path(tmp), None))
                print(json.dumps(rows[-1]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What a game may take from `pyxel` (pyminis/pyxel/), and why the rest of Pyxel's API is
refused: the lint names the call at its line (PM125) with the reason below.

A game's `import pyxel` is staged as pyminis/pyxel/ (guard.standard_modules; the rewrite
maps the name, as it maps `copy`). Its public names are the module's own top-level names and
the key constants; every other name of Pyxel 2.9's API (python/pyxel/__init__.pyi) is listed
here with what to do instead.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "pyxel"

# Pyxel 2.9 names pyminis.pyxel does not offer, with what to do instead.
_OFFLINE = "a mini game has no files or desktop: leave it out"
UNSUPPORTED = {
    "blt3d": "3D perspective blits are not supported: draw with blt/bltm",
    "bltm3d": "3D perspective blits are not supported: draw with blt/bltm",
    "Font": "BDF/TTF fonts are not supported: draw with pyxel.text's built-in font",
    "Tone": "custom tones are not supported: use TONE_TRIANGLE/SQUARE/PULSE/NOISE",
    "tones": "custom tones are not supported: use TONE_TRIANGLE/SQUARE/PULSE/NOISE",
    "channels": "channel objects are not supported: use pyxel.play / pyxel.stop",
    "Channel": "channel objects are not supported: use pyxel.play / pyxel.stop",
    "gen_bgm": "generated music is not supported: write the music in a .pyxres file",
    "flip": "a blocking loop cannot run in a mini game: use pyxel.run(update, draw)",
    "reset": "restarting the program is not supported: reset your game's state yourself",
    "save": _OFFLINE, "save_pal": _OFFLINE, "screenshot": _OFFLINE, "screencast": _OFFLINE,
    "reset_screencast": _OFFLINE, "user_data_dir": _OFFLINE, "dropped_files": _OFFLINE,
    "set_dropped_files": _OFFLINE,
    "resize": "the screen size is fixed by pyxel.init",
    "set_btnv": "analog inputs are not supported: use set_btn",
    "cursor": "the mouse cursor is not drawn on a phone",
    "font": "the font image is not exposed: draw with pyxel.text",
    "set_input_text": "text input is not supported",
    "BASE_DIR": _OFFLINE, "WINDOW_STATE_ENV": _OFFLINE, "WATCH_STATE_FILE_ENV": _OFFLINE,
    "WATCH_RESET_EXIT_CODE": _OFFLINE, "APP_FILE_EXTENSION": _OFFLINE,
    "APP_STARTUP_SCRIPT_FILE": _OFFLINE, "RESOURCE_FILE_EXTENSION": _OFFLINE,
    "PALETTE_FILE_EXTENSION": _OFFLINE,
}
# Module-level names of pyminis/pyxel/__init__.py that are its machinery, not Pyxel's API.
_PRIVATE_IMPORTS = {"math", "random", "IN_JS", "has", "platform", "Loop", "Player", "join",
                    "synthesize", "Buttons", "Pad", "lookup", "pad_settings", "required",
                    "PyxelError"}


def _top_level_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names if a.name != "*")
    return names


@functools.lru_cache(maxsize=1)
def offered() -> frozenset[str]:
    """The names `pyxel.NAME` a game may use."""
    names = _top_level_names(PACKAGE_DIR / "__init__.py") | _top_level_names(PACKAGE_DIR / "_keys.py")
    return frozenset(n for n in names if not n.startswith("_") and n not in _PRIVATE_IMPORTS)


def instead(name: str) -> str:
    """What to do instead of `pyxel.NAME`, a name pyminis.pyxel does not offer."""
    return UNSUPPORTED.get(name, "pyminis.pyxel covers Pyxel 2's API as games use it "
                                 "(docs/pyxel.md lists it); this name is not part of it")

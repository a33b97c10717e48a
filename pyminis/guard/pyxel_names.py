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

from pyminis import syntax

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
# Pyxel 1's names that Pyxel 2 renamed (games written for Pyxel 1 are common): the new name.
PYXEL1 = {"MOUSE_LEFT_BUTTON": "MOUSE_BUTTON_LEFT", "MOUSE_MIDDLE_BUTTON": "MOUSE_BUTTON_MIDDLE",
          "MOUSE_RIGHT_BUTTON": "MOUSE_BUTTON_RIGHT", "image": "images[n]", "tilemap": "tilemaps[n]",
          "sound": "sounds[n]", "music": "musics[n]"}
_PAD1 = {"A": "A", "B": "B", "X": "X", "Y": "Y", "LEFT_SHOULDER": "LEFTSHOULDER",
         "RIGHT_SHOULDER": "RIGHTSHOULDER", "SELECT": "BACK", "START": "START", "UP": "DPAD_UP",
         "DOWN": "DPAD_DOWN", "LEFT": "DPAD_LEFT", "RIGHT": "DPAD_RIGHT"}
PYXEL1.update({f"GAMEPAD_{n}_{old}": f"GAMEPAD{n}_BUTTON_{new}"
               for n in (1, 2, 3, 4) for old, new in _PAD1.items()})
# Pyxel 1's keyword arguments: (function, keyword) -> Pyxel 2's keyword, or what to do.
PYXEL1_KEYWORDS = {("init", "caption"): "Pyxel 2 calls it title=",
                   ("init", "scale"): "Pyxel 2 calls it display_scale=",
                   ("init", "palette"): "set pyxel.colors after pyxel.init",
                   ("init", "fullscreen"): "a mini game always fills the phone: leave it out",
                   ("btnp", "period"): "Pyxel 2 calls it repeat="}

# Module-level names of pyminis/pyxel/__init__.py that are its machinery, not Pyxel's API.
_PRIVATE_IMPORTS = {"math", "random", "IN_JS", "has", "platform", "Loop", "Player", "join",
                    "synthesize", "Buttons", "Pad", "lookup", "pad_settings", "required",
                    "PyxelError", "position", "seconds"}


def _top_level_names(path: Path) -> set[str]:
    tree = syntax.parse(path.read_text(encoding="utf-8"))
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


@functools.lru_cache(maxsize=1)
def parameters() -> dict[str, frozenset[str] | None]:
    """The keyword parameters of each function pyminis.pyxel offers (None: it takes **kwargs)."""
    tree = syntax.parse((PACKAGE_DIR / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, frozenset[str] | None] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            args = node.args
            found[node.name] = None if args.kwarg else frozenset(
                a.arg for a in args.args + args.kwonlyargs)
    return found


def keyword_instead(function: str, keyword: str) -> str | None:
    """Why `pyxel.function(keyword=…)` cannot work (CPython's TypeError under Pyxel 2 too), with
    what to write instead; None when the keyword is one of the function's parameters."""
    names = parameters().get(function, None)
    if names is None or keyword in names:
        return None
    hint = PYXEL1_KEYWORDS.get((function, keyword))
    if hint is not None:
        return f"Pyxel 1's keyword: {hint}"
    return f"pyxel.{function} takes {', '.join(sorted(names)) or 'no keyword arguments'}"


def instead(name: str) -> str:
    """What to do instead of `pyxel.NAME`, a name pyminis.pyxel does not offer."""
    if name in PYXEL1:
        return f"Pyxel 1's name: Pyxel 2 (and pyminis) call it pyxel.{PYXEL1[name]}"
    return UNSUPPORTED.get(name, "pyminis.pyxel covers Pyxel 2's API as games use it "
                                 "(docs/pyxel.md lists it); this name is not part of it")

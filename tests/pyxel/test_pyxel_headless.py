"""pyminis.pyxel under CPython (pyminis.headless): input, resources, sound data, the lint."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image as PILImage

from pyminis import guard, headless
from pyminis.errors import BuildError, ConfigError
from pyminis.pipeline.pyxel_data import game_table, pad_settings, pyxres_data

SHAPES = Path(__file__).parent / "games" / "shapes"


def project(tmp_path: Path, main: str, files: dict[str, bytes] | None = None,
            pyxel: dict | None = None) -> Path:
    root = tmp_path / "game"
    (root / "src").mkdir(parents=True)
    (root / "src" / "main.py").write_text(main, encoding="utf-8")
    config = {"dev": {"clientKey": "pyxel-test-key"}}
    if pyxel is not None:
        config["pyminis"] = {"pyxel": pyxel}
    (root / "minigame.config.json").write_text(json.dumps(config), encoding="utf-8")
    for name, data in (files or {}).items():
        (root / "src" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "src" / name).write_bytes(data)
    return root


def pyxres(toml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("pyxel_resource.toml", toml)
    return out.getvalue()


RECORDER = """import pyxel

seen = []


def update():
    seen.append([pyxel.frame_count, pyxel.btn(pyxel.KEY_RIGHT),
                 pyxel.btnp(pyxel.KEY_RIGHT, hold=4, repeat=3), pyxel.btnr(pyxel.KEY_RIGHT)])


def draw():
    pyxel.cls(0)


pyxel.init(16, 16)
pyxel.recorded = seen  # for the test (CPython only)
pyxel.run(update, draw)
"""


def test_buttons_follow_pyxel_frame_rules(tmp_path: Path) -> None:
    """btn while held, btnp on the frame of the press and every `repeat` frames after `hold`,
    btnr on the frame of the release: counted in Pyxel frames (30 fps: two display frames),
    as the game's update sees them."""
    with headless.run_game(project(tmp_path, RECORDER)) as play:
        play.steps(2)
        play.key("down", "ArrowRight")
        play.steps(2 * 12)
        play.key("up", "ArrowRight")
        play.steps(4)
        game = play.game
        import pyminis.pyxel as pyxel

        rows = pyxel.recorded
    frames = [row[0] for row in rows]
    assert frames == list(range(len(rows)))  # one update per Pyxel frame, counted from 0
    pressed = next(i for i, row in enumerate(rows) if row[1])
    held = rows[pressed:pressed + 12]
    assert all(row[1] for row in held)
    # btnp: the press frame, then hold=4 frames later and every 3 after that.
    assert [row[0] - rows[pressed][0] for row in held if row[2]] == [0, 4, 7, 10]
    released = rows[pressed + 12]
    assert not released[1] and released[3] and not rows[pressed + 13][3]
    assert game.frames == len(rows)  # one draw per update


def test_touch_is_the_mouse_and_the_pad_presses_keys() -> None:
    import pyminis.pyxel as pyxel

    with headless.run_game(SHAPES) as play:
        play.steps(2)
        loop = play.game
        # A tap on the game (CSS pixels: ratio 1) is the mouse, in game pixels.
        x = (loop.left + 40 * loop.scale + 1) / loop.pixel_ratio
        y = (loop.top + 20 * loop.scale + 1) / loop.pixel_ratio
        play.touch("start", x, y)
        play.steps(2)
        assert (pyxel.mouse_x, pyxel.mouse_y) == (40, 20)
        assert pyxel.btn(pyxel.MOUSE_BUTTON_LEFT)
        play.touch("end", x, y)
        play.steps(2)
        assert not pyxel.btn(pyxel.MOUSE_BUTTON_LEFT)
        # The d-pad's right arm holds KEY_RIGHT (and the gamepad's), not the mouse.
        pad = loop.pad
        px = pad.dpad_x + pad.unit * 1.3
        play.touch("start", px, pad.dpad_y, 2)
        play.steps(2)
        assert pyxel.btn(pyxel.KEY_RIGHT) and pyxel.btn(pyxel.GAMEPAD1_BUTTON_DPAD_RIGHT)
        assert not pyxel.btn(pyxel.MOUSE_BUTTON_LEFT)
        before = play.game.pad.touch_ids
        play.touch("end", px, pad.dpad_y, 2)
        play.steps(2)
        assert not pyxel.btn(pyxel.KEY_RIGHT) and before == []
        # The second button presses both keys it names.
        play.touch("start", pad.button_xs[1], pad.button_ys[1], 3)
        play.steps(2)
        assert pyxel.btn(pyxel.KEY_Z) and pyxel.btn(pyxel.GAMEPAD1_BUTTON_A)


def test_screen_is_scaled_by_a_whole_number_and_letterboxed() -> None:
    import pyminis.pyxel as pyxel

    with headless.run_game(SHAPES) as play:
        play.steps(2)
        loop = play.game
        image = play.snapshot()
        assert loop.scale == 390 // 96
        for gx, gy in [(3, 3), (60, 30), (0, 63), (95, 0)]:
            colour = pyxel.colors[pyxel.screen.pget(gx, gy)]
            block = {image.getpixel((loop.left + gx * loop.scale + i, loop.top + gy * loop.scale + j))
                     for i in range(loop.scale) for j in range(loop.scale)}
            assert block == {(colour >> 16, colour >> 8 & 255, colour & 255, 255)}
        assert image.getpixel((loop.left - 1, loop.top)) == (0x20, 0x22, 0x24, 255)


def test_pyxres_png_and_palette_load_into_banks(tmp_path: Path) -> None:
    # Image 0: row 0 is 1, 2, then 2 repeated (Pyxel's compression keeps the last value).
    toml = """format_version = 4
[[images]]
width = 16
height = 16
data = [[1, 2], [3]]
[[tilemaps]]
width = 4
height = 4
imgsrc = 0
data = [[1, 0, 0, 0]]
[[sounds]]
notes = [33, -1, 45]
tones = [1]
volumes = [7, 3]
effects = [0, 0, 3]
speed = 12
[[musics]]
seqs = [[0], [], [0, 0]]
"""
    png = io.BytesIO()
    PILImage.new("RGB", (2, 1), (0xD4, 0x18, 0x6C)).save(png, "PNG")
    main = """import pyxel
pyxel.init(32, 32)
pyxel.load("assets/res.pyxres")
pyxel.images[1].load(0, 0, "assets/red.png")
pyxel.cls(0)
pyxel.bltm(0, 0, 0, 0, 0, 16, 8)
pyxel.blt(0, 20, 1, 0, 0, 2, 1)
pyxel.play(0, 0)
music = pyxel.musics[0]  # (a bank the game's Python never names ships empty)
"""
    root = project(tmp_path, main, {"assets/res.pyxres": pyxres(toml),
                                    "assets/res.pyxpal": b"000000\n112233\n",
                                    "assets/red.png": png.getvalue()})
    import pyminis.pyxel as pyxel
    from pyminis.pyxel import _audio

    _audio.played.clear()
    with headless.run_game(root):
        bank = pyxel.images[0]
        assert [bank.pget(x, 0) for x in (0, 1, 2, 15)] == [1, 2, 2, 2]
        assert [bank.pget(0, y) for y in (1, 15)] == [3, 3]
        # Tile (1, 0) at the tilemap's origin: pixels 8..15 of the bank's first rows.
        assert [pyxel.screen.pget(x, 0) for x in range(0, 10)] == [2] * 8 + [1, 2]
        assert pyxel.colors == [0x000000, 0x112233]
        assert [pyxel.screen.pget(x, 20) for x in (0, 1)] == [8, 8]  # nearest colour: red
        sound = pyxel.sounds[0]
        assert (sound.notes, sound.speed, pyxel.musics[0].seqs) == ([33, -1, 45], 12, [[0], [], [0, 0]])
        assert _audio.played == [[0, [0], False]]
        samples = _audio.synthesize(sound)
        assert len(samples) == round(3 * 12 * 22050 / 120)
        per = len(samples) // 3
        assert max(abs(v) for v in samples[per:2 * per]) == 0  # the rest
        fade = samples[2 * per:]
        assert max(abs(v) for v in fade[:20]) > max(abs(v) for v in fade[-20:])  # fadeout


def test_a_missing_resource_names_the_file(tmp_path: Path) -> None:
    import pyminis.pyxel as pyxel
    from pyminis.pyxel._res import ResourceError

    root = project(tmp_path, "import pyxel\npyxel.init(8, 8)\nname = 'x' + '.pyxres'\npyxel.load(name)\n")
    with pytest.raises(ResourceError, match="Failed to open file 'x.pyxres'"):
        with headless.run_game(root):
            pass
    assert pyxel.width == 8


def test_pyxel1_and_broken_resource_files_are_refused() -> None:
    old = io.BytesIO()
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr("pyxel_resource/version", "1.4.0")
    with pytest.raises(BuildError, match="Pyxel 1"):
        pyxres_data(old.getvalue(), None, "old.pyxres")
    with pytest.raises(BuildError, match="not a Pyxel resource file"):
        pyxres_data(b"junk", None, "junk.pyxres")
    with pytest.raises(BuildError, match="invalid resource data"):
        pyxres_data(pyxres("[[images]]\nwidth = 0\nheight = 1\ndata = [[1]]\n"), None, "z.pyxres")


def test_pad_settings_are_checked() -> None:
    raw = {"pyminis": {"pyxel": {"pad": {"dpad": "wasd", "buttons": ["KEY_SPACE"]}}}}
    settings = pad_settings(raw)
    import pyminis.pyxel as pyxel

    assert settings == {"dpad": "wasd", "buttons": [{"label": "SPA", "keys": [pyxel.KEY_SPACE]}]}
    for bad in ({"dpad": "stick"}, {"buttons": ["KEY_NOPE"]}, {"buttons": "KEY_X"}, "pad"):
        with pytest.raises(ConfigError):
            pad_settings({"pyminis": {"pyxel": {"pad": bad}}})
    assert pad_settings({}) is None


def test_unsupported_pyxel_names_are_refused_at_their_line() -> None:
    text = ("import pyxel\nfrom pyxel import blt, Font\npyxel.init(8, 8)\n"
            "pyxel.blt3d(0, 0, 8, 8, 0, (0, 0, 1), (0, 0, 0))\npyxel.screenshot()\n")
    problems = guard.check([guard.Module("main", "src/main.py", text)])
    found = [(p.location.line, p.code, p.message) for p in problems]
    assert [(line, code) for line, code, _ in found] == [(2, "PM125"), (4, "PM125"), (5, "PM125")]
    assert "pyxel.Font" in found[0][2] and "pyxel.blt3d" in found[1][2]
    assert "3D perspective blits" in str(problems[1])
    assert "no files" in str(problems[2])


def test_pyxel1_names_and_unknown_keywords_are_refused_with_pyxel2s() -> None:
    """Games written for Pyxel 1 (renamed constants, init(caption=…)) fail under Pyxel 2 too
    (AttributeError, TypeError): refused at their line with the new name."""
    text = ("import pyxel\npyxel.init(8, 8, caption='x', fps=30)\n"
            "a = pyxel.btn(pyxel.MOUSE_LEFT_BUTTON) or pyxel.btnp(pyxel.GAMEPAD_1_SELECT, period=2)\n"
            "pyxel.rect(0, 0, 1, 1, col=3, colour=4)\npyxel.image(0).load(0, 0, 'a.png')\n"
            "pyxel.btnp(pyxel.KEY_Z, hold=2, repeat=3)\n")
    problems = guard.check([guard.Module("main", "src/main.py", text)])
    found = [(p.location.line, p.location.column, p.code, str(p)) for p in problems]
    assert [row[:3] for row in found] == [(2, 18, "PM125"), (3, 15, "PM125"), (3, 54, "PM125"),
                                          (3, 78, "PM125"), (4, 31, "PM125"), (5, 1, "PM125")]
    assert "title=" in found[0][3] and "pyxel.MOUSE_BUTTON_LEFT" in found[1][3]
    assert "pyxel.GAMEPAD1_BUTTON_BACK" in found[2][3] and "repeat=" in found[3][3]
    assert "col, h, w, x, y" in found[4][3] and "pyxel.images[n]" in found[5][3]


def test_only_named_files_are_packed(tmp_path: Path) -> None:
    root = project(tmp_path, "import pyxel\npyxel.load('assets/a.pyxres')\n",
                   {"assets/a.pyxres": pyxres("format_version = 4\n"),
                    "assets/unused.png": b"not even a png"})
    table = game_table([(root / "src" / "main.py").read_text()], root / "src", root, {})
    assert list(table["resources"]) == ["assets/a.pyxres"] and table["images"] == {}


def test_games_see_pyminis_pyxel_as_pyxel(tmp_path: Path) -> None:
    shutil.copytree(SHAPES, tmp_path / "shapes")
    with headless.run_game(tmp_path / "shapes") as play:
        import sys

        assert sys.modules["pyxel"].__name__ == "pyminis.pyxel"
        play.steps(1)


POSITIONS = """import pyxel

pyxel.init(8, 8, fps=20)
pyxel.sounds[0].set("c2e2g2c3", "t", "7", "n", 15)  # 4 notes x 15 ticks of 1/120 s: 0.5 s
pyxel.sounds[1].set("c2", "t", "7", "n", 60)  # 0.5 s
seen = []


def update():
    if pyxel.frame_count == 2:
        pyxel.play(0, [0, 1])
        pyxel.play(1, 1, loop=True)
    if pyxel.frame_count == 30:
        pyxel.stop(1)
    seen.append([pyxel.play_pos(0), pyxel.play_pos(1), pyxel.play_pos(2)])


pyxel.seen = seen
pyxel.run(update, lambda: None)
"""


def test_play_pos_follows_the_sounds_in_game_time(tmp_path: Path) -> None:
    """(index in the list played, seconds into that sound) while a channel plays, None before,
    after the last sound (unless looping) and after stop: counted in frames / fps."""
    with headless.run_game(project(tmp_path, POSITIONS)) as play:
        play.steps(3 * 34)  # 20 fps: three display frames each
        import pyminis.pyxel as pyxel

        seen = pyxel.seen
    assert seen[1] == [None, None, None]
    assert seen[2][0] == (0, 0.0) and seen[2][1] == (0, 0.0)
    assert seen[7][0] == (0, 0.25)
    assert seen[12][0] == (1, 0.0) and seen[12][1] == (0, 0.0)  # looped: 0.5 s later, again
    assert seen[21][0] == (1, pytest.approx(0.45)) and seen[21][1] == (0, pytest.approx(0.45))
    assert seen[22][0] is None and seen[22][1] == (0, pytest.approx(0.0))  # ch 0 ended
    assert seen[30][1] is None and seen[30][2] is None


BANKS = """format_version = 4
[[images]]
width = 4
height = 1
data = [[1]]
[[images]]
width = 4
height = 1
data = [[2]]
[[images]]
width = 4
height = 1
data = [[3]]
[[tilemaps]]
width = 2
height = 1
imgsrc = 2
data = [[1, 0]]
[[tilemaps]]
width = 2
height = 1
imgsrc = 0
data = [[2, 0]]
[[sounds]]
notes = [1]
[[sounds]]
notes = [2]
[[sounds]]
notes = [3]
[[musics]]
seqs = [[2], []]
"""


@pytest.mark.parametrize("main, kept", [
    # Constant banks only: the others ship empty (a tilemap's imgsrc, a music's sounds kept).
    ("pyxel.blt(0, 0, 0, 0, 0, 4, 1)\npyxel.bltm(0, 0, 0, 0, 0, 8, 8)\npyxel.playm(0)\n",
     {"images": [0, 2], "tilemaps": [0], "sounds": [2], "musics": [0]}),
    ("pyxel.images[1].pget(0, 0)\npyxel.play(0, [0, 1])\n",
     {"images": [1], "tilemaps": [], "sounds": [0, 1], "musics": []}),
    # Chosen at run time, the module handed on, imgsrc changed: every bank of that kind.
    ("n = 1\npyxel.blt(0, 0, n, 0, 0, 4, 1)\npyxel.screen.blt(0, 0, 0, 0, 0, 1, 1)\n",
     {"images": [0, 1, 2], "tilemaps": [], "sounds": [], "musics": []}),
    ("pyxel.tilemaps[1].imgsrc = 1\nfor t in pyxel.tilemaps:\n    pass\n",
     {"images": [0, 1, 2], "tilemaps": [0, 1], "sounds": [], "musics": []}),
    ("def f(m):\n    m.play(0, 0)\nf(pyxel)\n", {"images": [0, 1, 2], "tilemaps": [0, 1],
                                                 "sounds": [0, 1, 2], "musics": [0]}),
])
def test_banks_a_game_cannot_use_ship_empty(tmp_path: Path, main: str, kept: dict[str, list[int]]) -> None:
    text = "import pyxel\npyxel.init(8, 8)\npyxel.load('res.pyxres')\n" + main
    root = project(tmp_path, text, {"res.pyxres": pyxres(BANKS)})
    table = game_table([text], root / "src", root, {})["resources"]["res.pyxres"]
    full = pyxres_data(pyxres(BANKS), None, "res.pyxres")
    for kind, indexes in kept.items():
        assert [i for i, item in enumerate(table[kind]) if item == full[kind][i]] == indexes, kind
    assert [len(table[k]) for k in kept] == [len(full[k]) for k in kept]  # same banks, emptied


def test_star_import_of_pyxel_refuses_only_the_names_games_lack() -> None:
    text = ("from pyxel import *\ninit(8, 8)\ncls(0)\nblt3d(0, 0, 8, 8, 0, (0, 0, 1), (0, 0, 0))\n"
            "x = frame_count + MOUSE_LEFT_BUTTON\n")
    problems = guard.check([guard.Module("main", "src/main.py", text)])
    assert [(p.location.line, p.code) for p in problems] == [(4, "PM125"), (5, "PM125")]
    assert "3D perspective" in str(problems[0]) and "MOUSE_BUTTON_LEFT" in str(problems[1])

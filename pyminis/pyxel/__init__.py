"""Pyxel 2's API for games pyminis builds: `import pyxel` in a game gets this module.

    import pyxel

    class App:
        def __init__(self):
            pyxel.init(160, 120, title="Hello")
            pyxel.run(self.update, self.draw)

        def update(self):
            if pyxel.btnp(pyxel.KEY_Q):
                pyxel.quit()

        def draw(self):
            pyxel.cls(0)
            pyxel.text(55, 41, "Hello, Pyxel!", pyxel.frame_count % 16)

    App()

The screen is an indexed framebuffer drawn with Pyxel's own rasterisation and font, shown at
the largest whole scale that fits the phone (letterboxed). Touches are the mouse (and
MOUSE_BUTTON_LEFT), or press keys through an on-screen pad set in minigame.config.json
(`"pyminis": {"pyxel": {"pad": {"dpad": "arrows", "buttons": ["KEY_X", "KEY_Z"]}}}`).
Resource files (.pyxres, .png, .pyxpal) named by string literals are packed by the build.
What Pyxel has and this does not is refused at its line by the build (docs/pyxel.md).
"""

from pyminis.engine._js import IN_JS, has, jsmath, platform
from pyminis.pyxel._app import Loop
from pyminis.pyxel._audio import Music, Player, Sound, join, position, seconds, synthesize
from pyminis.pyxel._image import Image, PyxelError, Tilemap
from pyminis.pyxel._input import Buttons
from pyminis.pyxel._keys import *  # noqa: F403  (KEY_*, MOUSE_*, GAMEPAD*_*)
from pyminis.pyxel._keys import (KEY_ALT, KEY_BACKSPACE, KEY_CTRL, KEY_DELETE, KEY_DOWN, KEY_ESCAPE,
                                 KEY_GUI, KEY_LALT, KEY_LCTRL, KEY_LEFT, KEY_LGUI, KEY_LSHIFT,
                                 KEY_RETURN, KEY_RIGHT, KEY_SHIFT, KEY_TAB, KEY_UP,
                                 MOUSE_BUTTON_LEFT, MOUSE_POS_X, MOUSE_POS_Y)
from pyminis.pyxel._pad import Pad
from pyminis.pyxel._res import images, lookup, pad_settings, required, tilemaps
from pyminis.pyxel import _noise, _rand

VERSION = "2.9.9"
NUM_COLORS = 16
NUM_IMAGES = 3
IMAGE_SIZE = 256
NUM_TILEMAPS = 8
TILEMAP_SIZE = 256
TILE_SIZE = 8
DEFAULT_COLORS = [0x000000, 0x2B335F, 0x7E2072, 0x19959C, 0x8B4852, 0x395C98, 0xA9C1FF,
                  0xEEEEEE, 0xD4186C, 0xD38441, 0xE9C35B, 0x70C6A9, 0x7696DE, 0xA3A3A3,
                  0xFF9798, 0xEDC7B0]
COLOR_BLACK = 0
COLOR_NAVY = 1
COLOR_PURPLE = 2
COLOR_GREEN = 3
COLOR_BROWN = 4
COLOR_DARK_BLUE = 5
COLOR_LIGHT_BLUE = 6
COLOR_WHITE = 7
COLOR_RED = 8
COLOR_ORANGE = 9
COLOR_YELLOW = 10
COLOR_LIME = 11
COLOR_CYAN = 12
COLOR_GRAY = 13
COLOR_PINK = 14
COLOR_PEACH = 15
FONT_WIDTH = 4
FONT_HEIGHT = 6
NUM_CHANNELS = 4
NUM_TONES = 4
NUM_SOUNDS = 64
NUM_MUSICS = 8
TONE_TRIANGLE = 0
TONE_SQUARE = 1
TONE_PULSE = 2
TONE_NOISE = 3
EFFECT_NONE = 0
EFFECT_SLIDE = 1
EFFECT_VIBRATO = 2
EFFECT_FADEOUT = 3
EFFECT_HALF_FADEOUT = 4
EFFECT_QUARTER_FADEOUT = 5

# The module's variables, as Pyxel's (read them as pyxel.NAME: they change every frame).
width = 0
height = 0
frame_count = 0
mouse_x = 0
mouse_y = 0
mouse_wheel = 0
input_keys = []
input_text = ""
colors = list(DEFAULT_COLORS)
screen = Image(1, 1)
sounds = []
musics = []

_buttons = Buttons()
_player = Player()
_playing = [None, None, None, None]  # each channel: [seconds of each sound, start frame, loop]
_fps = 30
_loop = None
_update = None
_draw = None
_touch_id = -1  # the touch that is the mouse


# System ------------------------------------------------------------------------------------
def init(width: int, height: int, title: str = "Pyxel", fps: int = 30,
         quit_key: int = KEY_ESCAPE, display_scale: int = 0, capture_scale: int = 2,
         capture_sec: int = 10, headless: bool = False) -> None:
    """Open the screen: width x height pixels, updated `fps` times a second."""
    global screen, frame_count, mouse_x, mouse_y, _loop, colors, sounds, musics, _fps
    if width <= 0 or height <= 0:
        raise PyxelError("width and height must be greater than 0")
    if fps <= 0:
        raise PyxelError("fps must be greater than 0")
    _fps = fps
    for ch in range(NUM_CHANNELS):
        _playing[ch] = None
    _set_size(width, height)
    _rand.seed(_rand.first_seed())
    screen = Image(width, height)
    frame_count = 0
    mouse_x = 0
    mouse_y = 0
    colors.clear()
    for c in DEFAULT_COLORS:
        colors.append(c)
    images.clear()
    for _ in range(NUM_IMAGES):
        images.append(Image(IMAGE_SIZE, IMAGE_SIZE))
    tilemaps.clear()
    for _ in range(NUM_TILEMAPS):
        tilemaps.append(Tilemap(TILEMAP_SIZE, TILEMAP_SIZE, 0))
    sounds.clear()
    for _ in range(NUM_SOUNDS):
        sounds.append(Sound())
    musics.clear()
    for _ in range(NUM_MUSICS):
        musics.append(Music())
    _buttons.reset()
    _loop = Loop(width, height, fps, _tick, _touch)
    host = platform()
    if has(host, "onKeyDown"):
        host.onKeyDown(_key_down)
        host.onKeyUp(_key_up)
    _loop.pyxel_state = _state  # for tests and tools: pyminisGame.pyxel_state() in a page
    settings = pad_settings()
    if settings is not None:
        _loop.pad = Pad(settings, _post)
        _loop.layout()


def _state() -> list:
    """[frame_count, the screen's palette indexes]."""
    return [frame_count, screen.data]


def _set_size(w: int, h: int) -> None:
    global width, height
    width = w
    height = h


def run(update: object, draw: object) -> None:
    """Call update() then draw() every frame, from now on."""
    global _update, _draw
    _started()
    _update = update
    _draw = draw
    _loop.start()


def show() -> None:
    """Show the screen as drawn so far (a game that only draws once)."""
    _started()
    _loop.present(screen, colors)


def quit() -> None:
    """Stop the game's loop (a mini game cannot close itself: the player leaves)."""
    if _loop is not None:
        _loop.stop()
        for ch in range(NUM_CHANNELS):
            _player.stop(ch)


def title(title: str) -> None:
    pass


def icon(data: object, scale: int, colkey: object = None) -> None:
    pass


def perf_monitor(enabled: bool) -> None:
    pass


def integer_scale(enabled: bool) -> None:
    pass


def screen_mode(scr: int) -> None:
    pass


def fullscreen(enabled: bool) -> None:
    pass


def mouse(visible: bool) -> None:
    pass


def _started() -> None:
    if _loop is None:
        raise PyxelError("pyxel.init must be called before this")


def _tick(count: int) -> None:
    """`count` updates (the last one followed by draw), as Pyxel's loop runs them."""
    global frame_count
    for i in range(count):
        _buttons.apply(frame_count)
        if _update is not None:
            _update()
        if i == count - 1 and _draw is not None:
            _draw()
            _loop.present(screen, colors)
        frame_count += 1


def _post(key: int, down: bool) -> None:
    _buttons.post(key, down)


def _touch(kind: int, ident: int, px: float, py: float, gx: int, gy: int) -> None:
    """A touch: the pad's if it lies on the pad, else the mouse (one finger at a time)."""
    global mouse_x, mouse_y, _touch_id
    if kind == 0:
        _player.unlock()
    pad = _loop.pad
    if pad is not None and pad.touch(kind, ident, px, py):
        return
    if kind == 0:
        if _touch_id >= 0:
            return
        _touch_id = ident
        mouse_x = gx
        mouse_y = gy
        _buttons.post(MOUSE_BUTTON_LEFT, True)
    elif ident == _touch_id:
        mouse_x = gx
        mouse_y = gy
        if kind == 2:
            _touch_id = -1
            _buttons.post(MOUSE_BUTTON_LEFT, False)


# DOM key names (KeyboardEvent.key) of the keys that are not one character.
_NAMED_KEYS = {"ArrowLeft": [KEY_LEFT], "ArrowRight": [KEY_RIGHT], "ArrowUp": [KEY_UP],
               "ArrowDown": [KEY_DOWN], "Enter": [KEY_RETURN], "Escape": [KEY_ESCAPE],
               "Backspace": [KEY_BACKSPACE], "Tab": [KEY_TAB], "Delete": [KEY_DELETE],
               "Shift": [KEY_LSHIFT, KEY_SHIFT], "Control": [KEY_LCTRL, KEY_CTRL],
               "Alt": [KEY_LALT, KEY_ALT], "Meta": [KEY_LGUI, KEY_GUI]}


def _codes(name: str) -> list:
    if name in _NAMED_KEYS:
        return _NAMED_KEYS[name]
    if len(name) == 1:
        return [ord(name.lower())]
    return []


def _key_down(event: object) -> None:
    for code in _codes(event.key):
        _buttons.post(code, True)


def _key_up(event: object) -> None:
    for code in _codes(event.key):
        _buttons.post(code, False)


# Resources ---------------------------------------------------------------------------------
def load(filename: str, exclude_images: bool = False, exclude_tilemaps: bool = False,
         exclude_sounds: bool = False, exclude_musics: bool = False) -> None:
    """Load a .pyxres file's image banks, tilemaps, sounds and musics (and its palette)."""
    data = required("resources", filename)
    if not exclude_images:
        for i in range(min(len(data["images"]), len(images))):
            _fill_image(images[i], data["images"][i])
    if not exclude_tilemaps:
        for i in range(min(len(data["tilemaps"]), len(tilemaps))):
            _fill_tilemap(tilemaps[i], data["tilemaps"][i])
    if not exclude_sounds:
        for i in range(min(len(data["sounds"]), len(sounds))):
            item = data["sounds"][i]
            sound = sounds[i]
            sound.notes = list(item["notes"])
            sound.tones = list(item["tones"])
            sound.volumes = list(item["volumes"])
            sound.effects = list(item["effects"])
            sound.speed = item["speed"]
    if not exclude_musics:
        for i in range(min(len(data["musics"]), len(musics))):
            musics[i].seqs = [list(seq) for seq in data["musics"][i]]
    if data["colors"] is not None:
        _set_colors(data["colors"])


def load_pal(filename: str) -> None:
    _set_colors(required("palettes", filename))


def _set_colors(values: object) -> None:
    colors.clear()
    for c in values:
        colors.append(c)


def _fill_image(image: Image, item: object) -> None:
    rows = item["rows"]
    w = image.width
    pixels = image.data
    for i in range(len(pixels)):
        pixels[i] = 0
    for y in range(min(len(rows), image.height)):
        row = rows[y]
        for x in range(min(len(row), w)):
            pixels[y * w + x] = int(row[x], 16)


def _fill_tilemap(tilemap: Tilemap, item: object) -> None:
    rows = item["rows"]
    w = tilemap.width
    cells = tilemap.data
    for i in range(len(cells)):
        cells[i] = 0
    tilemap.imgsrc = item["imgsrc"]
    for y in range(min(len(rows), tilemap.height)):
        row = rows[y]
        for x in range(min(len(row) // 4, w)):
            cells[y * w + x] = int(row[x * 4:x * 4 + 4], 16)


# Input -------------------------------------------------------------------------------------
def btn(key: int) -> bool:
    return _buttons.btn(key, frame_count)


def btnp(key: int, hold: int = 0, repeat: int = 0) -> bool:
    return _buttons.btnp(key, frame_count, hold, repeat)


def btnr(key: int) -> bool:
    return _buttons.btnr(key, frame_count)


def btnv(key: int) -> int:
    if key == MOUSE_POS_X:
        return mouse_x
    if key == MOUSE_POS_Y:
        return mouse_y
    return 0


def set_btn(key: int, state: bool) -> None:
    _buttons.change(key, state, frame_count)


def set_mouse_pos(x: float, y: float) -> None:
    global mouse_x, mouse_y
    mouse_x = round(x)
    mouse_y = round(y)


# Graphics ----------------------------------------------------------------------------------
def clip(x: object = None, y: object = None, w: object = None, h: object = None) -> None:
    screen.clip(x, y, w, h)


def camera(x: object = None, y: object = None) -> None:
    screen.camera(x, y)


def pal(col1: object = None, col2: object = None) -> None:
    screen.pal(col1, col2)


def dither(alpha: float) -> None:
    screen.dither(alpha)


def cls(col: int) -> None:
    screen.cls(col)


def pget(x: float, y: float) -> int:
    return screen.pget(x, y)


def pset(x: float, y: float, col: int) -> None:
    screen.pset(x, y, col)


def line(x1: float, y1: float, x2: float, y2: float, col: int) -> None:
    screen.line(x1, y1, x2, y2, col)


def rect(x: float, y: float, w: float, h: float, col: int) -> None:
    screen.rect(x, y, w, h, col)


def rectb(x: float, y: float, w: float, h: float, col: int) -> None:
    screen.rectb(x, y, w, h, col)


def circ(x: float, y: float, r: float, col: int) -> None:
    screen.circ(x, y, r, col)


def circb(x: float, y: float, r: float, col: int) -> None:
    screen.circb(x, y, r, col)


def elli(x: float, y: float, w: float, h: float, col: int) -> None:
    screen.elli(x, y, w, h, col)


def ellib(x: float, y: float, w: float, h: float, col: int) -> None:
    screen.ellib(x, y, w, h, col)


def tri(x1: float, y1: float, x2: float, y2: float, x3: float, y3: float, col: int) -> None:
    screen.tri(x1, y1, x2, y2, x3, y3, col)


def trib(x1: float, y1: float, x2: float, y2: float, x3: float, y3: float, col: int) -> None:
    screen.trib(x1, y1, x2, y2, x3, y3, col)


def fill(x: float, y: float, col: int) -> None:
    screen.fill(x, y, col)


def blt(x: float, y: float, img: object, u: float, v: float, w: float, h: float,
        colkey: object = None, rotate: float = 0, scale: float = 1) -> None:
    screen.blt(x, y, img, u, v, w, h, colkey, rotate, scale)


def bltm(x: float, y: float, tm: object, u: float, v: float, w: float, h: float,
         colkey: object = None, rotate: float = 0, scale: float = 1) -> None:
    screen.bltm(x, y, tm, u, v, w, h, colkey, rotate, scale)


def text(x: float, y: float, s: str, col: int, font: object = None) -> None:
    screen.text(x, y, s, col)


# Audio -------------------------------------------------------------------------------------
def _sound_of(snd: object) -> Sound:
    if isinstance(snd, int):
        return sounds[snd]
    return snd


def play(ch: int, snd: object, sec: float = 0, loop: bool = False, resume: bool = False,
         tick: object = None) -> None:
    """Play sound `snd` (a number, a Sound, or a list of them in turn) on channel `ch`."""
    parts = []
    label = []
    for one in (snd if isinstance(snd, list) else [snd]):
        parts.append(synthesize(_sound_of(one)))
        label.append(one if isinstance(one, int) else -1)
    _player.play(ch, join(parts), loop, label)
    lengths = []
    for one in (snd if isinstance(snd, list) else [snd]):
        lengths.append(seconds(_sound_of(one)))
    _playing[ch] = [lengths, frame_count, sec, loop]


def playm(msc: int, sec: float = 0, loop: bool = False) -> None:
    """Play music `msc`: each channel its list of sounds."""
    seqs = musics[msc].seqs
    for ch in range(min(len(seqs), NUM_CHANNELS)):
        if len(seqs[ch]) > 0:
            play(ch, seqs[ch], loop=loop)


def stop(ch: object = None) -> None:
    if ch is None:
        for c in range(NUM_CHANNELS):
            _player.stop(c)
            _playing[c] = None
    else:
        _player.stop(ch)
        _playing[ch] = None


def play_pos(ch: int) -> object:
    """(index of the sound in the list played, seconds into it) while channel `ch` plays, else
    None. Counted in the game's frames (frame_count / fps), not the audio clock: the same in
    every run of a plan."""
    entry = _playing[ch]
    if entry is None:
        return None
    return position(entry[0], frame_count - entry[1], _fps, entry[2], entry[3])


# Math --------------------------------------------------------------------------------------
def ceil(x: float) -> int:
    c = jsmath.floor(x)
    return c if c == x else c + 1


def floor(x: float) -> int:
    return jsmath.floor(x)


def clamp(x: float, lower: float, upper: float) -> float:
    if lower > upper:
        lower, upper = upper, lower
    return max(lower, min(x, upper))


def sgn(x: float) -> float:
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def sqrt(x: float) -> float:
    return jsmath.sqrt(x)


def sin(deg: float) -> float:
    return jsmath.sin(deg * jsmath.PI / 180)


def cos(deg: float) -> float:
    return jsmath.cos(deg * jsmath.PI / 180)


def atan2(y: float, x: float) -> float:
    return jsmath.atan2(y, x) * 180 / jsmath.PI


def rseed(seed: int) -> None:
    _rand.seed(seed)


def rndi(a: int, b: int) -> int:
    if a > b:
        a, b = b, a
    return _rand.between(a, b)


def rndf(a: float, b: float) -> float:
    if a > b:
        a, b = b, a
    return a + (b - a) * _rand.uniform()


def nseed(seed: int) -> None:
    _noise.seed(seed)


def noise(x: float, y: float = 0, z: float = 0) -> float:
    return _noise.noise(x, y, z)

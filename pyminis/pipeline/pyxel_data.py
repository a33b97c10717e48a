"""The files a Pyxel game loads, turned into data the game carries (CPython, build time).

A native game has no file system, so `pyxel.load("assets/x.pyxres")`, `images[0].load(0, 0,
"x.png")` and palette files cannot be read at run time. The build finds every string literal
of the game's Python naming such a file, reads it here, and inlines the result into game.js
as a prelude (`globalThis.pyminisPyxel`, read by pyminis/pyxel/_res.py); under CPython
(pyminis.headless, pytest) the same table is made from the same files, so both play the same
pixels. Paths resolve as Pyxel resolves them, from the folder of the script (src/), then
from the project folder.

`.pyxres` (Pyxel 2): a ZIP holding `pyxel_resource.toml` (format_version <= 4; rows with
trailing repeats dropped, expanded by repeating each row's last value), beside an optional
`NAME.pyxpal` palette (one hex colour a line). Pyxel 1's archive (`pyxel_resource/…`) is
refused with the fix: re-save it with Pyxel 2.
"""

from __future__ import annotations

import ast
import functools
import io
import json
import tomllib
import zipfile
from pathlib import Path
from typing import Any

from PIL import Image as PILImage

from pyminis import syntax
from pyminis.pipeline.pyxel_uses import pruned, pyxel_uses
from pyminis.errors import BuildError, ConfigError, Location

GLOBAL = "pyminisPyxel"
PRELUDE = "pyminis-pyxel.js"
SUFFIXES = (".png", ".pyxres", ".pyxpal")
RESOURCE_FORMAT_VERSION = 4
DEFAULT_COLORS = [0x000000, 0x2B335F, 0x7E2072, 0x19959C, 0x8B4852, 0x395C98, 0xA9C1FF,
                  0xEEEEEE, 0xD4186C, 0xD38441, 0xE9C35B, 0x70C6A9, 0x7696DE, 0xA3A3A3,
                  0xFF9798, 0xEDC7B0]
PAD_KEYS = {"dpad", "buttons"}
DPADS = ("arrows", "wasd")


def imports_pyxel(texts: list[str]) -> bool:
    for text in texts:
        try:
            tree = syntax.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "pyxel" for a in node.names):
                return True
            if isinstance(node, ast.ImportFrom) and node.module == "pyxel" and node.level == 0:
                return True
    return False


def named_files(texts: list[str]) -> list[str]:
    """String literals of the game's Python that name a file Pyxel loads."""
    found: set[str] = set()
    for text in texts:
        try:
            tree = syntax.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and node.value.lower().endswith(SUFFIXES) and "\n" not in node.value):
                found.add(_normalised(node.value))
    return sorted(found)


def _normalised(path: str) -> str:
    while path.startswith("./"):
        path = path[2:]
    return path


def _resolve(name: str, src_dir: Path, root: Path) -> Path | None:
    for base in (src_dir, root):
        path = base / name
        if path.is_file():
            return path
    return None


# Images ------------------------------------------------------------------------------------
def _nearest(rgb: tuple[int, int, int], colors: list[int]) -> int:
    best = 0
    best_distance = float("inf")
    for i, color in enumerate(colors):
        dr = rgb[0] - (color >> 16 & 255)
        dg = rgb[1] - (color >> 8 & 255)
        db = rgb[2] - (color & 255)
        distance = dr * dr + dg * dg + db * db
        if distance < best_distance:
            best, best_distance = i, distance
    return best


def png_rows(data: bytes, colors: list[int], where: str) -> list[str]:
    """An image file as Pyxel loads it: each pixel the nearest palette colour, rows of hex."""
    try:
        image = PILImage.open(io.BytesIO(data)).convert("RGB")
    except (OSError, ValueError) as error:
        raise BuildError(f"{where}: Pyxel cannot read this image ({error})",
                         hint="save it as an RGB or indexed PNG") from None
    table: dict[tuple[int, int, int], str] = {}
    width, height = image.size
    pixels = image.load()
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            rgb = pixels[x, y]
            if rgb not in table:
                table[rgb] = "%x" % _nearest(rgb, colors)
            row.append(table[rgb])
        rows.append("".join(row))
    return rows


# .pyxres ------------------------------------------------------------------------------------
def _expand(rows: list[list[int]], height: int, width: int) -> list[list[int]]:
    """Pyxel's expand_vec2: each row, then the list of rows, padded with its last value."""
    out = [row + [row[-1]] * (width - len(row)) for row in rows]
    return out + [out[-1]] * (height - len(out))


def _trim_hex(rows: list[str], empty: str) -> list[str]:
    """Drop trailing zero cells of each row and trailing empty rows (the loader pads)."""
    trimmed = []
    for row in rows:
        while row.endswith(empty):
            row = row[: -len(empty)]
        trimmed.append(row)
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    return trimmed


def _grid(item: dict[str, Any], where: str, per_cell: int) -> tuple[int, int, list[list[int]]]:
    try:
        width, height, data = int(item["width"]), int(item["height"]), item["data"]
        if width <= 0 or height <= 0 or not data or not all(data):
            raise ValueError
        return width, height, _expand(data, height, width * per_cell)
    except (KeyError, TypeError, ValueError, IndexError):
        raise BuildError(f"{where}: invalid resource data", hint="re-save it with Pyxel 2") from None


def pyxres_data(data: bytes, palette: bytes | None, where: str) -> dict[str, Any]:
    """A .pyxres file (and its .pyxpal) as the compact table the game's loader reads."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        if any(n.startswith("pyxel_resource/") for n in names):
            raise BuildError(f"{where}: a Pyxel 1 resource file",
                             hint="open it in Pyxel 2's editor (pyxel edit) and save it again")
        text = archive.read("pyxel_resource.toml").decode("utf-8")
        resource = tomllib.loads(text)
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise BuildError(f"{where}: not a Pyxel resource file",
                         hint="save it with Pyxel 2 (pyxel edit)") from None
    version = resource.get("format_version", 0)
    if not isinstance(version, int) or version > RESOURCE_FORMAT_VERSION:
        raise BuildError(f"{where}: resource format version {version} is newer than pyminis reads "
                         f"({RESOURCE_FORMAT_VERSION})", hint="save it with Pyxel 2.9")
    images = []
    for i, item in enumerate(resource.get("images", [])):
        width, height, grid = _grid(item, f"{where}: images[{i}]", 1)
        images.append({"width": width, "height": height, "rows": _trim_hex(
            ["".join("%x" % (v & 15) for v in row) for row in grid], "0")})
    tilemaps = []
    for i, item in enumerate(resource.get("tilemaps", [])):
        width, height, grid = _grid(item, f"{where}: tilemaps[{i}]", 2)
        rows = ["".join("%02x%02x" % (row[k] & 255, row[k + 1] & 255)
                        for k in range(0, 2 * width, 2)) for row in grid]
        tilemaps.append({"width": width, "height": height, "imgsrc": int(item.get("imgsrc", 0)),
                         "rows": _trim_hex(rows, "0000")})
    sounds = []
    for item in resource.get("sounds", []):
        sounds.append({key: [int(v) for v in item.get(key, [])]
                       for key in ("notes", "tones", "volumes", "effects")}
                      | {"speed": int(item.get("speed", 30))})
    musics = [[[int(v) for v in seq] for seq in item.get("seqs", [])]
              for item in resource.get("musics", [])]
    table: dict[str, Any] = {"images": images, "tilemaps": tilemaps, "sounds": sounds,
                             "musics": musics, "colors": None}
    if palette is not None:
        table["colors"] = palette_colors(palette, where)
    return table


def palette_colors(data: bytes, where: str) -> list[int]:
    colors = []
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if line.strip():
            try:
                colors.append(int(line.strip(), 16))
            except ValueError:
                raise BuildError(f"{where}:{number}: '{line.strip()}' is not a hex colour",
                                 hint="write one colour a line, like 2b335f") from None
    return colors or [0xFFFFFF]


# The pad -----------------------------------------------------------------------------------
def pad_settings(raw: dict[str, Any], config_name: str = "minigame.config.json") -> Any:
    """`pyminis.pyxel.pad`: {"dpad": "arrows"|"wasd"|null, "buttons": [key name or names…]}."""
    own = raw.get("pyminis", {})
    section = own.get("pyxel", {}) if isinstance(own, dict) else {}
    where = Location(config_name)
    example = '{"dpad": "arrows", "buttons": ["KEY_X", ["KEY_Z", "GAMEPAD1_BUTTON_A"]]}'
    if not isinstance(section, dict) or set(section) - {"pad"}:
        raise ConfigError(f"pyminis.pyxel is {json.dumps(section)}, but it must be an object "
                          'with "pad"', hint=f'write "pyxel": {{"pad": {example}}}', location=where)
    pad = section.get("pad")
    if pad is None:
        return None
    from pyminis.pyxel import _keys  # the names games use

    if not isinstance(pad, dict) or set(pad) - PAD_KEYS:
        raise ConfigError(f"pyminis.pyxel.pad is {json.dumps(pad)}, but it must be an object "
                          'with "dpad" and "buttons"', hint=f"write {example}", location=where)
    dpad = pad.get("dpad")
    if dpad is not None and dpad not in DPADS:
        raise ConfigError(f"pyminis.pyxel.pad.dpad is {json.dumps(dpad)}, but it must be "
                          '"arrows", "wasd" or null', hint=f"write {example}", location=where)
    buttons = []
    for i, button in enumerate(pad.get("buttons", [])):
        names = [button] if isinstance(button, str) else button
        if (not isinstance(names, list) or not names
                or not all(isinstance(n, str) and isinstance(getattr(_keys, n, None), int)
                           for n in names)):
            raise ConfigError(f"pyminis.pyxel.pad.buttons[{i}] is {json.dumps(button)}, but it "
                              "must be a Pyxel key name or a list of them",
                              hint='such as "KEY_SPACE" or ["KEY_Z", "GAMEPAD1_BUTTON_A"]',
                              location=where)
        buttons.append({"label": names[0].split("_")[-1][:3], "keys": [getattr(_keys, n) for n in names]})
    if len(buttons) > 4:
        raise ConfigError("pyminis.pyxel.pad has more than 4 buttons", hint="keep at most 4",
                          location=where)
    return {"dpad": dpad, "buttons": buttons}


# The table ---------------------------------------------------------------------------------
def game_table(texts: list[str], src_dir: Path, root: Path, raw_config: dict[str, Any],
               config_name: str = "minigame.config.json") -> dict[str, Any]:
    """{"images": {name: rows}, "resources": {name: data}, "palettes": {name: colors},
    "pad": settings}: everything a Pyxel game loads, keyed by the literal it names."""
    table: dict[str, Any] = {"images": {}, "resources": {}, "palettes": {},
                             "pad": pad_settings(raw_config, config_name)}
    uses = pyxel_uses(texts)  # banks the game cannot use ship empty (pyxel_uses.py)
    for name in named_files(texts):
        path = _resolve(name, src_dir, root)
        if path is None:
            continue  # a literal that is not a file: the game's load of it raises then
        where = path.relative_to(root).as_posix() if path.is_relative_to(root) else name
        data = path.read_bytes()
        lower = name.lower()
        if lower.endswith(".png"):
            table["images"][name] = png_rows(data, DEFAULT_COLORS, where)
        elif lower.endswith(".pyxpal"):
            table["palettes"][name] = palette_colors(data, where)
        else:
            palette_path = path.with_suffix(".pyxpal")
            palette = palette_path.read_bytes() if palette_path.is_file() else None
            table["resources"][name] = pruned(pyxres_data(data, palette, where), uses)
    return table


def prelude_text(table: dict[str, Any]) -> str:
    return f"globalThis.{GLOBAL} = " + json.dumps(table, sort_keys=True, separators=(",", ":")) + ";\n"


def pyxel_preludes(project: Any, stage_dir: Path, texts: list[str]) -> list[Path]:
    """The prelude carrying the game's Pyxel files (none for a game that does not import pyxel)."""
    if not imports_pyxel(texts):
        return []
    config_name = project.loaded.path.name if project.loaded.path else "minigame.config.json"
    table = game_table(texts, project.src_dir, project.root, project.loaded.raw, config_name)
    path = stage_dir / PRELUDE
    path.write_text(prelude_text(table), encoding="utf-8")
    return [path]


@functools.lru_cache(maxsize=8)
def _headless_table(root: str, stamp: tuple[Any, ...]) -> dict[str, Any]:
    from pyminis.project import load_project

    project = load_project(root)
    texts = [p.read_text(encoding="utf-8") for p in sorted(project.src_dir.rglob("*.py"))]
    return game_table(texts, project.src_dir, project.root, project.loaded.raw)


def headless_table() -> dict[str, Any]:
    """The table for the game pyminis.headless runs now (CPython)."""
    from pyminis import headless

    root = Path(headless.current().root).resolve()
    if not (root / "src").is_dir():
        return {"images": {}, "resources": {}, "palettes": {}, "pad": None}  # not a project
    files = sorted(p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES + (".py", ".json")
                   and ".pyminis" not in p.parts and p.is_file())
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in files)
    return _headless_table(str(root), stamp)

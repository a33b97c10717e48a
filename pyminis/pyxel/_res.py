# pyminis: compile-plain
"""Pyxel's image and tilemap banks, and the resource files the build turned into data.

A game has no file system natively, so the build reads the PNG, `.pyxres` and `.pyxpal`
files a game names (pyminis/pipeline/pyxel_data.py) and inlines them into game.js as
`globalThis.pyminisPyxel`; in CPython the same table is made from the files on demand.
"""

from pyminis.engine._js import IN_JS

# __pragma__ ('skip')
from typing import Any

def __pragma__(*args: Any) -> Any:
    raise RuntimeError("JavaScript only")
# __pragma__ ('noskip')

images = []  # pyxel.images: three 256x256 banks (filled by pyxel.init)
tilemaps = []  # pyxel.tilemaps: eight 256x256 tilemaps


class ResourceError(Exception):
    """A resource file the game names is not in the package."""


def is_number(x: "Any") -> bool:
    if IN_JS:
        return __pragma__("js", "{}", "typeof x === 'number'")
    return isinstance(x, int)


def image_of(img: "Any") -> "Any":
    """`img` as blt takes it: a bank number or an Image."""
    if is_number(img):
        return images[img]
    return img


def tilemap_of(tm: "Any") -> "Any":
    if is_number(tm):
        return tilemaps[tm]
    return tm


def normalised(path: str) -> str:
    while path.startswith("./"):
        path = path[2:]
    return path


def lookup(kind: str, path: str) -> "Any":
    """The build's data for resource `path` of `kind` ("images", "resources", "palettes"),
    or None when the game's package has none."""
    key = normalised(path)
    if IN_JS:
        return __pragma__("js", "{}", """(function (t) {
    return (t && t[kind] && Object.prototype.hasOwnProperty.call(t[kind], key)) ? t[kind][key] : null;
})(globalThis.pyminisPyxel)""")
    # __pragma__ ('skip')
    from pyminis.pipeline.pyxel_data import headless_table as table

    return table().get(kind, {}).get(key)
    # __pragma__ ('noskip')


def required(kind: str, path: str) -> "Any":
    found = lookup(kind, path)
    if found is None:
        raise ResourceError("Failed to open file '" + path + "': pyminis packs the files a game "
                            "names as string literals (beside the Python that loads them, or "
                            "from the project folder); write the path as a literal")
    return found


def image_rows(path: str) -> "Any":
    """A PNG as Pyxel loads it: rows of hex digits, each pixel its nearest palette colour."""
    return required("images", path)


def pad_settings() -> "Any":
    """The on-screen pad the author configured (pyminis.pyxel.pad), or None."""
    if IN_JS:
        return __pragma__("js", "{}", "(globalThis.pyminisPyxel && globalThis.pyminisPyxel.pad) || null")
    # __pragma__ ('skip')
    from pyminis.pipeline.pyxel_data import headless_table as table

    return table().get("pad")
    # __pragma__ ('noskip')

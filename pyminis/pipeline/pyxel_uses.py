"""Which image banks, tilemaps, sounds and musics of its resource files a Pyxel game can use.

A .pyxres file holds every bank (3 images of 256 x 256, 8 tilemaps, 64 sounds, 8 musics) and
the build packs them as data in the game: Pyxel's 16_transform example carried an image bank
it never draws (3 KB of its 42 KB). A bank is left out (shipped empty) only when the game's
Python names banks by constants alone: `blt(x, y, 0, …)`, `bltm(…, 0, …)` (and that tilemap's
`imgsrc`), `images[1]`, `play(0, [2, 3])`, `playm(0)` (and the sounds its channels list).
Any other use (a bank chosen at run time, the module passed around, `imgsrc` changed) keeps
every bank of that kind.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from pyminis import syntax

# Positional index of the bank argument of each call (after `pyxel.`), by kind.
BANK_ARGS = {"blt": ("images", 2), "bltm": ("tilemaps", 2), "play": ("sounds", 1),
             "playm": ("musics", 0)}
BANK_KEYWORDS = {"blt": "img", "bltm": "tm", "play": "snd", "playm": "msc"}
KINDS = ("images", "tilemaps", "sounds", "musics")


@dataclass
class Uses:
    used: dict[str, set[int]] = field(default_factory=lambda: {k: set() for k in KINDS})
    every: set[str] = field(default_factory=set)  # kinds used in ways not known at build time

    def mark(self, kind: str, value: ast.expr | None) -> None:
        numbers = _constants(value)
        if numbers is None:
            self.every.add(kind)
        else:
            self.used[kind] |= numbers


def _constants(node: ast.expr | None) -> set[int] | None:
    """The ints a constant or a list/tuple of constants names; None when not constant."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return {node.value}
    if isinstance(node, (ast.List, ast.Tuple)):
        found: set[int] = set()
        for element in node.elts:
            inner = _constants(element)
            if inner is None:
                return None
            found |= inner
        return found
    return None


def pyxel_uses(texts: list[str]) -> Uses:
    uses = Uses()
    for text in texts:
        try:
            tree = syntax.parse(text)
        except SyntaxError:
            uses.every.update(KINDS)
            continue
        _scan(tree, uses)
    return uses


def _scan(tree: ast.Module, uses: Uses) -> None:
    modules: set[str] = set()  # local names of the pyxel module
    names: dict[str, str] = {}  # local name → pyxel name (`from pyxel import blt as b`)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == "pyxel"}
        elif isinstance(node, ast.ImportFrom) and node.module == "pyxel" and node.level == 0:
            for alias in node.names:
                if alias.name == "*":
                    names.update({n: n for n in (*BANK_ARGS, *KINDS)})
                else:
                    names[alias.asname or alias.name] = alias.name
    if not modules and not names:
        return
    seen: set[int] = set()  # ids of nodes whose use is accounted for
    for node in ast.walk(tree):
        member = _member(node, modules, names)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
            seen.add(id(node.value))  # `pyxel.cls`: the module used for a member
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("play", "playm") and _member(node.func, modules, names) is None:
            uses.every.add("sounds")  # a channel's (or some object's) play: any sound
            uses.every.add("musics")
        if isinstance(node, ast.Call) and _called(node.func, modules, names) in BANK_ARGS:
            name = _called(node.func, modules, names)
            assert name is not None
            kind, index = BANK_ARGS[name]
            seen.add(id(node.func))
            if isinstance(node.func, ast.Attribute):
                seen.add(id(node.func.value))
            keyword = next((k.value for k in node.keywords if k.arg == BANK_KEYWORDS[name]), None)
            if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
                uses.every.add(kind)
            elif keyword is not None:
                uses.mark(kind, keyword)
            elif len(node.args) > index:
                uses.mark(kind, node.args[index])
        elif isinstance(node, ast.Subscript) and _member(node.value, modules, names) in KINDS:
            kind = _member(node.value, modules, names)
            assert kind is not None
            uses.mark(kind, node.slice)
            seen.add(id(node.value))
            if isinstance(node.value, ast.Attribute):
                seen.add(id(node.value.value))
        elif isinstance(node, ast.Attribute) and node.attr == "imgsrc" and not isinstance(node.ctx, ast.Load):
            uses.every.add("images")  # a tilemap drawn from another bank than its file says
        elif member in KINDS and id(node) not in seen:
            uses.every.add(member)  # `pyxel.images` as a whole (iterated, passed on)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in modules and id(node) not in seen \
                and not isinstance(node.ctx, ast.Store):
            uses.every.update(KINDS)  # the module itself handed on: anything may be used


def _called(func: ast.AST, modules: set[str], names: dict[str, str]) -> str | None:
    """The Pyxel function a call reaches: `pyxel.blt`, and `blt`/`bltm` of any Image
    (`pyxel.screen.blt(x, y, 1, …)` takes a bank at the same place)."""
    if isinstance(func, ast.Attribute) and func.attr in ("blt", "bltm"):
        return func.attr
    return _member(func, modules, names)


def _member(node: ast.AST, modules: set[str], names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
        return node.attr
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    return None


def pruned(resource: dict[str, Any], uses: Uses) -> dict[str, Any]:
    """The resource table with the banks the game cannot use left empty (same sizes)."""
    out = dict(resource)
    tilemaps = resource.get("tilemaps", [])
    musics = resource.get("musics", [])
    keep = {kind: set(range(len(resource.get(kind, [])))) if kind in uses.every else set(uses.used[kind])
            for kind in KINDS}
    for index in keep["tilemaps"]:
        if index < len(tilemaps):
            keep["images"].add(tilemaps[index].get("imgsrc", 0))
    for index in keep["musics"]:
        if index < len(musics):
            keep["sounds"] |= {s for seq in musics[index] for s in seq}
    if "images" in uses.every:
        keep["images"] = set(range(len(resource.get("images", []))))
    if "sounds" in uses.every:
        keep["sounds"] = set(range(len(resource.get("sounds", []))))
    out["images"] = [item if i in keep["images"] else {**item, "rows": []}
                     for i, item in enumerate(resource.get("images", []))]
    out["tilemaps"] = [item if i in keep["tilemaps"] else {**item, "rows": []}
                       for i, item in enumerate(tilemaps)]
    out["sounds"] = [item if i in keep["sounds"] else {"notes": [], "tones": [], "volumes": [],
                                                       "effects": [], "speed": item.get("speed", 30)}
                     for i, item in enumerate(resource.get("sounds", []))]
    out["musics"] = [item if i in keep["musics"] else [[] for _ in item] for i, item in enumerate(musics)]
    return out

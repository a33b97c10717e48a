"""native.js defines every required member of the platform interface (interface.js).

Checked where native.js really runs: in the emulator, against the native globals.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from pyminis.paths import runtime_js_dir
from pyminis.pipeline import build
from tests.native.conftest import ProjectMaker
from tests.support.emulator import run_native


def interface_members() -> tuple[set[str], set[str]]:
    """(required, optional) member names of the PyminisPlatform typedef."""
    text = (runtime_js_dir() / "platform" / "interface.js").read_text(encoding="utf-8")
    start = text.index("@typedef {Object} PyminisPlatform")
    block = text[start:text.index("*/", start)]
    required: set[str] = set()
    optional: set[str] = set()
    at = 0
    while (found := block.find("@property {", at)) >= 0:
        depth, i = 0, found + len("@property ")
        while True:  # the type may nest braces: skip to its closing one
            depth += {"{": 1, "}": -1}.get(block[i], 0)
            i += 1
            if depth == 0:
                break
        name = re.match(r"\s*(\[?)([\w$]+)\]?", block[i:])
        assert name is not None, block[found:found + 80]
        (optional if name.group(1) else required).add(name.group(2))
        at = i
    return required, optional


def test_the_interface_parses_into_members() -> None:
    required, optional = interface_members()
    assert {"createCanvas", "onTouchStart", "__step", "getStorageSync"} <= required
    assert "loadSubpackage" in optional and not required & optional


@pytest.mark.browser
def test_native_js_defines_every_required_member(page: Any, native_project: ProjectMaker) -> None:
    root = native_project('print(",".join(Object.getOwnPropertyNames(pyminisPlatform)))\n'
                          'print(pyminisPlatform.kind)\n')
    result = build(root, "native")
    with run_native(page, result.output_dir) as emu:
        assert emu.loaded_ok, emu.errors
        [keys, kind] = [text for _, text in emu.console]
    required, optional = interface_members()
    defined = set(keys.split(","))
    assert required - defined == set()
    assert defined - required - optional == set(), "members the interface does not document"
    assert kind == "native"

"""Build targets: what one compiled game becomes for each host.

- `h5`: index.html + minigame.config.json + minigame.manifest.json (platform-docs 000).
- `minis`: the same for TikTok Minis H5 apps, with minis.config.json and TTMinis.init (001).
- `native`: game.js + game.json + project.config.json for the native runtime.
"""

from __future__ import annotations

from pyminis.errors import UsageError
from pyminis.targets.base import EmitInput, Target
from pyminis.targets.h5 import H5_TARGET, MINIS_TARGET

_TARGETS: dict[str, Target] = {t.name: t for t in (H5_TARGET, MINIS_TARGET)}


def register(target: Target) -> None:
    _TARGETS[target.name] = target


def get_target(name: str) -> Target:
    if name == "native" and "native" not in _TARGETS:
        import importlib

        importlib.import_module("pyminis.targets.native")  # registers itself
    if name not in _TARGETS:
        raise UsageError(f"unknown target {name!r}",
                         hint=f"use one of: {', '.join(target_names())}")
    return _TARGETS[name]


def target_names() -> list[str]:
    return ["h5", "minis", "native"]


__all__ = ["EmitInput", "Target", "get_target", "register", "target_names"]

"""The asset settings under `pyminis.assets` in minigame.config.json (pure logic).

    "pyminis": {"assets": {"quantize": ["sprites/*.png"], "colors": 128}}

`quantize` is false (the default: every image stays pixel for pixel), true (every PNG), or a
list of glob patterns relative to assets/. Quantising is lossy, so it is opt-in.
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass
from typing import Any

from pyminis.errors import ConfigError, Location


@dataclass(frozen=True)
class AssetSettings:
    quantize: tuple[str, ...] = ()  # glob patterns of PNGs reduced to a palette; ("*",) = all
    colors: int = 256

    def quantizes(self, rel: str) -> bool:
        """Whether the image at `rel` (relative to assets/) is reduced to a palette."""
        return any(fnmatch.fnmatchcase(rel, pattern) for pattern in self.quantize)

    def key(self, rel: str) -> str:
        """What of these settings changes the output of `rel` (part of its cache key)."""
        return f"quantize={self.colors}" if self.quantizes(rel) else "lossless"


def _line_of(text: str, key: str) -> int | None:
    found = text.find(f'"{key}"', max(text.find('"assets"'), 0))
    return text.count("\n", 0, found) + 1 if found >= 0 else None


def _fail(config_name: str, text: str, key: str, value: Any, allowed: str) -> ConfigError:
    where = f"pyminis.assets.{key}"
    return ConfigError(f"{where} is {json.dumps(value)}, but it must be {allowed}",
                       hint=f'set "{where}" to {allowed}, or remove it to keep images lossless',
                       location=Location(config_name, _line_of(text, key)))


def parse_asset_settings(raw: dict[str, Any], config_name: str = "minigame.config.json",
                         text: str = "") -> AssetSettings:
    """The settings from a config's raw JSON (`text` is only used to find error lines)."""
    own = raw.get("pyminis", {})
    section = own.get("assets", {}) if isinstance(own, dict) else {}
    if not isinstance(section, dict):
        raise ConfigError(f"pyminis.assets is {json.dumps(section)}, but it must be an object",
                          hint='write "assets": {"quantize": false}',
                          location=Location(config_name, _line_of(text, "assets")))
    quantize = section.get("quantize", False)
    if quantize is True:
        patterns: tuple[str, ...] = ("*",)
    elif quantize is False:
        patterns = ()
    elif isinstance(quantize, list) and all(isinstance(p, str) and p for p in quantize):
        patterns = tuple(quantize)
    else:
        raise _fail(config_name, text, "quantize", quantize,
                    'true, false, or a list of patterns such as ["sprites/*.png"]')
    colors = section.get("colors", 256)
    if isinstance(colors, bool) or not isinstance(colors, int) or not 2 <= colors <= 256:
        raise _fail(config_name, text, "colors", colors, "a whole number from 2 to 256")
    return AssetSettings(patterns, colors)

"""minigame.manifest.json: the resource list the TikTok Minis service resolves (000 "build").

Pure: from the output's relative file paths to the manifest's bytes, sorted, deterministic.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

MANIFEST_NAME = "minigame.manifest.json"


def manifest_tree(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Nested `{type, name, children}` entries for POSIX relative paths, sorted by name."""
    root: dict[str, Any] = {}
    for path in paths:
        node = root
        *folders, name = path.split("/")
        for folder in folders:
            node = node.setdefault(folder, {})
            if node is None:
                raise ValueError(f"{path} is below a file")
        node[name] = None

    def entries(node: dict[str, Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for name in sorted(node):
            child = node[name]
            if child is None:
                out.append({"type": "file", "name": name})
            else:
                out.append({"type": "folder", "name": name, "children": entries(child)})
        return out

    return entries(root)


def render_manifest(paths: Iterable[str]) -> bytes:
    """The manifest for every path of the output except the manifest itself."""
    listed = sorted(p for p in paths if p != MANIFEST_NAME)
    data = {"name": MANIFEST_NAME, "resource_list": manifest_tree(listed)}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()

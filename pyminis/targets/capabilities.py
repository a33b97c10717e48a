"""The required-capabilities pre-check of `ttmg dev`, as a static analysis of the game's Python.

TikTok's tooling checks that a mini game implements silent login, a rewarded video ad, the
shortcut mission and the entrance mission (platform-docs/native-runtime.md). pyminis answers
the same question before building: which of those calls does the author's Python never make?

Pure: `find_uses(sources)` and `missing(sources)` take `(display path, text)` pairs and read no
disk; `game_sources` / `project_sources` read the files. The pack command reuses `missing` to refuse a
package that never calls login.

A call counts when its name appears as a loaded name or attribute anywhere in the game's code —
`tt.login()`, `await login()`, `engine.spawn(tt.login)`, or the platform's own
`TTMinis.game.login(...)` — so a game is never wrongly refused; names imported under another
name (`from pyminis.tt import login as sign_in`) count through their alias.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyminis import syntax
from pyminis.errors import Location
from pyminis.project import Project
from pyminis.project.sources import read_source


@dataclass(frozen=True)
class Capability:
    """One capability TikTok requires; every call of `calls` must appear in the game."""

    key: str
    title: str
    calls: tuple[tuple[str, str], ...]  # (pyminis.tt name, platform name) pairs

    def hint(self) -> str:
        names = " and ".join(f"tt.{python}()" for python, _ in self.calls)
        return f"call {names} (pyminis.tt)"


REQUIRED: tuple[Capability, ...] = (
    Capability("login", "silent login", (("login", "login"),)),
    Capability("rewarded_ad", "a rewarded video ad",
               (("create_rewarded_video_ad", "createRewardedVideoAd"),)),
    Capability("shortcut", "the add-to-home-screen mission",
               (("add_shortcut", "addShortcut"),
                ("get_shortcut_mission_reward", "getShortcutMissionReward"))),
    Capability("entrance", "the entrance (revisit) mission",
               (("start_entrance_mission", "startEntranceMission"),
                ("get_entrance_mission_reward", "getEntranceMissionReward"))),
)

_WANTED = {name for cap in REQUIRED for pair in cap.calls for name in pair}


@dataclass(frozen=True)
class Use:
    """Where a capability's call name first appears."""

    name: str
    location: Location


def _aliases(tree: ast.AST) -> dict[str, str]:
    """Local name → imported name, for `from … import login as sign_in`."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.asname and alias.name in _WANTED:
                    found[alias.asname] = alias.name
    return found


def find_uses(sources: Iterable[tuple[str, str]]) -> dict[str, Use]:
    """Every required call name the sources use, with its first location.

    Files that do not parse are skipped: the guard reports syntax errors with their lines.
    """
    uses: dict[str, Use] = {}
    for display, text in sources:
        try:
            tree = syntax.parse(text, filename=display)
        except SyntaxError:
            continue
        aliases = _aliases(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                name = node.attr
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                name = aliases.get(node.id, node.id)
            else:
                continue
            if name in _WANTED and name not in uses:
                uses[name] = Use(name, Location(display, node.lineno, node.col_offset + 1))
    return uses


def missing(sources: Iterable[tuple[str, str]]) -> list[Capability]:
    """The required capabilities whose calls do not all appear in the sources."""
    used = set(find_uses(sources))
    return [cap for cap in REQUIRED
            if not all(python in used or platform in used for python, platform in cap.calls)]


def warnings(sources: Iterable[tuple[str, str]], where: str = "src/main.py") -> list[str]:
    """One warning per missing capability (named at the entry file `where`): what TikTok
    checks and what to call."""
    return [f"{where}: the game never uses {cap.title}, which TikTok's pre-check requires; "
            f"{cap.hint()}" for cap in missing(sources)]


def game_sources(project_root: Path, code_dirs: Iterable[Path]) -> list[tuple[str, str]]:
    """The author's Python files under `code_dirs` as `(path shown to the author, text)`."""
    sources = []
    seen: set[Path] = set()
    for folder in code_dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.py")):
            if path in seen or any(p.startswith(".") or p in ("__pycache__", "__target__")
                                   for p in path.relative_to(folder).parts):
                continue
            seen.add(path)
            try:
                display = path.resolve().relative_to(project_root.resolve()).as_posix()
            except ValueError:
                display = path.as_posix()
            sources.append((display, read_source(path, display)))
    return sources


def project_sources(project: Project) -> list[tuple[str, str]]:
    """The game's own Python: src/ and every subpackage folder (not pyminis' packages)."""
    dirs = [project.src_dir] + [project.root / sub.root for sub in project.config.pyminis.subpackages]
    return game_sources(project.root, dirs)

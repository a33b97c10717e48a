"""Which Python line wrote a value: attribute writes during one frame, on the CPython side.

A draw call is made by the engine's draw path, so its stack names the engine; the line the
author needs is the one that last set the node's `text`, `x` or `color`. In the diagnosis
pass (a replay of the differing frame), every attribute write to a node or a scene, and to
the object owning a watched state value, is noted with the innermost line of the author's
code that made it.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from pyminis.engine._nodes import Node
from pyminis.engine._scene import Scene


@dataclass(frozen=True)
class Write:
    """One attribute write: the value written and where (author's line first)."""

    attribute: str
    value: str
    where: str  # "src/main.py:30 in on_tap"; "" when no line of the project made it
    stack: list[str]  # every frame, outermost first

    @property
    def shown_where(self) -> str:
        return self.where or (self.stack[-1] if self.stack else "?")


def author_line(stack: list[traceback.FrameSummary], root: Path) -> str:
    """The innermost frame in the project's own files (not pyminis, not the standard
    library), as `src/main.py:30 in on_tap`; "" when there is none."""
    resolved = root.resolve()
    for summary in reversed(stack):
        path = Path(summary.filename)
        try:
            relative = path.resolve().relative_to(resolved)
        except ValueError:
            continue
        return f"{relative.as_posix()}:{summary.lineno} in {summary.name}"
    return ""


# Frames of the machinery that plays the game, not of the game or the engine.
_MACHINERY = ("/pyminis/verify/", "/pyminis/headless/", "/runpy.py", "/contextlib.py")
# Where the game's own stack starts: its files, or the game-facing pyminis packages.
_GAME_SIDE = ("/pyminis/engine/", "/pyminis/tt/", "/pyminis/social/", "/pyminis/opendata/",
              "/pyminis/sdk/")


def describe_stack(stack: list[traceback.FrameSummary], root: Path,
                   src: Path | None = None) -> list[str]:
    """Each frame as `path:line in function`, project paths relative to the project: from the
    first frame of the game's sources (`src`, default the project) or the game-facing pyminis
    (what called verify, a CLI or a test, is left out), without verify's own machinery."""
    lines = []
    game = str((src or root).resolve())
    project = root.resolve()
    start = next((i for i, s in enumerate(stack)
                  if s.filename.startswith(game) or any(p in s.filename for p in _GAME_SIDE)), 0)
    for summary in stack[start:]:
        if any(part in summary.filename.replace("\\", "/") for part in _MACHINERY):
            continue
        path = Path(summary.filename)
        try:
            shown = path.resolve().relative_to(project).as_posix()
        except ValueError:
            shown = _short(summary.filename)
        lines.append(f"{shown}:{summary.lineno} in {summary.name}")
    return lines


def _short(filename: str) -> str:
    """pyminis' own files as `pyminis/engine/_draw.py`, others as they are."""
    marker = "/pyminis/"
    at = filename.rfind(marker)
    return filename[at + 1:] if at >= 0 else filename


class AttributeWatch:
    """Notes attribute writes to nodes, scenes and one more object while it runs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.writes: dict[int, list[Write]] = {}  # id(object) → its writes, in order
        self.kept: list[Any] = []  # the written objects, alive, so ids stay theirs
        self.patched: list[tuple[type, Any]] = []

    def start(self, extra_owner: Any = None) -> None:
        classes: list[type] = [Node, Scene]
        if extra_owner is not None and not isinstance(extra_owner, (Node, Scene)) and \
                type(extra_owner).__module__ not in ("builtins",):
            classes.append(type(extra_owner))
        for cls in classes:
            self._patch(cls)

    def _patch(self, cls: type) -> None:
        original = cls.__dict__.get("__setattr__")
        base_setattr: Callable[..., None] = cls.__setattr__
        watch = self

        def noting(obj: Any, name: str, value: Any) -> None:
            watch.note(obj, name, value)
            base_setattr(obj, name, value)

        setattr(cls, "__setattr__", noting)  # noqa: B010  (mypy refuses a method assignment)
        self.patched.append((cls, original))

    def note(self, obj: Any, name: str, value: Any) -> None:
        stack = traceback.extract_stack(sys._getframe(2))
        key = id(obj)
        if key not in self.writes:
            self.writes[key] = []
            self.kept.append(obj)
        shown = repr(value)
        self.writes[key].append(Write(name, shown if len(shown) < 80 else shown[:77] + "...",
                                      author_line(stack, self.root),
                                      describe_stack(stack, self.root)))

    def stop(self) -> None:
        for cls, original in reversed(self.patched):
            if original is None:
                delattr(cls, "__setattr__")
            else:
                setattr(cls, "__setattr__", original)  # noqa: B010
        self.patched = []

    def of(self, obj: Any) -> list[Write]:
        return list(self.writes.get(id(obj), []))

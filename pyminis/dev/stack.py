"""An uncaught JavaScript error of a dev build, told as a Python traceback.

The page reports the error's name, message and stack (V8's format); frames in the game's
bundle are mapped through its source map to the author's Python files and lines. Frames in
pyminis' own runtime are left out: the author did not write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyminis.dev.sourcemap import SourceMap
from pyminis.guard.facts import JS_ALIASES

PYTHON_NAMES = {js: python for python, js in JS_ALIASES.items()}

# "    at draw (http://127.0.0.1:3000/game/game.js:123:45)" or "    at http://…/game.js:1:2"
_FRAME = re.compile(r"^\s*at (?:(?P<function>.+?) \()?(?P<url>[^\s()]+):(?P<line>\d+):(?P<column>\d+)\)?\s*$")


@dataclass(frozen=True)
class Frame:
    path: str
    line: int
    function: str
    text: str | None


@dataclass(frozen=True)
class PythonTraceback:
    frames: list[Frame]  # outermost first, as Python prints them
    error: str  # "TypeError: Cannot read properties of undefined (reading 'x')"

    def __str__(self) -> str:
        lines = ["Traceback (most recent call last):"]
        for frame in self.frames:
            lines.append(f'  File "{frame.path}", line {frame.line}, in {frame.function}')
            if frame.text:
                lines.append(f"    {frame.text}")
        if not self.frames:
            lines.append("  (no frame of your Python in the stack)")
        lines.append(self.error)
        return "\n".join(lines)

    @property
    def where(self) -> str | None:
        """The innermost Python place, `src/main.py:12`, if any."""
        return f"{self.frames[-1].path}:{self.frames[-1].line}" if self.frames else None


def _own(path: str) -> bool:
    return not path.startswith("pyminis:")


def runtime_path(source: str) -> str:
    """A pyminis source of the bundle's map as a path: `pyminis:transcrypt/pyminis.engine.
    _draw.py` → `pyminis/engine/_draw.py`, `pyminis:native.js` → `native.js`."""
    name = source.removeprefix("pyminis:").removeprefix("transcrypt/")
    if name.endswith(".py") and "/" not in name:
        name = name[:-3].replace(".", "/") + ".py"
    return name


def python_traceback(name: str, message: str, stack: str, source_map: SourceMap,
                     bundle_name: str = "game.js", own_only: bool = True) -> PythonTraceback:
    """Map every frame of `stack` inside `bundle_name` to the author's Python (with
    `own_only` False, pyminis' own frames too, as `runtime_path` names them)."""
    frames = []
    for raw in stack.splitlines():
        match = _FRAME.match(raw)
        if not match or not match["url"].split("?")[0].endswith("/" + bundle_name):
            continue
        original = source_map.lookup(int(match["line"]), int(match["column"]))
        if original is None or (own_only and not _own(original.source)):
            continue
        function = (match["function"] or "<module>").removeprefix("async ").removeprefix("new ")
        # V8 names a method by the object it was defined on (`made.py_update`, `Object.f`);
        # Python by the def's own name (Transcrypt spells a JS reserved word `py_name`).
        function = PYTHON_NAMES.get(function := function.rsplit(".", 1)[-1], function)
        path = original.source if _own(original.source) else runtime_path(original.source)
        frames.append(Frame(path, original.line, function, original.text))
    frames.reverse()  # V8 lists the innermost frame first; Python prints it last
    error = f"{name}: {message}" if name and message else (name or message or "Error")
    return PythonTraceback(frames, error)

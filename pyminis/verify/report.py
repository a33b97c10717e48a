"""How `pyminis verify` tells a difference: the frame, both sides' call or value, and the
Python line behind it.

A draw call is made by the engine's draw path, so the stack at the call names the engine;
the line the author wants is the one that set what was drawn. The diagnosis pass gives both:
on the CPython side the node being drawn and every attribute write it had in that frame
(watch.py), with the author's line of each; on the compiled side the stack at the same call,
mapped through the dev build's source map to Python lines (and, for a state value, the stack
of each write to it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyminis.dev.sourcemap import SourceMap
from pyminis.dev.stack import python_traceback
from pyminis.project import Project
from pyminis.verify.compare import Difference
from pyminis.verify.job import FRAME_MS, Job, Recording
from pyminis.verify.watch import Write, author_line, describe_stack

CONTEXT_LINES = 3
NODE_FIELDS = ("text", "x", "y", "width", "height", "radius", "color", "alpha", "visible")


def number(value: float) -> str:
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


def shown(value: Any) -> str:
    """A recorded value as the report shows it."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dict):
        if set(value) == {"image"}:
            return f"image({value['image']!r})"
        if set(value) == {"canvas"}:
            return f"canvas {value['canvas']}"
        if set(value) == {"object"}:
            return f"<{value['object']}>"
        return json.dumps(value, sort_keys=True, default=str)
    if value is None:
        return "None"
    if isinstance(value, list):
        return "[" + ", ".join(shown(v) for v in value) + "]"
    return repr(value)


def show_entry(entry: Any) -> str:
    """One recorded entry as a line: `fillText('score: 3', 40, 80)`, `fillStyle = '#fff'`."""
    if entry is None:
        return "(nothing: this side made no more calls in this frame)"
    head = entry[0]
    if isinstance(head, int) and not isinstance(head, bool):
        prefix = "" if head == 0 else f"canvas {head}: "
        name = entry[1]
        if name.startswith("="):
            return f"{prefix}{name[1:]} = {shown(entry[2])}"
        return f"{prefix}{name}({', '.join(shown(a) for a in entry[2:])})"
    if head == "sdk":
        return f"SDK call {entry[1]}({json.dumps(entry[2], sort_keys=True, default=str)})"
    if head == "audio":
        if entry[2].startswith("="):
            return f"audio {entry[1]}: {entry[2][1:]} = {shown(entry[3])}"
        return f"audio {entry[1]}: {entry[2]}({', '.join(shown(a) for a in entry[3:])})"
    if head == "print":
        return f"print {entry[1]!r}"
    if head == "log":
        return f"console error {entry[1]!r}"
    if head == "error":
        return f"raised {entry[1]}: {entry[2]}"
    return repr(entry)


@dataclass
class Diagnosis:
    """What the diagnosis pass found behind a difference."""

    made_by: str | None = None  # the Python line to look at, `src/main.py:30 in on_tap`
    python_stack: list[str] = field(default_factory=list)
    python_node: str | None = None
    python_writes: list[Write] = field(default_factory=list)
    compiled_stack: list[str] = field(default_factory=list)
    compiled_writes: list[tuple[str, list[str]]] = field(default_factory=list)
    python_stack_own: str = ""  # the innermost project line of the CPython stack

    @classmethod
    def build(cls, project: Project, package: Path, difference: Difference, python: Recording,
              compiled: Recording) -> Diagnosis:
        found = cls()
        root = project.root
        source_map = _source_map(package)
        key = (difference.frame, difference.index if difference.index is not None else -1)
        captured_py = python.captured or {}
        captured_js = compiled.captured or {}
        watch = captured_py.get("watch")
        if difference.path is not None:
            owner = (python.captured or {}).get("owner")
            name = difference.path.rsplit(".", 1)[-1]
            if watch is not None and owner is not None:
                found.python_writes = [w for w in watch.of(owner) if w.attribute == name]
            for write in captured_js.get("writes", []):
                found.compiled_writes.append(
                    (write["value"], _mapped(write["stack"], source_map)))
        else:
            stack = python.errors.get(key) or captured_py.get("stack")
            if stack:
                found.python_stack = describe_stack(stack, root, project.src_dir)
                found.python_stack_own = author_line(stack, root)
            node = captured_py.get("node")
            if node is not None:
                found.python_node = _node(node)
                if watch is not None:
                    found.python_writes = watch.of(node)
            stack = compiled.errors.get(key) or captured_js.get("stack")
            if stack:
                found.compiled_stack = _mapped(stack, source_map)
        found.made_by = found._made_by(root, python, key)
        return found

    def _made_by(self, root: Path, python: Recording, key: tuple[int, int]) -> str | None:
        """The project's own line behind the difference: the last write of what was drawn,
        else the innermost project line of the stack (CPython's, then the compiled one)."""
        own = [w for w in self.python_writes if w.where]
        if own:
            return own[-1].where
        if key in python.errors and author_line(python.errors[key], root):
            return author_line(python.errors[key], root)
        if self.python_stack_own:
            return self.python_stack_own
        for line in reversed(self.compiled_stack):
            if not line.startswith("pyminis/"):
                return line
        return None


def _source_map(package: Path) -> SourceMap | None:
    path = package / "game.js.map"
    if not path.is_file():
        return None
    return SourceMap.from_json(path.read_text(encoding="utf-8"))


def _mapped(stack: str, source_map: SourceMap | None) -> list[str]:
    """A V8 stack's frames in the game's bundle as Python lines, outermost first."""
    if source_map is None:
        return []
    mapped = python_traceback("", "", stack, source_map, own_only=False)
    lines = []
    for frame in mapped.frames:
        if frame.path.endswith(".js"):
            continue  # pyminis' JavaScript (the platform backend, the runtime helpers)
        lines.append(f"{frame.path}:{frame.line} in {frame.function}")
    return lines


def _node(node: Any) -> str:
    fields = []
    for name in NODE_FIELDS:
        if name in getattr(node, "__dict__", {}):
            fields.append(f"{name}={getattr(node, name)!r}")
    return f"{type(node).__name__}({', '.join(fields)})"


def describe(project: Project, job: Job, plan: str, difference: Difference | None,
             diagnosis: Diagnosis | None, seconds: dict[str, float],
             python: Recording | None = None) -> str:
    name = project.root.name
    head = f"pyminis verify {name}: target {job.target}, plan {plan}, seed {job.seed}"
    times = ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items() if k != "total")
    if difference is None:
        calls = sum(len(f.entries) for f in python.frames) if python is not None else None
        counted = f" ({calls} recorded calls)" if calls is not None else ""
        return (f"{head}\nidentical: {job.frames} frames{counted} in {seconds.get('total', 0):.1f} s"
                f" ({times})")
    at = difference.frame * FRAME_MS / 1000
    lines = [head, f"DIFFERENT at frame {difference.frame} ({at:.2f} s of play)"]
    if difference.path is not None:
        lines.append(f"  state {difference.path!r} after the frame:")
        lines.append(f"    CPython:  {shown(difference.python)}")
        lines.append(f"    compiled: {shown(difference.compiled)}")
    else:
        lines.append(f"  call {difference.index} of the frame:")
        lines.append(f"    CPython:  {show_entry(difference.python)}")
        lines.append(f"    compiled: {show_entry(difference.compiled)}")
        if difference.before:
            lines.append(f"  the frame's calls before it are the same; the last "
                         f"{min(CONTEXT_LINES, len(difference.before))}:")
            lines += [f"    {show_entry(e)}" for e in difference.before[-CONTEXT_LINES:]]
    if diagnosis is not None:
        if diagnosis.made_by:
            lines.append(f"made by: {diagnosis.made_by}")
        if diagnosis.python_node:
            lines.append(f"  CPython was drawing {diagnosis.python_node}")
        if diagnosis.python_writes:
            lines.append("  CPython, what this frame wrote to it:")
            lines += [f"    {w.attribute} = {w.value}  at {w.shown_where}"
                      for w in diagnosis.python_writes[-8:]]
        if diagnosis.python_stack:
            lines.append("  CPython stack at the call:")
            lines += [f"    {line}" for line in diagnosis.python_stack[-6:]]
        if diagnosis.compiled_writes:
            lines.append("  compiled, the writes of this value in the frame:")
            for value, stack in diagnosis.compiled_writes[-4:]:
                lines.append(f"    = {value}  at {stack[-1] if stack else '?'}")
        if diagnosis.compiled_stack:
            lines.append("  compiled stack at the call (through game.js.map):")
            lines += [f"    {line}" for line in diagnosis.compiled_stack[-6:]]
    lines.append("what to do: the compiled game computed this differently from CPython. Look at "
                 "the line above: if it uses a construct docs/python-subset.md marks as refused "
                 "or differing, rewrite it as that row says; otherwise this is a pyminis bug: "
                 "report it with this output. See docs/verify.md.")
    lines.append(f"times: {times}")
    return "\n".join(lines)


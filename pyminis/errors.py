"""One error hierarchy. Every error says what is wrong, where, and how to fix it.

The CLI prints `str(error)` and exits with `error.exit_code`; nothing else catches these.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """A place in a file the author wrote: path (as shown to the author), 1-based line and column."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        text = self.path
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


@dataclass
class Problem:
    """One diagnosed problem: `path:line:col: CODE: message; hint`."""

    location: Location
    code: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.location}: {self.code}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


class PyminisError(Exception):
    """Base of every error pyminis reports to an author."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str = "", location: Location | None = None) -> None:
        self.message = message
        self.hint = hint
        self.location = location
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        return f"{text}\n  fix: {self.hint}" if self.hint else text


class UsageError(PyminisError):
    """The command was called wrongly (a missing project, an unknown target)."""

    exit_code = 2


class ConfigError(PyminisError):
    """minigame.config.json (or minis.config.json) does not validate."""

    exit_code = 2


class ToolchainError(PyminisError):
    """A tool pyminis drives (node, npm, the bundler) is missing or failed."""

    exit_code = 3


class ProblemsError(PyminisError):
    """Several located problems at once (lint, compile, scan); all of them are reported."""

    exit_code = 1

    def __init__(self, summary: str, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(summary)

    def __str__(self) -> str:
        lines = [str(p) for p in self.problems]
        lines.append(self.message)
        return "\n".join(lines)


class CompileError(ProblemsError):
    """Python that does not compile (syntax errors, Transcrypt failures), at its Python line."""


class BuildError(PyminisError):
    """A build step failed for a reason that is not a located problem (sizes, missing files)."""


def display_path(path: Path, root: Path) -> str:
    """A path as the author knows it: relative to the project root when inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def internal_error(error: BaseException) -> str:
    """An unexpected exception as one line for the author: a pyminis bug, not their mistake."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return (f"internal error (a pyminis bug): {type(error).__name__}"
            + (f": {detail}" if detail else "")
            + "\n  fix: please report it with the file that triggers it; "
              "set PYMINIS_DEBUG=1 to see the Python traceback")

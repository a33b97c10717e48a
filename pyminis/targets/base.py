"""The interface every build target implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from pyminis.compile.bundle import Bundle
from pyminis.project import Project


@dataclass(frozen=True)
class EmitInput:
    """Everything a target needs to lay out its package (pure data; no disk access needed)."""

    project: Project
    game: Bundle
    dev: bool
    assets: dict[str, bytes] = field(default_factory=dict)  # relative to the output root
    open_data: Bundle | None = None


class Target(Protocol):
    @property
    def name(self) -> str: ...

    def preludes(self, project: Project) -> tuple[str, ...]:
        """The runtime JavaScript (platform backend, shims) run before `project`'s game,
        relative to runtime_js/."""
        ...

    def check(self, project: Project, dev: bool) -> list[str]:
        """Raise a PyminisError if the project cannot be built for this target; return warnings."""
        ...

    def emit(self, given: EmitInput) -> dict[str, bytes]:
        """The package's files (relative POSIX path → bytes), before the scan and manifest."""
        ...

    def limits(self, files: dict[str, bytes], given: EmitInput) -> list[str]:
        """Raise if the package breaks a hard limit (release); return warnings."""
        ...


def config_bytes(project: Project, *preferred: str) -> bytes:
    """The project's config file synced byte for byte (the first present of `preferred`)."""
    for name in preferred:
        path = project.root / name
        if path.is_file():
            return path.read_bytes()
    return b"{}\n"



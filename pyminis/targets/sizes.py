"""Package size limits of the native runtime (platform-docs/native-runtime.md, "Sizes").

Main package (every file outside the subpackages) <= 4 MB, each subpackage <= 4 MB, the whole
project <= 30 MB before compression. TikTok's local debugging only warns; upload fails. So dev
builds warn and release builds fail, naming the biggest files so the author knows what to move.

The platform does not say whether a MB is 10^6 or 2^20 bytes: we count 10^6, the stricter one,
so a package that passes here passes there. Pure: works on the in-memory package.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyminis.errors import BuildError, Location

MB = 1_000_000
MAIN_LIMIT = 4 * MB
SUBPACKAGE_LIMIT = 4 * MB
TOTAL_LIMIT = 30 * MB
SHOWN = 5  # biggest files listed per over-limit part


@dataclass(frozen=True)
class Part:
    """One size-limited part of a package: the main package, a subpackage, or the total."""

    label: str
    limit: int
    files: dict[str, int]  # relative path → bytes

    @property
    def size(self) -> int:
        return sum(self.files.values())

    def biggest(self, count: int = SHOWN) -> list[tuple[str, int]]:
        return sorted(self.files.items(), key=lambda item: (-item[1], item[0]))[:count]


def megabytes(size: int) -> str:
    return f"{size / MB:.2f} MB"


def split_parts(files: dict[str, bytes], subpackage_roots: dict[str, str]) -> list[Part]:
    """The main package, each subpackage (name → root folder) and the total, with their files."""
    main: dict[str, int] = {}
    subs: dict[str, dict[str, int]] = {name: {} for name in subpackage_roots}
    for path, data in files.items():
        owner = next((name for name, root in subpackage_roots.items()
                      if path.startswith(root.rstrip("/") + "/")), None)
        (subs[owner] if owner is not None else main)[path] = len(data)
    parts = [Part("main package", MAIN_LIMIT, main)]
    parts += [Part(f"subpackage {name!r}", SUBPACKAGE_LIMIT, subs[name]) for name in subpackage_roots]
    parts.append(Part("whole package", TOTAL_LIMIT, {p: len(d) for p, d in files.items()}))
    return parts


def over_limit(parts: list[Part]) -> list[str]:
    """One line per part over its limit, with its biggest files."""
    lines = []
    for part in parts:
        if part.size <= part.limit:
            continue
        biggest = ", ".join(f"{path} ({megabytes(size)})" for path, size in part.biggest())
        lines.append(f"the {part.label} is {megabytes(part.size)}, over the native runtime's "
                     f"{megabytes(part.limit)} limit; biggest files: {biggest}")
    return lines


def check_sizes(files: dict[str, bytes], subpackage_roots: dict[str, str], *, dev: bool,
                config_name: str = "minigame.config.json") -> list[str]:
    """Warnings in dev builds; in release builds raise BuildError listing every part over."""
    lines = over_limit(split_parts(files, subpackage_roots))
    if not lines or dev:
        return lines
    raise BuildError(
        "the package is too big for the native runtime:\n  " + "\n  ".join(lines),
        hint="move big assets into a subpackage (pyminis.subpackages in "
             f"{config_name}, loaded later with game.load_subpackage(name)), or compress them",
        location=Location(config_name),
    )

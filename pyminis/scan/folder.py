"""`pyminis scan PATH`: read a folder (a built package or any folder) and scan it.

The only part of the scan that touches the disk; `scan_path` is what the CLI and tests call.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyminis.errors import UsageError
from pyminis.project.config import CONFIG_NAMES, Config, parse_config, read_config_text
from pyminis.scan.findings import Report
from pyminis.scan.package import scan_files
from pyminis.scan.policy import policy_for

TARGETS = ("h5", "native")


@dataclass(frozen=True)
class FolderScan:
    report: Report
    target: str
    config_path: Path | None  # the config whose trusted domains and allowances applied


def read_folder(root: Path) -> dict[str, bytes]:
    """Every file under `root` (hidden folders such as .git skipped), by relative POSIX path."""
    if root.is_file():
        return {root.name: root.read_bytes()}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not any(part.startswith(".")
                                       for part in p.relative_to(root).parent.parts)}


def find_config(root: Path) -> Path | None:
    """The config inside the folder (the h5 package ships it) or beside it (the project)."""
    folder = root if root.is_dir() else root.parent
    for place in (folder, folder.parent):
        for name in CONFIG_NAMES:
            if (place / name).is_file():
                return place / name
    return None


def guess_target(files: dict[str, bytes]) -> str:
    """`native` when the folder holds a native package (game.json), else `h5`."""
    return "native" if "game.json" in files else "h5"


def scan_path(path: Path | str, config: Path | str | None = None,
              target: str | None = None) -> FolderScan:
    """Scan every file under `path` with the trusted domains and allowances of its config."""
    root = Path(path)
    if not root.exists():
        raise UsageError(f"{path} does not exist", hint="pass a built package folder or a file")
    if target is not None and target not in TARGETS:
        raise UsageError(f"unknown target {target!r} for the scan", hint="use h5 or native")
    config_path = Path(config) if config is not None else find_config(root)
    if config_path is not None and not config_path.is_file():
        raise UsageError(f"{config_path} does not exist", hint="pass the project's minigame.config.json")
    loaded = (parse_config(read_config_text(config_path), config_path.name).config
              if config_path is not None else Config())
    files = read_folder(root)
    chosen = target or guess_target(files)
    report = scan_files(files, policy_for(loaded, chosen))
    return FolderScan(report, chosen, config_path)


__all__ = ["FolderScan", "find_config", "guess_target", "read_folder", "scan_path"]

"""`pyminis pack`: a release build, the upload checks, then a deterministic ZIP.

The steps report themselves through `on_step`, so the CLI can show progress while tests call
`pack()` directly. Nothing is written unless every check passed: then the release build's
folder is replaced atomically, and the ZIP by a rename.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pyminis.assets import AssetResult, project_assets
from pyminis.output.atomic import write_tree
from pyminis.pack import checks
from pyminis.pack.archive import zip_bytes
from pyminis.pipeline import build_files
from pyminis.project import load_project
from pyminis.project.lock import project_lock
from pyminis.project.outputs import checked_path, remember
from pyminis.targets import get_target
from pyminis.targets import capabilities

STEPS = ("release build", "upload checks", "zip")


@dataclass
class PackResult:
    target: str
    zip_path: Path
    sha256: str
    zip_size: int
    files: dict[str, bytes]  # the package, as zipped
    output_dir: Path  # the release build's folder
    assets: AssetResult
    icons_dir: Path | None  # app icons for the portal, when the project has icon.png
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def default_zip_path(output_dir: Path) -> Path:
    """`dist-native/` → `dist-native.zip`, beside the folder it packs."""
    return output_dir.with_name(output_dir.name + ".zip")


def _write_atomically(path: Path, data: bytes) -> None:
    """Write `path` by a rename: a kill leaves the previous file (and one fixed-name
    temporary file, which the next pack replaces)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.pyminis-new")
    try:
        tmp.unlink(missing_ok=True)
        with open(tmp, "xb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def pack(path: Path | str = ".", target: str = "native", out: Path | None = None,
         on_step: Callable[[str], None] | None = None,
         say: Callable[[str], None] | None = None) -> PackResult:
    """Build `path` for `target` in release mode, check it as the upload would, zip it.

    Every place it writes is checked first (pyminis/project/outputs.py): the release build's
    folder, the ZIP (`out` may be outside the project, but never replaces a file pyminis did
    not make) and the icons folder beside it."""
    started = time.perf_counter()
    step = on_step or (lambda name: None)
    project = load_project(path)
    get_target(target)
    config_name = project.loaded.path.name if project.loaded.path else "minigame.config.json"
    with project_lock(project.root, say):
        output_dir = project.output_dir(target)
        zip_path = checked_path(project, (out or default_zip_path(output_dir)).resolve(),
                                "--out", is_file=True)
        icons_dir = checked_path(project, zip_path.with_name(zip_path.stem + "-icons"),
                                 "the icons folder", is_file=False)

        step(STEPS[0])
        # The release build runs the restriction scan: forbidden APIs and zero-byte files stop here.
        files, warnings = build_files(project, target, dev=False)
        assets = project_assets(project)  # cached: a hash per asset, for the report and icons

        step(STEPS[1])
        checks.refuse(
            checks.missing_config(files, target)
            + checks.missing_login(capabilities.project_sources(project),
                                   project.config.pyminis.entry))

        step(STEPS[2])
        data = zip_bytes(files)
        warnings += checks.zip_size(len(data), project.config.pyminis.warn_zip_mb, config_name)
        warnings += checks.placeholder_key(project.config.client_key, config_name)
        write_tree(output_dir, files)
        remember(project, output_dir)
        _write_atomically(zip_path, data)
        remember(project, zip_path)
        if assets.icons:
            write_tree(icons_dir, assets.icons)
            remember(project, icons_dir)
        else:
            icons_dir = None
    return PackResult(target, zip_path, hashlib.sha256(data).hexdigest(), len(data), files,
                      output_dir, assets, icons_dir, warnings,
                      time.perf_counter() - started)

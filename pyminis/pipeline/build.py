"""`pyminis build`: one project, one target, one output folder replaced atomically."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pyminis import guard
from pyminis.assets import AssetResult, project_assets
from pyminis.compile.bundle import Bundle, bundle, write_entry
from pyminis.compile.python import (
    Incremental, collect_modules, compile_python, compile_python_incremental, pyminis_modules,
)
from pyminis.errors import BuildError
from pyminis.output.atomic import write_tree
from pyminis.paths import runtime_js_dir
from pyminis.pipeline.atlases import atlas_preludes
from pyminis.pipeline.pyxel_data import pyxel_preludes
from pyminis.pipeline.exposure import check_python, refuse_secrets
from pyminis.pipeline.open_data import OUT_DIR as OPEN_DATA_OUT
from pyminis.pipeline.open_data import compile_open_data
from pyminis.pipeline.subpackages import outside_links, subpackage_files
from pyminis.project import Project, load_project
from pyminis.project.files import Walk
from pyminis.project.lock import project_lock
from pyminis.project.outputs import remember
from pyminis.scan.gate import check_package
from pyminis.targets import EmitInput, Target, get_target


@dataclass
class BuildResult:
    target: str
    output_dir: Path
    files: dict[str, bytes]
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def preludes(target: Target, project: Project) -> list[Path]:
    paths = [runtime_js_dir() / rel for rel in target.preludes(project)]
    for path in paths:
        if not path.is_file():
            raise BuildError(f"runtime file {path} is missing", hint="reinstall pyminis")
    return paths


def compile_game(project: Project, target: Target, dev: bool,
                 incremental: Incremental | None = None) -> Bundle:
    """The game's Python as one classic script for `target`.

    With `incremental` (kept by `pyminis dev` between builds: a warm Transcrypt, the guard's
    answers per module), only modules that changed since the last such build are recompiled,
    in a stage folder of their own.
    """
    modules = collect_modules(project.src_dir, project.root) + pyminis_modules()
    if incremental is None:
        stage_dir = project.work_dir / "stage" / target.name
        compiled = compile_python(modules, project.entry_module, stage_dir)
    else:
        stage_dir = project.work_dir / "stage" / f"{target.name}-incremental"
        compiled = compile_python_incremental(modules, project.entry_module, stage_dir, incremental)
    texts = [m.text for m in modules if not m.trusted]
    entry = write_entry(stage_dir, preludes(target, project) + atlas_preludes(project, stage_dir)
                        + pyxel_preludes(project, stage_dir, texts), compiled.entry_js)
    return bundle(entry, dev=dev, displays=compiled.displays, target_dir=compiled.target_dir)


def read_assets(project: Project) -> dict[str, bytes]:
    """assets/ through the asset stage (optimised, atlases packed), cached by content hash."""
    return project_assets(project, icons=False).files


def _links_out(project: Project, assets: AssetResult, serving: bool) -> list[str]:
    """Files that are links out of the project: refused, or (`serving`: pyminis dev) left out
    of the package, so the server answers 404 for them, with a warning each."""
    walk = Walk(outside=assets.outside + outside_links(project))
    if not serving:
        walk.refuse_outside(project.root)
    return walk.warnings(project.root)


def _game_modules(project: Project) -> list[guard.Module]:
    """The author's Python: src/, the open data folder and the subpackages."""
    folders = [project.src_dir, project.open_data_dir]
    folders += [project.root / sub.root for sub in project.config.pyminis.subpackages]
    seen: dict[str, guard.Module] = {}
    for folder in folders:
        if folder.is_dir():
            for module in collect_modules(folder, project.root):
                seen.setdefault(module.display, module)
    return list(seen.values())


def build_files(project: Project, target_name: str, dev: bool,
                incremental: Incremental | None = None,
                scan: bool = True, serving: bool = False) -> tuple[dict[str, bytes], list[str]]:
    """Every file of the package, in memory; raises on any error before anything is written.

    `scan=False` leaves the restriction scan to the caller (`pyminis dev` serves the new build
    first and scans it right after; nothing is written to disk there). `serving`: for the dev
    server, which leaves links out of the project unserved instead of refusing the build.
    """
    target = get_target(target_name)
    warnings = list(project.loaded.warnings)
    warnings += target.check(project, dev)
    asset_stage = project_assets(project, icons=False)
    warnings += _links_out(project, asset_stage, serving)
    warnings += check_python(project, _game_modules(project))
    game = compile_game(project, target, dev, incremental)
    subpackages = subpackage_files(project, target.name, dev)
    # The author's files that ship as they are (not what pyminis generated from Python).
    refuse_secrets({**asset_stage.files,
                    **{path: data for path, data in subpackages.items()
                       if not path.endswith(("/game.js", "/game.js.map"))}})
    assets = {**asset_stage.files, **subpackages}
    open_data = compile_open_data(project, target.name, dev)  # open_data/main.py, if any
    given = EmitInput(project=project, game=game, dev=dev, assets=assets, open_data=open_data)
    files = target.emit(given)
    warnings += target.limits(files, given)
    # The restriction scan, before anything is written; the maps name the Python lines.
    maps = {"game.js": game.source_map}
    if open_data is not None:
        maps[f"{OPEN_DATA_OUT}/index.js"] = open_data.source_map
    if scan:
        warnings += check_package(project, target.name, dev, files, maps)
    return files, warnings


def build(path: Path | str = ".", target: str = "h5", dev: bool = False,
          say: Callable[[str], None] | None = None) -> BuildResult:
    """Build the project at `path`; the output folder changes only if everything succeeded.

    One build of a project at a time (`say` tells that this one waits for another); the output
    folder is checked before anything is built (pyminis/project/outputs.py)."""
    started = time.perf_counter()
    project = load_project(path)
    get_target(target)  # an unknown target is a usage error before anything else
    with project_lock(project.root, say):
        output = project.output_dir(target)
        files, warnings = build_files(project, target, dev)
        write_tree(output, files)
        remember(project, output)
    return BuildResult(target, output, files, warnings, time.perf_counter() - started)

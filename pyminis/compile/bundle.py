"""Bundle Transcrypt's ES modules and the runtime JavaScript into one classic script.

esbuild: a real bundler that tree-shakes Transcrypt's runtime and emits a self-contained IIFE,
the one form that both the H5 page and the native runtime's `game.js` can load; `prune.py`
removes the runtime's members that tree-shaking must keep and nothing uses.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pyminis.compile import toolchain
from pyminis.compile.prune import prune
from pyminis.errors import BuildError

# Old enough for every client TikTok still serves, new enough for async/await untranspiled.
JS_TARGET = "es2017"


@dataclass(frozen=True)
class Bundle:
    code: bytes  # no sourceMappingURL comment: the target decides whether the map ships
    source_map: bytes  # always made (the scan maps findings to Python lines); shipped in dev


def write_entry(stage_dir: Path, preludes: list[Path], main_js: Path, name: str = "entry.js") -> Path:
    """A tiny ES module that runs the runtime preludes, then the game (import order = run order)."""
    lines = [f"import {json.dumps(_rel(p, stage_dir))};" for p in preludes]
    lines.append(f"import {json.dumps(_rel(main_js, stage_dir))};")
    entry = stage_dir / name
    entry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entry


def _rel(path: Path, start: Path) -> str:
    rel = os.path.relpath(path, start).replace(os.sep, "/")
    return rel if rel.startswith(".") else "./" + rel


def bundle(entry: Path, *, dev: bool, displays: dict[str, str], target_dir: Path,
           out_name: str = "game.js", defines: dict[str, str] | None = None) -> Bundle:
    """Run esbuild on `entry`; map source-map paths back to the author's files.

    First one scope-hoisted, unminified module, from which `prune` blanks the runtime members
    nothing names; then that module as the IIFE that ships. The second step reads the first
    one's source map (named by the module's last line), so it still points at the Python."""
    out_dir = entry.parent / "__bundle__"
    scoped = out_dir / (out_name.removesuffix(".js") + ".scoped.mjs")
    _esbuild(entry, scoped, ["--format=esm"]
             + [f"--define:{key}={value}" for key, value in sorted((defines or {}).items())])
    pruned = scoped.with_suffix(".pruned.mjs")  # same lines as `scoped`: its map stays true
    pruned.write_text(prune(scoped.read_text(encoding="utf-8")).code, encoding="utf-8")
    out_file = out_dir / out_name
    _esbuild(pruned, out_file, [
        "--format=iife",
        # Transcrypt's ES modules are strict; an IIFE is not unless told. In sloppy mode
        # `arguments` aliases the parameters and -k keyword arguments are silently lost.
        '--banner:js="use strict";',
    ] + ([] if dev else ["--minify"]), sourcemap="external")
    code = out_file.read_bytes()
    source_map = _author_paths(out_file.with_name(out_name + ".map"), target_dir, displays)
    return Bundle(code, source_map)


def _esbuild(source: Path, out_file: Path, options: list[str], sourcemap: str = "linked") -> None:
    args = [
        toolchain.esbuild(), str(source), "--bundle", f"--outfile={out_file}",
        f"--target={JS_TARGET}", "--charset=utf8", "--legal-comments=none", "--log-level=error",
        f"--sourcemap={sourcemap}", "--allow-overwrite", *options,
    ]
    done = subprocess.run(args, capture_output=True, text=True, cwd=source.parent)
    if done.returncode != 0:
        raise BuildError(f"the bundler failed: {done.stderr.strip()[-1500:]}",
                         hint="this is a pyminis bug if your Python compiled; please report it")


def _author_paths(map_file: Path, target_dir: Path, displays: dict[str, str]) -> bytes:
    """Rewrite a source map's `sources` from staged files to the author's paths."""
    data = json.loads(map_file.read_text(encoding="utf-8"))
    sources = []
    for source in data.get("sources", []):
        absolute = (map_file.parent / source).resolve()
        try:
            staged = absolute.relative_to(target_dir.resolve()).as_posix()
        except ValueError:
            staged = None
        if staged is not None and staged in displays:
            sources.append(displays[staged])
        elif staged is not None:
            sources.append("pyminis:transcrypt/" + staged)
        else:
            sources.append("pyminis:" + absolute.name)
    data["sources"] = sources
    return (json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n").encode()

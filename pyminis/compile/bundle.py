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

    esbuild bundles one unminified, scope-hoisted file, then `prune` blanks the runtime members
    nothing names (the lines stay, so esbuild's source map stays true). A dev build ships that
    file (bundled as the IIFE at once); a release build bundles it again as a minified IIFE
    (from a module, so esbuild minifies across the whole scope), reading its map back in: the
    result still points at the Python."""
    out_dir = entry.parent / "__bundle__"
    stem = out_name.removesuffix(".js")
    # Transcrypt's ES modules are strict; an IIFE is not unless told. In sloppy mode
    # `arguments` aliases the parameters and -k keyword arguments are silently lost.
    iife = ["--bundle", "--format=iife", '--banner:js="use strict";']
    scoped = out_dir / (f"{stem}.scoped.js" if dev else f"{stem}.scoped.mjs")
    _esbuild([str(entry), f"--outfile={scoped}", "--sourcemap",
              *(iife if dev else ["--bundle", "--format=esm"]),
              *[f"--define:{key}={value}" for key, value in sorted((defines or {}).items())]],
             entry.parent)
    pruned = scoped.with_name(scoped.name.replace(".scoped.", ".pruned."))
    pruned.write_text(prune(scoped.read_text(encoding="utf-8")).code, encoding="utf-8")
    if dev:
        code = pruned.read_bytes()
        code = code[:code.rindex(b"//# sourceMappingURL=")]  # the target decides what ships
        map_file = scoped.with_name(scoped.name + ".map")
    else:
        map_file = out_dir / (out_name + ".map")
        _esbuild([str(pruned), *iife, "--minify", f"--outfile={out_dir / out_name}",
                  "--sourcemap=external"], out_dir)
        code = (out_dir / out_name).read_bytes()
    return Bundle(code, _author_paths(map_file, target_dir, displays, out_name))


def _esbuild(args: list[str], cwd: Path) -> None:
    done = subprocess.run([toolchain.esbuild(), *args, f"--target={JS_TARGET}", "--charset=utf8",
                           "--legal-comments=none", "--log-level=error", "--allow-overwrite"],
                          capture_output=True, text=True, cwd=cwd, check=False)
    if done.returncode != 0:
        raise BuildError(f"the bundler failed: {done.stderr.strip()[-1500:]}",
                         hint="this is a pyminis bug if your Python compiled; please report it")


def _author_paths(map_file: Path, target_dir: Path, displays: dict[str, str],
                  out_name: str) -> bytes:
    """Rewrite a source map's `sources` from staged files to the author's paths."""
    data = json.loads(map_file.read_text(encoding="utf-8"))
    data["file"] = out_name
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

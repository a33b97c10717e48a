"""`pyminis run FILE.py`: one standalone script through the guard, Transcrypt, esbuild and the
runtime prune, run under node. Authors use it to check logic; the differential tests use
`compile_scripts` to compile many scripts with one Transcrypt process.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pyminis import guard
from pyminis.compile import toolchain
from pyminis.compile.bundle import JS_TARGET, write_entry
from pyminis.compile.prune import prune
from pyminis.compile.python import Compiled, compile_entries, pyminis_modules
from pyminis.errors import BuildError, CompileError, UsageError
from pyminis.paths import runtime_js_dir
from pyminis.pipeline.script_imports import own_modules
from pyminis.project.sources import read_source

NODE_PRELUDE = "python/node_run.js"


@dataclass(frozen=True)
class Script:
    """A compiled script: the bundle to run, or the problems that refused it."""

    path: Path
    bundle: Path | None
    error: CompileError | None = None


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str


def module_name(path: Path, index: int) -> str:
    """A module name for a script file that never clashes with pyminis' own modules."""
    stem = re.sub(r"\W", "_", path.stem)
    return f"script_{index}_{stem}"


def compile_scripts(paths: list[Path], work_dir: Path) -> list[Script]:
    """Lint, compile and bundle each script as its own program (one Transcrypt process), with
    the modules and packages of its folder it imports (script_imports.py)."""
    modules = []
    for index, path in enumerate(paths):
        if path.is_dir():
            raise UsageError(f"{path} is a folder", hint="give the path of a .py file")
        if not path.is_file():
            raise UsageError(f"{path} does not exist", hint="give the path of a .py file")
        text = read_source(path, path.as_posix())
        modules.append(guard.Module(module_name(path, index), path.as_posix(), text))
    own: dict[str, list[guard.Module]] = {
        module.name: own_modules(path, module.text, frozenset({path.stem}))
        for path, module in zip(paths, modules)}
    shared = _shared_modules(own)
    refused: dict[str, CompileError] = {}
    for module in modules:
        problems = guard.check([module, *own[module.name]])
        if problems:
            refused[module.name] = CompileError(f"{len(problems)} problem(s) in {module.display}", problems)
    wanted = [m for m in modules if m.name not in refused]
    helpers = [m for m in shared if any(m in own[w.name] for w in wanted)]
    # The standard modules count: pyminis.pyxel, staged for `import pyxel`, imports the engine.
    program = wanted + helpers
    needs_pyminis = any(re.search(r"^\s*(from|import)\s+pyminis\b", m.text, re.MULTILINE)
                        for m in program + guard.standard_modules(program))
    extra = pyminis_modules() if needs_pyminis else []
    stage_dir = work_dir / "stage"
    compiled = (compile_entries(wanted + helpers + extra, [m.name for m in wanted], stage_dir)
                if wanted else {})
    preludes = [runtime_js_dir() / NODE_PRELUDE]
    if compiled:
        preludes.append(_node_streams(stage_dir))
    entries: dict[str, Path] = {}
    for module in modules:
        result = compiled.get(module.name)
        if isinstance(result, Compiled):
            entries[module.name] = write_entry(stage_dir, preludes, result.entry_js,
                                               name=f"run_{module.name}.js")
    _bundle_all(entries, work_dir)
    scripts = []
    for path, module in zip(paths, modules):
        result = refused.get(module.name) or compiled[module.name]
        if isinstance(result, CompileError):
            scripts.append(Script(path, None, result))
        else:
            scripts.append(Script(path, work_dir / f"{module.name}.js"))
    return scripts


def _node_streams(stage_dir: Path) -> Path:
    """A prelude module making print() and sys.stdout/stderr write to node's streams as they are
    written (in a game they write whole lines to the console), so a script's output is CPython's
    byte for byte: text without a newline, flush=True, the last line at exit."""
    path = stage_dir / "run_node_streams.js"
    path.write_text('import {__Terminal__} from "./__target__/org.transcrypt.__runtime__.js";\n'
                    "__Terminal__.direct = function (text) {\n"
                    "    (this.sink === 'error' ? process.stderr : process.stdout).write(text);\n"
                    "};\n", encoding="utf-8")
    return path


def _shared_modules(own: dict[str, list[guard.Module]]) -> list[guard.Module]:
    """The scripts' own modules, once each; two scripts importing different files under one
    module name cannot share a compile."""
    by_name: dict[str, guard.Module] = {}
    for modules in own.values():
        for module in modules:
            seen = by_name.setdefault(module.name, module)
            if seen.display != module.display:
                raise UsageError(f"{seen.display} and {module.display} are both module "
                                 f"{module.name!r}", hint="run these scripts one at a time")
    return list(by_name.values())


def _bundle_all(entries: dict[str, Path], out_dir: Path) -> None:
    """One esbuild run for every entry (the game's bundle options; no source map needed), each
    bundle then pruned as every build's is (compile/bundle.py): scripts run what games ship."""
    if not entries:
        return
    args = [toolchain.esbuild(), "--bundle", f"--outdir={out_dir}", "--format=iife",
            f"--target={JS_TARGET}", "--charset=utf8", "--legal-comments=none", "--log-level=error",
            # Strict as the game's bundle (compile/bundle.py): sloppy `arguments` loses keywords.
            '--banner:js="use strict";']
    args += [f"{name}={entry}" for name, entry in entries.items()]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(f"the bundler failed: {done.stderr.strip()[-1500:]}",
                         hint="this is a pyminis bug if your Python compiled; please report it")
    for name in entries:
        bundle_js = out_dir / f"{name}.js"
        bundle_js.write_text(prune(bundle_js.read_text(encoding="utf-8")).code, encoding="utf-8")


def run_bundle(bundle_js: Path, timeout: float = 60, argv: list[str] | None = None) -> Ran:
    """Run a compiled script under node; its output and exit status. `argv` is the script's
    `sys.argv` (the script's path, then its arguments)."""
    done = subprocess.run([toolchain.node(), str(bundle_js), *(argv or [])], capture_output=True,
                          text=True, timeout=timeout, check=False)
    return Ran(done.returncode, done.stdout, done.stderr)


def run_script(path: Path, work_dir: Path, args: list[str] | None = None) -> Ran:
    """Compile and run one script with `args` as its command-line arguments; a refused script
    raises CompileError (exit 1)."""
    (script,) = compile_scripts([path], work_dir)
    if script.error is not None:
        raise script.error
    assert script.bundle is not None
    return run_bundle(script.bundle, argv=[str(path), *(args or [])])

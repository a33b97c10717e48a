"""`pyminis run FILE.py`: one standalone script through the guard, Transcrypt and esbuild, run
under node. Authors use it to check logic; the differential tests use `compile_scripts` to
compile many scripts with one Transcrypt process.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pyminis import guard
from pyminis.compile import toolchain
from pyminis.compile.bundle import bundle, write_entry
from pyminis.compile.python import compile_entries, pyminis_modules
from pyminis.errors import CompileError, UsageError
from pyminis.paths import runtime_js_dir

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
    """Lint, compile and bundle each script as its own program (one Transcrypt process)."""
    modules = []
    for index, path in enumerate(paths):
        if not path.is_file():
            raise UsageError(f"{path} does not exist", hint="give the path of a .py file")
        text = path.read_text(encoding="utf-8")
        modules.append(guard.Module(module_name(path, index), path.as_posix(), text))
    refused: dict[str, CompileError] = {}
    for module in modules:
        problems = guard.check([module])
        if problems:
            refused[module.name] = CompileError(f"{len(problems)} problem(s) in {module.display}", problems)
    wanted = [m for m in modules if m.name not in refused]
    needs_pyminis = any(re.search(r"^\s*(from|import)\s+pyminis\b", m.text, re.M) for m in wanted)
    extra = pyminis_modules() if needs_pyminis else []
    stage_dir = work_dir / "stage"
    compiled = compile_entries(wanted + extra, [m.name for m in wanted], stage_dir) if wanted else {}
    prelude = runtime_js_dir() / NODE_PRELUDE
    scripts = []
    for path, module in zip(paths, modules):
        result = refused.get(module.name) or compiled[module.name]
        if isinstance(result, CompileError):
            scripts.append(Script(path, None, result))
            continue
        entry = write_entry(stage_dir, [prelude], result.entry_js, name=f"run_{module.name}.js")
        made = bundle(entry, dev=True, displays=result.displays, target_dir=result.target_dir,
                      out_name=f"{module.name}.js")
        out = work_dir / f"{module.name}.js"
        out.write_bytes(made.code)
        scripts.append(Script(path, out))
    return scripts


def run_bundle(bundle_js: Path, timeout: float = 60) -> Ran:
    """Run a compiled script under node; its output and exit status."""
    done = subprocess.run([toolchain.node(), str(bundle_js)], capture_output=True, text=True,
                          timeout=timeout, check=False)
    return Ran(done.returncode, done.stdout, done.stderr)


def run_script(path: Path, work_dir: Path) -> Ran:
    """Compile and run one script; a refused script raises CompileError (exit 1)."""
    (script,) = compile_scripts([path], work_dir)
    if script.error is not None:
        raise script.error
    assert script.bundle is not None
    return run_bundle(script.bundle)

"""Stage a game's Python (guarded and rewritten) and compile it with Transcrypt.

Transcrypt writes `__target__/` beside its input, so it never runs on the author's folder:
every module is staged into a build folder first, together with the game-facing pyminis
packages, and compiled there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pyminis import guard
from pyminis.errors import CompileError, Location, Problem
from pyminis.guard import runtime_fixes, transcrypt_run
from pyminis.paths import PACKAGE_DIR, runtime_js_dir

# Game-facing pyminis packages: compiled into games, so they import nothing from the rest.
GAME_PACKAGES = ("tt", "engine", "social", "opendata")

# -b: rebuild everything (staging is fresh); -n: no Java minifier (esbuild minifies);
# -m: source maps to Python lines; -k: keyword arguments work (TRANSCRYPT.md "Options");
# -da: assert runs; -sf: str.format's mini-language; -i: `for k in d` iterates a dict's keys.
TRANSCRYPT_FLAGS = ("-b", "-n", "-m", "-k", "-da", "-sf", "-i")
TRANSCRYPT_MAKE_FLAGS = tuple(f for f in TRANSCRYPT_FLAGS if f != "-b")
# Transcrypt runs through pyminis' driver, which compiles methods as direct calls.
# By file path, not -m: the stage folder (the working directory) holds a staged `pyminis`.
TRANSCRYPT_COMMAND = (transcrypt_run.__file__,)
PMRT_JS = "python/pmrt.js"  # under runtime_js/: the helpers the rewrite calls
PMRT_TARGET = "_pmrt_impl.js"  # its name in Transcrypt's output folder


@dataclass(frozen=True)
class Compiled:
    """Transcrypt's output for one entry: ES modules under `target_dir`."""

    entry_js: Path
    target_dir: Path
    displays: dict[str, str]  # staged file name (as in source maps) → author's path


def collect_modules(src_dir: Path, display_root: Path) -> list[guard.Module]:
    """Every .py file under `src_dir`, as modules named relative to it."""
    modules = []
    for path in sorted(src_dir.rglob("*.py")):
        rel = path.relative_to(src_dir)
        if any(part.startswith((".", "__target__")) or part == "__pycache__" for part in rel.parts):
            continue
        name = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
        try:
            display = path.resolve().relative_to(display_root.resolve()).as_posix()
        except ValueError:
            display = path.as_posix()
        modules.append(guard.Module(name, display, path.read_text(encoding="utf-8")))
    return modules


def pyminis_modules() -> list[guard.Module]:
    """The game-facing pyminis packages that ship inside games."""
    modules = [guard.Module("pyminis", "pyminis/__init__.py",
                            (PACKAGE_DIR / "__init__.py").read_text(encoding="utf-8"), trusted=True)]
    for package in GAME_PACKAGES:
        folder = PACKAGE_DIR / package
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.py")):
            rel = path.relative_to(PACKAGE_DIR.parent)
            name = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
            modules.append(guard.Module(name, rel.as_posix(), path.read_text(encoding="utf-8"),
                                        trusted=True))
    return modules


def _module_file(name: str, is_package: bool) -> Path:
    parts = name.split(".")
    return Path(*parts, "__init__.py") if is_package else Path(*parts[:-1], parts[-1] + ".py")


def _rewritten(modules: list[guard.Module]) -> tuple[dict[str, str], dict[str, str], guard.Facts]:
    """(staged file → rewritten text, staged file → author's path, facts) for every module."""
    texts, facts = guard.rewrite_all(modules)
    staged: dict[str, str] = {}
    displays: dict[str, str] = {}
    for module in modules:
        rel = _module_file(module.name, module.display.endswith("__init__.py")).as_posix()
        staged[rel] = texts[module.name]
        displays[rel] = module.display
    # The helpers' module: Transcrypt compiles this one line re-exporting pmrt.js, which
    # finish_target copies beside it (so Transcrypt's make mode sees a module of its own).
    staged[guard.RUNTIME_MODULE + ".py"] = f"__pragma__ ('js', '{{}}', 'export * from \"./{PMRT_TARGET}\";')\n"
    settings = {"keywords": sorted(facts.keywords), "any_keyword": facts.splats_kwargs}
    staged[transcrypt_run.SETTINGS_FILE] = json.dumps(settings, sort_keys=True) + "\n"
    return staged, displays, facts


def stage(modules: list[guard.Module], stage_dir: Path) -> dict[str, str]:
    """Write the rewritten modules into `stage_dir`; return staged file → author's path."""
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    stage_dir.mkdir(parents=True)
    staged, displays, _ = _rewritten(modules)
    for rel, text in staged.items():
        target = stage_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return displays


def finish_target(target_dir: Path) -> None:
    """Put the hand-written helpers in place of their stub and fix Transcrypt's runtime."""
    pmrt = target_dir / PMRT_TARGET
    source = runtime_js_dir() / PMRT_JS
    if source.read_bytes() != (pmrt.read_bytes() if pmrt.is_file() else b""):
        pmrt.write_bytes(source.read_bytes())
    runtime = target_dir / "org.transcrypt.__runtime__.js"
    if runtime.is_file():
        text = runtime.read_text(encoding="utf-8")
        fixed = runtime_fixes.apply(text)
        if fixed != text:
            runtime.write_text(fixed, encoding="utf-8")


_ERROR = re.compile(r"File '([^']*)', line (\d+), namely:\s*(.*?)\n\s*\nAborted", re.S)


def _transcrypt_problem(output: str, displays: dict[str, str], entry: str) -> Problem:
    """Turn Transcrypt's abort message into a located problem."""
    match = _ERROR.search(output)
    if not match:
        return Problem(Location(displays.get(entry, entry)), "PM002",
                       "Transcrypt failed: " + (output.strip().splitlines() or ["no output"])[-1],
                       "report this with the file that triggers it")
    module, line, message = match.group(1), int(match.group(2)), match.group(3)
    message = " ".join(message.replace("Error while compiling (offending file last):", "").split())
    staged = next((f for f in displays if f.removesuffix(".py").removesuffix("/__init__")
                   .replace("/", ".") == module), entry)
    if "Import error" in message:
        wanted = re.search(r"find any of:\s*(\S+)", message)
        name = Path(wanted.group(1)).stem if wanted else "a module"
        return Problem(Location(displays.get(staged, staged), line or None), "PM003",
                       f"cannot import {name}: only your own modules under src/ and pyminis "
                       "packages can be imported in a game",
                       "add the module to src/, or use a pyminis API instead")
    return Problem(Location(displays.get(staged, staged), line or None), "PM002",
                   f"Transcrypt cannot compile this: {message or 'no reason given'}",
                   "simplify this statement; see docs/python-subset.md")


def run_transcrypt(args: Sequence[str], cwd: Path) -> tuple[int, str]:
    """Transcrypt (through pyminis' driver) in a fresh interpreter; the dev server passes a warm one."""
    done = subprocess.run([sys.executable, *TRANSCRYPT_COMMAND, *args], cwd=cwd, check=False,
                          capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def compile_python(modules: list[guard.Module], entry: str, stage_dir: Path) -> Compiled:
    """Guard, stage and compile; raise CompileError with every located problem."""
    problems = guard.check(modules)
    if problems:
        raise CompileError(f"{len(problems)} problem(s) in the game's Python", problems)
    displays = stage(modules, stage_dir)
    entry_file = _module_file(entry, False)
    code, output = run_transcrypt([*TRANSCRYPT_FLAGS, entry_file.as_posix()], stage_dir)
    target_dir = stage_dir / "__target__"
    entry_js = target_dir / (entry + ".js")
    if code != 0 or not entry_js.is_file():
        problem = _transcrypt_problem(output, displays, entry_file.as_posix())
        raise CompileError("the game's Python did not compile", [problem])
    finish_target(target_dir)
    return Compiled(entry_js, target_dir, displays)


def compile_entries(modules: list[guard.Module], entries: list[str],
                    stage_dir: Path) -> dict[str, Compiled | CompileError]:
    """Compile several entry modules of one stage in one Transcrypt process (tests, `run`).

    Each entry is its own program (its own JS entry module); a failure is reported per entry.
    """
    displays = stage(modules, stage_dir)
    files = [_module_file(entry, False).as_posix() for entry in entries]
    # The first run rebuilds (-b), the others "make" into the same folder: the runtime is
    # compiled once, each entry compiles its own modules.
    jobs = [[*(TRANSCRYPT_FLAGS if index == 0 else TRANSCRYPT_MAKE_FLAGS), f]
            for index, f in enumerate(files)]
    results = transcrypt_run.run_batch(stage_dir, jobs)
    target_dir = stage_dir / "__target__"
    finish_target(target_dir)
    compiled: dict[str, Compiled | CompileError] = {}
    for entry, file, (code, output) in zip(entries, files, results):
        entry_js = target_dir / (entry + ".js")
        if code != 0 or not entry_js.is_file():
            compiled[entry] = CompileError("the Python did not compile",
                                           [_transcrypt_problem(output, displays, file)])
        else:
            compiled[entry] = Compiled(entry_js, target_dir, displays)
    return compiled


# -- incremental compile (pyminis dev) ------------------------------------------------------

# Without -b Transcrypt "makes": it recompiles only modules whose staged source is newer than
# their JavaScript, so staging must keep the timestamps of unchanged files.

# Runs Transcrypt with `args` in `cwd`; returns (exit code, stdout + stderr).
TranscryptRunner = Callable[[Sequence[str], Path], tuple[int, str]]


def stage_changed(modules: list[guard.Module], stage_dir: Path) -> tuple[dict[str, str], list[str]]:
    """Stage like `stage`, but touch only what changed; return (displays, changed staged files).

    `stage` writes a fresh copy beside the stage folder (so whatever staging does — rewrites,
    helper modules — happens here too); only files whose text differs are copied over. The
    others keep their modification time, so Transcrypt's make mode skips them. Files that are
    gone are removed with their JavaScript.
    """
    fresh_dir = stage_dir.with_name(stage_dir.name + ".fresh")
    displays = stage(modules, fresh_dir)
    stage_dir.mkdir(parents=True, exist_ok=True)
    fresh = {p.relative_to(fresh_dir).as_posix(): p for p in fresh_dir.rglob("*") if p.is_file()}
    changed = []
    for rel, source in sorted(fresh.items()):
        text = source.read_text(encoding="utf-8")
        target = stage_dir / rel
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            changed.append(rel)
    if any(not rel.endswith(".py") for rel in changed):
        # Program-wide settings (transcrypt_run.SETTINGS_FILE: which functions take keywords)
        # change the JavaScript of modules whose text did not: recompile them all.
        for rel in fresh:
            if rel.endswith(".py") and rel not in changed:
                os.utime(stage_dir / rel)
                changed.append(rel)
    elif changed:
        # A star import copies another module's names at compile time: recompile its importers.
        for rel, source in sorted(fresh.items()):
            if rel not in changed and "import *" in source.read_text(encoding="utf-8"):
                os.utime(stage_dir / rel)
                changed.append(rel)
    for path in sorted(stage_dir.rglob("*.py")):
        rel = path.relative_to(stage_dir).as_posix()
        if rel not in fresh and not rel.startswith(("__target__/", "__bundle__/")):
            path.unlink()
            dotted = rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            (stage_dir / "__target__" / (dotted + ".js")).unlink(missing_ok=True)
    shutil.rmtree(fresh_dir, ignore_errors=True)
    return displays, changed


def _mark_js_only_targets(target_dir: Path) -> None:
    """Prefix JavaScript-only modules (Transcrypt's copy.js) with an empty comment.

    In make mode Transcrypt takes a target not starting with "/" for minified and runs Java to
    prettify it (1.4 s, or a crash without Java). `/**/` on the first line keeps line numbers.
    """
    if not target_dir.is_dir():
        return
    for path in target_dir.glob("*.js"):
        with path.open("rb") as handle:
            first = handle.read(1)
        if first and first != b"/":
            path.write_bytes(b"/**/" + path.read_bytes())


def compile_python_incremental(modules: list[guard.Module], entry: str, stage_dir: Path,
                               run: TranscryptRunner = run_transcrypt) -> Compiled:
    """`compile_python` for repeated builds: only modules that changed are recompiled."""
    problems = guard.check(modules)
    if problems:
        raise CompileError(f"{len(problems)} problem(s) in the game's Python", problems)
    displays, _ = stage_changed(modules, stage_dir)
    entry_file = _module_file(entry, False)
    target_dir = stage_dir / "__target__"
    _mark_js_only_targets(target_dir)
    code, output = run([*TRANSCRYPT_MAKE_FLAGS, entry_file.as_posix()], stage_dir)
    _mark_js_only_targets(target_dir)
    entry_js = target_dir / (entry + ".js")
    if code != 0 or not entry_js.is_file():
        raise CompileError("the game's Python did not compile",
                           [_transcrypt_problem(output, displays, entry_file.as_posix())])
    finish_target(target_dir)
    return Compiled(entry_js, target_dir, displays)

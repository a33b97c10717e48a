"""Stage a game's Python (guarded and rewritten) and compile it with Transcrypt.

Transcrypt writes `__target__/` beside its input, so it never runs on the author's folder:
every module is staged into a build folder first, together with the game-facing pyminis
packages, and compiled there.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyminis import guard, syntax
from pyminis.errors import CompileError, Location, Problem
from pyminis.guard import runtime_fixes, transcrypt_run
from pyminis.guard.facts import gather
from pyminis.guard.types import EMPTY
from pyminis.paths import PACKAGE_DIR, child_environment, runtime_js_dir
from pyminis.project.files import Walk, is_inside, project_files
from pyminis.project.sources import read_source

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
PMRT_DIR = "python/pmrt"  # under runtime_js/: the helpers the rewrite calls, a module per concern
PMRT_TARGET = "_pmrt_impl"  # the folder's name in Transcrypt's output folder
# Python's `random` for games (fast, seedable), staged in place of Transcrypt's own module.
RANDOM_JS = "python/random.js"
RANDOM_TARGET = "_pm_random_impl.js"
STDLIB_DISPLAY = "pyminis/stdlib/"  # how guard.standard_modules names their files
# Python's `math` with CPython's results and types (ints from floor, exact factorial…).
MATH_JS = "python/math.js"
MATH_TARGET = "_pm_math_impl.js"
# Python's `time` clocks from the platform's clock (the native runtime may have no `performance`).
TIME_JS = "python/time.js"
TIME_TARGET = "_pm_time_impl.js"


# guard.rewrite_all, or a memo of it (GuardCache.rewrite_all, for pyminis dev).
RewriteAll = Callable[[list[guard.Module]], tuple[dict[str, str], guard.Facts]]


@dataclass(frozen=True)
class Compiled:
    """Transcrypt's output for one entry: ES modules under `target_dir`."""

    entry_js: Path
    target_dir: Path
    displays: dict[str, str]  # staged file name (as in source maps) → author's path


def collect_modules(src_dir: Path, display_root: Path) -> list[guard.Module]:
    """Every .py file under `src_dir`, as modules named relative to it, read as CPython reads
    them (pyminis/project/sources.py). A file that is a link out of `display_root` (the
    project) is refused: a game is built from the project's own files."""
    root = display_root if is_inside(display_root, src_dir) else src_dir
    walk = project_files(src_dir, root, skip_dirs=frozenset({"__pycache__", "__target__"}))
    outside = [o for o in walk.outside if o.path.suffix == ".py" or o.target.is_dir()]
    if outside:
        Walk(outside=outside).refuse_outside(root)
    modules = []
    for path in walk.files:
        if path.suffix != ".py":
            continue
        rel = path.relative_to(src_dir)
        name = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
        try:
            display = path.resolve().relative_to(display_root.resolve()).as_posix()
        except ValueError:
            display = path.as_posix()
        modules.append(guard.Module(name, display, read_source(path, display)))
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


def _rewritten(modules: list[guard.Module], rewrite_all: RewriteAll = guard.rewrite_all,
               ) -> tuple[dict[str, str], dict[str, str], guard.Facts]:
    """(staged file → rewritten text, staged file → author's path, facts) for every module,
    with the pyminis/stdlib modules it imports."""
    modules = guard.drop_type_checking(guard.match_to_if(guard.with_doctests(modules)))
    modules = guard.rename_js_words(guard.merge_keywords(guard.expand_star_imports(guard.absolute_imports(modules))))
    modules = guard.scalar_records(guard.mangle_private_names(modules))
    modules = modules + guard.standard_modules(modules)
    texts, facts = rewrite_all(modules)
    staged: dict[str, str] = {}
    displays: dict[str, str] = {}
    for module in modules:
        rel = _module_file(module.name, module.display.endswith("__init__.py")).as_posix()
        staged[rel] = texts[module.name]
        displays[rel] = module.display
    # The helpers' module: Transcrypt compiles this one line re-exporting runtime_js/python/pmrt/, which
    # finish_target copies beside it (so Transcrypt's make mode sees a module of its own).
    staged[guard.RUNTIME_MODULE + ".py"] = f"__pragma__ ('js', '{{}}', 'export * from \"./{PMRT_TARGET}/index.js\";')\n"
    # Dict views' set operations, imported by the modules that may need them (guard/rewrite.py).
    staged[guard.VIEW_SETS_MODULE + ".py"] = f"__pragma__ ('js', '{{}}', 'export * from \"./{PMRT_TARGET}/viewsets.js\";')\n"
    # The stage folder is searched before Transcrypt's modules: `import random` gets this one
    # (unless the game has a module of that name).
    staged.setdefault("random.py", f"__pragma__ ('js', '{{}}', 'export * from \"./{RANDOM_TARGET}\";')\n")
    staged.setdefault("math.py", f"__pragma__ ('js', '{{}}', 'export * from \"./{MATH_TARGET}\";')\n")
    staged.setdefault("time.py", f"__pragma__ ('js', '{{}}', 'export * from \"./{TIME_TARGET}\";')\n")
    settings = {"keywords": sorted(facts.keywords), "any_keyword": facts.splats_kwargs,
                "called_with": sorted(map(list, facts.called_with))}
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


# A class statement at the top of a module compiles to `var Name = __class__ (…)`.
_CLASS_DEFINITION = re.compile(r"^((?:export )?var \w+ = +)(__class__ \()", re.MULTILINE)


# The class's properties: Transcrypt defines each by a statement after the class (`@property`),
# which a bundler must keep, and with it the class. `_fold_properties` moves them into a pure
# function the class goes through (on the class's first line, so every line keeps its number):
# a class a game does not use goes, properties and all (a Counter-only game ships no deque).
_PROPERTIES = re.compile(
    r"^((?:export )?var (\w+) = +)(/\* @__PURE__ \*/ __class__ \(.*?^\}\));\n"
    r"((?:Object\.defineProperty \(\2, '\w+', property\.call \(\2, [^\n]*\)\);;?\n)+)",
    re.MULTILINE | re.DOTALL)


def _fold_properties(match: re.Match[str]) -> str:
    name, statements = match.group(2), match.group(4)
    moved = " ".join(line.rstrip(";") + ";" for line in statements.splitlines())
    return (f"{match.group(1)}/* @__PURE__ */ (function ({name}) {{{moved} return {name};}}) ("
            f"{match.group(3)});\n" + "\n" * statements.count("\n"))


def _pure_classes(target_dir: Path, displays: dict[str, str]) -> None:
    """Mark the class definitions of pyminis/stdlib modules pure, so esbuild drops the classes
    a game does not use (`from collections import deque` ships no namedtuple machinery)."""
    for staged, display in displays.items():
        if not display.startswith(STDLIB_DISPLAY):
            continue
        path = target_dir / (staged.removesuffix(".py").removesuffix("/__init__").replace("/", ".") + ".js")
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            marked = _PROPERTIES.sub(_fold_properties, _CLASS_DEFINITION.sub(r"\1/* @__PURE__ */ \2", text))
            if marked != text:
                path.write_text(marked, encoding="utf-8")


def finish_target(target_dir: Path, displays: dict[str, str] | None = None) -> None:
    """Put the hand-written helpers in place of their stub and fix Transcrypt's runtime."""
    _pure_classes(target_dir, displays or {})
    copies = [(RANDOM_TARGET, runtime_js_dir() / RANDOM_JS), (MATH_TARGET, runtime_js_dir() / MATH_JS),
              (TIME_TARGET, runtime_js_dir() / TIME_JS)]
    copies += [(f"{PMRT_TARGET}/{js.name}", js) for js in sorted((runtime_js_dir() / PMRT_DIR).glob("*.js"))]
    for name, source in copies:
        copy = target_dir / name
        if source.read_bytes() != (copy.read_bytes() if copy.is_file() else b""):
            copy.parent.mkdir(exist_ok=True)
            copy.write_bytes(source.read_bytes())
    runtime = target_dir / "org.transcrypt.__runtime__.js"
    if runtime.is_file():
        text = runtime.read_text(encoding="utf-8")
        fixed = runtime_fixes.apply(text)
        if fixed != text:
            runtime.write_text(fixed, encoding="utf-8")


_ERROR = re.compile(r"File '([^']*)', line (\d+), namely:\s*(.*?)\n\s*\nAborted", re.DOTALL)


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
                          env=child_environment(), capture_output=True, text=True)
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
    finish_target(target_dir, displays)
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
    finish_target(target_dir, displays)
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


class GuardCache:
    """The guard's answers per module, kept between builds of one project (pyminis dev).

    A rebuild after one saved file would otherwise lint and rewrite every module again,
    pyminis' own forty game-facing modules included (about 1 s). Both stay exact: a module is
    linted again when its text or the set of module names changes (imports are checked against
    it), and rewritten again when its text or the whole program's facts change.
    """

    def __init__(self) -> None:
        self._problems: dict[tuple[guard.Module, frozenset[str]], list[Problem]] = {}
        self._trees: dict[tuple[str, str], ast.Module] = {}
        self._texts: dict[tuple[guard.Module, str, str], str] = {}
        self._facts: dict[tuple[str, str], guard.Facts] = {}

    def check(self, modules: list[guard.Module]) -> list[Problem]:
        """`guard.check(modules)`, from memory where nothing changed."""
        names = frozenset(m.name for m in modules)
        known = {}
        for module in modules:
            key = (module, names)
            if key not in self._problems:
                # Empty stand-ins for the others give the lint the same set of module names.
                others = [guard.Module(m.name, m.display, "") for m in modules if m is not module]
                self._problems[key] = guard.check([module, *others])
            known[key] = self._problems[key]
        self._problems = known  # forget what no longer exists
        # (names read from other modules first, as guard.check: over the whole program, which
        # the stand-ins hide)
        return guard.missing_members(modules) + [problem for problems in known.values() for problem in problems]

    def rewrite_all(self, modules: list[guard.Module]) -> tuple[dict[str, str], guard.Facts]:
        """`guard.rewrite_all(modules)`, rewriting only modules whose text or facts changed."""
        trees, parts = {}, {}
        for module in modules:
            key = (module.text, module.display)
            trees[key] = self._trees.get(key) or syntax.parse(module.text, filename=module.display)
            parts[key] = self._facts.get(key) or gather([trees[key]], module.trusted)
        self._trees, self._facts = trees, parts
        facts = guard.with_modules(_merged(list(parts.values())), modules)
        facts_key = json.dumps(dataclasses.asdict(facts), sort_keys=True,
                               default=lambda value: sorted(value))
        types = guard.program_types(modules)
        texts, known = {}, {}
        for module in modules:
            typed = types.get(module.name)
            key = (module, facts_key, typed.digest if typed is not None else "")
            known[key] = self._texts.get(key) or guard.rewrite_in_program(module, facts, typed or EMPTY)
            texts[module.name] = known[key]
        self._texts = known
        return texts, facts


def _merged(parts: list[guard.Facts]) -> guard.Facts:
    """`gather(all trees)` from `gather([tree])` of each, in order: mappings update, sets
    unite, flags or (GuardCache's test compares the two)."""
    return guard.Facts.merge(parts)


@dataclass
class Incremental:
    """What repeated builds of one project keep from one build to the next."""

    run: TranscryptRunner = run_transcrypt  # pyminis dev passes a warm Transcrypt
    guard: GuardCache = field(default_factory=GuardCache)


def stage_changed(modules: list[guard.Module], stage_dir: Path,
                  rewrite_all: RewriteAll = guard.rewrite_all) -> tuple[dict[str, str], list[str]]:
    """Stage like `stage`, but touch only what changed; return (displays, changed staged files).

    The staged files are made as `stage` makes them (rewrites, helper modules, settings); only
    files whose text differs are written. The others keep their modification time, so
    Transcrypt's make mode skips them. Files that are gone are removed with their JavaScript.
    """
    fresh, displays, _ = _rewritten(modules, rewrite_all)
    stage_dir.mkdir(parents=True, exist_ok=True)
    changed = []
    for rel, text in sorted(fresh.items()):
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
        for rel, text in sorted(fresh.items()):
            if rel not in changed and "import *" in text:
                os.utime(stage_dir / rel)
                changed.append(rel)
    for path in sorted(stage_dir.rglob("*.py")):
        rel = path.relative_to(stage_dir).as_posix()
        if rel not in fresh and not rel.startswith(("__target__/", "__bundle__/")):
            path.unlink()
            dotted = rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            (stage_dir / "__target__" / (dotted + ".js")).unlink(missing_ok=True)
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
                               incremental: Incremental | None = None) -> Compiled:
    """`compile_python` for repeated builds: only modules that changed are recompiled."""
    state = incremental or Incremental()
    problems = state.guard.check(modules)
    if problems:
        raise CompileError(f"{len(problems)} problem(s) in the game's Python", problems)
    displays, _ = stage_changed(modules, stage_dir, state.guard.rewrite_all)
    entry_file = _module_file(entry, False)
    target_dir = stage_dir / "__target__"
    _mark_js_only_targets(target_dir)
    code, output = state.run([*TRANSCRYPT_MAKE_FLAGS, entry_file.as_posix()], stage_dir)
    _mark_js_only_targets(target_dir)
    entry_js = target_dir / (entry + ".js")
    if code != 0 or not entry_js.is_file():
        raise CompileError("the game's Python did not compile",
                           [_transcrypt_problem(output, displays, entry_file.as_posix())])
    finish_target(target_dir, displays)
    return Compiled(entry_js, target_dir, displays)

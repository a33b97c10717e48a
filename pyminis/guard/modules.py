"""Which standard modules a game can import, what each offers, and what to use instead.

pyminis' own standard library lives in `pyminis/stdlib/NAME.py`: Python compiled like game
code, staged as the game's module NAME when the game imports it (pyminis/compile/python.py).
Each file's `__all__` is the list of names a game may use; the lint (PM111, PM125) refuses the
rest at their line, naming what to use instead.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from pyminis import syntax
from pyminis.guard import pyxel_names

STDLIB_DIR = Path(__file__).resolve().parent.parent / "stdlib"

# Modules that exist in games without a file in pyminis/stdlib/: pyminis' `math`, `time` and
# `random` (runtime_js/python/math.js, time.js, random.js), and the modules the rewrite turns into
# nothing or into runtime helpers (typing, enum).
BUILTIN_MODULES = frozenset({"math", "random", "time", "typing", "typing_extensions", "__future__",
                             "enum", "pyminis", "pyxel"})

# What the modules above offer, where a game may not use everything CPython's has.
BUILTIN_MEMBERS: dict[str, frozenset[str]] = {
    "random": frozenset({"random", "seed", "randint", "randrange", "uniform", "choice", "choices",
                         "shuffle", "sample", "gauss", "getrandbits", "triangular",
                         "normalvariate", "expovariate", "Random"}),
    "time": frozenset({"time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns"}),
    # runtime_js/python/pmrt/enums.js (the rewrite imports them from the runtime helpers)
    "enum": frozenset({"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique", "EnumMeta",
                       "EnumType"}),
}

# Standard modules staged under another name: Transcrypt's own runtime imports `copy`, and must
# keep getting its own (the rewrite turns `import copy` into `import _pm_copy as copy`).
# `pyxel` is pyminis/pyxel/ (Pyxel 2's API over pyminis' platform), staged with the game's
# modules when it imports pyxel (guard.standard_modules).
STAGED_NAMES = {"copy": "_pm_copy", "pyxel": "pyminis.pyxel"}

# pyminis' packages a game imports; the others run under CPython only (pyminis.server on the
# game's server, pyminis.headless in tests) and are refused at their line (PM111 / PM125).
PYMINIS_GAME_PACKAGES = frozenset({"tt", "engine", "social", "opendata"})
CPYTHON_ONLY_INSTEAD = {
    "server": "tt.request to your game's server (pyminis.server runs on that server, under "
              "CPython; it never ships in a game)",
}
GAME_PACKAGES_INSTEAD = ("pyminis.tt, pyminis.engine, pyminis.social or pyminis.opendata "
                         "(pyminis.{0} runs under CPython only: tests and tools)")


def _cpython_only_instead(package: str) -> str:
    return CPYTHON_ONLY_INSTEAD.get(package) or GAME_PACKAGES_INSTEAD.format(package)

# The algorithms pyminis/stdlib/hashlib.py has (`hashlib.new("ripemd160")` is refused at its line).
HASHLIB_ALGORITHMS = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512"})

# What to write instead of a module games cannot import (PM111), by top-level name.
INSTEAD = {
    "os": "pyminis.tt storage (tt.set_storage / tt.get_storage) for saved data",
    "pathlib": "pyminis.tt storage for saved data",
    "io": "str and list operations",
    "pickle": "json (json.dumps / json.loads) with pyminis.tt storage",
    "shelve": "json with pyminis.tt storage",
    "sqlite3": "json with pyminis.tt storage",
    "csv": "str.split and str.join",
    "asyncio": "async/await on the engine's and pyminis.tt's awaitables",
    "threading": "the engine's frame loop (Scene.update) or async/await",
    "multiprocessing": "the engine's frame loop (Scene.update) or async/await",
    "array": "a list",
    "socket": "pyminis.tt requests and sockets",
    "urllib": "pyminis.tt.request",
    "http": "pyminis.tt.request",
    "requests": "pyminis.tt.request",
    "logging.config": "logging.basicConfig(level=…, format=…) and the loggers' own setLevel/addHandler",
    "logging.handlers": "logging.StreamHandler, or a logging.Handler subclass of your own with an emit(record)",
    "pygame": "pyminis.engine",
    "pgzero": "pyminis.engine",
    "tkinter": "pyminis.engine",
    "turtle": "pyminis.engine",
    "numpy": "lists and the math module",
    "uuid": "random.random() or a counter",
    "struct": "json for saved data",
    "weakref": "ordinary references (drop them when done)",
    "unittest": "pytest on the CPython side (pyminis.headless)",
}
# What to write instead of a name a module does not offer in games (PM125).
MEMBER_INSTEAD = {
    ("types", "FunctionType"): "callable(x): games do not tell functions, methods and builtins apart",
    ("types", "LambdaType"): "callable(x): games do not tell functions, methods and builtins apart",
    ("types", "MethodType"): "functools.partial(func, obj), or a lambda calling func(obj, …)",
    ("types", "BuiltinFunctionType"): "callable(x): games do not tell functions, methods and builtins apart",
    ("types", "GeneratorType"): "a flag or a class of your own: games do not tell generators from iterators",
    ("types", "new_class"): "a class statement",
    ("types", "GenericAlias"): "typing's generics (list[int] in annotations)",
    ("types", "ModuleType"): "a class or a dict: games cannot make modules",
    ("datetime", "timezone"): "naive datetimes (games keep local time); store UTC timestamps from time.time()",
    ("datetime", "tzinfo"): "naive datetimes (games keep local time); store UTC timestamps from time.time()",
    ("datetime", "UTC"): "naive datetimes (games keep local time); datetime.utcnow() for UTC",
    ("calendar", "HTMLCalendar"): "TextCalendar, or build the markup from Calendar().monthdayscalendar(y, m)",
    ("calendar", "LocaleTextCalendar"): "TextCalendar (games run in the C locale)",
    ("calendar", "LocaleHTMLCalendar"): "TextCalendar (games run in the C locale)",
    ("contextlib", "ExitStack"): "nested with statements, or a list of callbacks run in a finally",
    ("contextlib", "redirect_stdout"): "return the text instead of printing it",
    ("contextlib", "asynccontextmanager"): "a class with async __aenter__/__aexit__",
    ("time", "sleep"): "a game never blocks: wait in the engine's frame loop, or await a promise",
    ("itertools", "batched"): "batched is Python 3.12: take islice(iterator, n) in a loop",
    ("dataclasses", "make_dataclass"): "write the class with @dataclass",
    # Refused rather than imitated: its text names the build (date, compiler), which differs per
    # interpreter, so no value could be CPython's; the version itself is version_info.
    ("sys", "version"): "sys.version_info (major, minor, micro: 3, 11, 7), or a version string of your own",
    ("unicodedata", "name"): "a dict of the characters your game names (Unicode's name table is too big to ship)",
    ("unicodedata", "lookup"): "the character itself, or a dict of the names your game uses (Unicode's name table is too big to ship)",
    ("unicodedata", "numeric"): "int(c) for a digit, or a dict of the characters you need (the numeric table is too big to ship)",
    ("unicodedata", "digit"): "int(c) after c.isdigit(), or a dict of the characters you need",
    ("unicodedata", "decimal"): "int(c) after c.isdecimal()",
    ("unicodedata", "decomposition"): "normalize('NFD', c) or normalize('NFKD', c)",
    ("logging", "FileHandler"): "games have no files: StreamHandler() (standard error) or StreamHandler(sys.stdout)",
    ("logging", "exception"): "logging.error(\"…: %s\", error): a game has no traceback to log",
    ("logging", "config"): "basicConfig(level=…, format=…) and the loggers' own setLevel/addHandler",
    ("logging", "handlers"): "StreamHandler, or a Handler subclass of your own with an emit(record)",
    ("html", "unescape"): "str.replace for the entities your game uses (HTML5's table of named characters is too big to ship)",
    ("json", "dump"): "games have no files: json.dumps(...) and save the text with pyminis.tt storage",
    ("json", "load"): "games have no files: read the text from pyminis.tt storage and json.loads(text)",
}
DEFAULT_INSTEAD = "math, random, time, collections, itertools, functools, json, your own modules"


@functools.lru_cache(maxsize=None)
def _stdlib_files() -> dict[str, Path]:
    """Module name → file: `NAME.py`, a package `NAME/__init__.py` and its `NAME/SUB.py`."""
    files: dict[str, Path] = {}
    for path in sorted(STDLIB_DIR.rglob("*.py")):
        parts = path.relative_to(STDLIB_DIR).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and not parts[0].startswith("_"):
            files[".".join(parts)] = path
    return files


def stdlib_names() -> frozenset[str]:
    """The modules pyminis/stdlib/ provides (dotted for a package's modules)."""
    return frozenset(_stdlib_files())


def staged_name(name: str) -> str:
    """The module name a pyminis/stdlib module is staged and imported under."""
    return STAGED_NAMES.get(name, name)


def stdlib_file(name: str) -> Path:
    return _stdlib_files()[name]


def stdlib_display(name: str) -> str:
    """How errors and source maps name a stdlib module's file: `pyminis/stdlib/…`."""
    return "pyminis/stdlib/" + stdlib_file(name).relative_to(STDLIB_DIR).as_posix()


@functools.lru_cache(maxsize=None)
def stdlib_members(name: str) -> frozenset[str]:
    """A pyminis/stdlib module's `__all__`: the names games may import from it."""
    tree = syntax.parse(stdlib_file(name).read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "__all__"):
            return frozenset(ast.literal_eval(node.value))
    raise ValueError(f"pyminis/stdlib/{name}.py has no __all__")


def allowed(name: str) -> bool:
    """Can a game import module `name` (dotted) at all?"""
    parts = name.split(".")
    if parts[0] == "pyminis" and len(parts) > 1:
        return parts[1] in PYMINIS_GAME_PACKAGES
    return parts[0] in BUILTIN_MODULES or name in stdlib_names()


# typing's functions that read annotations at run time, or return what they are given: games
# drop annotations and compile typing's names to None, so these would answer None silently.
TYPING_RUNTIME = frozenset({"get_type_hints", "get_args", "get_origin", "get_overloads", "clear_overloads",
                            "get_protocol_members", "is_protocol", "is_typeddict", "get_original_bases",
                            "reveal_type", "assert_type"})
TYPING_RUNTIME_INSTEAD = ("games drop annotations: keep the types you need in a dict of your own "
                          "(`FIELDS = {'title': str}`); for assert_type/reveal_type, the value itself")


def refused_member(module: str, name: str) -> bool:
    """A name the module offers under CPython that games refuse (typing's run-time readers)."""
    return module in ("typing", "typing_extensions") and name in TYPING_RUNTIME


def members(name: str) -> frozenset[str] | None:
    """The names a game may take from module `name` (a stdlib module's `__all__` and its
    submodules), or None where any name is fine."""
    if name in stdlib_names():
        submodules = {n[len(name) + 1:] for n in stdlib_names() if n.startswith(name + ".")}
        return stdlib_members(name) | submodules
    if name == "pyminis":
        return PYMINIS_GAME_PACKAGES
    if name == "pyxel":
        return pyxel_names.offered()
    return BUILTIN_MEMBERS.get(name)


def instead(name: str) -> str:
    """What to use instead of module `name`."""
    parts = name.split(".")
    if parts[0] == "pyminis" and len(parts) > 1:
        return _cpython_only_instead(parts[1])
    return INSTEAD.get(name) or INSTEAD.get(parts[0], DEFAULT_INSTEAD)


def member_instead(module: str, name: str) -> str | None:
    """What to use instead of `module.name`, where there is a better answer than the list."""
    if module == "pyminis":
        return _cpython_only_instead(name)
    if module == "pyxel":
        return pyxel_names.instead(name)
    return MEMBER_INSTEAD.get((module, name))


def imported(tree: ast.Module) -> set[str]:
    """Absolute module names a module imports (anywhere in it), with the packages holding them
    (`collections.abc` imports `collections` first)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)  # a submodule?
    if "typing.NamedTuple" in names or "typing" in names and any(
            isinstance(n, ast.Attribute) and n.attr == "NamedTuple" for n in ast.walk(tree)):
        names.add("collections")  # class P(NamedTuple) becomes a collections.namedtuple (rewrite.py)
    for name in list(names):
        parts = name.split(".")
        names.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return names

"""Python guard: lint what Transcrypt would get wrong, rewrite what can be made to work.

`check(modules)` returns every problem of a run; `rewrite_all(modules)` turns natural Python
into Python that Transcrypt compiles faithfully, keeping every statement on its original line
so source maps and errors name the author's lines. docs/python-subset.md describes the result.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
from dataclasses import dataclass

from pyminis import syntax
from pyminis.errors import Location, Problem
from pyminis.guard.facts import Facts, gather
from pyminis.guard import (complex_numbers, doctests, imports, js_words, match_statements, merged_keywords, module_members,
                           modules as standard, private_names, records, star_imports, type_checking)
from pyminis.guard.lint import RULES, lint_tree
from pyminis.guard.rewrite import RUNTIME_MODULE, VIEW_SETS_MODULE, rewrite_module
from pyminis.guard.types import EMPTY, ModuleTypes, infer

__all__ = ["RULES", "RUNTIME_MODULE", "VIEW_SETS_MODULE", "Facts", "Module", "ModuleTypes", "absolute_imports",
           "drop_type_checking", "expand_star_imports", "with_doctests", "mangle_private_names", "match_to_if",
           "merge_keywords", "rename_js_words",
           "check", "compiles_plain", "missing_members", "program_types", "rewrite", "rewrite_all", "rewrite_in_program",
           "scalar_records", "standard_modules", "with_modules"]


@dataclass(frozen=True)
class Module:
    """One Python module of a game, as the guard sees it."""

    name: str  # dotted module name: "main", "levels.one"
    display: str  # the path shown to the author: "src/main.py"
    text: str
    trusted: bool = False  # pyminis' own game-facing modules may use pragmas


# Parsing, linting and rewriting are cached by module text: a dev rebuild after one edit
# redoes only the edited module (and every module only if the program's facts changed).
@functools.lru_cache(maxsize=1024)
def _parse_text(text: str, display: str) -> ast.Module | Problem:
    try:
        return syntax.parse(text, filename=display)
    except SyntaxError as error:
        return Problem(Location(display, error.lineno, error.offset), "PM001",
                       f"syntax error: {error.msg}", "fix the Python syntax at this line")
    except (RecursionError, MemoryError):  # CPython's own compiler gives up here too
        return Problem(Location(display), "PM001", "an expression is nested or chained too deeply "
                       "for Python's parser", "split it into several statements")


def _parse(module: Module) -> ast.Module | Problem:
    return _parse_text(module.text, module.display)


@functools.lru_cache(maxsize=1024)
def _lint(text: str, display: str, trusted: bool, own: frozenset[str]) -> tuple[Problem, ...]:
    tree = _parse_text(text, display)
    if isinstance(tree, Problem):
        return (tree,)
    return tuple(lint_tree(tree, display, trusted, set(own)))


def check(modules: list[Module]) -> list[Problem]:
    """Every problem in every module: syntax errors, then what the lint refuses."""
    modules = drop_type_checking(with_doctests(modules))
    own = frozenset({m.name for m in modules} | {m.name.split(".")[0] for m in modules})
    problems: list[Problem] = missing_members(modules)
    for module in modules:
        found = _lint(module.text, module.display, module.trusted, own)
        lines = _SUITE_LINES.get(module.text)
        problems += found if lines is None else [_at_example(p, lines) for p in found]
        tree = _parse(module)
        if isinstance(tree, ast.Module):
            problems += imports.problems(_where(module), module.display, tree)
    return problems


def missing_members(modules: list[Module]) -> list[Problem]:
    """`from m import x` and `m.x` of a game module `m` that has no `x` (guard/module_members.py).
    A module given as an empty stand-in (a check of one module of a program) is not known."""
    trees = {m.name: t for m in modules if not m.trusted and m.text and isinstance(t := _parse(m), ast.Module)}
    names = frozenset(trees)
    stored = module_members.stored_members(list(trees.values()), names)
    problems = []
    for module in modules:
        tree = trees.get(module.name)
        if tree is None:
            continue
        for node, owner, name in module_members.missing(tree, trees.get, names, stored):
            at = Location(module.display, getattr(node, "lineno", None), getattr(node, "col_offset", 0) + 1)
            how = "ImportError" if isinstance(node, ast.ImportFrom) else "AttributeError"
            problems.append(Problem(at, module_members.CODE, f"the game's module `{owner}` has no `{name}` (CPython raises {how})",
                                    module_members.suggestion(name, module_members.bound_names(owner, trees.get, names))))
    return problems


# The doctest suites made by with_doctests: their text → (their line → the author's line).
_SUITE_LINES: dict[str, dict[int, int]] = {}


def _at_example(problem: Problem, lines: dict[int, int]) -> Problem:
    """A problem in a doctest suite, at its example's line in the author's file."""
    line = problem.location.line
    where = lines.get(line, line) if line is not None else None
    return dataclasses.replace(problem, location=dataclasses.replace(problem.location, line=where, column=None),
                               message=problem.message + " (in a doctest example)")


def with_doctests(modules: list[Module]) -> list[Module]:
    """The modules, with the doctest examples of each game module that imports doctest as a
    module of their own (guard/doctests.py) that it imports, and its testmod() calls given
    them. Before every other pass: the examples are linted and rewritten as the author's code is."""
    out, suites = [], []
    names = {m.name for m in modules}
    for module in modules:
        made = module.name + doctests.SUFFIX in names or module.name.endswith(doctests.SUFFIX)
        tree = None if module.trusted or made or "doctest" not in module.text else _parse(module)
        if isinstance(tree, ast.Module) and doctests.imports_doctest(tree):
            suite = doctests.suite(tree, module.text.splitlines())
            _SUITE_LINES[suite.text] = suite.lines
            name = module.name + doctests.SUFFIX
            suites.append(Module(name, module.display, suite.text))
            text = _insert_after_paren(module.text, doctests.testmod_calls(tree), doctests.namespace(name, suite.used))
            # (the import at the end: ES modules import before they run, so the lines stay)
            module = dataclasses.replace(module, text=text.rstrip("\n") + f"\nimport {name}\n")
        out.append(module)
    return out + suites


def _insert_after_paren(text: str, calls: list[ast.Call], insert: str) -> str:
    """`text` with `insert` written after the `(` of each call (on its own line: no line moves)."""
    lines = text.split("\n")
    for call in sorted(calls, key=lambda c: (c.func.end_lineno or 0, c.func.end_col_offset or 0), reverse=True):
        row = (call.func.end_lineno or 1) - 1
        encoded = lines[row].encode("utf-8")
        head = encoded[:call.func.end_col_offset or 0].decode("utf-8")
        rest = lines[row][len(head):]
        paren = rest.index("(") + 1
        lines[row] = head + rest[:paren] + insert + rest[paren:]
    return "\n".join(lines)


def _where(module: Module) -> imports.Where:
    return imports.Where(module.name, module.display.endswith("__init__.py"))


def drop_type_checking(modules: list[Module]) -> list[Module]:
    """The modules with the bodies of `if TYPE_CHECKING:` as `pass` (guard/type_checking.py):
    what CPython never runs is neither refused nor compiled. First of the passes."""
    out = []
    for module in modules:
        if type_checking.mentions_type_checking(module.text):
            tree = _parse(module)
            if isinstance(tree, ast.Module):
                text = type_checking.runtime_text(module.text, tree)
                module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


def absolute_imports(modules: list[Module]) -> list[Module]:
    """The modules with imports within the game's packages made absolute (guard/imports.py):
    Transcrypt resolves neither `from . import x` nor `from pkg import submodule`."""
    names = frozenset(m.name for m in modules)
    out = []
    for module in modules:
        tree = _parse(module)
        if isinstance(tree, ast.Module) and any(isinstance(n, ast.ImportFrom) for n in ast.walk(tree)):
            text = imports.absolute(_where(module), module.text, tree, names)
            module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


def match_to_if(modules: list[Module]) -> list[Module]:
    """The game's modules with each `match` statement the `if`/`elif` chain CPython runs
    (guard/match_statements.py); the first source pass, so the others see plain Python."""
    out = []
    for module in modules:
        tree = None if module.trusted or "match" not in module.text else _parse(module)
        if isinstance(tree, ast.Module) and match_statements.has_match(tree):
            text = match_statements.rewritten(module.text, tree)
            module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


def mangle_private_names(modules: list[Module]) -> list[Module]:
    """The game's modules with `__name` in class bodies mangled as CPython does
    (guard/private_names.py)."""
    out = []
    for module in modules:
        if not module.trusted and private_names.needs_mangling(module.text):
            tree = _parse(module)
            if isinstance(tree, ast.Module):
                text = private_names.mangle(module.text, tree)
                module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


def expand_star_imports(modules: list[Module]) -> list[Module]:
    """The modules with `from m import *` of a game module written out as the names CPython
    takes (guard/star_imports.py); run after absolute_imports."""
    trees = {m.name: _parse(m) for m in modules if not m.trusted}

    def tree_of(name: str) -> ast.Module | None:
        tree = trees.get(name)
        return tree if isinstance(tree, ast.Module) else None

    out = []
    for module in modules:
        tree = tree_of(module.name)  # (pyminis' own modules keep their star imports)
        if tree is not None and any(isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names)
                                    for n in ast.walk(tree)):
            text = star_imports.expanded(module.text, tree, tree_of)
            module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


def scalar_records(modules: list[Module]) -> list[Module]:
    """The modules with each function-local dict used only as a record (constant string keys
    of its one display) written as one local per key (guard/records.py); run after the lint."""
    out = []
    for module in modules:
        tree = _parse(module)
        if not module.trusted and isinstance(tree, ast.Module) and any(isinstance(n, ast.Dict) for n in ast.walk(tree)):
            text = records.scalarized(module.text, tree)
            module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


def merge_keywords(modules: list[Module]) -> list[Module]:
    """The game's modules with the keywords of calls unpacking several dicts merged into one
    (`f(**a, **b)`, guard/merged_keywords.py)."""
    out = []
    for module in modules:
        tree = None if module.trusted or "**" not in module.text else _parse(module)
        if isinstance(tree, ast.Module):
            text = merged_keywords.merged(module.text, tree)
            module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


def rename_js_words(modules: list[Module]) -> list[Module]:
    """The game's modules with names JavaScript reserves (`function`, `delete`, `let`…)
    renamed `py_<name>` (guard/js_words.py); run after expand_star_imports."""
    out = []
    for module in modules:
        tree = None if module.trusted else _parse(module)
        if isinstance(tree, ast.Module) and any(isinstance(n, ast.Name) and n.id in js_words.JS_WORDS
                                                or isinstance(n, ast.arg) and n.arg in js_words.JS_WORDS
                                                or isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name in js_words.JS_WORDS
                                                or isinstance(n, ast.alias) and (n.asname or n.name) in js_words.JS_WORDS
                                                for n in ast.walk(tree)):
            text = js_words.renamed(module.text, tree)
            module = dataclasses.replace(module, text=text) if text != module.text else module
        out.append(module)
    return out


@functools.lru_cache(maxsize=1024)
def _facts(text: str, display: str, trusted: bool = False) -> Facts:
    tree = _parse_text(text, display)
    return gather([tree], trusted) if isinstance(tree, ast.Module) else Facts()


@functools.lru_cache(maxsize=1024)
def _rewrite(text: str, display: str, facts: Facts, types: ModuleTypes = EMPTY, trusted: bool = False,
             name: str = "") -> str:
    tree = _parse_text(text, display)
    if isinstance(tree, Problem):
        raise TypeError(f"check() the module first: {tree}")  # a syntax error cannot be rewritten
    return rewrite_module(text, tree, facts, types, trusted, name, display)


# A line a trusted module (pyminis' own, never game code) may carry to be compiled as written:
# its hot paths are written in the subset Transcrypt compiles faithfully, and the rewrite's
# helper calls (one per `*`, `==`, truth test…) would cost it speed and bytes.
PLAIN_MARKER = "# pyminis: compile-plain"


def compiles_plain(module: Module) -> bool:
    return module.trusted and PLAIN_MARKER in module.text.splitlines()


@functools.lru_cache(maxsize=1024)
def _imported(text: str, display: str) -> frozenset[str]:
    tree = _parse_text(text, display)
    return frozenset(standard.imported(tree)) if isinstance(tree, ast.Module) else frozenset()


@functools.lru_cache(maxsize=1024)
def _uses_complex(text: str, display: str) -> bool:
    tree = _parse_text(text, display)
    return isinstance(tree, ast.Module) and complex_numbers.uses_complex(tree)


def standard_modules(modules: list[Module]) -> list[Module]:
    """The pyminis/stdlib modules the program imports, directly or through one another, that
    it does not define itself: each is staged as a module of the game, so only what a game
    imports ships."""
    own = {m.name for m in modules}
    provided = standard.stdlib_names()
    found: dict[str, Module] = {}
    todo = list(modules)
    while todo:
        module = todo.pop()
        for name in sorted(_imported(module.text, module.display)):
            if name == "pyxel" and name not in own and name not in found:
                for staged in _pyxel_modules():
                    found[staged.name] = staged
                continue
            if name in provided and name not in own and name not in found:
                found[name] = Module(standard.staged_name(name), standard.stdlib_display(name),
                                     standard.stdlib_file(name).read_text(encoding="utf-8"), trusted=True)
                todo.append(found[name])
        if complex_numbers.COMPLEX_MODULE not in found and _uses_complex(module.text, module.display):
            name = complex_numbers.COMPLEX_FILE
            found[complex_numbers.COMPLEX_MODULE] = Module(
                complex_numbers.COMPLEX_MODULE, f"pyminis/stdlib/{name}.py",
                (standard.STDLIB_DIR / f"{name}.py").read_text(encoding="utf-8"), trusted=True)
    return [found[name] for name in sorted(found, key=standard.staged_name)]


def _pyxel_modules() -> list[Module]:
    """pyminis/pyxel/ (Pyxel 2's API), staged under its own names for a game importing pyxel."""
    folder = standard.pyxel_names.PACKAGE_DIR
    return [Module("pyminis.pyxel" + ("" if p.stem == "__init__" else "." + p.stem),
                   f"pyminis/pyxel/{p.name}", p.read_text(encoding="utf-8"), trusted=True)
            for p in sorted(folder.glob("*.py"))]


def with_modules(facts: Facts, modules: list[Module]) -> Facts:
    """The facts, knowing which module names the game itself defines (its own `random`)."""
    game = [m for m in modules if not m.trusted]
    names = frozenset(m.name for m in game)
    taken: set[tuple[str, str]] = set()
    attrs: set[str] = set()
    for module in game:
        tree = _parse(module)
        if not isinstance(tree, ast.Module):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in names:
                taken |= {(node.module, a.name) for a in node.names}
            elif isinstance(node, ast.Attribute):
                attrs.add(node.attr)
    return dataclasses.replace(facts, own_random=any(m.name == "random" for m in modules),
                               game_modules=names, taken=frozenset(taken), attrs_read=frozenset(attrs))


def program_types(modules: list[Module]) -> dict[str, ModuleTypes]:
    """The proven types of every module that is rewritten (pyminis/guard/types/)."""
    return infer([(m.name, m.text, m.display, m.trusted, not compiles_plain(m)) for m in modules])


def rewrite_all(modules: list[Module]) -> tuple[dict[str, str], Facts]:
    """(module name → rewritten text, facts), facts gathered over all modules (methods, keywords)."""
    facts = with_modules(Facts.merge([_facts(m.text, m.display, m.trusted) for m in modules]), modules)
    types = program_types(modules)
    return {m.name: rewrite_in_program(m, facts, types.get(m.name, EMPTY)) for m in modules}, facts


def rewrite_in_program(module: Module, facts: Facts, types: ModuleTypes) -> str:
    """One module of a program as `rewrite_all` rewrites it (`pyminis dev`'s cache calls this
    for the modules that changed)."""
    if compiles_plain(module):
        return module.text
    return _rewrite(module.text, module.display, facts, types, module.trusted, module.name)


def rewrite(text: str, facts: Facts | None = None, types: ModuleTypes | None = None) -> str:
    """Natural Python → Python that Transcrypt compiles faithfully (same line numbers); the
    module typed on its own unless its types in a program are given."""
    if types is None:
        types = program_types([Module("__main__", "<module>", text)])["__main__"]
    return _rewrite(text, "<module>", facts if facts is not None else _facts(text, "<module>"), types)

"""`pyminis lint`: the guard's check over a project, a folder or one file."""

from __future__ import annotations

from pathlib import Path

from pyminis import guard
from pyminis.compile.python import collect_modules
from pyminis.errors import CompileError, UsageError
from pyminis.project.sources import read_source


def modules_at(path: Path) -> list[guard.Module]:
    """The modules a lint of `path` covers: a project's src/, a folder, or one file."""
    if path.is_file():
        name = path.stem if path.suffix == ".py" else path.name
        return [guard.Module(name, path.as_posix(), read_source(path, path.as_posix()))]
    if not path.is_dir():
        raise UsageError(f"{path} does not exist", hint="give a project folder or a .py file")
    src = path / "src"
    return collect_modules(src if src.is_dir() else path, Path.cwd())


def lint_path(path: Path) -> int:
    """Raise CompileError with every problem; return how many modules were checked."""
    modules = modules_at(path)
    problems = guard.check(modules)
    if problems:
        raise CompileError(f"{len(problems)} problem(s) in {len(modules)} module(s)", problems)
    return len(modules)

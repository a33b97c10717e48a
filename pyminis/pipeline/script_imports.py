"""The modules a script imports from its own folder, as CPython finds them.

`python3 script.py` puts the script's folder first on sys.path, so `import helper` and
`from shapes.circle import area` import `helper.py`, `shapes/__init__.py` and
`shapes/circle.py` beside it. `pyminis run` compiles those with the script: every module and
package of the folder the script imports, and what they import, transitively.
"""

from __future__ import annotations

import ast
from pathlib import Path

from pyminis import guard, syntax
from pyminis.project.sources import read_source


def _file_of(folder: Path, name: str) -> Path | None:
    """Where module `name` ("a.b") lives under `folder`: a.b.py or a/b/__init__.py."""
    base = folder.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(tree: ast.Module, name: str, is_package: bool) -> list[str]:
    """Every module name `tree` (module `name`) may import: for `import a.b.c`, a, a.b and
    a.b.c; for `from a import b`, a and a.b (b may be a submodule); relative imports read
    from the module's package."""
    wanted: list[str] = []

    def with_parents(dotted: str) -> None:
        parts = dotted.split(".")
        wanted.extend(".".join(parts[:i]) for i in range(1, len(parts) + 1))

    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                with_parents(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".") if package else []
                keep = len(parts) - (node.level - 1)
                if keep < 0:
                    continue
                base = ".".join(parts[:keep] + ([base] if base else []))
            if base:
                with_parents(base)
            for alias in node.names:
                if alias.name != "*":
                    with_parents(f"{base}.{alias.name}" if base else alias.name)
    return wanted


def own_modules(script: Path, text: str, skip: frozenset[str] = frozenset()) -> list[guard.Module]:
    """The script's own modules (module doc), named as CPython names them; none for a script
    that imports nothing from its folder. `skip`: names never looked for (the script's own)."""
    folder = script.parent
    found: dict[str, guard.Module] = {}
    queue: list[tuple[str, str, bool]] = [(text, "", False)]
    while queue:
        source, name, is_package = queue.pop()
        try:
            tree = syntax.parse(source)
        except SyntaxError:
            continue  # the guard reports it, at its line
        for wanted in _imported(tree, name, is_package):
            if wanted in found or wanted in skip:
                continue
            path = _file_of(folder, wanted)
            if path is None or path.resolve() == script.resolve():
                continue
            display = path.as_posix()
            module = guard.Module(wanted, display, read_source(path, display))
            found[wanted] = module
            queue.append((module.text, wanted, path.name == "__init__.py"))
    return sorted(found.values(), key=lambda m: m.name)

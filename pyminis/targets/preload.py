"""The images a game loads at start-up, found in its Python, for the page to preload.

An H5 page learns which images the game wants only once game.js has been fetched, parsed and
run up to `game.load_image(...)`; a `<link rel="preload" as="image">` per such image lets the
browser fetch them while the script is still arriving and compiling, so the game can start in
the first frame after its script ran (benchmarks/bunnymark/run.py: cold first frame).

Pure: `startup_images(sources, files)` takes `(display path, text)` pairs and the package's
files and reads no disk. A call counts when it is `<anything>.load_image("literal")` or
`<anything>.load_atlas("literal")` (the atlas' packed `NAME.png`) run while the game starts:
in a module's top-level statements (inside `if`/`try`/`with`/loops too), or in the body of a
function of that module that its top level calls (`main()`). Images loaded later (in a scene's
`setup`) are left out: preloading them would compete with the ones the first frame needs, and
the browser warns about preloads not used soon. Only paths that are files of the package are
returned, in first-use order, each once.
"""

from __future__ import annotations

import ast
import posixpath
from collections.abc import Iterable, Iterator, Mapping

from pyminis import syntax

# Engine call → the package file its literal argument names ("{}" is the argument).
_LOADERS = {"load_image": "{}", "load_atlas": "{}.png"}
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _literal_path(call: ast.Call) -> str | None:
    """The call's path argument when it is a string literal (positional or `path=`)."""
    arg: ast.expr | None = call.args[0] if call.args else None
    if arg is None:
        arg = next((k.value for k in call.keywords if k.arg == "path"), None)
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    return None


def _walk_here(nodes: Iterable[ast.AST]) -> Iterator[ast.AST]:
    """Every node of `nodes` in source order, not entering function or class bodies (they run
    when called, not where they stand)."""
    for node in nodes:
        yield node
        if not isinstance(node, _SCOPES):
            yield from _walk_here(ast.iter_child_nodes(node))


def _startup_calls(tree: ast.Module) -> Iterator[ast.Call]:
    """Calls made as the module runs: its top level, then the module functions it calls."""
    functions = {node.name: node for node in tree.body
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    bodies: list[list[ast.stmt]] = [tree.body]
    seen: set[str] = set()
    while bodies:
        for node in _walk_here(bodies.pop(0)):
            if not isinstance(node, ast.Call):
                continue
            yield node
            if isinstance(node.func, ast.Name) and node.func.id in functions \
                    and node.func.id not in seen:
                seen.add(node.func.id)
                bodies.append(functions[node.func.id].body)


def _package_path(path: str, base: str) -> str | None:
    """The package file a page at folder `base` reaches with the relative URL `path`."""
    if not path or "://" in path or path.startswith(("/", "data:", "blob:")) or "?" in path:
        return None
    joined = posixpath.normpath(posixpath.join(base, path))
    return None if joined.startswith("../") or joined == ".." else joined


def startup_images(sources: Iterable[tuple[str, str]], files: Mapping[str, bytes],
                   html_entry: str = "index.html") -> list[str]:
    """The image URLs (as the game writes them, relative to the page `html_entry`) that the
    game loads at start-up and the package holds. Files that do not parse are skipped: the
    guard reports syntax errors with their lines."""
    base = posixpath.dirname(html_entry)
    found: list[str] = []
    for display, text in sources:
        try:
            tree = syntax.parse(text, filename=display)
        except SyntaxError:
            continue
        for call in _startup_calls(tree):
            if not isinstance(call.func, ast.Attribute) or call.func.attr not in _LOADERS:
                continue
            path = _literal_path(call)
            if path is None:
                continue
            url = _LOADERS[call.func.attr].format(path)
            packaged = _package_path(url, base)
            if packaged is not None and packaged in files and url not in found:
                found.append(url)
    return found

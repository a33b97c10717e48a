"""A game's modules as Python module objects: `settings.play = True` from another module, and
`from settings import score` taking the value of the moment.

Transcrypt compiles `import settings` to an ES module namespace, which is read-only: storing a
variable of another module (a shared `global_vars.py`, a common Python pattern) threw
"Cannot set property play of #<Object> which has only a getter" (mikelReinanArcardo's Pyxel
pingpong). And ES imports are live bindings: after `from settings import score`, a later
`global score; score += 1` inside settings changed the importer's `score` too (CPython's
stays what it was at the import). So, for the game's own modules (pyminis' are not changed):

- each module exports `_pm_module`, an object whose properties read (and set) its variables;
- `import settings [as s]` binds that object (`from settings import _pm_module as s`);
- `from settings import score` binds a copy made when the statement runs, of a binding the
  module exports under a name of pyminis' (`export {score as _pm_e_score}`): Transcrypt exports
  a name only where the module first binds it at the top level, so a def, class or variable
  bound in a try, if or loop (`try: import json … except ImportError: def dumps…`) had no
  export and the bundler failed ("No matching export").
"""

from __future__ import annotations

import ast

from pyminis.guard.facts import js_name
from pyminis.guard.global_names import global_names
from pyminis.guard.shapes import _own_nodes

MODULE_OBJECT = "_pm_module"


def _bindings(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(variables the module assigns, names it binds only by `import`/`import … as`): the first
    can be set through the module object, the second only read (ES import bindings)."""
    assigned: set[str] = set(global_names(tree).declared) | {"__name__"}
    imported: set[str] = set()
    for node in _own_nodes(tree.body):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            assigned.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            assigned.add(node.name)
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            assigned.add(node.name)
        elif isinstance(node, ast.Import):
            imported |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module not in ("__future__", "typing",
                                                                      "typing_extensions"):
            imported |= {a.asname or a.name for a in node.names if a.name != "*"}
    return assigned, imported - assigned


def object_js(tree: ast.Module, game_modules: frozenset[str], attrs_read: frozenset[str]) -> str:
    """The export of the module object (`from m import x` of a game module assigns `x`); of
    the names it imports, those game code reads as some attribute (`vec.math`): a getter of a
    whole module would keep all of it (every Pyxel function) in the game."""
    assigned, imported = _bindings(tree)
    for node in _own_nodes(tree.body):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in game_modules:
            moved = {a.asname or a.name for a in node.names}
            assigned |= moved & imported
            imported -= moved
    imported = {n for n in imported if n in attrs_read}
    members = [f"get {n} () {{return {n};}}, set {n} (v) {{{n} = v;}}"
               for n in sorted(js_name(a) for a in assigned)]
    members += [f"get {n} () {{return {n};}}" for n in sorted(js_name(a) for a in imported)]
    return f"export var {MODULE_OBJECT} = {{{', '.join(members)}}};"


EXPORTED = "_pm_e_{}"  # the name a game module exports its binding `{}` under for importers


def alias_exports(tree: ast.Module, module_name: str, taken: frozenset[tuple[str, str]]) -> str | None:
    """`export {a as _pm_e_a, …}` for the names other game modules take by `from` this one (None:
    none). A name only annotated (`y: int`) has no JavaScript binding: CPython fails to import
    it too, so it is left to the bundler's error."""
    assigned, imported = _bindings(tree)
    annotated_only = {n.target.id for n in _own_nodes(tree.body) if isinstance(n, ast.AnnAssign)
                      and n.value is None and isinstance(n.target, ast.Name)}
    valued = {n.id for n in _own_nodes(tree.body) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)
              and n.id not in annotated_only}
    bound = (assigned - annotated_only) | valued | imported
    names = sorted(n for module, n in taken if module == module_name and n in bound)
    if not names:
        return None
    return "export {" + ", ".join(f"{js_name(n)} as {EXPORTED.format(n)}" for n in names) + "};"


def import_statement(node: ast.Import, game_modules: frozenset[str], texts: list[str | None]) -> str | None:
    """`import settings [as s]` binding the module object (None: no game module imported);
    `texts`: each alias's text as it stays otherwise (None: left out)."""
    if not any(a.name in game_modules and (a.asname or "." not in a.name) for a in node.names):
        return None
    statements: list[str] = []
    kept: list[str] = []
    for alias, text in zip(node.names, texts):
        if alias.name in game_modules and (alias.asname or "." not in alias.name):
            statements.append(f"from {alias.name} import {MODULE_OBJECT} as {alias.asname or alias.name}")
        elif text is not None:
            kept.append(text)
    if kept:
        statements.append("import " + ", ".join(kept))
    return "; ".join(statements)


def from_import_statement(node: ast.ImportFrom, game_modules: frozenset[str], serial: int,
                          source: str | None = None) -> str | None:
    """`from settings import a, b as c` as copies taken now: `from settings import a as
    _pm_i0_a, …; a = _pm_i0_a; …` (None: not a game module's names). Also for pyxel (staged as
    `source`), whose module variables change as it runs: `from pyxel import frame_count`
    takes the count of that moment, under CPython as under Pyxel."""
    copied = game_modules | {"pyxel"}
    if node.level or node.module not in copied or any(a.name == "*" for a in node.names):
        return None
    hidden = [f"_pm_i{serial}_{a.asname or a.name}" for a in node.names]
    exported = [EXPORTED.format(a.name) if node.module in game_modules else a.name for a in node.names]
    imports = ", ".join(f"{e} as {h}" for e, h in zip(exported, hidden))
    copies = "; ".join(f"{a.asname or a.name} = {h}" for a, h in zip(node.names, hidden))
    return f"from {source or node.module} import {imports}; {copies}"

"""String constants in the author's Python that look like secrets: a warning at their line.

Compiled Python ships as JavaScript anyone can read. A constant with the shape of a known
credential, or a random-looking string given to a name that names a secret (`API_KEY = "…"`,
`{"client_secret": "…"}`, `login(password="…")`), is reported where it is written; it warns
rather than refuses, since a public key may look like a private one.
"""

from __future__ import annotations

import ast

from pyminis.errors import Location, Problem
from pyminis.project.secrets import looks_random, names_secret, token_shape

CODE = "PM202"
HINT = ("keep secrets on your server (it can read them from an environment variable); the game "
        "asks your server, which calls the other service")


def _name_of(target: ast.expr) -> str | None:
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant) \
            and isinstance(target.slice.value, str):
        return target.slice.value
    return None


def _named_values(tree: ast.Module) -> list[tuple[str, ast.expr]]:
    """(name, value) pairs: assignments, dict entries and keyword arguments."""
    pairs: list[tuple[str, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            pairs += [(name, node.value) for t in node.targets if (name := _name_of(t))]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            name = _name_of(node.target)
            if name:
                pairs.append((name, node.value))
        elif isinstance(node, ast.Dict):
            pairs += [(k.value, v) for k, v in zip(node.keys, node.values)
                      if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        elif isinstance(node, ast.Call):
            pairs += [(k.arg, k.value) for k in node.keywords if k.arg]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args.args + node.args.kwonlyargs
            defaults = [None] * (len(node.args.args) - len(node.args.defaults)) \
                + list(node.args.defaults) + list(node.args.kw_defaults)
            pairs += [(a.arg, d) for a, d in zip(args, defaults) if d is not None]
    return pairs


def secret_warnings(tree: ast.Module, display: str) -> list[Problem]:
    """Every string constant of one module that looks like a secret, at its line."""
    found: dict[int, Problem] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            shape = token_shape(node.value)
            if shape is not None:
                found[id(node)] = Problem(Location(display, node.lineno, node.col_offset + 1),
                                          CODE, f"this string looks like {shape}, and it "
                                          "would ship in the game's JavaScript", HINT)
    for name, value in _named_values(tree):
        if isinstance(value, ast.Constant) and isinstance(value.value, str) \
                and id(value) not in found and names_secret(name) and looks_random(value.value):
            found[id(value)] = Problem(Location(display, value.lineno, value.col_offset + 1),
                                       CODE, f"{name} holds what looks like a secret, and it "
                                       "would ship in the game's JavaScript", HINT)
    return sorted(found.values(), key=lambda p: (p.location.line or 0, p.location.column or 0))

"""The SDK's network calls in the author's Python, held to `domain.trustedDomains` at their line.

`tt.request(url)`, `tt.download_file(url)`, `tt.upload_file(url)`, `tt.connect_socket(url)` (and
the platform's camelCase spellings on `tt`, `wx`, `TTMinis.game`) send requests the platform
only allows to trusted domains; the scan sees the compiled bundle, where the URL is often
out of reach. Here the guard folds the URL as far as the Python lets it (literals, module
constants, also imported from the game's own modules, f-strings, `+`, `str.format`, `%`): a
whole URL must be trusted; a URL with a part known only at run time must start with a whole
trusted origin (`SERVER + "/scores/" + user`), else the build fails. Origins are read as a
browser reads them (pyminis/scan/urls.py, WHATWG).
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass

from pyminis.errors import Location, Problem
from pyminis.scan.urls import origin_of, origin_trusted

CODE = "PM201"
# The SDK's network calls: pyminis' spelling and the platform's.
NETWORK_CALLS = frozenset({"request", "download_file", "upload_file", "connect_socket",
                           "downloadFile", "uploadFile", "connectSocket"})
# Globals through which Python reaches the platform's SDK objects directly.
PLATFORM_GLOBALS = frozenset({"tt", "wx", "TTMinis"})

Parts = list[str | None]  # a string's pieces, None where a piece is known only at run time


@dataclass(frozen=True)
class Unit:
    """One module as the check needs it."""

    name: str
    display: str
    tree: ast.Module


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    """Names assigned once at module level and never again anywhere in the module."""
    stores: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            stores[node.id] = stores.get(node.id, 0) + 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            stores[node.name] = stores.get(node.name, 0) + 1
        elif isinstance(node, ast.arg):
            stores[node.arg] = stores.get(node.arg, 0) + 1
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                stores[name] = stores.get(name, 0) + 2
    found: dict[str, ast.expr] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                and isinstance(statement.targets[0], ast.Name):
            name = statement.targets[0].id
            if stores.get(name) == 1:
                found[name] = statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) \
                and statement.value is not None and stores.get(statement.target.id) == 1:
            found[statement.target.id] = statement.value
    return found


class _Module:
    """What one module's names refer to: its constants, imports of the SDK and of own modules."""

    def __init__(self, unit: Unit, program: dict[str, Unit]) -> None:
        self.unit = unit
        self.constants = _constants(unit.tree)
        self.tt_modules: set[str] = set()  # names bound to pyminis.tt
        self.tt_functions: dict[str, str] = {}  # local name → network function of pyminis.tt
        self.imported: dict[str, tuple[str, str]] = {}  # local name → (own module, name)
        self.modules: dict[str, str] = {}  # local name → own module
        for node in ast.walk(unit.tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    local = alias.asname or alias.name
                    if node.module == "pyminis" and alias.name == "tt":
                        self.tt_modules.add(local)
                    elif node.module == "pyminis.tt" and alias.name in NETWORK_CALLS:
                        self.tt_functions[local] = alias.name
                    elif node.module in program:
                        self.imported[local] = (node.module, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == "pyminis.tt" and alias.asname:
                        self.tt_modules.add(alias.asname)
                    elif alias.name in program:
                        self.modules[alias.asname or alias.name] = alias.name


class _Checker:
    def __init__(self, units: list[Unit], trusted: tuple[str, ...], config_name: str) -> None:
        self.program = {u.name: u for u in units}
        self.modules = {u.name: _Module(u, self.program) for u in units}
        self.trusted = trusted
        self.config_name = config_name
        self.problems: list[Problem] = []

    # -- folding strings ----------------------------------------------------------------

    def fold(self, node: ast.expr, module: _Module, depth: int = 0) -> Parts:
        if depth > 20:
            return [None]
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else [None]
        if isinstance(node, ast.JoinedStr):
            parts: Parts = []
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    inner = self.fold(value.value, module, depth + 1)
                    known = value.conversion == -1 and value.format_spec is None \
                        and None not in inner
                    parts += inner if known else [None]
                else:
                    parts += self.fold(value, module, depth + 1)
            return parts
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.fold(node.left, module, depth + 1) + self.fold(node.right, module, depth + 1)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            template = self.fold(node.left, module, depth + 1)
            if None in template:
                return [None]
            items = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
            values = [self.fold(item, module, depth + 1) for item in items]
            return _percent_parts("".join(p or "" for p in template),
                                  ["".join(v) if None not in v else None  # type: ignore[arg-type]
                                   for v in values])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "format":
            template = self.fold(node.func.value, module, depth + 1)
            if None in template:
                return [None]
            return self._format(("".join(p or "" for p in template)), node, module, depth)
        if isinstance(node, ast.Name):
            return self._name(module, node.id, depth)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id in module.modules:
            other = self.modules.get(module.modules[node.value.id])
            return self._name(other, node.attr, depth) if other else [None]
        return [None]

    def _name(self, module: _Module, name: str, depth: int) -> Parts:
        if name in module.constants:
            return self.fold(module.constants[name], module, depth + 1)
        if name in module.imported:
            source, original = module.imported[name]
            other = self.modules.get(source)
            if other is not None:
                return self._name(other, original, depth + 1)
        return [None]

    def _format(self, template: str, call: ast.Call, module: _Module, depth: int) -> Parts:
        parts: Parts = []
        automatic = 0
        try:
            fields = list(string.Formatter().parse(template))
        except ValueError:
            return [None]
        for literal, field_name, spec, conversion in fields:
            parts.append(literal)
            if field_name is None:
                continue
            value: ast.expr | None = None
            if field_name == "":
                value = call.args[automatic] if automatic < len(call.args) else None
                automatic += 1
            elif field_name.isdigit():
                index = int(field_name)
                value = call.args[index] if index < len(call.args) else None
            else:
                value = next((k.value for k in call.keywords if k.arg == field_name), None)
            folded = self.fold(value, module, depth + 1) if value is not None else [None]
            parts += folded if not spec and not conversion and None not in folded else [None]
        return parts

    # -- the calls ----------------------------------------------------------------------

    def network_call(self, call: ast.Call, module: _Module) -> str | None:
        """The SDK network function `call` calls, or None."""
        func = call.func
        if isinstance(func, ast.Name):
            return module.tt_functions.get(func.id)
        if not isinstance(func, ast.Attribute) or func.attr not in NETWORK_CALLS:
            return None
        receiver = func.value
        while isinstance(receiver, ast.Attribute):  # TTMinis.game.request
            receiver = receiver.value
        if isinstance(receiver, ast.Name) and (
                receiver.id in module.tt_modules
                or (receiver.id in PLATFORM_GLOBALS and receiver.id not in module.constants)):
            return func.attr
        if isinstance(func.value, ast.Attribute) and func.value.attr == "tt" \
                and isinstance(func.value.value, ast.Name) and func.value.value.id == "pyminis":
            return func.attr
        return None

    @staticmethod
    def url_argument(call: ast.Call) -> ast.expr | None:
        for keyword in call.keywords:
            if keyword.arg == "url":
                return keyword.value
        if not call.args:
            return None
        first = call.args[0]
        if isinstance(first, ast.Dict):  # the platform's spelling: request({"url": …})
            for key, value in zip(first.keys, first.values):
                if isinstance(key, ast.Constant) and key.value == "url":
                    return value
            return None
        return first

    def check(self) -> list[Problem]:
        for module in self.modules.values():
            for node in ast.walk(module.unit.tree):
                if isinstance(node, ast.Call):
                    function = self.network_call(node, module)
                    url = self.url_argument(node) if function is not None else None
                    if function is not None and url is not None:
                        self.check_url(node, function, self.fold(url, module), module)
        return self.problems

    def check_url(self, call: ast.Call, function: str, parts: Parts, module: _Module) -> None:
        known = "".join(p for p in _prefix(parts))
        whole = None not in parts
        where = Location(module.unit.display, call.lineno, call.col_offset + 1)
        add = f'add its origin to "domain": {{"trustedDomains": [...]}} in {self.config_name}'
        if whole:
            origin = origin_of(known)
            if origin is None or origin_trusted(origin, self.trusted):
                return
            self.problems.append(Problem(
                where, CODE, f"{function}() goes to {_shown(origin)}, which is not a trusted "
                "domain: the platform blocks it", f"{add} (and on the app's page in the "
                "Developer Portal), or call a trusted origin"))
            return
        origin = origin_of(known) if _origin_closed(known) else None
        if origin is not None and origin_trusted(origin, self.trusted):
            return
        if origin is not None:
            message = (f"{function}() goes to {_shown(origin)}, which is not a trusted domain: "
                       "the platform blocks it")
            hint = add
        else:
            message = (f"{function}()'s URL is made at run time"
                       + (f" from {known!r} and more" if known else "")
                       + ", so pyminis cannot prove it goes to a trusted domain")
            hint = ("start the URL with a whole trusted origin and its '/', as a constant: "
                    'SERVER + "/scores/" + name, with SERVER = "https://api.example.com" in '
                    f"trustedDomains ({self.config_name})")
        self.problems.append(Problem(where, CODE, message, hint))


def _prefix(parts: Parts) -> list[str]:
    known: list[str] = []
    for part in parts:
        if part is None:
            break
        known.append(part)
    return known


def _origin_closed(prefix: str) -> bool:
    """Whether the known start of a URL fixes its origin: the authority after `//` is ended
    by `/`, `\\`, `?` or `#` before the unknown part begins (so `@evil.com` or `.evil.com`
    cannot be appended to the host)."""
    text = prefix.strip()
    scheme, sep, rest = text.partition(":")
    if not sep or not scheme.isalpha():
        return False
    rest = rest.lstrip("/\\")
    return any(mark in rest for mark in "/\\?#")


def _percent_parts(template: str, values: list[str | None]) -> Parts:
    """`template % values`: each `%s` is its value when known; any other conversion (or a
    missing value) is known only at run time."""
    parts: Parts = []
    pieces = template.split("%")
    parts.append(pieces[0])
    used = 0
    for piece in pieces[1:]:
        if not piece:
            parts.append("%")
            continue
        value = values[used] if used < len(values) else None
        used += 1
        parts += [value if piece[0] == "s" else None, piece[1:]]
    return parts


def _shown(origin: object) -> str:
    scheme = getattr(origin, "scheme", "") or "https"
    port = getattr(origin, "port", None)
    return f"{scheme}://{getattr(origin, 'host', '')}" + (f":{port}" if port else "")


def check_network(units: list[Unit], trusted: tuple[str, ...],
                  config_name: str = "minigame.config.json") -> list[Problem]:
    """Every SDK network call whose URL is not proven to go to a trusted domain."""
    return _Checker(units, trusted, config_name).check()

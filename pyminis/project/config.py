"""minigame.config.json / minis.config.json: load, validate, normalise to one typed model.

The platform documents disagree on field names (platform-docs/README.md); every documented
form is accepted and normalised here, so nothing downstream ever sees a variant. Pure logic:
`parse_config(text, path)` takes the file's text; only `load_config` touches the disk.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal

from pyminis.errors import ConfigError, Location
from pyminis.project.secrets import names_secret, token_shape

CONFIG_NAMES = ("minigame.config.json", "minis.config.json")

Orientation = Literal["portrait", "landscape"]

_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True)
class NavbarConfig:
    bg_color_light: str | None = None
    bg_color_dark: str | None = None
    style: Literal["default", "custom"] = "default"


@dataclass(frozen=True)
class DevConfig:
    host: str = "127.0.0.1"
    port: int = 3000
    client_key: str | None = None
    name: str | None = None
    icon_url: str | None = None
    desc: str | None = None
    pp_link: str | None = None
    tos_link: str | None = None


@dataclass(frozen=True)
class BuildConfig:
    output_dir: str = "dist"
    html_entry: str = "index.html"


@dataclass(frozen=True)
class Subpackage:
    """A folder of code and assets loaded later through loadSubpackage (native target)."""

    name: str
    root: str


@dataclass(frozen=True)
class ScanAllowance:
    """A reviewed third-party file allowed to contain one rule's findings, and why."""

    path: str
    rule: str
    reason: str


@dataclass(frozen=True)
class ServerSection:
    """The game's own server, which `pyminis dev` runs beside the simulator (docs/server.md):
    `app` an ASGI app as "module:attribute" (default "server.app:app" when server/app.py
    exists), `origin` the trusted domain the game reaches it at (default: the only one),
    `webhook` the path TikTok's webhooks go to."""

    app: str | None = None
    origin: str | None = None
    webhook: str = "/webhooks/tiktok"


@dataclass(frozen=True)
class PyminisSection:
    """pyminis' own settings, under the "pyminis" key (the platform ignores it)."""

    entry: str = "src/main.py"
    open_data: str = "open_data"
    sdk_url: str | None = None
    subpackages: tuple[Subpackage, ...] = ()
    scan_allow: tuple[ScanAllowance, ...] = ()
    warn_zip_mb: float = 50.0
    server: ServerSection = field(default_factory=ServerSection)


@dataclass(frozen=True)
class Config:
    orientation: Orientation = "portrait"
    navbar: NavbarConfig = field(default_factory=NavbarConfig)
    dev: DevConfig = field(default_factory=DevConfig)
    build: BuildConfig = field(default_factory=BuildConfig)
    trusted_domains: tuple[str, ...] = ()
    pyminis: PyminisSection = field(default_factory=PyminisSection)

    @property
    def client_key(self) -> str | None:
        return self.dev.client_key


@dataclass(frozen=True)
class LoadedConfig:
    config: Config
    path: Path | None
    raw: dict[str, Any]
    warnings: tuple[str, ...] = ()


# -- validation helpers -------------------------------------------------------------------


class _Reader:
    """Walks the raw JSON, reporting errors by JSON path and line, and collecting warnings."""

    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.warnings: list[str] = []

    def line_of(self, json_path: str) -> int | None:
        """The line of the last key of `json_path`, found by walking its keys in order."""
        pos = 0
        for key in json_path.split("."):
            if key.endswith("]"):
                key = key[: key.index("[")]
            found = self.text.find(f'"{key}"', pos)
            if found < 0:
                return None
            pos = found
        return self.text.count("\n", 0, pos) + 1

    def fail(self, json_path: str, value: Any, allowed: str) -> ConfigError:
        return ConfigError(
            f"{json_path} is {json.dumps(value)}, but it must be {allowed}",
            hint=f'set "{json_path}" to {allowed}, or remove it to use the default',
            location=Location(self.path, self.line_of(json_path)),
        )

    def section(self, raw: dict[str, Any], key: str, known: set[str]) -> dict[str, Any]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, value, "an object")
        for name in value:
            if name not in known and not name.startswith("_"):
                self.warnings.append(
                    f"{self.path}:{self.line_of(f'{key}.{name}') or 1}: unknown key "
                    f"{key}.{name} is ignored (known: {', '.join(sorted(known))})"
                )
        return value

    def pick(self, raw: dict[str, Any], prefix: str, *names: str) -> tuple[str, Any]:
        """The first present of several documented spellings of one field."""
        for name in names:
            if name in raw:
                return f"{prefix}{name}", raw[name]
        return f"{prefix}{names[0]}", None

    def string(self, where: str, value: Any, check: Callable[[str], bool] | None = None,
               allowed: str = "a string") -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or (check is not None and not check(value)):
            raise self.fail(where, value, allowed)
        return value


def _color(reader: _Reader, where: str, value: Any) -> str | None:
    return reader.string(where, value, lambda v: bool(_HEX_COLOR.match(v)),
                         'a hex colour string such as "#ffffff"')


def _port(reader: _Reader, where: str, value: Any) -> int:
    # 000 documents a number, 001 shows "3000" as a string: accept both.
    if value is None:
        return DevConfig.port
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise reader.fail(where, value, "a port number from 1 to 65535")
    return value


def _has_text(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(_has_text(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_text(v) for v in value)
    return False


def _find_secret(value: Any, path: str = "") -> tuple[str, str] | None:
    """(JSON path, why) of the first secret in the config: a key at any depth whose name names
    a secret and that holds text, or a string value shaped like a credential."""
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{path}.{key}" if path else str(key)
            if names_secret(str(key)) and _has_text(item):
                return here, f"the key {key!r} names a secret"
            found = _find_secret(item, here)
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _find_secret(item, f"{path}[{index}]")
            if found:
                return found
    elif isinstance(value, str):
        shape = token_shape(value)
        if shape is not None:
            return path, f"its value looks like {shape}"
    return None


# -- the sections -------------------------------------------------------------------------


def _navbar(r: _Reader, raw: dict[str, Any]) -> NavbarConfig:
    nav = r.section(raw, "navbar", {"bgColorLight", "bgColorDark", "lightModeBgColor",
                                     "darkModeBgColor", "style"})
    light = _color(r, *r.pick(nav, "navbar.", "bgColorLight", "lightModeBgColor"))
    dark = _color(r, *r.pick(nav, "navbar.", "bgColorDark", "darkModeBgColor"))
    style = r.string("navbar.style", nav.get("style"), lambda v: v in ("default", "custom"),
                     '"default" or "custom"') or "default"
    return NavbarConfig(light, dark, style)  # type: ignore[arg-type]


def _dev(r: _Reader, raw: dict[str, Any]) -> DevConfig:
    dev = r.section(raw, "dev", {"host", "port", "clientKey", "name", "iconUrl", "desc",
                                 "ppLink", "tosLink"})
    text = {key: r.string(f"dev.{key}", dev.get(key))
            for key in ("clientKey", "name", "iconUrl", "desc", "ppLink", "tosLink")}
    host = r.string("dev.host", dev.get("host"), lambda v: bool(v.strip()), "a host name")
    return DevConfig(
        host=host or DevConfig.host,
        port=_port(r, "dev.port", dev.get("port")),
        client_key=text["clientKey"],
        name=text["name"],
        icon_url=text["iconUrl"],
        desc=text["desc"],
        pp_link=text["ppLink"],
        tos_link=text["tosLink"],
    )


def _relative_dir(value: str) -> bool:
    """A relative path that stays where it starts, however it is spelled (Windows too)."""
    parts = value.replace("\\", "/").split("/")
    return (bool(value.strip()) and "\0" not in value and not value.startswith(("/", "\\"))
            and ".." not in parts and not re.match(r"^[A-Za-z]:", value))


def _build(r: _Reader, raw: dict[str, Any]) -> BuildConfig:
    build = r.section(raw, "build", {"outputDir", "output", "folderName", "htmlEntry"})
    out = r.string(*r.pick(build, "build.", "outputDir", "output", "folderName"),
                   check=_relative_dir, allowed="a folder name inside the project, such as \"dist\"")
    entry = r.string("build.htmlEntry", build.get("htmlEntry"), _relative_dir,
                     'a relative path such as "index.html"')
    return BuildConfig(output_dir=out or BuildConfig.output_dir,
                       html_entry=entry or BuildConfig.html_entry)


def _domains(r: _Reader, raw: dict[str, Any]) -> tuple[str, ...]:
    domain = r.section(raw, "domain", {"trustedDomains", "allowList"})
    where, value = r.pick(domain, "domain.", "trustedDomains", "allowList")
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise r.fail(where, value, 'a list of origins such as ["https://api.example.com"]')
    return tuple(value)


def _pyminis(r: _Reader, raw: dict[str, Any]) -> PyminisSection:
    # "assets" is read by pyminis/assets/settings.py, "pyxel" by pyminis/pipeline/pyxel_data.py.
    own = r.section(raw, "pyminis", {"entry", "openData", "sdkUrl", "subpackages", "scan",
                                     "warnZipMb", "assets", "server", "pyxel"})
    entry = r.string("pyminis.entry", own.get("entry"), lambda v: _relative_dir(v) and v.endswith(".py"),
                     'a Python file inside the project, such as "src/main.py"')
    open_data = r.string("pyminis.openData", own.get("openData"), _relative_dir,
                         'a folder inside the project, such as "open_data"')
    sdk_url = r.string("pyminis.sdkUrl", own.get("sdkUrl"), lambda v: v.startswith("https://"),
                       'an https:// URL')
    subpackages = []
    subs = own.get("subpackages", [])
    if not isinstance(subs, list):
        raise r.fail("pyminis.subpackages", subs, 'a list of {"name": …, "root": …}')
    for i, sub in enumerate(subs):
        where = f"pyminis.subpackages[{i}]"
        if (not isinstance(sub, dict) or not isinstance(sub.get("name"), str)
                or not isinstance(sub.get("root"), str) or not _relative_dir(sub["root"])):
            raise r.fail(where, sub, 'an object {"name": "level2", "root": "subpackages/level2"}')
        if not _PLAIN_NAME.match(sub["name"]):
            # The name also names pyminis' stage folder: `../` in it would reach outside.
            raise r.fail(f"{where}.name", sub["name"],
                         'a plain name of letters, digits, "-" and "_", such as "level2"')
        subpackages.append(Subpackage(sub["name"], sub["root"].strip("/")))
    scan = own.get("scan", {})
    allow = scan.get("allow", []) if isinstance(scan, dict) else None
    if not isinstance(allow, list):
        raise r.fail("pyminis.scan.allow", allow, 'a list of {"path", "rule", "reason"}')
    allowances = []
    for i, item in enumerate(allow):
        where = f"pyminis.scan.allow[{i}]"
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k].strip()
                                                 for k in ("path", "rule", "reason")):
            raise r.fail(where, item, 'an object with "path", "rule" and a non-empty "reason"')
        allowances.append(ScanAllowance(item["path"], item["rule"], item["reason"]))
    warn = own.get("warnZipMb", PyminisSection.warn_zip_mb)
    if isinstance(warn, bool) or not isinstance(warn, (int, float)) or warn <= 0:
        raise r.fail("pyminis.warnZipMb", warn, "a positive number of megabytes")
    return PyminisSection(
        entry=entry or PyminisSection.entry,
        open_data=open_data or PyminisSection.open_data,
        sdk_url=sdk_url,
        subpackages=tuple(subpackages),
        scan_allow=tuple(allowances),
        warn_zip_mb=float(warn),
        server=_server(r, own),
    )


_APP_SPEC = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*:[A-Za-z_][A-Za-z0-9_]*$")


def _server(r: _Reader, own: dict[str, Any]) -> ServerSection:
    section = r.section(own, "server", {"app", "origin", "webhook"})
    app = r.string("pyminis.server.app", section.get("app"), _APP_SPEC.match,
                   'an ASGI app as "module:attribute", such as "server.app:app"')
    origin = r.string("pyminis.server.origin", section.get("origin"),
                      lambda v: v.startswith("https://"),
                      'the https:// origin the game reaches its server at (one of domain.trustedDomains)')
    webhook = r.string("pyminis.server.webhook", section.get("webhook"),
                       lambda v: v.startswith("/") and "//" not in v,
                       'a path such as "/webhooks/tiktok"')
    return ServerSection(app=app, origin=origin, webhook=webhook or ServerSection.webhook)


_TOP_KEYS = {"orientation", "navbar", "dev", "build", "domain", "pyminis"}


MAX_CONFIG_BYTES = 1024 * 1024  # a config is a few hundred bytes; this is not one
MAX_DEPTH = 32  # objects in objects: deeper is not a config either


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """JSON allows a key twice and keeps the last; an author who wrote two never meant both."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Duplicate(key)
        seen[key] = value
    return seen


def _depth(value: Any) -> int:
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            todo += [(v, depth + 1) for v in (item.values() if isinstance(item, dict) else item)]
    return deepest


def _json(text: str, path: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates) if text.strip() else {}
    except json.JSONDecodeError as error:
        hint = "fix the JSON syntax (comments and trailing commas are not allowed)"
        if text.lstrip().startswith(("//", "/*")) or "//" in text.splitlines()[error.lineno - 1]:
            hint = "remove the comments: JSON has none (put notes under a key starting with _)"
        raise ConfigError(f"not valid JSON: {error.msg}", hint=hint,
                          location=Location(path, error.lineno, error.colno)) from None
    except _Duplicate as duplicate:
        at = [i for i, line in enumerate(text.splitlines(), 1) if f'"{duplicate.key}"' in line]
        raise ConfigError(f"the key {duplicate.key!r} appears twice in one object",
                          hint="keep one of them (JSON would silently use the last)",
                          location=Location(path, at[1] if len(at) > 1 else None)) from None
    except RecursionError:
        raise ConfigError(f"the JSON is nested more than {MAX_DEPTH} levels deep",
                          hint="a config is a few flat sections; remove the nesting",
                          location=Location(path, 1)) from None


def parse_config(text: str, path: str = "minigame.config.json") -> LoadedConfig:
    """Validate a config file's text; raise ConfigError at the first invalid field."""
    text = text.removeprefix("\ufeff")  # a byte order mark some editors write
    raw = _json(text, path)
    if _depth(raw) > MAX_DEPTH:
        raise ConfigError(f"the JSON is nested more than {MAX_DEPTH} levels deep",
                          hint="a config is a few flat sections; remove the nesting",
                          location=Location(path, 1))
    if not isinstance(raw, dict):
        raise ConfigError("the config must be a JSON object", hint='start it with "{"',
                          location=Location(path, 1))
    r = _Reader(text, path)
    secret = _find_secret(raw)
    if secret:
        where, why = secret
        raise ConfigError(
            f"{where} looks like a secret ({why}), and this file ships inside the game package",
            hint="move it to your server (which can read it from an environment variable) and "
                 "remove it here; the game asks your server, which keeps the secret",
            location=Location(path, r.line_of(where)),
        )
    for name in raw:
        if name not in _TOP_KEYS and not name.startswith("_"):
            r.warnings.append(f"{path}:{r.line_of(name) or 1}: unknown key {name} is ignored "
                              f"(known: {', '.join(sorted(_TOP_KEYS))})")
    orientation = r.string("orientation", raw.get("orientation"),
                           lambda v: v in ("portrait", "landscape"), '"portrait" or "landscape"')
    config = Config(
        orientation=orientation or "portrait",  # type: ignore[arg-type]
        navbar=_navbar(r, raw),
        dev=_dev(r, raw),
        build=_build(r, raw),
        trusted_domains=_domains(r, raw),
        pyminis=_pyminis(r, raw),
    )
    return LoadedConfig(config, None, raw, tuple(r.warnings))


def find_config(root: Path) -> Path | None:
    for name in CONFIG_NAMES:
        if (root / name).is_file():
            return root / name
    return None


def load_config(root: Path) -> LoadedConfig:
    """The project's config (minigame.config.json, else minis.config.json), or the defaults."""
    path = find_config(root)
    if path is None:
        return LoadedConfig(Config(), None, {})
    loaded = parse_config(read_config_text(path), path.name)
    return LoadedConfig(loaded.config, path, loaded.raw, loaded.warnings)


def read_config_text(path: Path) -> str:
    """A config file's text (UTF-8, a BOM allowed), or ConfigError saying what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigError(f"the config is {size // 1024} KB; a config is a few hundred bytes",
                              hint="keep only pyminis' and the platform's settings in it",
                              location=Location(path.name))
        data = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"cannot read it: {error.strerror}", hint="check its permissions",
                          location=Location(path.name)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"byte 0x{data[error.start]:02x} is not valid UTF-8",
                          hint="save the config as UTF-8 (your editor's encoding menu)",
                          location=Location(path.name, data.count(b"\n", 0, error.start) + 1)) from None

"""Origins of URLs: which are the package's own, which are fonts, which are trusted.

The platform allows scripts and stylesheets only from the package itself ("self resources"),
fonts from anywhere, and requests only to the trusted domains of the config.
"""

from __future__ import annotations

from dataclasses import dataclass

from ada_url import URL

# Hosts that serve fonts (their CSS and files): "in addition to introducing fonts" (000, 001).
FONT_HOSTS = (
    "fonts.googleapis.com",
    "fonts.gstatic.com",
    "use.typekit.net",
    "p.typekit.net",
    "fonts.bunny.net",
    "use.fontawesome.com",
)

# ws/wss reach the same servers as http/https: a trusted https origin covers its socket.
_SCHEME_FAMILY = {"http": "http", "ws": "http", "https": "https", "wss": "https"}
_DEFAULT_PORT = {"http": 80, "ws": 80, "https": 443, "wss": 443}
# Relative URLs resolve against this: a result on this host is the package's own file.
_PACKAGE_BASE = "https://pyminis-package.invalid/"
_PACKAGE_HOST = "pyminis-package.invalid"
# Schemes whose URL is code or a document made from a string: never a file of the package.
CODE_SCHEMES = ("data:", "blob:", "javascript:", "vbscript:")


@dataclass(frozen=True)
class Origin:
    scheme: str  # "" when the URL is protocol-relative ("//host/x")
    host: str  # as a browser reads it: lower case, IDNA (punycode), IP addresses normalised
    port: int | None  # None for the scheme's default port


def _parse(url: str, base: str | None = _PACKAGE_BASE) -> URL | None:
    try:
        return URL(url, base) if base is not None else URL(url)
    except ValueError:
        return None


def origin_of(url: str) -> Origin | None:
    """The origin a browser requests `url` from (WHATWG URL parsing: backslashes, userinfo,
    case, default ports, IDNA); None for the package's own paths and for URLs with no host
    (data:, blob:, javascript:)."""
    parsed = _parse(url)
    if parsed is None:
        return None
    scheme = parsed.protocol.rstrip(":")
    if scheme not in _SCHEME_FAMILY or not parsed.hostname or parsed.hostname == _PACKAGE_HOST:
        return None
    relative = url.strip(" \t\n\r\f\v\0").replace("\\", "/").startswith("//")
    port = int(parsed.port) if parsed.port else None
    return Origin("" if relative else scheme, parsed.hostname, port)


def is_code_url(url: str) -> bool:
    """A URL whose content is made at run time from a string (data:, blob:, javascript:)."""
    parsed = _parse(url, None)
    return parsed is not None and any(parsed.protocol == s for s in CODE_SCHEMES)


def is_foreign(url: str) -> bool:
    """True when `url` loads from another origin than the package."""
    return origin_of(url) is not None


def is_font_host(url: str) -> bool:
    origin = origin_of(url)
    return origin is not None and origin.host in FONT_HOSTS


def _host_matches(host: str, pattern: str) -> bool:
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern


@dataclass(frozen=True)
class TrustedEntry:
    """One `domain.trustedDomains` entry, read as a browser reads a URL."""

    host: str  # punycode, lower case; "*.example.com" keeps its wildcard
    family: str | None  # "http"/"https" when the entry names a scheme
    port: int | None  # the entry's port, its scheme's default, or None (any)


def trusted_entry(entry: str) -> TrustedEntry | None:
    """An origin ("https://api.example.com"), a host ("api.example.com") or a wildcard host
    ("*.example.com"); None when the entry is not one."""
    text = entry.strip().rstrip("/")
    wildcard = False
    scheme = None
    if "://" in text:
        scheme, _, rest = text.partition("://")
        scheme = scheme.lower()
        if scheme not in _SCHEME_FAMILY:
            return None
    else:
        rest = text
    if rest.startswith("*."):
        wildcard, rest = True, rest[2:]
    parsed = _parse(f"{scheme or 'https'}://{rest}", None)
    if parsed is None or not parsed.hostname or parsed.username or parsed.password \
            or parsed.pathname not in ("", "/") or parsed.search or parsed.hash:
        return None
    port = int(parsed.port) if parsed.port else (_DEFAULT_PORT[scheme] if scheme else None)
    return TrustedEntry(("*." if wildcard else "") + parsed.hostname,
                        _SCHEME_FAMILY[scheme] if scheme else None, port)


def origin_trusted(origin: Origin, trusted_domains: tuple[str, ...]) -> bool:
    for entry in trusted_domains:
        found = trusted_entry(entry)
        if found is None:
            continue
        if found.family is not None:
            if origin.scheme and _SCHEME_FAMILY[origin.scheme] != found.family:
                continue
            port = origin.port if origin.port is not None else (
                _DEFAULT_PORT[origin.scheme] if origin.scheme else None)
            if port is not None and port != found.port:
                continue
        if _host_matches(origin.host, found.host):
            return True
    return False


def is_trusted(url: str, trusted_domains: tuple[str, ...]) -> bool:
    """True when `url` is the package's own or its origin is among `trusted_domains`.

    An entry may be an origin ("https://api.example.com"), a host ("api.example.com") or a
    wildcard host ("*.example.com"); an entry with a scheme also fixes the scheme family and port.
    """
    origin = origin_of(url)
    return origin is None or origin_trusted(origin, trusted_domains)

"""Origins of URLs: which are the package's own, which are fonts, which are trusted.

The platform allows scripts and stylesheets only from the package itself ("self resources"),
fonts from anywhere, and requests only to the trusted domains of the config.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

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


@dataclass(frozen=True)
class Origin:
    scheme: str  # "" when the URL is protocol-relative ("//host/x")
    host: str
    port: int | None


def origin_of(url: str) -> Origin | None:
    """The origin of an absolute or protocol-relative URL; None for the package's own paths."""
    text = url.strip()
    if text.startswith("//"):
        text = "https:" + text
        relative_scheme = True
    else:
        relative_scheme = False
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in _SCHEME_FAMILY or not parts.hostname:
        return None  # data:, blob:, relative paths: nothing leaves the package
    return Origin("" if relative_scheme else parts.scheme.lower(), parts.hostname.lower(), port)


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


def is_trusted(url: str, trusted_domains: tuple[str, ...]) -> bool:
    """True when `url` is the package's own or its origin is among `trusted_domains`.

    An entry may be an origin ("https://api.example.com"), a host ("api.example.com") or a
    wildcard host ("*.example.com"); an entry with a scheme also fixes the scheme family and port.
    """
    origin = origin_of(url)
    if origin is None:
        return True
    for entry in trusted_domains:
        text = entry.strip().rstrip("/")
        if "://" in text:
            scheme, _, rest = text.partition("://")
            host, _, port_text = rest.partition("/")[0].partition(":")
            family = _SCHEME_FAMILY.get(scheme.lower())
            if origin.scheme and family != _SCHEME_FAMILY[origin.scheme]:
                continue
            if port_text and port_text.isdigit() and origin.port != int(port_text):
                continue
        else:
            host = text.partition("/")[0].partition(":")[0]
        if _host_matches(origin.host, host.lower()):
            return True
    return False

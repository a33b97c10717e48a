"""Who may talk to `pyminis dev` (pure logic): the server is reachable from the network with
`--host 0.0.0.0`, and any web page the developer opens can send requests to it.

- Host: a request must name the server by an address (an IP literal, `localhost`) or by the
  host it was started on. A web page that rebinds its own domain to this machine (DNS
  rebinding) sends its domain as Host and is refused, so it can read nothing.
- State-changing requests (POST) need the session's token, which only pages the server itself
  served hold (an HttpOnly, SameSite=Strict cookie), and, when the browser names the page that
  sent them (Origin), that page must be the server's own.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import socket
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from urllib.parse import urlsplit

COOKIE = "pyminis_dev_token"
HEADER = "X-Pyminis-Token"
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def host_name(host_header: str) -> str:
    """The host of a Host header or an origin, without port or brackets, lower case."""
    text = host_header.strip().lower()
    if text.startswith("["):
        return text[1:text.find("]")] if "]" in text else text
    if text.count(":") == 1:
        text = text.partition(":")[0]
    return text.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@dataclass
class Gate:
    """The server's own names and its session token."""

    bound: str  # the address the server listens on
    port: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    def own_names(self) -> set[str]:
        names = set(_LOCAL_NAMES) | {host_name(self.bound)}
        try:
            machine = socket.gethostname().lower()
        except OSError:
            machine = ""
        if machine:
            names |= {machine, machine + ".local"}
        return names

    def host_allowed(self, host_header: str | None) -> bool:
        """A request whose Host names this server (HTTP/1.1 always sends one)."""
        if not host_header:
            return False
        name = host_name(host_header)
        return _is_ip(name) or name in self.own_names() or name.endswith(".localhost")

    def origin_allowed(self, origin: str | None, host_header: str | None) -> bool:
        """The page that sent a request is this server's own (or the browser did not say)."""
        if origin is None:
            return True
        parts = urlsplit(origin.strip())
        return (parts.scheme == "http" and host_header is not None
                and parts.netloc.lower() == host_header.strip().lower())

    def token_of(self, cookie_header: str | None, header: str | None) -> str | None:
        if header:
            return header.strip()
        if not cookie_header:
            return None
        try:
            jar = SimpleCookie(cookie_header)
        except CookieError:
            return None
        morsel = jar.get(COOKIE)
        return morsel.value if morsel is not None else None

    def token_valid(self, cookie_header: str | None, header: str | None) -> bool:
        given = self.token_of(cookie_header, header)
        return given is not None and hmac.compare_digest(given, self.token)

    def set_cookie(self) -> str:
        return f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"

"""The server's settings, from the environment only: secrets never sit in a file the game
ships (the build refuses a config holding one, pyminis/project/secrets.py)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from pyminis.server.client import OPEN_API_URL

CLIENT_KEY = "TIKTOK_CLIENT_KEY"
CLIENT_SECRET = "TIKTOK_CLIENT_SECRET"
OPEN_API = "TIKTOK_OPEN_API_URL"  # pyminis dev points it at the offline Open API
ORDER_QUERY_PATH = "TIKTOK_ORDER_QUERY_PATH"
DATABASE_URL = "DATABASE_URL"
DEFAULT_DATABASE = "sqlite:///orders.sqlite3"


class SettingsError(RuntimeError):
    """A setting is missing or wrong: the message names the environment variable."""


@dataclass(frozen=True)
class ServerSettings:
    client_key: str
    client_secret: str = field(repr=False)
    open_api_url: str = OPEN_API_URL
    database_url: str = DEFAULT_DATABASE
    order_query_path: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ServerSettings:
        env = os.environ if env is None else env
        missing = [name for name in (CLIENT_KEY, CLIENT_SECRET) if not env.get(name, "").strip()]
        if missing:
            raise SettingsError(f"set {' and '.join(missing)} in the server's environment "
                                "(the Developer Portal shows them; never put them in the game)")
        url = env.get(OPEN_API, "").strip() or OPEN_API_URL
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise SettingsError(f"{OPEN_API}={url!r}: use https:// (plain http only to this "
                                "machine, for pyminis' offline Open API)")
        return cls(client_key=env[CLIENT_KEY].strip(), client_secret=env[CLIENT_SECRET].strip(),
                   open_api_url=url,
                   database_url=env.get(DATABASE_URL, "").strip() or DEFAULT_DATABASE,
                   order_query_path=env.get(ORDER_QUERY_PATH, "").strip() or None)

"""Does the project have a server for `pyminis dev` to run, and where does the game reach it?
(pure: reads the config and whether a file exists)

A project declares its server by having `server/app.py` with an ASGI `app` (the monetized
template does), or with `"pyminis": {"server": {"app": "module:attr"}}` in its config. The
game reaches it at a trusted domain — `pyminis.server.origin`, or the config's only trusted
domain. The built game keeps that production origin (the build-time checks, PM201 and the
scan, are unchanged); only the simulator's SDK stand-in sends requests for that origin to the
local server, through the dev server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyminis.errors import ConfigError, Location
from pyminis.project.config import Config
from pyminis.scan.urls import origin_of, origin_trusted, trusted_entry

DEFAULT_APP = "server.app:app"


@dataclass(frozen=True)
class ServerPlan:
    app: str  # "module:attribute", imported with the project folder first on sys.path
    origin: str | None  # "https://api.example.com", or None: requests are not routed
    webhook: str  # the path TikTok's webhooks go to
    folder: Path  # the app's top package folder: a change there restarts the server
    note: str = ""  # said in the terminal when the plan is incomplete


def _origin_text(entry: str) -> str | None:
    """The origin an https trusted-domain entry names exactly (no wildcard, no bare host)."""
    found = trusted_entry(entry)
    if found is None or "://" not in entry or "*" in entry:
        return None
    origin = origin_of(entry.strip().rstrip("/"))
    if origin is None or origin.scheme != "https":
        return None
    port = f":{origin.port}" if origin.port is not None else ""
    return f"https://{origin.host}{port}"


def server_plan(root: Path, config: Config, config_path: str = "minigame.config.json"
                ) -> ServerPlan | None:
    """The project's server, or None when it has none."""
    section = config.pyminis.server
    app = section.app or (DEFAULT_APP if (root / "server" / "app.py").is_file() else None)
    if app is None:
        return None
    folder = root / app.partition(":")[0].split(".")[0]
    if section.origin is not None:
        origin = _origin_text(section.origin)
        parsed = origin_of(section.origin)
        if origin is None or parsed is None or not origin_trusted(parsed, config.trusted_domains):
            raise ConfigError(
                f"pyminis.server.origin {section.origin!r} is not one of domain.trustedDomains",
                hint="the game can only reach a trusted domain: add the server's https origin to "
                     "domain.trustedDomains, or set pyminis.server.origin to one listed there",
                location=Location(config_path, None))
        return ServerPlan(app, origin, section.webhook, folder)
    candidates = [o for o in (_origin_text(d) for d in config.trusted_domains) if o]
    if len(candidates) == 1:
        return ServerPlan(app, candidates[0], section.webhook, folder)
    why = ("the config lists no https trusted domain" if not candidates else
           f"the config lists {len(candidates)} trusted domains")
    return ServerPlan(app, None, section.webhook, folder,
                      note=f"{why}: set pyminis.server.origin to the one the game reaches its "
                           "server at, and the simulator will send the game's requests there "
                           "to this server")

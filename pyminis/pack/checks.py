"""What the Developer Portal's upload checks refuse, checked locally (pure logic).

The code scan (doc/submit-your-app-for-review, native-runtime.md) rejects a package with an
empty file, without its configuration files or whose game never implements login; the upload
refuses a ZIP over 200 MB. Each refusal is a Problem that says what to do. Empty files are
refused by the build's own restriction scan (pyminis/scan, rule zero-byte-file), which every
release build runs before pack gets the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pyminis.errors import BuildError, Location, Problem, ProblemsError
from pyminis.targets import capabilities
from pyminis.targets.sizes import MB, megabytes

ZIP_LIMIT = 200 * MB  # one uploaded ZIP (doc/submit-your-app-for-review)
# What `pyminis new` writes as dev.clientKey until the author pastes the real one.
PLACEHOLDER_CLIENT_KEY = "replace-with-your-client-key"
_PLACEHOLDERS = {"clientkey", "yourclientkey", "changeme", "todo", "xxx", "xxxx", "placeholder",
                 "appid", "yourappid", "example", "test"}

# The files the platform looks for at the package root, per target.
REQUIRED_FILES: dict[str, tuple[str, ...]] = {
    "h5": ("minigame.config.json",),
    "minis": ("minis.config.json",),
    "native": ("game.json", "project.config.json"),
}


class PackError(ProblemsError):
    """The package would be refused on upload; every reason is listed, no ZIP is written."""


def missing_config(files: Mapping[str, bytes], target: str) -> list[Problem]:
    return [Problem(Location(name), "missing-config",
                    f"{name} is not in the {target} package, and the platform requires it",
                    f"pyminis makes {name} from the project's config: keep minigame.config.json "
                    "at the project root (`pyminis new` writes one); if it is there, please "
                    "report this pyminis bug")
            for name in REQUIRED_FILES.get(target, ()) if name not in files]


def missing_login(sources: Iterable[tuple[str, str]], entry: str) -> list[Problem]:
    if any(cap.key == "login" for cap in capabilities.missing(sources)):
        return [Problem(Location(entry), "no-login",
                        "the game never calls login, and the platform's code scan requires the "
                        "TikTok Login API to be implemented",
                        "call `await tt.login()` (from pyminis import tt) when the game starts, "
                        "and send the code to your server")]
    return []


def refuse(problems: list[Problem]) -> None:
    if problems:
        count = len(problems)
        raise PackError(f"pack refused: {count} problem{'s' if count != 1 else ''} the upload "
                        "would be rejected for; no ZIP was written", problems)


def zip_size(size: int, warn_mb: float, config_name: str) -> list[str]:
    """Raise when the ZIP is over the upload limit; warn above `warn_mb` (002's 50 MB)."""
    if size > ZIP_LIMIT:
        raise BuildError(f"the ZIP is {megabytes(size)}, over the upload limit of "
                         f"{megabytes(ZIP_LIMIT)}",
                         hint="move big assets to your CDN (a trusted domain) and download "
                              "them at run time, or compress them")
    if size > warn_mb * MB:
        return [(f"the ZIP is {megabytes(size)}, over {warn_mb:g} MB (the limit platform-docs 002 "
                 f"gives for Minis apps); mini games may upload up to {megabytes(ZIP_LIMIT)}. "
                 f'Set "pyminis": {{"warnZipMb": …}} in {config_name} to move this warning')]
    return []


def is_placeholder_key(client_key: str | None) -> bool:
    """The template's placeholder or one copied from the docs (`YOUR-CLIENT-KEY`,
    `<your client key>`, `replace-me`…), in any case and with any separators."""
    if client_key is None:
        return False
    plain = re.sub(r"[^a-z0-9]", "", client_key.lower())
    return (client_key == PLACEHOLDER_CLIENT_KEY or plain in _PLACEHOLDERS
            or plain.startswith(("your", "replace", "placeholder", "insert", "paste"))
            or client_key.strip().startswith("<"))


def placeholder_key(client_key: str | None, config_name: str) -> list[str]:
    """A warning while the config still holds a placeholder client key: the ZIP packs, but
    the portal would reject it."""
    if not is_placeholder_key(client_key):
        return []
    return [(f"{config_name}: dev.clientKey is still the template's placeholder; paste your "
             "app's client key (Developer Portal → your app → Credentials) before uploading")]

"""What must not leave the project in a package: secrets in its files, requests to domains the
config does not trust. Run by every build before anything is written.

- Files from assets/ and subpackage folders: credential files by name (`.env`, `id_rsa`,
  `*.pem`…), private keys and known token shapes anywhere, random-looking values given to a
  secret-sounding name in text files: refused, each at its file and line.
- The game's Python: the SDK's network calls held to `domain.trustedDomains` at their line
  (pyminis/guard/network.py); string constants that look like secrets warned at their line
  (pyminis/guard/secrets.py).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from pyminis import guard, syntax
from pyminis.errors import CompileError, Location, Problem, ProblemsError
from pyminis.guard.network import Unit, check_network
from pyminis.guard.secrets import secret_warnings
from pyminis.project import Project
from pyminis.project.secrets import credential_file, text_leaks, token_shape

CODE = "secret"
HINT = ("keep secrets out of the game: move it to your server (which can read it from an "
        "environment variable) and remove the file from the package")
_TEXT_LIMIT = 2 * 1024 * 1024  # larger files are searched for private keys only


class SecretError(ProblemsError):
    """Files that would ship a secret; every one is listed, nothing is written."""


def file_secrets(path: str, data: bytes) -> list[Problem]:
    """The secrets one package file would ship (`path` as the author knows it)."""
    name = PurePosixPath(path).name
    if credential_file(name):
        return [Problem(Location(path), CODE, f"{name} is a credential file (by its name), and "
                        "everything in a game package is public", HINT)]
    if len(data) > _TEXT_LIMIT or b"\0" in data[:4096]:
        if b"PRIVATE KEY-----" in data:
            return [Problem(Location(path), CODE, "the file contains a private key", HINT)]
        return []
    text = data.decode("utf-8", "replace")
    return [Problem(Location(path, leak.line), CODE, f"this line holds {leak.what}", HINT)
            for leak in text_leaks(text)]


def refuse_secrets(files: dict[str, bytes], sources: dict[str, str] | None = None) -> None:
    """Raise SecretError listing every secret in `files` (package path → bytes); `sources`
    names the author's file a package path came from, when it differs."""
    problems = [p for path in sorted(files)
                for p in file_secrets((sources or {}).get(path, path), files[path])]
    if problems:
        count = len(problems)
        raise SecretError(f"{count} secret{'s' if count != 1 else ''} would ship in the package; "
                          "nothing was written", problems)


def _units(modules: list[guard.Module]) -> list[Unit]:
    units = []
    for module in modules:
        try:
            tree = syntax.parse(module.text, filename=module.display)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue  # the compile reports it at its line
        units.append(Unit(module.name, module.display, tree))
    return units


def check_python(project: Project, modules: list[guard.Module]) -> list[str]:
    """Refuse network calls to untrusted domains (CompileError); return the secret warnings."""
    units = _units([m for m in modules if not m.trusted])
    config = project.loaded.path.name if project.loaded.path else "minigame.config.json"
    refused = check_network(units, project.config.trusted_domains, config)
    if refused:
        raise CompileError(f"{len(refused)} request(s) to domains the config does not trust",
                           refused)
    return [str(problem) for unit in units for problem in secret_warnings(unit.tree, unit.display)]


__all__ = ["SecretError", "check_python", "file_secrets", "refuse_secrets", "token_shape"]

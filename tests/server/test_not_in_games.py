"""pyminis.server never reaches a game: the guard refuses it at its line, the build's staging
of pyminis' game packages never picks it up, and a project's server/ folder never ships."""

from __future__ import annotations

from pathlib import Path

from pyminis.compile.python import GAME_PACKAGES, pyminis_modules
from pyminis.guard import Module, check
from pyminis.guard import modules as standard


def problems(source: str) -> list[tuple[str, int | None, str]]:
    found = check([Module("game", "src/game.py", source)])
    return [(p.code, p.location.line, p.hint) for p in found]


def test_importing_pyminis_server_in_a_game_is_refused_at_its_line() -> None:
    found = problems("from pyminis import tt\n"
                     "import pyminis.server\n"
                     "from pyminis.server import verify_webhook\n"
                     "from pyminis import server\n"
                     "import pyminis.server.webhook as w\n")
    assert [(code, line) for code, line, _ in found] == [
        ("PM111", 2), ("PM111", 3), ("PM125", 4), ("PM111", 5)]
    assert all("tt.request to your game's server" in hint for _, _, hint in found)


def test_game_packages_stay_importable() -> None:
    assert problems("from pyminis import tt, engine, social, opendata\n"
                    "from pyminis.engine import Game\nimport pyminis.tt\n") == []
    assert standard.PYMINIS_GAME_PACKAGES == frozenset(GAME_PACKAGES)


def test_the_staged_pyminis_packages_hold_no_server_code() -> None:
    names = {m.name for m in pyminis_modules()}
    assert "pyminis.tt" in names and "pyminis.engine" in names
    assert not [n for n in names if n.split(".")[:2] == ["pyminis", "server"]]
    assert "server" not in GAME_PACKAGES


def test_a_projects_server_folder_never_ships(tmp_path: Path) -> None:
    from pyminis.cli.new import new_project
    from pyminis.pipeline import build

    root = new_project("shop", "monetized", tmp_path)
    assert (root / "server" / "app.py").is_file()
    result = build(root, "h5")
    shipped = b"".join(p.read_bytes() for p in result.output_dir.rglob("*") if p.is_file())
    for marker in [b"create_app", b"verify_webhook", b"TIKTOK_CLIENT_SECRET", b"sqlalchemy"]:
        assert marker not in shipped


def test_the_config_still_refuses_a_client_secret(tmp_path: Path) -> None:
    """Secrets live in the server's environment: the game's config (which ships) refuses one,
    in the server section as anywhere."""
    import json

    import pytest

    from pyminis.errors import ConfigError
    from pyminis.project.config import parse_config

    for config in [{"dev": {"clientKey": "ck", "clientSecret": "s3cr3t-value"}},
                   {"pyminis": {"server": {"app": "server.app:app",
                                           "TIKTOK_CLIENT_SECRET": "s3cr3t-value"}}}]:
        with pytest.raises(ConfigError, match="secret"):
            parse_config(json.dumps(config))

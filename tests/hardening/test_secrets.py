"""No secret ships: the config, the assets and the Python, tested both ways (secrets refused or
warned at their line, harmless lookalikes left alone)."""

from __future__ import annotations

import ast
import json

import pytest

from pyminis.errors import ConfigError
from pyminis.guard.secrets import secret_warnings
from pyminis.pipeline.exposure import file_secrets
from pyminis.project.config import parse_config
from pyminis.project.secrets import credential_file, names_secret

PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\n"
RANDOM = "h7Gk2pQ9zX4mB8vN3cR6tY1wE5uJ0sLa"

SECRET_NAMES = ["client_secret", "clientSecret", "CLIENT-SECRET", "client.secret", "clientsecret",
                "api_key", "apiKey", "APIKEY", "Api-Key", "x-api-key", "access_key", "AccessKey",
                "password", "PASSWD", "dbPassword", "token", "authToken", "refresh_token",
                "accessToken", "private_key", "privateKey", "PRIVATE_KEY", "secrets",
                "X-Auth-Token", "appSecret", "signing_key", "credentials"]
HARMLESS_NAMES = ["tokenizer", "secretary", "clientKey", "client_key", "keyboard", "keys",
                  "passage", "privateer", "apiVersion", "accessibility", "tokenize", "monkey",
                  "hotkey", "keyFrame", "primaryKey"]


@pytest.mark.parametrize("name", SECRET_NAMES)
def test_secret_names_in_any_case_and_separator(name: str) -> None:
    assert names_secret(name)


@pytest.mark.parametrize("name", HARMLESS_NAMES)
def test_lookalike_names_are_not_secrets(name: str) -> None:
    assert not names_secret(name)


@pytest.mark.parametrize("path", [
    ["client_secret"], ["dev", "apiKey"], ["pyminis", "extra", "nested", "Password"],
    ["server", "auth", "ACCESS-TOKEN"], ["keys", "privateKey"]])
def test_config_secrets_at_any_depth_are_refused_at_their_line(path: list[str]) -> None:
    raw: dict = {}
    node = raw
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = RANDOM
    text = json.dumps(raw, indent=2)
    with pytest.raises(ConfigError) as caught:
        parse_config(text)
    message = str(caught.value)
    line = next(i for i, l in enumerate(text.splitlines(), 1) if f'"{path[-1]}"' in l)
    assert message.startswith(f"minigame.config.json:{line}: {'.'.join(path)} looks like a secret")
    assert "move it to your server" in message and "environment variable" in message


def test_config_values_shaped_like_credentials_are_refused() -> None:
    for value in (PEM, "AKIAIOSFODNN7EXAMPLE", "ghp_" + "a" * 36, "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"):
        with pytest.raises(ConfigError, match="looks like a secret"):
            parse_config(json.dumps({"pyminis": {"notes": [value]}}))


def test_harmless_config_is_accepted() -> None:
    loaded = parse_config(json.dumps({
        "dev": {"clientKey": "aw1b2c3d4e5f6g7h8", "name": "Secretary Tokenizer"},
        "pyminis": {"tokenizer": "words", "tokenCount": 3, "usePassword": False},
        "_notes": {"password": ""}}))
    assert loaded.config.client_key == "aw1b2c3d4e5f6g7h8"


@pytest.mark.parametrize("name", ["id_rsa", ".env", ".env.production", "server.pem", "key.p12",
                                  "credentials.json", "client_secret_123.json", "cert.pfx",
                                  "my-service-account.json"])
def test_credential_files_by_name(name: str) -> None:
    assert credential_file(name)
    (problem,) = file_secrets(f"assets/{name}", b"{}")
    assert problem.location.path == f"assets/{name}" and "credential file" in problem.message


@pytest.mark.parametrize("name", ["id_rsa.pub", "level.json", "hero.png", "environment.txt",
                                  "keyboard.json", "tokens.png"])
def test_ordinary_files_are_not_credentials(name: str) -> None:
    assert not credential_file(name)


def test_private_keys_and_tokens_in_asset_files_are_refused_at_their_line() -> None:
    (pem,) = file_secrets("assets/notes.txt", ("hello\n" + PEM).encode())
    assert (pem.location.line, "private key" in pem.message) == (2, True)
    (pair,) = file_secrets("assets/config.json", f'{{\n  "level": 3,\n  "api_key": "{RANDOM}"\n}}'.encode())
    assert pair.location.line == 3 and "'api_key'" in pair.message
    (env,) = file_secrets("assets/settings.ini", f"[server]\nTOKEN={RANDOM}\n".encode())
    assert env.location.line == 2
    (binary,) = file_secrets("assets/blob.bin", b"\0\1\2" + PEM.encode())
    assert "private key" in binary.message


def test_lookalike_asset_content_is_not_refused() -> None:
    text = ('{"tokenizer": "h7Gk2pQ9zX4mB8vN3cR6tY1wE5uJ0sLa", "token": "short",\n'
            ' "password_hint": "your first pet", "title": "The Secret Garden",\n'
            ' "clientKey": "aw1b2c3d4e5f6g7h8i9j0", "api_key": "replace with your key"}\n')
    assert file_secrets("assets/words.json", text.encode()) == []
    assert file_secrets("assets/level.json", b'{"tiles": "AAAAAAAAAAAAAAAAAAAAAAAAAAAA"}') == []


def test_python_secrets_are_warned_at_their_line() -> None:
    source = ("API_KEY = 'h7Gk2pQ9zX4mB8vN3cR6tY1wE5uJ0sLa'\n"
              "tokenizer = 'h7Gk2pQ9zX4mB8vN3cR6tY1wE5uJ0sLa'\n"
              "GH = 'ghp_" + "a1" * 18 + "'\n"
              "config = {'client_secret': 'Zq8w7e6r5t4y3u2i1o0pAs9d'}\n"
              "login(password='N0tAR3alPassw0rd!x7')\n"
              "label = 'my secret password is safe'\n"
              "client_key = 'aw1b2c3d4e5f6g7h8i9j0'\n")
    found = [(p.location.line, p.code) for p in secret_warnings(ast.parse(source), "src/main.py")]
    assert found == [(1, "PM202"), (3, "PM202"), (4, "PM202"), (5, "PM202")]

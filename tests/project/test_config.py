"""minigame.config.json / minis.config.json: every documented variant, and clear errors."""

from __future__ import annotations

import json

import pytest

from pyminis.errors import ConfigError
from pyminis.project import parse_config


def config(data: object) -> str:
    return json.dumps(data, indent=2)


def test_defaults_when_empty() -> None:
    c = parse_config("{}").config
    assert (c.orientation, c.build.output_dir, c.build.html_entry) == ("portrait", "dist", "index.html")
    assert (c.dev.host, c.dev.port, c.client_key, c.trusted_domains) == ("127.0.0.1", 3000, None, ())


def test_000_mini_game_fields() -> None:
    c = parse_config(config({
        "orientation": "landscape",
        "navbar": {"bgColorLight": "#ffffff", "bgColorDark": "#000"},
        "dev": {"host": "localhost", "port": 4000},
        "build": {"outputDir": "build", "htmlEntry": "public/index.html"},
    })).config
    assert c.orientation == "landscape"
    assert (c.navbar.bg_color_light, c.navbar.bg_color_dark) == ("#ffffff", "#000")
    assert (c.dev.host, c.dev.port) == ("localhost", 4000)
    assert (c.build.output_dir, c.build.html_entry) == ("build", "public/index.html")


def test_001_minis_variants_normalise_to_the_same_model() -> None:
    c = parse_config(config({
        "navbar": {"lightModeBgColor": "#ffffff", "darkModeBgColor": "#000000", "style": "custom"},
        "dev": {"clientKey": "ck", "name": "N", "iconUrl": "https://x/i.png", "desc": "d",
                "ppLink": "https://x/pp", "tosLink": "https://x/tos", "port": "3000"},
        "build": {"output": "build"},
        "domain": {"allowList": ["https://www.xxx.com"]},
    })).config
    assert (c.navbar.bg_color_light, c.navbar.bg_color_dark, c.navbar.style) == ("#ffffff", "#000000", "custom")
    assert (c.client_key, c.dev.name, c.dev.pp_link, c.dev.tos_link) == ("ck", "N", "https://x/pp", "https://x/tos")
    assert c.dev.port == 3000
    assert c.build.output_dir == "build"
    assert c.trusted_domains == ("https://www.xxx.com",)


@pytest.mark.parametrize("build", [{"outputDir": "o"}, {"output": "o"}, {"folderName": "o"}])
def test_every_output_folder_spelling(build: dict[str, str]) -> None:
    assert parse_config(config({"build": build})).config.build.output_dir == "o"


def test_trusted_domains_spelling() -> None:
    c = parse_config(config({"domain": {"trustedDomains": ["https://api.example.com"]}})).config
    assert c.trusted_domains == ("https://api.example.com",)


def test_wrong_type_names_the_json_path_value_and_line() -> None:
    text = config({"orientation": "portrait", "navbar": {"bgColorLight": 12}})
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "minigame.config.json")
    message = str(caught.value)
    assert "navbar.bgColorLight is 12" in message
    assert "hex colour" in message
    assert caught.value.location is not None and caught.value.location.line == 4
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("data, path", [
    ({"orientation": "sideways"}, "orientation"),
    ({"dev": {"port": 0}}, "dev.port"),
    ({"dev": {"port": "abc"}}, "dev.port"),
    ({"build": {"outputDir": "../outside"}}, "build.outputDir"),
    ({"navbar": {"style": "fancy"}}, "navbar.style"),
    ({"domain": {"allowList": "https://x"}}, "domain.allowList"),
    ({"navbar": "white"}, "navbar"),
    ({"pyminis": {"subpackages": [{"name": "a"}]}}, "pyminis.subpackages[0]"),
    ({"pyminis": {"scan": {"allow": [{"path": "a.js", "rule": "R"}]}}}, "pyminis.scan.allow[0]"),
])
def test_invalid_values_name_their_path(data: object, path: str) -> None:
    with pytest.raises(ConfigError, match=rf"^.*{path.replace('[', '.').replace(']', '.')} is"):
        parse_config(config(data))


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config('{\n  "dev": {"port": 3000,}\n}', "minigame.config.json")
    assert str(caught.value).startswith("minigame.config.json:2:")


def test_unknown_keys_are_warnings_with_lines() -> None:
    loaded = parse_config(config({"navbar": {"colour": "#fff"}, "extra": 1}), "minigame.config.json")
    assert any("navbar.colour" in w and w.startswith("minigame.config.json:3:") for w in loaded.warnings)
    assert any("unknown key extra" in w for w in loaded.warnings)


@pytest.mark.parametrize("key", ["client_secret", "clientSecret", "access_token"])
def test_secrets_are_refused(key: str) -> None:
    with pytest.raises(ConfigError, match="secret"):
        parse_config(config({"dev": {"clientKey": "ck", key: "s3cr3t"}}))

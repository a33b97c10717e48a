"""`pyminis pack`: release build, upload checks with the reason and the fix, deterministic ZIP."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pyminis.cli import app
from pyminis.errors import BuildError, ConfigError, ProblemsError
from pyminis.output.atomic import read_tree
from pyminis.pack import PackError, pack, zip_bytes
from pyminis.pack.archive import FIXED_DATE_TIME
from pyminis.pack.checks import (
    PLACEHOLDER_CLIENT_KEY,
    ZIP_LIMIT,
    missing_config,
    placeholder_key,
    zip_size,
)
from pyminis.targets.sizes import MB
from tests.pack.images import gradient, noisy, write_png

Copy = Callable[[str], Path]

LOGIN = '\nTTMinis.game.login({"success": print})  # noqa: F821\n'


@pytest.fixture
def game(example_copy: Copy) -> Path:
    """The hello example, plus a login call (the upload requires one) and an asset."""
    root = example_copy("hello")
    with (root / "src" / "main.py").open("a", encoding="utf-8") as main:
        main.write(LOGIN)
    write_png(root / "assets" / "bg.png", noisy((24, 24), seed=1))
    return root


@pytest.mark.parametrize("target, config_files", [
    ("h5", {"minigame.config.json", "minigame.manifest.json", "index.html"}),
    ("native", {"game.json", "project.config.json"}),
])
def test_pack_zips_the_release_build(game: Path, target: str, config_files: set[str]) -> None:
    result = pack(game, target)
    with zipfile.ZipFile(result.zip_path) as archive:
        names = archive.namelist()
        contents = {name: archive.read(name) for name in names}
    assert names == sorted(names)
    assert config_files | {"game.js", "assets/bg.png"} <= set(names)
    assert not any(name.endswith(".map") for name in names)  # release: no source maps
    assert contents == read_tree(result.output_dir) == result.files
    assert result.sha256 == hashlib.sha256(result.zip_path.read_bytes()).hexdigest()


def test_zip_is_identical_across_runs_and_machines_clocks(game: Path, tmp_path: Path) -> None:
    first = pack(game, "native", out=tmp_path / "one.zip")
    (game / "assets" / "bg.png").touch()  # a newer mtime must not leak into the ZIP
    second = pack(game, "native", out=tmp_path / "two.zip")
    assert first.sha256 == second.sha256
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.zip") as archive:
        for info in archive.infolist():
            assert info.date_time == FIXED_DATE_TIME
            assert info.external_attr >> 16 == 0o100644


def test_zip_bytes_do_not_depend_on_insertion_order() -> None:
    files = {"b/z.txt": b"z" * 300, "a.txt": b"a", "b/a.txt": b"ba"}
    backwards = dict(reversed(list(files.items())))
    assert zip_bytes(files) == zip_bytes(backwards)
    with zipfile.ZipFile(io.BytesIO(zip_bytes(files))) as archive:
        assert archive.namelist() == ["a.txt", "b/a.txt", "b/z.txt"]


def test_an_empty_file_is_refused_with_its_path_and_no_zip_is_written(game: Path) -> None:
    (game / "assets" / "levels").mkdir()
    (game / "assets" / "levels" / "empty.json").write_bytes(b"")
    with pytest.raises(ProblemsError) as caught:  # the release build's restriction scan
        pack(game, "native")
    text = str(caught.value)
    assert "assets/levels/empty.json" in text and "zero-byte-file" in text
    assert "fix: remove the file or give it content" in text  # what to do
    assert not (game / "dist-native.zip").exists()
    assert not (game / "dist-native").exists()


def test_a_game_without_login_is_refused_at_its_entry_file(example_copy: Copy) -> None:
    root = example_copy("hello")  # hello never logs in
    with pytest.raises(PackError) as caught:
        pack(root, "h5")
    problem = caught.value.problems[0]
    assert (problem.code, str(problem.location)) == ("no-login", "src/main.py")
    assert "tt.login()" in problem.hint
    assert not (root / "dist.zip").exists()


@pytest.mark.parametrize("broken, reason", [
    ("no login", "src/main.py: no-login: the game never calls login"),
    ("empty file", "assets/empty.txt:1:1: zero-byte-file"),
])
def test_cli_pack_fails_with_the_reason(game: Path, broken: str, reason: str) -> None:
    if broken == "no login":
        main = game / "src" / "main.py"
        main.write_text(main.read_text().replace(LOGIN, "\n"))
    else:
        (game / "assets" / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["pack", str(game), "--target", "native"])
    assert result.exit_code == 1
    assert reason in result.output
    assert "fix:" in result.output or "tt.login()" in result.output  # and what to do
    assert not (game / "dist-native.zip").exists()


def test_cli_pack_prints_the_summary(game: Path) -> None:
    result = CliRunner().invoke(app, ["pack", str(game), "--target", "native"])
    assert result.exit_code == 0, result.output
    assert "game.json" in result.output and "sha256 " in result.output
    assert "assets/bg.png" in result.output  # the asset size report
    digest = result.output.split("sha256 ")[1].split()[0]
    assert digest == hashlib.sha256((game / "dist-native.zip").read_bytes()).hexdigest()


def test_release_build_errors_stop_the_pack(game: Path) -> None:
    config = game / "minigame.config.json"
    config.write_text(config.read_text().replace('"clientKey": "hello-example-client-key",', ""))
    with pytest.raises(ConfigError, match="client key"):
        pack(game, "native")


def test_icons_are_written_beside_the_zip(game: Path) -> None:
    write_png(game / "icon.png", gradient((512, 512)))
    result = pack(game, "h5")
    assert result.icons_dir == game / "dist-icons"
    assert (game / "dist-icons" / "icon-144.png").is_file()
    assert not any("icon-" in name for name in result.files)


def test_missing_config_files_are_named_per_target() -> None:
    problems = missing_config({"game.js": b"x", "game.json": b"{}"}, "native")
    assert [str(p.location) for p in problems] == ["project.config.json"]
    assert missing_config({"game.js": b"x"}, "h5")[0].location.path == "minigame.config.json"
    assert missing_config({"minigame.config.json": b"{}"}, "h5") == []


def test_zip_size_limit_and_configurable_warning() -> None:
    with pytest.raises(BuildError, match="over the upload limit"):
        zip_size(ZIP_LIMIT + 1, 50, "minigame.config.json")
    assert zip_size(60 * MB, 50, "minigame.config.json")[0].startswith("the ZIP is 60.00 MB")
    assert zip_size(60 * MB, 100, "minigame.config.json") == []


def test_placeholder_client_key_warns_and_matches_the_templates() -> None:
    assert placeholder_key("abc", "minigame.config.json") == []
    assert "placeholder" in placeholder_key(PLACEHOLDER_CLIENT_KEY, "minigame.config.json")[0]
    templates = Path(__file__).resolve().parents[2] / "cookiecutter"
    for spec in templates.glob("*/cookiecutter.json"):
        assert f'"client_key": "{PLACEHOLDER_CLIENT_KEY}"' in spec.read_text(), spec

"""Never harm the project: output folders that would replace what the author wrote are refused
before anything is built, and the project stays byte for byte what it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pyminis.errors import ConfigError, UsageError
from pyminis.pipeline import build
from tests.hardening.project import fingerprint, make_project, run_cli, write_config

# outputDir → what the refusal says it is.
REFUSED = [
    (".", "it is the project folder"),
    ("./", "it is the project folder"),
    ("src", "it is the game's source folder"),
    ("./src", "it is the game's source folder"),
    ("src/out", "it is inside the game's source folder"),
    ("minigame.config.json", "it is the config"),
    ("assets", "it is assets/"),
    ("assets/dist", "it is inside assets/"),
    ("tests", "it is tests/"),
    ("open_data", "it is the open data folder"),
    (".pyminis", "it is pyminis' work folder"),
    (".git", "it is .git/"),
    ("README.md", "it is an existing file"),
    ("docs", "it is an existing folder pyminis did not make"),
    ("level2", "it is subpackage 'level2'"),
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "game")
    (root / "docs").mkdir()
    (root / "docs" / "design.md").write_text("my notes\n")
    (root / "level2").mkdir()
    (root / "level2" / "map.txt").write_text("...\n")
    return root


@pytest.mark.parametrize(("out", "why"), REFUSED, ids=[o for o, _ in REFUSED])
def test_an_output_folder_among_the_authors_files_is_refused(project: Path, out: str,
                                                            why: str) -> None:
    write_config(project, {"build": {"outputDir": out},
                           "pyminis": {"subpackages": [{"name": "level2", "root": "level2"}]}})
    before = fingerprint(project)
    with pytest.raises(ConfigError) as caught:
        build(project, "h5")
    assert why in str(caught.value) and "outputDir" in str(caught.value)
    assert "minigame.config.json:" in str(caught.value)  # the file (and the line)
    assert 'fix: set "build": {"outputDir": "dist"}' in str(caught.value)
    assert fingerprint(project) == before


def test_a_link_that_leads_into_the_sources_is_judged_where_it_leads(project: Path) -> None:
    os.symlink(project / "src", project / "dist")
    before = fingerprint(project)
    with pytest.raises(ConfigError, match="it is the game's source folder"):
        build(project, "h5")
    assert fingerprint(project) == before


def test_the_cli_refuses_dot_src_and_the_config_leaving_the_project_byte_identical(
        project: Path) -> None:
    """The issue's own cases through the command an author types: exit 2, the file and line,
    the fix, no traceback, and not one byte of the project changed."""
    shown = []
    for out in (".", "src", "minigame.config.json"):
        write_config(project, {"build": {"outputDir": out}})
        before = fingerprint(project)
        done = run_cli("build", str(project))
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr + done.stdout
        assert "minigame.config.json:" in done.stderr and "fix:" in done.stderr
        assert fingerprint(project) == before
        shown.append(f"outputDir {out!r}: exit {done.returncode}: {done.stderr.strip()}")
    print("\n".join(shown))


def test_a_folder_pyminis_made_is_replaced_and_one_it_did_not_is_not(project: Path) -> None:
    write_config(project, {"build": {"outputDir": "dist"}})
    first = build(project, "h5")
    assert (first.output_dir / "index.html").is_file()
    second = build(project, "h5")  # its own output: replaced
    assert second.output_dir == first.output_dir
    (project / "www").mkdir()
    (project / "www" / "mine.html").write_text("mine")
    write_config(project, {"build": {"outputDir": "www"}})
    with pytest.raises(ConfigError, match="pyminis did not make"):
        build(project, "h5")
    assert (project / "www" / "mine.html").read_text() == "mine"


def test_pack_out_never_replaces_a_file_or_folder_it_did_not_make(project: Path,
                                                                tmp_path: Path) -> None:
    from pyminis.pack import pack

    mine = tmp_path / "important.zip"
    mine.write_bytes(b"not a zip of pyminis")
    with pytest.raises(UsageError, match="pyminis did not make"):
        pack(project, "native", out=mine)
    assert mine.read_bytes() == b"not a zip of pyminis"
    with pytest.raises(UsageError, match="it is an existing folder"):
        pack(project, "native", out=project / "docs")
    with pytest.raises(UsageError, match="inside the game's source folder"):
        pack(project, "native", out=project / "src" / "main.py")
    with pytest.raises(UsageError, match="inside assets/"):
        pack(project, "native", out=project / "assets" / "game.zip")


def test_subpackage_names_are_plain_names(project: Path) -> None:
    from pyminis.project import load_project

    for name in ("../../victim", "a/b", "..", "", "a b", "x\\..\\y"):
        write_config(project, {"pyminis": {"subpackages": [{"name": name, "root": "level2"}]}})
        with pytest.raises(ConfigError, match="subpackages\\[0\\].name|subpackages\\[0\\]"):
            load_project(project)

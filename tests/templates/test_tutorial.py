"""docs/tutorial.md, run as a reader would: every snippet, in order, in a fresh folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.templates.snippets import run_document, snippets

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_tutorial_runs_from_new_to_a_packed_zip(tmp_path: Path) -> None:
    outputs = run_document(DOCS / "tutorial.md", tmp_path)
    project = tmp_path / "t1"
    with zipfile.ZipFile(project / "dist-native.zip") as archive:
        names = archive.namelist()
    assert {"game.js", "game.json", "project.config.json", "openDataContext/index.js",
            "assets/dot.png", "assets/dot.json", "assets/logo.png"} <= set(names)
    assert (project / "dist-native-icons" / "icon-512.png").is_file()
    assert not (project / "assets" / "notes.txt").exists()
    assert len(outputs) == 7  # the sh blocks not marked "not run"


def test_every_tutorial_block_is_run_written_or_says_why_not() -> None:
    for snippet in snippets((DOCS / "tutorial.md").read_text(encoding="utf-8")):
        if snippet.lang == "sh":
            assert snippet.action in ("run", "skip"), snippet.line
        if snippet.action == "skip":
            assert len(snippet.note.removeprefix("not run:").strip()) > 10, snippet.line


def test_the_runner_fails_on_a_wrong_exit_code_naming_the_line(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("Intro\n\n```sh\ntrue\n```\n\n```sh\nfalse\n```\n")
    with pytest.raises(AssertionError, match=r"doc.md:7: exit 1, expected 0"):
        run_document(doc, tmp_path)


def test_the_runner_checks_expected_output_and_keeps_the_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    doc = tmp_path / "doc.md"
    doc.write_text('```sh\ncd sub\n```\n\n<!-- write: hello.txt -->\n```text\nhi\n```\n\n'
                   '<!-- run: expect="bye" -->\n```sh\ncat hello.txt\n```\n')
    assert (tmp_path / "sub" / "hello.txt").exists() is False
    with pytest.raises(AssertionError, match="'bye' not in the output"):
        run_document(doc, tmp_path)
    assert (tmp_path / "sub" / "hello.txt").read_text() == "hi\n"

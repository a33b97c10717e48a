"""Nothing from outside the project: links that lead out are refused by build and pack, left
unserved (404) by the dev server; links inside the project and link loops are harmless."""

from __future__ import annotations

import os
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pyminis.errors import BuildError, CompileError
from pyminis.pipeline import build
from pyminis.project.files import project_files
from tests.hardening.project import make_project, run_cli


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "game")


@pytest.fixture
def secret_outside(tmp_path: Path) -> Path:
    (tmp_path / "outside").mkdir()
    secret = tmp_path / "outside" / "passwd"
    secret.write_text("root:x:0:0\n")
    return secret


def test_a_link_to_a_file_outside_is_refused_by_build(project: Path, secret_outside: Path) -> None:
    os.symlink(secret_outside, project / "assets" / "passwd")
    with pytest.raises(BuildError) as caught:
        build(project, "h5")
    text = str(caught.value)
    assert "assets/passwd is a link to" in text and "outside the project" in text
    assert "fix: copy the file into the project" in text
    assert not (project / "dist").exists()


def test_a_link_to_a_folder_outside_is_refused_by_build(project: Path, secret_outside: Path) -> None:
    os.symlink(secret_outside.parent, project / "assets" / "more")
    with pytest.raises(BuildError, match="assets/more is a link to"):
        build(project, "h5")


def test_a_source_link_out_of_the_project_is_refused(project: Path, secret_outside: Path) -> None:
    other = secret_outside.parent / "util.py"
    other.write_text("X = 1\n")
    os.symlink(other, project / "src" / "util.py")
    with pytest.raises(BuildError, match="src/util.py is a link to"):
        build(project, "h5")


def test_pack_refuses_it_with_exit_1(project: Path, secret_outside: Path) -> None:
    os.symlink(secret_outside, project / "assets" / "passwd")
    done = run_cli("pack", str(project))
    assert done.returncode == 1, done.stderr
    assert "assets/passwd is a link to" in done.stderr and "Traceback" not in done.stderr


def test_links_inside_the_project_and_loops_are_fine(project: Path) -> None:
    (project / "art").mkdir()
    (project / "art" / "hero.txt").write_text("hero")
    os.symlink(project / "art", project / "assets" / "art")  # a folder of the project: followed
    os.symlink("..", project / "assets" / "up")  # a loop back: not entered
    os.symlink("self", project / "assets" / "self")  # a link to itself: ignored
    os.symlink("nowhere", project / "assets" / "broken")  # broken: ignored
    walk = project_files(project / "assets", project)
    assert [p.relative_to(project).as_posix() for p in walk.files] == [
        "assets/art/hero.txt", "assets/notes.txt"]
    assert walk.outside == []
    result = build(project, "h5")
    assert "assets/art/hero.txt" in result.files


def test_the_dev_server_answers_404_for_a_link_out(project: Path, secret_outside: Path) -> None:
    from pyminis.dev.server import DevHTTPServer
    from pyminis.dev.session import DevSession

    os.symlink(secret_outside, project / "assets" / "passwd")
    session = DevSession(project)
    report = session.rebuild()
    assert report.ok, report.error
    assert any("assets/passwd links outside the project" in w for w in report.warnings)
    server = DevHTTPServer(("127.0.0.1", 0), session, printer=lambda text: None)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"{base}/game/assets/passwd", timeout=10)
        assert caught.value.code == 404
        with urllib.request.urlopen(f"{base}/game/assets/notes.txt", timeout=10) as answer:
            assert answer.read() == b"level notes\n"
    finally:
        server.shutdown()
        server.server_close()
        time.sleep(0)


def test_non_utf8_source_is_refused_at_its_line(project: Path) -> None:
    (project / "src" / "main.py").write_bytes(b"x = 1\ny = '\xe9t\xe9'\n")
    with pytest.raises(CompileError) as caught:
        build(project, "h5")
    assert "src/main.py:2: PM004: byte 0xe9 is not valid utf-8" in str(caught.value)

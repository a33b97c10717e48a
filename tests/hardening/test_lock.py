"""Two builds of one project at once: the second says so and waits for the first."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pyminis.project.lock import project_lock
from tests.hardening.project import make_project


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path: Path) -> None:
    project = make_project(tmp_path / "game")
    repo = Path(__file__).resolve().parents[2]
    with project_lock(project):  # a build of this project is running
        second = subprocess.Popen(
            [sys.executable, "-c", "from pyminis.cli import main; main()", "build", str(project)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(repo)})
        assert second.stderr is not None
        line = second.stderr.readline()  # blocks until it says something
        assert "waiting for another pyminis build of this project" in line
        assert f"(process {os.getpid()})" in line
        time.sleep(0.3)
        assert second.poll() is None  # still waiting
        assert not (project / "dist").exists()
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert (project / "dist" / "index.html").is_file()


def test_the_lock_dies_with_its_process(tmp_path: Path) -> None:
    project = make_project(tmp_path / "game")
    repo = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from pyminis.project.lock import project_lock\n"
         "with project_lock(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(60)",
         str(project)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(repo)})
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    said: list[str] = []
    started = time.monotonic()
    with project_lock(project, say=said.append, wait=5):
        pass
    assert said == [] and time.monotonic() - started < 2

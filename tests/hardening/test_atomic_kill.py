"""The output swap survives a kill at any instant: the next write restores or cleans.

Each case runs `write_tree` in a child process that SIGKILLs itself before its N-th file-system
step (pyminis.output.atomic.on_step), for every N of a write; then the next write in this
process must start from an intact output (the previous one or the new one, whole), finish,
and leave no temporary folder behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pyminis.output.atomic import read_tree, recover, siblings, write_tree

REPO = Path(__file__).resolve().parents[2]
OLD = {"index.html": b"old page", "game.js": b"old();", "assets/a.png": b"\x89PNG old"}
NEW = {"index.html": b"new page", "game.js": b"new();", "assets/b/c.png": b"\x89PNG new",
       "x.json": b"{}"}

CHILD = """
import os, signal, sys
from pathlib import Path
import pyminis.output.atomic as atomic
stop_at, out = int(sys.argv[1]), Path(sys.argv[2])
count = 0
def step(name):
    global count
    count += 1
    if count == stop_at:
        os.kill(os.getpid(), signal.SIGKILL)
atomic.on_step = step
atomic.write_tree(out, %r)
print(count)
""" % (NEW,)


def run_child(stop_at: int, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", CHILD, str(stop_at), str(out)],
                          capture_output=True, text=True, env=env, check=False)


def steps_of_a_whole_write(tmp_path: Path) -> int:
    out = tmp_path / "probe" / "dist"
    write_tree(out, OLD)
    done = run_child(0, out)  # never killed: prints how many steps a write takes
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def test_a_kill_at_every_step_is_recovered_by_the_next_write(tmp_path: Path) -> None:
    steps = steps_of_a_whole_write(tmp_path)
    assert steps >= 6
    for stop_at in range(1, steps + 1):
        out = tmp_path / f"kill-{stop_at}" / "dist"
        write_tree(out, OLD)
        killed = run_child(stop_at, out)
        assert killed.returncode == -signal.SIGKILL, (stop_at, killed.stderr)
        # What a reader sees before any repair: the old output, the new one, or (only between
        # the two renames) none, with the old one waiting beside it.
        new_dir, old_dir = siblings(out)
        if out.exists():
            assert read_tree(out) in (OLD, NEW), stop_at
        else:
            assert read_tree(old_dir) == OLD, stop_at
        recover(out)
        assert read_tree(out) in (OLD, NEW), stop_at
        assert not new_dir.exists() and not old_dir.exists(), stop_at
        write_tree(out, {"after.txt": b"next build"})  # the next build works as usual
        assert read_tree(out) == {"after.txt": b"next build"}
        assert sorted(p.name for p in out.parent.iterdir()) == ["dist"], stop_at


def test_an_exception_midway_leaves_the_previous_output(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import pyminis.output.atomic as atomic

    out = tmp_path / "dist"
    write_tree(out, OLD)
    for failing in ("write game.js", "rename out to old", "rename new to out"):
        def step(name: str, failing: str = failing) -> None:
            if name == failing:
                raise OSError(28, "No space left on device")
        monkeypatch.setattr(atomic, "on_step", step)
        with pytest.raises(OSError):
            write_tree(out, NEW)
        assert read_tree(out) == OLD, failing
        assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"], failing


def test_leftovers_of_older_pyminis_are_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    write_tree(out, OLD)
    (tmp_path / ".dist.new-abc123").mkdir()
    (tmp_path / ".dist.old-4242").mkdir()
    write_tree(out, NEW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]

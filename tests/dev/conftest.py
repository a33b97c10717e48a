"""`pyminis dev` as a user starts it: a subprocess on a temporary project, stopped by Ctrl-C."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


class DevProcess:
    """A running `pyminis dev`: its URL and everything it printed so far."""

    def __init__(self, project: Path, *args: str) -> None:
        command = shutil.which("pyminis")
        argv = [command] if command else [sys.executable, "-c", "from pyminis.cli import main; main()"]
        self.process = subprocess.Popen(
            [*argv, "dev", str(project), "--port", "0", "--no-open", *args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
            # As from a terminal: Ctrl-C reaches it even when these tests run under a script's
            # background job, which starts its children with SIGINT ignored.
            preexec_fn=_sigint_as_a_terminal_gives_it,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.url = self.wait_for(r"simulator: (http://\S+)", timeout=60).group(1)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, pattern: str, timeout: float = 20, start: int = 0,
                 page: Any = None) -> re.Match[str]:
        """The first match of `pattern` in the output printed after line `start`.

        Pass the `page` whose requests the server must see: Playwright's sync API runs route
        handlers (every request of the test page goes through one) only while the test is
        inside a Playwright call, so a plain sleep would hold the page's request back forever.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, "\n".join(self.lines[start:]))
            if found:
                return found
            if self.process.poll() is not None and not self._reader.is_alive():
                break
            if page is not None:
                page.wait_for_timeout(50)
            else:
                time.sleep(0.05)
        raise AssertionError(f"pyminis dev never printed {pattern!r}; it printed:\n{self.output}")

    def switch_to_native(self, page: Any) -> None:
        """Choose the native target in the simulator page; return once the emulator shows
        the native build."""
        page.select_option("#target", "native")
        self.wait_for(r"target native: built in \d+ ms", timeout=60, page=page)
        page.wait_for_function(
            "document.querySelector('#game').src.includes('/emulator/index.html')")

    def interrupt(self, timeout: float = 60) -> int:
        """Ctrl-C, as a terminal sends it; returns the exit code.

        Stopping takes ~2 s (the project's server, the warm compiler and the HTTP server each
        stop in turn), but over 15 s on a machine loaded ten times over its cores: the wait is
        for a loaded machine; the exit code is what is checked."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            self._reader.join(timeout=5)
            raise AssertionError(f"pyminis dev did not stop within {timeout:g} s of Ctrl-C; "
                                 f"it printed:\n{self.output}") from None
        self._reader.join(timeout=5)
        return code


def _sigint_as_a_terminal_gives_it() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture(autouse=True)
def simulator_page_has_no_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """A browser test fails loudly if the simulator page itself threw (a broken control handler
    otherwise shows up only as a missing build, long after the cause)."""
    expected = request.node.get_closest_marker("throws_in_game") is not None
    wanted = "page" in request.fixturenames and not expected
    log = request.getfixturevalue("page").log if wanted else None
    yield
    if log is not None:
        assert log.errors == [], f"the simulator page threw: {log.errors}"


@pytest.fixture
def dev_server() -> Iterator[Callable[..., DevProcess]]:
    """Start `pyminis dev` on a project; every server started is stopped after the test."""
    started: list[DevProcess] = []

    def start(project: Path, *args: str) -> DevProcess:
        dev = DevProcess(project, *args)
        started.append(dev)
        return dev

    yield start
    for dev in started:
        if dev.process.poll() is None:
            dev.process.kill()
            dev.process.wait()

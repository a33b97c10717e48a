"""Drive the warm Transcrypt (`_zygote.py`) from the dev server: a TranscryptRunner."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from pyminis.compile.python import run_transcrypt
from pyminis.paths import child_environment


class WarmTranscrypt:
    """A long-lived Transcrypt process; call it like `run_transcrypt`. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "pyminis.dev._zygote"], env=child_environment(),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            bufsize=1,
        )
        assert process.stdout is not None
        if not _read_json(process.stdout).get("ready"):
            raise OSError("the warm Transcrypt did not start")
        return process

    def __call__(self, args: Sequence[str], cwd: Path) -> tuple[int, str]:
        with self._lock:
            try:
                if self._process is None or self._process.poll() is not None:
                    self._process = self._start()
                assert self._process.stdin is not None and self._process.stdout is not None
                self._process.stdin.write(json.dumps({"args": list(args), "cwd": str(cwd)}) + "\n")
                self._process.stdin.flush()
                answer = _read_json(self._process.stdout)
                code, output = answer["code"], answer["output"]
                if not isinstance(code, int) or not isinstance(output, str):
                    raise OSError("unexpected reply from the warm Transcrypt")
                return code, output
            except (OSError, ValueError, KeyError):  # ValueError: a garbled JSON line
                # A warm process that died is an optimisation lost, not a failed build.
                self.close()
                return run_transcrypt(args, cwd)

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            assert process.stdin is not None
            process.stdin.close()  # the zygote's read loop ends
            try:
                process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _read_json(stream: IO[str]) -> dict[str, object]:
    line = stream.readline()
    if not line:
        raise OSError("the warm Transcrypt exited")
    value = json.loads(line)
    if not isinstance(value, dict):
        raise OSError("unexpected reply from the warm Transcrypt")
    return value

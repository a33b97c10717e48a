"""A warm Transcrypt: imported once, forked for every compile (run as a child of `pyminis dev`).

Starting Python and importing Transcrypt costs about 0.2 s per compile; a fork of a process that
has already imported it costs a few milliseconds. Each compile runs in its own fork, because
Transcrypt keeps its options and module table in globals. This process is single-threaded, so
forking it is safe (the dev server itself has threads and must not fork).

Protocol: one JSON object a line on stdin, {"args": [...], "cwd": "..."}; one JSON object a
line on stdout, {"code": int, "output": str}.
"""

from __future__ import annotations

import atexit
import json
import os
import sys


def _compile(main: object, args: list[str], cwd: str) -> tuple[int, str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: Transcrypt's own main, its output into the pipe
        os.close(read_end)
        os.dup2(write_end, 1)
        os.dup2(write_end, 2)
        code = 1
        try:
            os.chdir(cwd)
            sys.argv = ["transcrypt", *args]
            code = main() or 0  # type: ignore[operator]
        except BaseException as error:  # noqa: BLE001  (reported to the parent as output)
            print(f"warm Transcrypt crashed: {error!r}")
        finally:
            atexit._run_exitfuncs()  # Transcrypt prints "Ready"/"Aborted" at exit
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(int(code))
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode("utf-8", "replace")


# Compiled once inside this process before any fork: Transcrypt builds ~150 regular expressions
# per run from a fixed alias table, and `re` caches them, so children inherit them compiled
# (0.14 s → 0.05 s for a one-module rebuild).
_WARM_UP = """class Sprite:
    def __init__(self, x=0):
        self.x = x

    def move(self, dx):
        self.x += dx
        return {"x": self.x, "items": [i for i in range(3)]}


def main(name="game", *args):
    sprite = Sprite(x=1)
    print(sprite.move(2), len(args), name.upper())


main()
"""


def _warm_up(main: object) -> None:
    import tempfile

    from pyminis.compile.python import TRANSCRYPT_FLAGS

    here = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="pyminis-warm-") as folder:
        with open(os.path.join(folder, "warm.py"), "w", encoding="utf-8") as handle:
            handle.write(_WARM_UP)
        saved = sys.stdout
        try:
            os.chdir(folder)
            sys.argv = ["transcrypt", *TRANSCRYPT_FLAGS, "warm.py"]
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (closed below)
            main()  # type: ignore[operator]
        except BaseException:  # noqa: BLE001, S110  (a failed warm-up only costs speed)
            pass
        finally:
            sys.stdout.close()
            sys.stdout = saved
            os.chdir(here)
    atexit._clear()  # the warm-up's "Ready" must not print again at each child's exit


def serve() -> None:
    # Importing Transcrypt's __main__ sets up its module path, as `python -m transcrypt` does;
    # pyminis' driver patches it (direct method calls, see pyminis/guard/transcrypt_run.py).
    from pyminis.guard.transcrypt_run import patch

    transcrypt_main = patch()

    reply = sys.stdout
    sys.stdout = sys.stderr  # nothing but replies may reach the protocol stream
    _warm_up(transcrypt_main)
    reply.write(json.dumps({"ready": True}) + "\n")
    reply.flush()
    for line in sys.stdin:
        request = json.loads(line)
        code, output = _compile(transcrypt_main, request["args"], request["cwd"])
        reply.write(json.dumps({"code": code, "output": output}) + "\n")
        reply.flush()


if __name__ == "__main__":
    serve()

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


def serve() -> None:
    # Importing Transcrypt's __main__ sets up its module path, as `python -m transcrypt` does;
    # pyminis' driver patches it (direct method calls, see pyminis/guard/transcrypt_run.py).
    from pyminis.guard.transcrypt_run import patch

    transcrypt_main = patch()

    reply = sys.stdout
    sys.stdout = sys.stderr  # nothing but replies may reach the protocol stream
    reply.write(json.dumps({"ready": True}) + "\n")
    reply.flush()
    for line in sys.stdin:
        request = json.loads(line)
        code, output = _compile(transcrypt_main, request["args"], request["cwd"])
        reply.write(json.dumps({"code": code, "output": output}) + "\n")
        reply.flush()


if __name__ == "__main__":
    serve()

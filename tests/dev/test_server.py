"""The dev server in-process: routes, the last good build kept through errors, events."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pyminis.dev.run import DevRun
from pyminis.errors import UsageError
from tests.dev.games import palette, write_color_game


@pytest.fixture
def running(example_copy: Callable[[str], Path]) -> Iterator[tuple[DevRun, Path, list[str]]]:
    root = example_copy("hello")
    palette_py = write_color_game(root, "#123456")
    printed: list[str] = []
    run = DevRun(root, "127.0.0.1", 0, printer=printed.append)
    try:
        yield run, palette_py, printed
    finally:
        run.stop()


def get(run: DevRun, path: str, method: str = "GET", body: bytes | None = None) -> tuple[int, bytes, str]:
    connection = http.client.HTTPConnection("127.0.0.1", run.port, timeout=10)
    headers = {"Content-Type": "application/json"}
    if method == "POST":  # as the simulator page sends them: with the session's token
        headers["X-Pyminis-Token"] = run.server.gate.token
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data, response.getheader("Content-Type") or ""


def read_event(stream: http.client.HTTPResponse) -> dict[str, object]:
    while True:
        line = stream.fp.readline().decode()
        if line.startswith("data: "):
            return json.loads(line[6:])


def test_routes_serve_the_simulator_the_stand_in_and_the_package(running: tuple[DevRun, Path, list[str]]) -> None:
    run, _, printed = running
    assert printed[0].startswith("built in ")
    status, body, kind = get(run, "/")
    assert status == 200 and kind.startswith("text/html") and b"simulator.js" in body
    status, body, kind = get(run, "/__pyminis/sim/sdk.js")
    assert status == 200 and kind.startswith("text/javascript") and b"__outcomes" in body
    assert get(run, "/__pyminis/sim/../platform/h5.js")[0] == 404  # never outside the folder
    status, body, _ = get(run, "/game/")
    assert status == 200 and b"/__pyminis/sim/sdk.js" in body and b"connect.tiktok-minis.com" not in body
    status, body, _ = get(run, "/game/game.js")
    assert status == 200 and body == run.session.file("game.js") and b"#123456" in body
    state = json.loads(get(run, "/__pyminis/state")[1])
    assert state["version"] == 1 and state["error"] is None and state["entry"] == "index.html"
    assert get(run, "/game/nothing.js")[0] == 404


def test_a_failed_build_keeps_the_last_good_package_and_is_announced(
        running: tuple[DevRun, Path, list[str]]) -> None:
    run, palette_py, printed = running
    good = run.session.file("game.js")
    connection = http.client.HTTPConnection("127.0.0.1", run.port, timeout=10)
    connection.request("GET", "/__pyminis/events")
    stream = connection.getresponse()
    assert read_event(stream)["type"] == "hello"

    palette_py.write_text("BACKGROUND = (\n", encoding="utf-8")
    report = run.rebuild(["src/palette.py"])
    assert not report.ok and report.version == 1
    event = read_event(stream)
    assert event["type"] == "error"
    problem = event["problems"][0]  # type: ignore[index]
    assert problem["path"] == "src/palette.py" and problem["line"] == 1
    assert get(run, "/game/game.js")[1] == good
    state = json.loads(get(run, "/__pyminis/state")[1])
    assert state["error"]["problems"][0]["path"] == "src/palette.py"
    assert "build failed (src/palette.py)" in printed[-1]

    palette_py.write_text(palette("#654321"), encoding="utf-8")
    report = run.rebuild(["src/palette.py"])
    assert report.ok and report.version == 2
    assert read_event(stream) == {"type": "build", "version": 2, "seconds": round(report.seconds, 3),
                                  "warnings": report.warnings, "target": "h5"}
    assert b"#654321" in get(run, "/game/game.js")[1]
    connection.close()


def test_runtime_errors_are_answered_with_a_traceback_and_printed(
        running: tuple[DevRun, Path, list[str]]) -> None:
    run, _, printed = running
    assert get(run, "/__pyminis/runtime-error", "POST", b"not json")[0] == 400
    report = {"name": "TypeError", "message": "x is undefined",
              "stack": "TypeError: x is undefined\n    at http://127.0.0.1/elsewhere.js:1:1"}
    status, body, _ = get(run, "/__pyminis/runtime-error", "POST", json.dumps(report).encode())
    answer = json.loads(body)
    assert status == 200 and answer["traceback"].endswith("TypeError: x is undefined")
    assert answer["where"] is None
    assert printed[-1].startswith("error in the game") and "TypeError: x is undefined" in printed[-1]


def test_a_busy_port_is_a_usage_error_with_a_fix(example_copy: Callable[[str], Path]) -> None:
    root = example_copy("hello")
    write_color_game(root, "#000000")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(UsageError) as raised:
            DevRun(root, "127.0.0.1", port, printer=lambda _: None)
    assert raised.value.exit_code == 2
    assert f"port {port}" in str(raised.value) and "--port" in str(raised.value)


def test_the_scan_runs_on_what_is_served_and_its_finding_becomes_the_error(
        running: tuple[DevRun, Path, list[str]]) -> None:
    run, palette_py, printed = running
    # A third-party script dropped into assets/: the guard never sees it, the scan does.
    vendor = palette_py.parent.parent / "assets" / "vendor.js"
    vendor.parent.mkdir(exist_ok=True)
    vendor.write_text('export const run = (code) => eval(code);\n', encoding="utf-8")
    report = run.rebuild(["assets/vendor.js"])
    assert report.ok and report.version == 2  # built and served at once...
    assert run.session.file("assets/vendor.js") is not None
    assert run.last_scan is not None
    run.last_scan.join(timeout=120)  # ...and scanned beside the next builds
    last = run.session.last
    assert last is not None and not last.ok  # ...then refused by the scan, named and located
    assert "assets/vendor.js:1" in (last.error or "") and "eval" in (last.error or "")
    assert printed[-1].startswith("the restriction scan refuses this build")
    state = json.loads(get(run, "/__pyminis/state")[1])
    assert state["error"]["type"] == "error"
    vendor.unlink()
    assert run.rebuild(["assets/vendor.js"]).ok
    run.last_scan.join(timeout=120)
    assert run.session.last is not None and run.session.last.ok

"""`pyminis dev` on a network: DNS rebinding refused by Host, state changes need the session
token from a same-origin page, 200 simultaneous connections answered, every request answered,
bad input shown as an error while the server lives on, saves during start-up not lost."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import watchfiles

from pyminis.dev.guard import Gate
from pyminis.dev.server import DevHTTPServer
from pyminis.dev.session import DevSession
from pyminis.dev.watch import changed_files, temporary
from tests.hardening.project import make_project


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DevHTTPServer, Path]]:
    root = make_project(tmp_path_factory.mktemp("dev") / "game")
    session = DevSession(root)
    assert session.rebuild().ok
    server = DevHTTPServer(("127.0.0.1", 0), session, printer=lambda text: None)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, root
    server.shutdown()
    server.server_close()


def ask(server: DevHTTPServer, method: str, path: str, headers: dict[str, str] | None = None,
        body: bytes | None = None) -> tuple[int, bytes, http.client.HTTPResponse]:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=20)
    connection.request(method, path, body=body, headers=headers or {})
    answer = connection.getresponse()
    data = answer.read()
    connection.close()
    return answer.status, data, answer


def test_a_foreign_host_name_is_refused(served: tuple[DevHTTPServer, Path]) -> None:
    server, _ = served
    port = server.server_address[1]
    assert ask(server, "GET", "/__pyminis/state", {"Host": "evil.example"})[0] == 403
    assert ask(server, "GET", "/game/game.js", {"Host": f"attacker.example:{port}"})[0] == 403
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"192.168.1.20:{port}",
                 f"[::1]:{port}", f"game.localhost:{port}"):
        assert ask(server, "GET", "/__pyminis/state", {"Host": host})[0] == 200, host


def test_state_changes_need_the_token_and_the_same_origin(served: tuple[DevHTTPServer, Path]) -> None:
    server, _ = served
    port = server.server_address[1]
    body = b'{"name": "Error", "message": "x", "stack": ""}'
    own = {"Host": f"127.0.0.1:{port}", "Content-Type": "application/json"}
    assert ask(server, "POST", "/__pyminis/runtime-error", own, body)[0] == 403
    status, page, answer = ask(server, "GET", "/", own)
    cookie = answer.getheader("Set-Cookie") or ""
    assert status == 200 and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    token = cookie.split(";")[0]
    with_cookie = {**own, "Cookie": token, "Origin": f"http://127.0.0.1:{port}"}
    assert ask(server, "POST", "/__pyminis/runtime-error", with_cookie, body)[0] == 200
    other_site = {**with_cookie, "Origin": "http://127.0.0.1:9999"}
    assert ask(server, "POST", "/__pyminis/runtime-error", other_site, body)[0] == 403
    wrong = {**own, "Cookie": "pyminis_dev_token=guess"}
    assert ask(server, "POST", "/__pyminis/target", wrong, b'{"target": "h5"}')[0] == 403


def test_malformed_requests_get_an_answer(served: tuple[DevHTTPServer, Path]) -> None:
    server, _ = served
    headers = {"X-Pyminis-Token": server.gate.token, "Content-Type": "application/json"}
    assert ask(server, "POST", "/__pyminis/runtime-error",
               {**headers, "Content-Length": "lots"}, b"{}")[0] == 400
    assert ask(server, "POST", "/__pyminis/runtime-error", headers, b"\xff\xfe not json")[0] == 400
    assert ask(server, "POST", "/__pyminis/runtime-error", headers, b"[1, 2]")[0] == 200
    assert ask(server, "GET", "/game/%ff%fe/../../etc/passwd")[0] == 404
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=10) as raw:
        raw.sendall(b"BREW /pot HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert raw.recv(100).startswith(b"HTTP/1.1 501")  # an error status, not a silent close


def test_200_simultaneous_connections_are_all_answered(served: tuple[DevHTTPServer, Path]) -> None:
    server, _ = served
    address = ("127.0.0.1", server.server_address[1])
    sockets = [socket.create_connection(address, timeout=30) for _ in range(200)]
    try:
        for s in sockets:  # all connected before any is served
            s.sendall(b"GET /__pyminis/state HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        answered = 0
        for s in sockets:
            if s.recv(20).startswith(b"HTTP/1.1 200"):
                answered += 1
    finally:
        for s in sockets:
            s.close()
    assert answered == 200


def test_a_broken_source_or_config_is_an_error_and_the_server_lives_on(
        served: tuple[DevHTTPServer, Path]) -> None:
    server, root = served
    main = root / "src" / "main.py"
    good = main.read_bytes()
    config = root / "minigame.config.json"
    good_config = config.read_bytes()
    try:
        main.write_bytes(b"x = '\xff\xfe'\n")
        report = server.session.rebuild()
        assert not report.ok and "src/main.py:1: PM004" in (report.error or "")
        main.write_bytes(good)
        config.write_text("[" * 100000 + "]" * 100000)
        report = server.session.rebuild()
        assert not report.ok and "minigame.config.json" in (report.error or "")
        assert "Traceback" not in (report.error or "")
        assert ask(server, "GET", "/__pyminis/state")[0] == 200  # still serving the last build
    finally:
        main.write_bytes(good)
        config.write_bytes(good_config)
    assert server.session.rebuild().ok


def test_the_reload_line_names_the_saved_file_not_the_editors_temporary_one(tmp_path: Path) -> None:
    root = tmp_path
    (root / "src").mkdir()
    main = root / "src" / "main.py"
    main.write_text("x = 1\n")
    tmp = root / "src" / "main.py.tmp.4242"
    changes = {(watchfiles.Change.added, str(tmp)), (watchfiles.Change.modified, str(tmp)),
               (watchfiles.Change.deleted, str(tmp)), (watchfiles.Change.modified, str(main)),
               (watchfiles.Change.added, str(root / "src" / "4913")),
               (watchfiles.Change.deleted, str(root / "src" / "4913")),
               (watchfiles.Change.modified, str(root / "src" / ".main.py.swp"))}
    assert changed_files(root, ("src",), changes) == ["src/main.py"]
    assert all(temporary(n) for n in ("4913", "main.py~", ".main.py.swp", "main.py___jb_tmp___",
                                      "#main.py#", "main.py.tmp.1"))
    assert not any(temporary(n) for n in ("main.py", "level_2.py", "hero.png", "notes.txt"))


def test_a_save_during_the_first_build_is_not_lost(tmp_path: Path) -> None:
    from pyminis.dev.run import DevRun
    from pyminis.dev.session import DevSession as Session

    root = make_project(tmp_path / "game")
    main = root / "src" / "main.py"
    original = Session.rebuild
    saved = threading.Event()

    def slow_first_build(self: Session):  # type: ignore[no-untyped-def]
        if not saved.is_set():
            main.write_text(main.read_text().replace('"hello"', '"saved during start-up"'))
            saved.set()
            time.sleep(1.0)
        return original(self)

    printed: list[str] = []
    Session.rebuild = slow_first_build  # type: ignore[method-assign]
    try:
        run = DevRun(root, "127.0.0.1", 0, printer=printed.append)
    finally:
        Session.rebuild = original  # type: ignore[method-assign]
    watching = threading.Thread(target=run.watch, daemon=True)
    watching.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("(src/main.py)" in p for p in printed):
            time.sleep(0.1)
        assert any("(src/main.py)" in p for p in printed), printed
        assert b"saved during start-up" in (run.session.file("game.js") or b"")
    finally:
        run.stop()


def test_gate_names() -> None:
    gate = Gate("0.0.0.0", 3000)
    assert gate.host_allowed("10.0.0.5:3000") and gate.host_allowed("LOCALHOST:3000")
    assert not gate.host_allowed("rebind.attacker.example:3000") and not gate.host_allowed(None)
    assert gate.origin_allowed(None, "localhost:3000")
    assert not gate.origin_allowed("https://localhost:3000", "localhost:3000")

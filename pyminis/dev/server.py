"""The dev server: the simulator page, the game's package from memory, events, error reports.

Standard library only (ThreadingHTTPServer): one developer, a few connections, and server-sent
events for live reload need nothing more.

Routes:
  /                          the simulator page (runtime_js/simulator/index.html)
  /__pyminis/sim/<file>      the simulator's scripts, the SDK stand-in and the bridge
                             (sdk.js: with the open data host when the package has a domain)
  /__pyminis/state           the session's state as JSON
  /__pyminis/events          server-sent events: build, error, runtime-error
  /__pyminis/runtime-error   POST {name, message, stack} → the Python traceback
  /game/<path>               the latest dev package (its index.html with the stand-in SDK)
  /__pyminis/server/<path>   the project's own server (any method; POST, PUT… need the token),
                             where the simulator sends the game's requests to its origin
  /__pyminis/pay             POST {trade_order_id}: the pay sheet succeeded — the offline Open
                             API's signed webhook goes to the project's server (backend.py)
  /__pyminis/refund          POST {trade_order_id, refund_amount}: TikTok's refund webhook
"""

from __future__ import annotations

import http.server
import json
import mimetypes
import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pyminis.dev.backend import DevBackend
from pyminis.dev.page import STAND_IN_URL, simulated_html
from pyminis.dev.report import describe
from pyminis.dev.session import DevSession, event_stream_bytes
from pyminis.dev.stand_in import open_data_folder, stand_in_script
from pyminis.dev.guard import HEADER, Gate
from pyminis.errors import UsageError, internal_error
from pyminis.paths import runtime_js_dir

_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".map": "application/json",
          ".json": "application/json", ".html": "text/html", ".css": "text/css",
          ".svg": "image/svg+xml", ".wasm": "application/wasm"}

Printer = Callable[[str], None]


def content_type(path: str) -> str:
    suffix = Path(path).suffix.lower()
    found = _TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    return found + ("; charset=utf-8" if found.startswith("text/") or found.endswith("json") else "")


def runtime_file(name: str, folder_name: str = "simulator") -> Path | None:
    """A file of runtime_js/<folder_name>/, refusing anything that would leave the folder."""
    folder = (runtime_js_dir() / folder_name).resolve()
    path = (folder / name).resolve()
    if path.is_relative_to(folder) and path.is_file():
        return path
    return None


SERVER_PREFIX = "/__pyminis/server/"  # the project's own server, behind the dev server

# The most a POST body may be (a runtime error report: a message and a stack).
MAX_BODY = 1024 * 1024


class DevHTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True  # an open event stream must not keep Ctrl-C waiting
    # Connections waiting to be accepted: a page load opens many at once, and a phone on the
    # LAN more; the default of 5 drops connections under load (200 at once are answered).
    request_queue_size = 512

    def __init__(self, address: tuple[str, int], session: DevSession,
                 printer: Printer = print) -> None:
        self.session = session
        self.printer = printer
        self.stopping = threading.Event()
        self.backend: DevBackend | None = None  # the project's server, when it has one
        super().__init__(address, _Handler)
        self.gate = Gate(address[0], int(self.server_address[1]))


class _Handler(http.server.BaseHTTPRequestHandler):
    server: DevHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the terminal shows builds and errors, not every request

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if kind.startswith("text/html"):  # the pages that may change the session's state
            self.send_header("Set-Cookie", self.server.gate.set_cookie())
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")  # a reload must get the new build
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, value: Any, status: int = 200) -> None:
        self._send(status, json.dumps(value).encode(), "application/json; charset=utf-8")

    def _not_found(self, what: str) -> None:
        self._send(404, f"not found: {what}\n".encode(), "text/plain; charset=utf-8")

    def do_HEAD(self) -> None:
        self.do_GET()

    def _state(self) -> dict[str, Any]:
        """The session's state, with the project's server (None when it has none)."""
        backend = self.server.backend
        return {**self.server.session.state(), "server": backend.state() if backend else None}

    def _refused(self, status: int, why: str) -> None:
        self.close_connection = True
        self._send(status, f"{why}\n".encode(), "text/plain; charset=utf-8")

    def handle_one_request(self) -> None:
        """Every request gets an answer: an unexpected error is a 500 with its reason, never
        a connection closed without a word (and never the end of the server)."""
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True
        except Exception as error:  # noqa: BLE001
            self.server.printer(f"dev server: {internal_error(error)}")
            try:
                self._refused(500, f"pyminis dev failed on this request: {type(error).__name__}")
            except OSError:
                pass

    def _host_ok(self) -> bool:
        if self.server.gate.host_allowed(self.headers.get("Host")):
            return True
        self._refused(403, "pyminis dev answers only requests to its own address (a page of "
                           "another site reached it through its own domain name: refused)")
        return False

    def do_GET(self) -> None:
        if not self._host_ok():
            return
        path = unquote(urlsplit(self.path).path)
        session = self.server.session
        if path in ("/", "/index.html"):
            self._runtime("index.html", "simulator")
        elif path == STAND_IN_URL:  # as the tests serve it: the platform reads project.config.json
            folder = open_data_folder(session.file("project.config.json"))
            self._send(200, stand_in_script(folder).encode(), content_type("sdk.js"))
        elif path.startswith("/__pyminis/sim/"):
            self._runtime(path.removeprefix("/__pyminis/sim/"), "simulator")
        elif path.startswith("/__pyminis/rt/"):  # the native emulator and what it loads
            self._runtime(path.removeprefix("/__pyminis/rt/"), "")
        elif path == "/__pyminis/state":
            self._json(self._state())
        elif path.startswith(SERVER_PREFIX):
            self._proxy()
        elif path == "/__pyminis/events":
            self._events()
        elif path == "/favicon.ico":
            self._send(204, b"", "image/x-icon")
        elif path == "/game" or path.startswith("/game/"):
            rel = path.removeprefix("/game").strip("/") or session.project.config.build.html_entry
            self._game(rel)
        else:
            self._not_found(path)

    def _token_ok(self) -> bool:
        gate = self.server.gate
        if not gate.origin_allowed(self.headers.get("Origin"), self.headers.get("Host")) \
                or not gate.token_valid(self.headers.get("Cookie"), self.headers.get(HEADER)):
            self._refused(403, "this request needs the dev session's token: send it from the "
                               "simulator page pyminis dev serves")
            return False
        return True

    def _raw_body(self) -> bytes | None:
        """The request's body, or None after refusing one without a length or too long."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._refused(413 if length > MAX_BODY else 400,
                          f"the body must be at most {MAX_BODY} bytes")
            return None
        return self.rfile.read(length)

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        path = urlsplit(self.path).path
        if path.startswith(SERVER_PREFIX):
            if self._token_ok():
                self._proxy()
            return
        if path not in ("/__pyminis/runtime-error", "/__pyminis/target", "/__pyminis/pay",
                        "/__pyminis/refund"):
            self._not_found(self.path)
            return
        if not self._token_ok():
            return
        body = self._raw_body()
        if body is None:
            return
        try:
            report = json.loads(body or b"{}")
        except ValueError:
            self._json({"error": "the body must be JSON"}, 400)
            return
        if path == "/__pyminis/target":
            self._switch(report)
            return
        if path in ("/__pyminis/pay", "/__pyminis/refund"):
            self._tiktok_side(path.rsplit("/", 1)[1], report)
            return
        traceback = self.server.session.explain(report if isinstance(report, dict) else {})
        self.server.printer(f"error in the game (uncaught, shown in the page):\n{traceback}")
        self._json({"traceback": str(traceback), "where": traceback.where})

    def do_PUT(self) -> None:
        self._other_method()

    def do_PATCH(self) -> None:
        self._other_method()

    def do_DELETE(self) -> None:
        self._other_method()

    def _other_method(self) -> None:
        if not self._host_ok():
            return
        if not urlsplit(self.path).path.startswith(SERVER_PREFIX):
            self._not_found(self.path)
        elif self._token_ok():
            self._proxy()

    def _proxy(self) -> None:
        """The game's request to its server's origin, forwarded to the project's server."""
        backend = self.server.backend
        if backend is None:
            self._json({"error": "this project has no server (server/app.py) for pyminis dev "
                                 "to run"}, 404)
            return
        body = b""
        if self.command not in ("GET", "HEAD"):
            read = self._raw_body()
            if read is None:
                return
            body = read
        parts = urlsplit(self.path)
        target = parts.path.removeprefix(SERVER_PREFIX[:-1]) + (f"?{parts.query}" if parts.query else "")
        answer = backend.proxy(self.command, target, list(self.headers.items()), body)
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _tiktok_side(self, action: str, request: Any) -> None:
        """What TikTok does after the pay sheet (pay) or a refund: its webhook, delivered."""
        from pyminis.server.mock import MockError

        backend = self.server.backend
        trade_order_id = request.get("trade_order_id") if isinstance(request, dict) else None
        if backend is None:
            self._json({"error": "this project has no server"}, 404)
            return
        if not isinstance(trade_order_id, str) or not trade_order_id:
            self._json({"error": "send JSON {\"trade_order_id\": ...}"}, 400)
            return
        try:
            if action == "pay":
                report = backend.pay(trade_order_id)
            else:
                amount = request.get("refund_amount", 0)
                report = backend.refund(trade_order_id, amount if isinstance(amount, int) else 0)
        except MockError as error:
            self._json({"error": str(error)}, 409)
            return
        self._json(report)

    def _switch(self, request: Any) -> None:
        target = request.get("target") if isinstance(request, dict) else None
        try:
            report = self.server.session.switch(str(target))
        except UsageError as error:
            self._json({"error": str(error)}, 400)
            return
        self.server.printer(f"target {target}: " + describe(report))
        printer = self.server.printer
        self.server.session.scan_soon(
            lambda found: printer(f"the restriction scan refuses this build:\n{found.error}"))
        self._json(self._state())

    def _runtime(self, name: str, folder: str) -> None:
        found = runtime_file(name, folder)
        if found is None:
            self._not_found(name)
        else:
            self._send(200, found.read_bytes(), content_type(found.name))

    def _game(self, rel: str) -> None:
        session = self.server.session
        data = session.file(rel)
        if data is None and session.version == 0:
            # The first build failed: the page shows the error overlay; nothing to run yet.
            data = b"<!DOCTYPE html><title>no build yet</title><body></body>"
            rel = "index.html"
        if data is None:
            self._not_found(rel)
            return
        if rel == session.project.config.build.html_entry:
            sdk_url = session.project.config.pyminis.sdk_url
            data = simulated_html(data.decode("utf-8"), sdk_url).encode()
        self._send(200, data, content_type(rel))

    def _events(self) -> None:
        session = self.server.session
        listener = session.subscribe()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            self.wfile.write(event_stream_bytes({"type": "hello", **self._state()}))
            self.wfile.flush()
            while not self.server.stopping.is_set():
                try:
                    event = listener.get(timeout=10)
                except queue.Empty:
                    self.wfile.write(b": keep-alive\n\n")  # detects pages that went away
                else:
                    self.wfile.write(event_stream_bytes(event))
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            session.unsubscribe(listener)


def print_to_terminal(text: str) -> None:
    print(text, flush=True)
    sys.stdout.flush()

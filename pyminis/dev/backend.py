"""The project's server and the offline TikTok Open API, run by `pyminis dev`.

- The project's ASGI app runs in its own process (uvicorn, on 127.0.0.1), so it imports the
  project's code as a deployment would, gets its settings from the environment as in
  production, and restarts on a change of its folder without touching the dev server.
  Its environment points it at the offline Open API: TIKTOK_OPEN_API_URL, a client secret made
  for this session, and a SQLite file in .pyminis/server/ (delete it to start over).
- The offline Open API (pyminis.server.mock) runs in this process, on its own loopback port:
  the dev server asks it to `pay` when the simulator's pay sheet succeeds, and delivers the
  signed webhook it returns to the project's server, as TikTok would.
- `proxy` forwards the game's requests (the simulator sends those for the server's trusted
  origin to /__pyminis/server/…) to the project's server.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyminis.dev.server_plan import ServerPlan
from pyminis.errors import ToolchainError

Printer = Callable[[str], None]
DEV_CLIENT_KEY = "pyminis-dev-client-key"
START_SECONDS = 20.0  # how long a request waits for the server to (re)start
# Headers not forwarded either way (hop-by-hop, or the dev server's own).
_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
        "proxy-authorization", "proxy-authenticate", "host", "content-length", "cookie",
        "x-pyminis-token", "origin", "referer", "date", "server"}


def need_server_extra() -> None:
    """Refuse early, with the install command, when the `server` extra is missing."""
    missing = []
    for module in ("uvicorn", "starlette", "httpx", "sqlalchemy"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise ToolchainError(f"this project has a server, and running it needs {', '.join(missing)}",
                             hint="pip install 'pyminis[server]'")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class OfflineOpenAPIServer:
    """The offline Open API on a loopback port, in a thread of this process."""

    def __init__(self, client_key: str, client_secret: str) -> None:
        import uvicorn

        from pyminis.server.mock import OfflineOpenAPI

        self.api = OfflineOpenAPI(client_key, client_secret)
        self.port = free_port()
        config = uvicorn.Config(self.api.app, host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True,
                                        name="pyminis-offline-open-api")
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started and self._thread.is_alive():
            if time.monotonic() > deadline:
                raise ToolchainError("the offline Open API did not start within 10 s")
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)


class ProjectServer:
    """The project's ASGI app under uvicorn, in a child process; restartable."""

    def __init__(self, root: Path, plan: ServerPlan, env: dict[str, str], printer: Printer) -> None:
        self.root = root
        self.plan = plan
        self.env = env
        self.printer = printer
        self.port = free_port()
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self.crashed = False  # the current process ended on its own (not stopped by us)
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self._lock:
            self.crashed = False
            self._process = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", self.plan.app, "--host", "127.0.0.1",
                 "--port", str(self.port), "--app-dir", str(self.root), "--no-access-log",
                 "--log-level", "warning"],
                cwd=self.root, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, text=True, bufsize=1)
            process = self._process
        threading.Thread(target=self._relay, args=(process,), daemon=True).start()

    def _relay(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self.printer(f"server: {line.rstrip()}")
        code = process.wait()
        if process is self._process:
            self.crashed = True
        if code not in (0, -15) and process is self._process:
            self.printer(f"server: {self.plan.app} stopped (exit {code}); it restarts when you "
                         f"save a file in {self.plan.folder.name}/")

    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        with self._lock:
            process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class DevBackend:
    """What `pyminis dev` runs for a project with a server."""

    def __init__(self, root: Path, plan: ServerPlan, client_key: str | None,
                 printer: Printer = print) -> None:
        need_server_extra()
        self.plan = plan
        self.printer = printer
        key = client_key or DEV_CLIENT_KEY
        secret = "dev-" + secrets.token_urlsafe(24)  # this session's; never a real one
        self.openapi = OfflineOpenAPIServer(key, secret)
        data = root / ".pyminis" / "server"
        data.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.update({"TIKTOK_CLIENT_KEY": key, "TIKTOK_CLIENT_SECRET": secret,
                    "TIKTOK_OPEN_API_URL": self.openapi.url,
                    "TIKTOK_ORDER_QUERY_PATH": "/v2/minis/trade_order/query/",
                    "DATABASE_URL": f"sqlite:///{data / 'dev.sqlite3'}",
                    "PYTHONUNBUFFERED": "1"})
        self.server = ProjectServer(root, plan, env, printer)
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, daemon=True)
        self._watcher.start()

    def describe(self) -> str:
        where = (f"the game's {self.plan.origin} is routed to it" if self.plan.origin
                 else "the game's requests are not routed to it")
        text = (f"server: {self.plan.app} at {self.server.url} ({where}); offline TikTok Open "
                f"API at {self.openapi.url}")
        return text + (f"\nserver: {self.plan.note}" if self.plan.note else "")

    def state(self) -> dict[str, Any]:
        return {"origin": self.plan.origin, "app": self.plan.app, "running": self.server.running()}

    def _watch(self) -> None:
        import watchfiles

        if not self.plan.folder.is_dir():
            return
        for changes in watchfiles.watch(self.plan.folder, stop_event=self._stop,
                                        watch_filter=watchfiles.PythonFilter()):
            names = sorted({Path(p).name for _, p in changes})
            self.server.stop()  # first: no request made after the notice meets the old code
            self.printer(f"server: {', '.join(names)} changed: restarting {self.plan.app}")
            self.server.start()

    def proxy(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> Answer:
        """Forward one request to the project's server (waiting for it to start)."""
        import httpx

        sent = [(k, v) for k, v in headers if k.lower() not in _HOP]
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with httpx.Client(base_url=self.server.url, timeout=30.0) as http:
                    answer = http.request(method, target, headers=sent, content=body)
                break
            except httpx.ConnectError:
                if time.monotonic() > deadline or self.server.crashed:
                    return Answer(502, [("Content-Type", "application/json")],
                                  b'{"error": "the project\'s server is not running: see the '
                                  b'terminal of pyminis dev"}')
                time.sleep(0.1)
        kept = [(k, v) for k, v in answer.headers.multi_items() if k.lower() not in _HOP
                and k.lower() != "content-encoding"]
        return Answer(answer.status_code, kept, answer.content)

    def pay(self, trade_order_id: str) -> dict[str, Any]:
        """The pay sheet succeeded: TikTok's webhook for it, signed, to the project's server.
        Raises MockError when the offline Open API never created that trade order."""
        webhook = self.openapi.api.pay(trade_order_id)
        return self._deliver(webhook, "minis.trade_order.redeem.success", trade_order_id)

    def refund(self, trade_order_id: str, refund_amount: int = 0) -> dict[str, Any]:
        webhook = self.openapi.api.refund(trade_order_id, refund_amount)
        return self._deliver(webhook, "minis.trade_order.redeem.refund_traceback", trade_order_id)

    def _deliver(self, webhook: Any, event: str, trade_order_id: str) -> dict[str, Any]:
        import httpx

        from pyminis.server.mock import deliver

        url = self.server.url + self.plan.webhook
        try:
            answer = deliver(webhook, url)
        except httpx.HTTPError as error:
            self.printer(f"server: webhook {event} for {trade_order_id} not delivered: {error!r}")
            return {"delivered": False, "status": None, "answer": str(error)}
        text = answer.text[:500]
        self.printer(f"server: webhook {event} for {trade_order_id} → {answer.status_code} {text}")
        return {"delivered": True, "status": answer.status_code, "answer": text}

    def stop(self) -> None:
        self._stop.set()
        self.server.stop()
        self.openapi.stop()

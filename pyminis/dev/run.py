"""`pyminis dev`: build, serve, watch, rebuild, reload — until Ctrl-C.

`DevRun` is the whole session as an object (tests and the benchmark drive it directly);
`run_dev` is what the command calls: start, tell the terminal, block on the watcher.
"""

from __future__ import annotations

import errno
import signal
import threading
import types
from collections.abc import Callable
from pathlib import Path

from pyminis.compile.python import Incremental
from pyminis.dev.report import describe
from pyminis.dev.backend import DevBackend
from pyminis.dev.server import DevHTTPServer
from pyminis.dev.server_plan import server_plan
from pyminis.dev.session import BuildReport, DevSession
from pyminis.dev.terminal import (
    browse_host,
    has_display,
    is_loopback,
    open_browser,
    qr_text,
)
from pyminis.dev.warm import WarmTranscrypt
from pyminis.dev.watch import Watcher
from pyminis.errors import UsageError

Printer = Callable[[str], None]


class DevRun:
    """A running dev session: the warm compiler, the first build, the HTTP server."""

    def __init__(self, path: Path | str, host: str | None = None, port: int | None = None,
                 printer: Printer = print) -> None:
        self.printer = printer
        if port is not None and not 0 <= port <= 65535:
            raise UsageError(f"--port {port} is not a port number",
                             hint="pass a port from 1 to 65535 (or 0 for any free one)")
        self.compiler = WarmTranscrypt()
        self.session = DevSession(path, Incremental(run=self.compiler))
        config = self.session.project.config
        self.host = host or config.dev.host
        wanted = config.dev.port if port is None else port
        self.stop_event = threading.Event()
        self.last_scan: threading.Thread | None = None
        try:  # bind first: a busy port fails at once, and the page can connect while we build
            self.server = DevHTTPServer((self.host, wanted), self.session, printer)
        except OSError as error:
            self.compiler.close()
            if error.errno == errno.EADDRINUSE:
                raise UsageError(f"port {wanted} on {self.host} is already in use",
                                 hint="stop the other server, or pass --port with a free port "
                                      "(or set dev.port in minigame.config.json)") from None
            raise UsageError(f"cannot serve on {self.host}:{wanted}: {error.strerror}",
                             hint="pass --host 127.0.0.1, or an address of this machine") from None
        self.port = int(self.server.server_address[1])
        self.backend: DevBackend | None = None
        try:
            loaded = self.session.project.loaded
            plan = server_plan(self.session.root, config,
                               loaded.path.name if loaded.path else "minigame.config.json")
            if plan is not None:  # the project's own server, and an offline TikTok beside it
                self.backend = DevBackend(self.session.root, plan, config.client_key, printer)
        except BaseException:
            self.server.server_close()
            self.compiler.close()
            raise
        self.server.backend = self.backend
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()
        # Watch before the first build: a save while it builds is rebuilt after it.
        self.watcher = Watcher(self.session.root, self._folders, self.stop_event)
        self.watcher.start()
        self.rebuild()

    @property
    def url(self) -> str:
        return f"http://{browse_host(self.host)}:{self.port}/"

    def rebuild(self, changed: list[str] | None = None) -> BuildReport:
        """Build, serve and announce; then scan what is served (its findings become the error)."""
        report = self.session.rebuild()
        self.printer(describe(report, changed))
        self.last_scan = self.session.scan_soon(self._refused)
        return report

    def _refused(self, report: BuildReport) -> None:
        self.printer(f"the restriction scan refuses this build:\n{report.error}")

    def _folders(self) -> tuple[str, ...]:
        root = self.session.root
        project = self.session.project
        folders = [project.src_dir, project.assets_dir, project.open_data_dir]
        folders += [project.root / sub.root for sub in project.config.pyminis.subpackages]
        return tuple(p.relative_to(root).as_posix() for p in folders
                     if p.resolve().is_relative_to(root) and p.resolve() != root)

    def watch(self) -> None:
        """Rebuild on every relevant change until `stop()` (or Ctrl-C)."""
        for names in self.watcher.batches():
            self.rebuild(names)

    def stop(self) -> None:
        self.stop_event.set()
        self.server.stopping.set()
        self.session.publish({"type": "bye"})  # wakes the event streams so they end
        self.server.shutdown()
        self.server.server_close()
        if self.backend is not None:
            self.backend.stop()
        self.compiler.close()


def _interrupt_on_sigterm() -> None:
    """`kill` stops the server as cleanly as Ctrl-C does."""
    def handler(signum: int, frame: types.FrameType | None) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)


def run_dev(path: Path | str = ".", host: str | None = None, port: int | None = None,
            open_page: bool = True, printer: Printer = print) -> None:
    """The `pyminis dev` command: serve until Ctrl-C."""
    _interrupt_on_sigterm()
    run = DevRun(path, host, port, printer)
    try:
        printer(f"simulator: {run.url}  (Ctrl-C stops)")
        if run.backend is not None:
            printer(run.backend.describe())
        if not is_loopback(run.host):
            phone = run.url + "game/"
            printer(f"on a phone on this network: {phone}\n{qr_text(phone)}")
        if open_page and has_display():
            open_browser(run.url)
        run.watch()
    except KeyboardInterrupt:
        pass
    finally:
        run.stop()
        printer("stopped")

"""One `pyminis dev` session: the latest dev build in memory, its errors, and who to tell.

The build never stops the session: a lint or compile error becomes the current error (shown
in the page's overlay and the terminal) and the last good package keeps being served until a
fix builds again. Listeners (the page's event streams) get every change.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyminis.compile.python import Incremental
from pyminis.dev.sourcemap import SourceMap
from pyminis.dev.stack import PythonTraceback, python_traceback
from pyminis.errors import ProblemsError, PyminisError, UsageError, internal_error
from pyminis.paths import runtime_js_dir
from pyminis.pipeline.build import build_files
from pyminis.project import Project, load_project
from pyminis.project.lock import project_lock
from pyminis.scan.gate import check_package


@dataclass(frozen=True)
class BuildReport:
    """What one rebuild did: for the terminal, the page and the benchmark."""

    version: int  # of the package served after this build
    ok: bool
    seconds: float
    error: str | None = None
    problems: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    target: str = "h5"

    def event(self) -> dict[str, Any]:
        if self.ok:
            return {"type": "build", "version": self.version, "seconds": round(self.seconds, 3),
                    "warnings": self.warnings, "target": self.target}
        return {"type": "error", "version": self.version, "text": self.error,
                "problems": self.problems}


def _problems(error: PyminisError) -> list[dict[str, Any]]:
    if isinstance(error, ProblemsError):
        return [{"path": p.location.path, "line": p.location.line, "column": p.location.column,
                 "code": p.code, "message": p.message, "hint": p.hint} for p in error.problems]
    location = error.location
    return [{"path": location.path if location else None,
             "line": location.line if location else None,
             "column": location.column if location else None,
             "code": type(error).__name__, "message": error.message, "hint": error.hint}]


class DevSession:
    """Builds the project on demand and keeps the result; thread-safe."""

    def __init__(self, path: Path | str, incremental: Incremental | None = None,
                 target: str = "h5") -> None:
        self.root = Path(path).resolve()
        self.project: Project = load_project(self.root)
        self.target = target
        self._incremental = incremental or Incremental()
        self._build_lock = threading.Lock()
        self._scan_lock = threading.Lock()
        self._lock = threading.Lock()
        self._files: dict[str, bytes] = {}
        self._version = 0
        self._last: BuildReport | None = None
        self._listeners: list[queue.Queue[dict[str, Any]]] = []

    # -- building -------------------------------------------------------------------------

    def rebuild(self) -> BuildReport:
        """Build now; on success the new package replaces the old one and listeners reload."""
        with self._build_lock:
            started = time.perf_counter()
            try:
                with project_lock(self.root):  # `pyminis build` of this project waits for it
                    self.project = load_project(self.root)  # the config may have changed too
                    # The scan runs after the new build is served (`scan()`): no reload waits.
                    files, warnings = build_files(self.project, self.target, True,
                                                  self._incremental, scan=False, serving=True)
            except PyminisError as error:
                report = BuildReport(self._version, False, time.perf_counter() - started,
                                     str(error), _problems(error), target=self.target)
            except Exception as error:  # noqa: BLE001  a pyminis bug must not stop the server
                report = BuildReport(self._version, False, time.perf_counter() - started,
                                     internal_error(error), target=self.target)
            else:
                with self._lock:
                    self._files = files
                    self._version += 1
                report = BuildReport(self._version, True, time.perf_counter() - started,
                                     warnings=warnings, target=self.target)
            self._last = report
        self.publish(report.event())
        return report

    def scan(self) -> BuildReport | None:
        """The restriction scan of the package being served; its findings become the error.

        Runs beside the builds (not under their lock): a long scan never delays the next save.
        A result for a package that a newer build has replaced is dropped.
        """
        with self._scan_lock:
            with self._lock:
                files, version, last = self._files, self._version, self._last
            if not files or last is None or not last.ok or last.version != version:
                return None
            started = time.perf_counter()
            maps = {path: files[path + ".map"] for path in files
                    if path.endswith(".js") and path + ".map" in files}
            try:
                check_package(self.project, self.target, True, files, maps)
            except PyminisError as error:
                report = BuildReport(version, False, time.perf_counter() - started, str(error),
                                     _problems(error), target=self.target)
            except Exception as error:  # noqa: BLE001  a pyminis bug must not stop the server
                report = BuildReport(version, False, time.perf_counter() - started,
                                     internal_error(error), target=self.target)
            else:
                return None
            with self._lock:
                if self._version != version:
                    return None
                self._last = report
        self.publish(report.event())
        return report

    def scan_soon(self, on_finding: Callable[[BuildReport], None]) -> threading.Thread:
        """`scan()` in the background; `on_finding(report)` if the package is refused."""
        def work() -> None:
            found = self.scan()
            if found is not None:
                on_finding(found)

        thread = threading.Thread(target=work, daemon=True, name="pyminis-dev-scan")
        thread.start()
        return thread

    @property
    def last(self) -> BuildReport | None:
        return self._last

    def file(self, rel: str) -> bytes | None:
        with self._lock:
            return self._files.get(rel)

    @property
    def version(self) -> int:
        return self._version

    def switch(self, target: str) -> BuildReport:
        """Build and serve another target (`h5`, or `native` in the emulator)."""
        if target not in available_targets():
            raise UsageError(f"the simulator cannot run the {target!r} target",
                             hint=f"choose one of: {', '.join(available_targets())}")
        with self._build_lock:
            self.target = target
        return self.rebuild()

    def state(self) -> dict[str, Any]:
        """What a page that just connected needs: the package version, the error, the config."""
        config = self.project.config
        last = self._last
        return {
            "version": self._version,
            "target": self.target,
            "targets": available_targets(),
            "error": last.event() if last is not None and not last.ok else None,
            "entry": config.build.html_entry,
            "name": config.dev.name or self.root.name,
            "orientation": config.orientation,
            "navbar": {"style": config.navbar.style, "light": config.navbar.bg_color_light,
                       "dark": config.navbar.bg_color_dark},
        }

    # -- runtime errors ---------------------------------------------------------------------

    def explain(self, report: dict[str, Any]) -> PythonTraceback:
        """A runtime error reported by the page, as a Python traceback of the current build."""
        source_map = self.file("game.js.map")
        mapped = SourceMap.from_json(source_map) if source_map else SourceMap({})
        traceback = python_traceback(str(report.get("name") or ""),
                                     str(report.get("message") or ""),
                                     str(report.get("stack") or ""), mapped)
        self.publish({"type": "runtime-error", "text": str(traceback), "where": traceback.where})
        return traceback

    # -- listeners --------------------------------------------------------------------------

    def subscribe(self) -> queue.Queue[dict[str, Any]]:
        listener: queue.Queue[dict[str, Any]] = queue.Queue()
        with self._lock:
            self._listeners.append(listener)
        return listener

    def unsubscribe(self, listener: queue.Queue[dict[str, Any]]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def publish(self, event: dict[str, Any]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener.put(event)


def available_targets() -> list[str]:
    """The targets the simulator can run: H5 in the page, native in the emulator if shipped."""
    emulator = runtime_js_dir() / "emulator" / "index.html"
    return ["h5", "native"] if emulator.is_file() else ["h5"]


def event_stream_bytes(event: dict[str, Any]) -> bytes:
    """One server-sent event."""
    return f"data: {json.dumps(event)}\n\n".encode()

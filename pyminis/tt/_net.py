"""Network: HTTP requests, downloads and WebSockets (only trusted domains are reachable)."""

# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt import _validate
from pyminis.tt._call import callback_call, listen, nothing, sync
from pyminis.tt._errors import error_from
from pyminis.tt._js import field, invoke, member, new_object, plain
from pyminis.tt._types import DownloadResult, Response, download_of, response_of


class _Task:
    """A network call in flight: `await task` for its result (a TTError if it failed or was
    aborted), `task.abort()` to stop it (the platform's task, where the runtime returns one)."""

    def __init__(self, call: str, platform: str, options: "Any",
                 convert: "Callable[[Any], Any]") -> None:
        self._task: "Any" = None
        # A Promise compiled, a fake-host Pending in CPython: both have then().
        self._result: "Any" = callback_call(call, platform, options, convert, started=self._keep)

    def _keep(self, returned: "Any") -> None:
        self._task = returned

    def abort(self) -> None:
        """Stop the call: awaiting it then raises TTError (`<call>:fail abort`). Does nothing
        once it has answered, or where the runtime returns no task."""
        if member(self._task, "abort") != None:  # noqa: E711
            invoke(self._task, "abort", [])

    def then(self, on_ok: "Any", on_error: "Any" = None) -> "Any":
        """Compiled, `await task` calls this (a thenable), as on a Promise."""
        return self._result.then(on_ok, on_error)

    # __pragma__ ('skip')
    def __await__(self) -> "Any":  # CPython: await the fake host's answer
        return self._result.__await__()
    # __pragma__ ('noskip')


class RequestTask(_Task):
    """What tt.request returns: awaitable (→ Response) and abortable."""


class DownloadTask(_Task):
    """What tt.download_file returns: awaitable (→ DownloadResult) and abortable."""


def request(url: str, method: str = "GET", data: "Any" = None,
            header: "dict[str, str] | None" = None,
            timeout: "int | None" = None) -> RequestTask:
    """An HTTP request to a trusted domain; JSON answers arrive parsed in `Response.data`.
    `await` it, or keep it to `abort()` it (a RequestTask)."""
    _validate.text("request", "url", url)
    options = new_object()
    options["url"] = url
    options["method"] = method
    if data != None:  # noqa: E711
        options["data"] = plain(data)
    if header != None:  # noqa: E711
        options["header"] = _plain_header(header)
    if timeout != None:  # noqa: E711
        options["timeout"] = timeout
    return RequestTask("request", "request", options, response_of)


def download_file(url: str, header: "dict[str, str] | None" = None) -> DownloadTask:
    """Download `url` to a temporary file; its path is `DownloadResult.temp_file_path`.
    `await` it, or keep it to `abort()` it (a DownloadTask)."""
    _validate.text("download_file", "url", url)
    options = new_object()
    options["url"] = url
    if header != None:  # noqa: E711
        options["header"] = _plain_header(header)
    return DownloadTask("download_file", "downloadFile", options, download_of)


def _plain_header(header: "dict[str, str]") -> "Any":
    return plain(header)


def _message_data(raw: "Any") -> "Any":
    return field(raw, "data", None)


class SocketTask:
    """An open WebSocket (tt.connect_socket): send, close, and listen to its events."""

    def __init__(self, task: "Any") -> None:
        self._task = task

    def send(self, data: str) -> "Awaitable[None]":
        options = new_object()
        options["data"] = plain(data)
        return callback_call("SocketTask.send", "send", options, nothing, target=self._task)

    def close(self, code: int = 1000, reason: str = "") -> "Awaitable[None]":
        options = new_object()
        options["code"] = code
        options["reason"] = reason
        return callback_call("SocketTask.close", "close", options, nothing, target=self._task)

    def on_open(self, callback: "Callable[[], Any]") -> "Callable[[], None]":
        return listen("SocketTask.on_open", self._task, "onOpen", "", callback, None)

    def on_message(self, callback: "Callable[[Any], Any]") -> "Callable[[], None]":
        """`callback(data)` for each message (text, or an ArrayBuffer compiled)."""
        return listen("SocketTask.on_message", self._task, "onMessage", "", callback,
                      _message_data)

    def on_error(self, callback: "Callable[[Any], Any]") -> "Callable[[], None]":
        """`callback(error)` with a TTError."""
        return listen("SocketTask.on_error", self._task, "onError", "", callback,
                      _socket_error)

    def on_close(self, callback: "Callable[[], Any]") -> "Callable[[], None]":
        return listen("SocketTask.on_close", self._task, "onClose", "", callback, None)


def _socket_error(raw: "Any") -> "Any":
    return error_from("SocketTask", raw)


def connect_socket(url: str, protocols: "list[str] | None" = None,
                   header: "dict[str, str] | None" = None) -> SocketTask:
    """Open a WebSocket (wss:// on a trusted domain)."""
    _validate.text("connect_socket", "url", url)
    options = new_object()
    options["url"] = url
    if protocols != None:  # noqa: E711
        options["protocols"] = protocols
    if header != None:  # noqa: E711
        options["header"] = _plain_header(header)
    return SocketTask(sync("connect_socket", "connectSocket", [options]))

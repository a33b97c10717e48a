"""Network: HTTP requests, downloads and WebSockets (only trusted domains are reachable)."""

# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt import _validate
from pyminis.tt._call import callback_call, listen, nothing, sync
from pyminis.tt._errors import error_from
from pyminis.tt._js import field, new_object, plain
from pyminis.tt._types import DownloadResult, Response, download_of, response_of


def request(url: str, method: str = "GET", data: "Any" = None,
            header: "dict[str, str] | None" = None,
            timeout: "int | None" = None) -> "Awaitable[Response]":
    """An HTTP request to a trusted domain; JSON answers arrive parsed in `Response.data`."""
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
    return callback_call("request", "request", options, response_of)


def download_file(url: str, header: "dict[str, str] | None" = None) -> "Awaitable[DownloadResult]":
    """Download `url` to a temporary file; its path is `DownloadResult.temp_file_path`."""
    _validate.text("download_file", "url", url)
    options = new_object()
    options["url"] = url
    if header != None:  # noqa: E711
        options["header"] = _plain_header(header)
    return callback_call("download_file", "downloadFile", options, download_of)


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

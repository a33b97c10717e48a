"""Errors of pyminis.tt: what the platform refused, what this runtime lacks, what was wrong
with the arguments (checked before any platform call)."""

from pyminis.tt._js import field, is_number, is_string


class TTError(Exception):
    """The platform answered a call with a failure: `code` and `message` are the platform's."""

    def __init__(self, call: str, code: int, message: str) -> None:
        Exception.__init__(self, "tt." + call + " failed: " + message + " (code " + str(code) + ")")
        self.call = call
        self.code = code
        self.message = message


class TTUnavailableError(TTError):
    """This runtime (or this TikTok client version) has no such call."""

    def __init__(self, call: str, platform: str, min_client: str) -> None:
        need = " (it needs TikTok " + min_client + " or newer)" if min_client else ""
        TTError.__init__(self, call, -1, "this runtime has no " + platform + need
                         + "; check tt.can_i_use('" + platform + "') first and offer a fallback")
        self.platform = platform
        self.min_client = min_client


class TTValueError(ValueError):
    """An argument breaks a documented limit; raised before the platform is called."""

    def __init__(self, call: str, what: str, fix: str) -> None:
        ValueError.__init__(self, "tt." + call + ": " + what + "; " + fix)
        self.call = call


def error_from(call: str, raw: object) -> TTError:
    """Normalise the platform's failure shapes: `{error: {error_code, error_msg}}`
    (native-runtime.md), `{errMsg, errNo | errCode}` (wx style), `{error_code, error_msg}`,
    or a thrown JavaScript Error."""
    if isinstance(raw, TTError):
        return raw
    inner = field(raw, "error", None)
    source = inner if inner != None and not is_string(inner) else raw  # noqa: E711
    code = field(source, "error_code", None)
    if code == None:  # noqa: E711
        code = field(source, "errNo", field(source, "errCode", field(source, "code", -1)))
    message = field(source, "error_msg", None)
    if message == None:  # noqa: E711
        message = field(source, "errMsg", field(source, "message", None))
    if message == None:  # noqa: E711
        message = inner if is_string(inner) else ("failed" if not is_string(raw) else raw)
    return TTError(call, code if is_number(code) else -1, str(message))

"""The little the open data packages need beyond pyminis.tt: the window size, and a console.

Every SDK call goes through pyminis.tt (namespace resolved per call; a fake host in CPython).
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')

# The private modules, not pyminis.tt: the domain's bundle then leaves out the rest of the SDK.
from pyminis.tt._app import get_system_info
from pyminis.tt._errors import TTError
from pyminis.tt._social import get_shared_canvas


def window_size() -> list:
    """[windowWidth, windowHeight] in CSS pixels: the platform layer's (the real window), else
    the SDK's."""
    info = None
    # __pragma__ ('ecom')
    """?
    info = __pragma__('js', '{}', '(typeof pyminisPlatform !== "undefined" && pyminisPlatform.getSystemInfoSync) ? pyminisPlatform.getSystemInfoSync() : null')
    ?"""
    # __pragma__ ('noecom')
    if info is not None:
        return [info.windowWidth, info.windowHeight]
    sdk_info = get_system_info()
    return [sdk_info.window_width, sdk_info.window_height]


def shared_canvas() -> Any:
    """The shared canvas as the game places it: the platform backend's view where the backend
    draws the open data canvas itself (native: runtime_js/platform/native_open_data.js), else
    the SDK's, which the platform places by its CSS style (h5; the fake host in CPython)."""
    view = None
    # __pragma__ ('ecom')
    """?
    view = __pragma__('js', '{}', '(typeof pyminisPlatform !== "undefined" && pyminisPlatform.getSharedCanvas) ? pyminisPlatform.getSharedCanvas() : null')
    ?"""
    # __pragma__ ('noecom')
    if view is not None:
        return view
    return get_shared_canvas()


def log_error(text: str) -> None:
    """Report a problem on the console of this context (print() needs a DOM in Transcrypt)."""
    # __pragma__ ('ecom')
    """?
    console.error(text)
    return
    ?"""
    # __pragma__ ('noecom')
    # __pragma__ ('skip')
    print(text)
    # __pragma__ ('noskip')


def failed(error: Any) -> str:
    """A short text for what a failed call raised (a TTError, or a plain JS value)."""
    if isinstance(error, TTError):
        return str(error)
    return "{}".format(error)

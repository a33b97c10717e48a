"""The SDK namespace at run time, and its success/fail calls as promises.

Shared by both contexts: the game reaches the SDK as `TTMinis.game` (H5) or `tt` (native);
the open data domain as `tt` (also `GameGlobal.tt`, 003/004). Only JavaScript has an SDK:
under CPython `api()` is None and every call reports that it is unavailable.
"""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')


def api() -> Any:
    """The SDK object of this context, or None."""
    # __pragma__ ('ecom')
    """?
    return __pragma__('js', '{}', '(typeof TTMinis !== "undefined" && TTMinis.game) || (typeof tt !== "undefined" && tt) || (typeof GameGlobal !== "undefined" && GameGlobal.tt) || null')
    ?"""
    # __pragma__ ('noecom')
    return None


def has(fn: str) -> bool:
    """Whether this context's SDK has the function `fn`."""
    sdk = api()
    if sdk is None:
        return False
    # __pragma__ ('ecom')
    """?
    return __pragma__('js', '{}', 'typeof sdk[fn] === "function"')
    ?"""
    # __pragma__ ('noecom')
    return False


def sync(fn: str, argument: Any = None) -> Any:
    """Call a synchronous SDK function (or None when it is missing)."""
    if not has(fn):
        return None
    sdk = api()
    if argument is None:
        return sdk[fn]()
    return sdk[fn](argument)


def call(fn: str, params: Any) -> Any:
    """Call a {success, fail, complete} SDK function: a Promise of the success result.

    The promise rejects with the fail value, or with {errMsg} when the call does not exist.
    """

    def run(resolve: Any, reject: Any) -> None:
        if not has(fn):
            reject({"errMsg": fn + ":fail not available in this context"})
            return
        params["success"] = resolve
        params["fail"] = reject
        sdk = api()
        sdk[fn](params)

    # __pragma__ ('ecom')
    """?
    return __new__(Promise(run))
    ?"""
    # __pragma__ ('noecom')
    return None


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


def window_size() -> list:
    """[windowWidth, windowHeight] in CSS pixels, from the platform layer or the SDK."""
    info = None
    # __pragma__ ('ecom')
    """?
    info = __pragma__('js', '{}', '(typeof pyminisPlatform !== "undefined" && pyminisPlatform.getSystemInfoSync) ? pyminisPlatform.getSystemInfoSync() : null')
    ?"""
    # __pragma__ ('noecom')
    if info is None:
        info = sync("getSystemInfoSync")
    if info is None:
        return [0, 0]
    return [info.windowWidth, info.windowHeight]

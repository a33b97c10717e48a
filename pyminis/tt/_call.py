"""How pyminis.tt calls the platform, per callback style (see pyminis/sdk/surface.py).

Every call resolves the namespace when it is made, so a game can load before the SDK is ready
and the same code runs on H5 (`TTMinis.game`) and natively (`tt`, `wx`).
"""

# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt._errors import TTError, TTUnavailableError, error_from
from pyminis.tt._js import (field, invoke, is_thenable, member, namespace, new_object, plain,
                            promise, start)


def _identity(raw: "Any") -> "Any":
    return raw


def _nothing(raw: "Any") -> None:
    return None


def checked(call: str, platform: str, min_client: str = "") -> "Any":
    """The namespace, after checking it has `platform` (and, for calls newer clients added,
    that canIUse agrees)."""
    ns = namespace()
    if member(ns, platform) == None:  # noqa: E711
        raise TTUnavailableError(call, platform, min_client)
    if min_client != "" and member(ns, "canIUse") != None:  # noqa: E711
        if invoke(ns, "canIUse", [platform]) == False:  # noqa: E712
            raise TTUnavailableError(call, platform, min_client)
    return ns


def sync(call: str, platform: str, args: "list[Any]", min_client: str = "") -> "Any":
    """A synchronous call (or a factory): checked, then made as a method of the namespace."""
    return invoke(checked(call, platform, min_client), platform, args)


def has_function(platform: str) -> bool:
    return bool(member(namespace(), platform) != None)  # noqa: E711


def callback_call(call: str, platform: str, options: "Any", convert: "Callable[[Any], Any]",
                  min_client: str = "", optional: bool = False,
                  target: "Any" = None, trailing: bool = False,
                  started: "Any" = None) -> "Awaitable[Any]":
    """A `{…, success, fail, complete}` call as an awaitable of `convert(result)`.

    `target` is the object to call on (a socket task); by default the SDK namespace.
    `optional` calls resolve to None where the runtime lacks them. `trailing` also passes a
    callback as a second argument, `function (res) {res.is_success}` (001's
    setNavigationBarColor), and settles on whichever answers first. `started(returned)` gets
    what the platform's call returned (request's RequestTask); a returned Promise settles the
    call too (some runtimes answer that way)."""
    if target == None:  # noqa: E711
        if optional and not has_function(platform):
            return promise(lambda resolve, reject: resolve(None))
        target = checked(call, platform, min_client)
    elif member(target, platform) == None:  # noqa: E711
        raise TTUnavailableError(call, platform, min_client)
    # A dict of options becomes the plain object the platform reads (pyminis.tt passes plain
    # objects already; a copy of those costs nothing that matters for an SDK call).
    params = plain(options) if options != None else new_object()  # noqa: E711

    def run(resolve: "Callable[[Any], None]", reject: "Callable[[Any], None]") -> None:
        def success(raw: "Any") -> None:
            try:
                resolve(convert(raw))
            except Exception as error:
                reject(error)
            except:  # noqa: E722  (compiled, JavaScript errors reach only a bare except)
                reject(TTError(call, -1, "pyminis could not read the platform's answer"))

        def fail(raw: "Any") -> None:
            reject(error_from(call, raw))

        def answered(raw: "Any") -> None:
            if field(raw, "is_success", True) == False:  # noqa: E712
                fail(raw)
            else:
                success(raw)

        params["success"] = success
        params["fail"] = fail
        try:
            if trailing:
                returned = invoke(target, platform, [params, answered])
            else:
                returned = invoke(target, platform, [params])
            if started != None:  # noqa: E711
                started(returned)
            if is_thenable(returned):
                # Some runtimes answer by a returned Promise instead: the first answer wins.
                returned.then(success, fail)
        except Exception as error:
            reject(error_from(call, error))
        except:  # noqa: E722
            reject(TTError(call, -1, "the platform threw while starting the call"))

    return promise(run)


def promise_call(call: str, target: "Any", platform: str,
                 convert: "Callable[[Any], Any]") -> "Awaitable[Any]":
    """A method that returns a Promise itself (an ad's show and load)."""
    if member(target, platform) == None:  # noqa: E711
        raise TTUnavailableError(call, platform, "")
    answer = invoke(target, platform, [])

    def fail(raw: "Any") -> None:
        raise error_from(call, raw)

    if answer == None:  # noqa: E711  (an older runtime without Promises: settle at once)
        return promise(lambda resolve, reject: resolve(convert(None)))
    settled: "Awaitable[Any]" = answer.then(convert, fail)
    return settled


def listen(call: str, target: "Any", platform: str, off: str, callback: "Callable[..., Any]",
           convert: "Callable[[Any], Any] | None") -> "Callable[[], None]":
    """`target.onX(handler)`; returns the function that unsubscribes (offX where the platform
    has one; otherwise the handler stops forwarding). An `async def` callback is started.
    With `convert` None the callback takes no argument (on_hide, on_load, on_open)."""
    source = target if target != None else namespace()  # noqa: E711
    if member(source, platform) == None:  # noqa: E711
        raise TTUnavailableError(call, platform, "")
    state = {"on": True}

    def handler(raw: "Any" = None) -> None:
        if not state["on"]:
            return
        if convert == None:  # noqa: E711
            start(callback())
        else:
            start(callback(convert(raw)))

    invoke(source, platform, [handler])

    def unsubscribe() -> None:
        state["on"] = False
        if off != "" and member(source, off) != None:  # noqa: E711
            invoke(source, off, [handler])

    return unsubscribe


identity = _identity
nothing = _nothing

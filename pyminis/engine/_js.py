"""The two worlds the engine runs in: compiled into a game, or imported by CPython.

Compiled, the platform is the JS global `pyminisPlatform` (runtime_js/platform/); in CPython
it is the headless backend of `pyminis.headless`. Everything else in the engine is the
same code in both worlds, written against the few helpers here.
"""

IN_JS = True
# __pragma__ ('skip')
import math as _math  # noqa: E402
import random as _random  # noqa: E402
from typing import Any  # noqa: E402  (typing would fail to load compiled)

IN_JS = False


class _JsMath:
    """JavaScript's Math in CPython: the members the engine uses. `random` has a generator of
    its own, as Math.random is apart from the game's `random` compiled: the engine's draws
    (a camera shake) never move the game's seeded sequence."""

    floor = staticmethod(_math.floor)
    sin = staticmethod(_math.sin)
    cos = staticmethod(_math.cos)
    sqrt = staticmethod(_math.sqrt)
    atan2 = staticmethod(_math.atan2)
    # (a name the guard's lint refuses in games, also in this skipped block: reached by getattr)
    random = staticmethod(getattr(_random, "Random")().random)
    PI = _math.pi


jsmath: Any = _JsMath
# Stand-ins for JavaScript globals, so CPython and mypy can read the JS branches below.
console: Any = None
globalThis: Any = None


def __pragma__(*args: Any) -> Any:
    raise RuntimeError("JavaScript only")
# __pragma__ ('noskip')

# JavaScript's own Math: Transcrypt's math and random modules would add 1.2 KB (gzip) to every
# game for the few functions the engine needs. (An executable comment: a top-level assignment
# in JS, exported; CPython has the class above.)
# __pragma__ ('ecom')
#?jsmath = __pragma__("js", "{}", "Math")
# __pragma__ ('noecom')

def platform() -> Any:
    """The platform backend the game runs on (runtime_js/platform/interface.js)."""
    if IN_JS:
        return __pragma__("js", "{}", "globalThis.pyminisPlatform")
    # __pragma__ ('skip')
    from pyminis import headless  # CPython only; imported late (it imports the engine)

    return headless.current()
    # __pragma__ ('noskip')


def unbound(cls: Any, attr: str) -> Any:
    """The plain function of method `attr` of `cls`, called as `fn(obj, args…)` in hot loops.

    Compiled, `update` is emitted as `py_update`. Transcrypt emits methods as getters that bind
    a fresh closure on every access, 53x slower to call than a plain function (TRANSCRYPT.md);
    such a getter called without `this` returns the plain function. Methods the guard emits as
    plain functions (`function (dt) { var self = this; … }`) are wrapped to get `self` as
    `this`. The pragma's code must be one string literal (an expression compiles to nothing)."""
    if IN_JS:
        return __pragma__("js", "{}", """(function (cls, attr) {
    var key = ('py_' + attr) in cls ? 'py_' + attr : attr;
    for (var c = cls; c; c = Object.getPrototypeOf(c)) {
        var d = Object.getOwnPropertyDescriptor(c, key);
        if (!d) { continue; }
        if (d.get) { return d.get.call(null); }
        var f = d.value;
        if (typeof f !== 'function') { return null; }
        return function (self, a, b) { return f.call(self, a, b); };
    }
    return null;
})(cls, attr)""")
    return getattr(cls, attr, None)


def atlas_frames(path: str) -> Any:
    """The frame rows `[[name, x, y, w, h], …]` of atlas `path` ("assets/hero"), or None.
    Compiled, the build inlined them (pyminis/pipeline/atlases.py); headless packs the
    NAME.atlas/ folder itself."""
    if IN_JS:
        return __pragma__("js", "{}", "(globalThis.pyminisAtlases || {})[path] || null")
    return platform().atlas_frames(path)


# The two SDK calls the engine makes. Compiled, through the platform backend (h5.js,
# native.js): pyminis.tt's call layer and errors are 1.5 KB (min+gzip) a game without other SDK
# calls would carry for nothing. In CPython, through pyminis.tt, so the fake host records them.
def set_loading_progress(progress: float) -> None:
    """Show `progress` (0..1) on the platform's loading screen, where it has one."""
    if IN_JS:
        backend = platform()
        if has(backend, "setLoadingProgress"):
            backend.setLoadingProgress(progress)
        return
    # __pragma__ ('skip')
    from pyminis.tt._call import callback_call, nothing

    start(callback_call("set_loading_progress", "setLoadingProgress", {"progress": progress},
                        nothing, optional=True))
    # __pragma__ ('noskip')


def menu_button_rect() -> Any:
    """The platform's menu button as [left, top, right, bottom] (window CSS pixels; 0 where
    the platform leaves one out); raises where the runtime has none."""
    if IN_JS:
        rect = platform().getMenuButtonBoundingClientRect()
        return [rect.left, rect.top, rect.right, rect.bottom]
    # __pragma__ ('skip')
    from pyminis.tt._call import sync
    from pyminis.tt._js import field

    raw = sync("get_menu_button_bounding_client_rect", "getMenuButtonBoundingClientRect", [])
    return [field(raw, side, 0) for side in ("left", "top", "right", "bottom")]
    # __pragma__ ('noskip')


def class_of(obj: Any) -> Any:
    if IN_JS:
        return obj.__class__
    return type(obj)


def has(obj: Any, attr: str) -> bool:
    """Whether a platform object offers `attr` (optional members of the interface)."""
    if IN_JS:
        return __pragma__("js", "{}", "obj != null && obj[attr] != null")
    return obj is not None and getattr(obj, attr, None) is not None


def publish(game: Any) -> None:
    """Make the running game reachable by tests and benchmarks (`pyminisGame` in JS)."""
    if IN_JS:
        globalThis.pyminisGame = game
    else:
        platform().game = game


def report(error: Any) -> None:
    """An error of an async handler: shown, never swallowed."""
    if IN_JS:
        console.error(error)
    else:
        raise error


def log_error(message: str) -> None:
    """A problem the game can live with (a missing image): on the console, not fatal."""
    if IN_JS:
        console.error(message)
    else:
        platform().log(message)


def start(result: Any) -> Any:
    """Run what an event handler returned if it is a coroutine, so `async def` handlers work in
    both worlds: compiled, `then` starts it (a coroutine runs only when awaited or started, as
    in CPython: pmrt/coroutines.js) and its errors are reported; in CPython, the headless
    platform drives it on each frame."""
    if result == None:  # noqa: E711  (== also matches JavaScript's undefined)
        return result
    if IN_JS:
        # (a pragma used directly as an `if` condition makes Transcrypt abort)
        thenable = __pragma__("js", "{}", 'typeof result.then === "function"')
        if thenable:
            result.then(None, report)
        return result
    # __pragma__ ('skip')
    from pyminis.sdk import fake  # the same driver pyminis.tt uses, so awaits agree

    return fake.start(result)
    # __pragma__ ('noskip')


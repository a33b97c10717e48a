"""The two worlds pyminis.tt runs in: compiled into a game, or imported by CPython.

Compiled, the SDK namespace is the platform's (`TTMinis.game`, `tt` or `wx`, resolved at each
call) and awaitables are JavaScript Promises. In CPython it is the fake host of
`pyminis.sdk.fake`, and awaitables are its `Pending` results. Everything else in pyminis.tt is
the same code in both worlds, written against the few helpers here.
"""

IN_JS = True
# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)

from pyminis.sdk import fake as _fake  # noqa: E402  (CPython only: the recording host)

IN_JS = False
# Stand-ins for JavaScript globals, so CPython and mypy can read the JS branches below.
Object: Any = None
Promise: Any = None
console: Any = None


def __new__(value: Any) -> Any:
    raise RuntimeError("JavaScript only")


def __pragma__(*args: Any) -> Any:
    raise RuntimeError("JavaScript only")
# __pragma__ ('noskip')

def namespace() -> Any:
    """The SDK namespace of this runtime, or None when there is none: TTMinis.game in an H5
    page, TTMinis itself for TikTok Minis apps (001), the tt global (or GameGlobal.tt, where a
    runtime keeps it only there) or wx on the native runtime and in the open data domain
    (native-runtime.md). (Transcrypt needs the literal here.)"""
    if IN_JS:
        return __pragma__("js", "{}", '(typeof TTMinis !== "undefined" && TTMinis) ? (TTMinis.game || TTMinis) : ((typeof tt !== "undefined" && tt) ? tt : ((typeof GameGlobal !== "undefined" && GameGlobal && GameGlobal.tt) ? GameGlobal.tt : ((typeof wx !== "undefined" && wx) ? wx : null)))')  # noqa: E501
    return _fake.current()


def new_object() -> Any:
    """An empty options object: a plain JS object compiled (dict literals carry hidden
    properties there), a dict in CPython."""
    if IN_JS:
        return __new__(Object())
    return {}


def field(raw: Any, key: str, default: Any) -> Any:
    """`raw[key]`, or `default` when raw or the key is missing (undefined, null or None)."""
    if raw == None:  # noqa: E711  (== also matches JavaScript's undefined)
        return default
    if not IN_JS and not isinstance(raw, dict):
        return default
    if not IN_JS and key not in raw:
        return default
    value = raw[key]
    if value == None:  # noqa: E711
        return default
    return value


def member(target: Any, name: str) -> Any:
    """The function `target[name]`, or None when the runtime lacks it."""
    if target == None:  # noqa: E711
        return None
    if IN_JS:
        found = target[name]
        kind = __pragma__("js", "{}", "typeof found")
        if kind != "function":
            return None
        return found
    return _fake.member(target, name)


def invoke(target: "Any", method: str, args: "list[Any]") -> "Any":
    """`target.method(*args)` as a method call, so the platform's function keeps its `this`
    (`target[method](...)` would be rewritten by the guard into a detached call). The names
    inside the pragma must not be ones Transcrypt renames (`name` becomes `py_name`)."""
    if IN_JS:
        return __pragma__("js", "{}", "target[method].apply(target, args)")
    return target[method](*args)


def promise(start: "Callable[[Callable[[Any], None], Callable[[Any], None]], None]"
            ) -> "Awaitable[Any]":
    """An awaitable settled by `start(resolve, reject)`: a Promise, or a fake-host Pending."""
    made: "Awaitable[Any]" = __new__(Promise(start)) if IN_JS else _fake.Pending(start)
    return made


def is_string(value: Any) -> bool:
    if IN_JS:
        return bool(__pragma__("js", "{}", "typeof value") == "string")
    return isinstance(value, str)


def is_number(value: Any) -> bool:
    if IN_JS:
        return bool(__pragma__("js", "{}", 'typeof value === "number" && isFinite(value)'))
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_thenable(value: Any) -> bool:
    """Whether `value` is a Promise (or a fake-host Pending): something to `then()`."""
    if IN_JS:
        return bool(__pragma__("js", "{}", 'value != null && typeof value.then === "function"'))
    return isinstance(value, _fake.Pending)


def is_array(value: Any) -> bool:
    if IN_JS:
        return bool(__pragma__("js", "{}", "Array.isArray(value)"))
    return isinstance(value, (list, tuple))


def keys_of(raw: Any) -> list[str]:
    """The own keys of a plain object (a dict in CPython)."""
    if raw == None:  # noqa: E711
        return []
    if IN_JS:
        keys: "list[str]" = __pragma__("js", "{}", "Object.keys(raw)")
        return keys
    return [str(key) for key in raw] if isinstance(raw, dict) else []


def plain(value: "Any") -> "Any":
    """A deep copy of dicts and lists as plain JSON-shaped data: compiled, a Python dict is a
    pyminis class (runtime_js/python/pmrt/dicts.js) and a float may be a box, neither of which
    the platform (or another domain) can read. Keys become strings, as JSON's do."""
    if is_array(value):
        return [plain(item) for item in value]
    if IN_JS:
        # (a pragma used directly as an `if` condition can make Transcrypt abort)
        is_dict = __pragma__("js", "{}", 'value !== null && typeof value === "object" && value._pm_dict === true')  # noqa: E501
        if is_dict:
            converted = new_object()
            for key in value:
                converted[str(key)] = plain(value[key])
            return converted
        boxed = __pragma__("js", "{}", 'value !== null && typeof value === "object" && typeof value.toJSON === "function" && typeof value.toJSON() !== "object"')  # noqa: E501
        if boxed:
            return __pragma__("js", "{}", "value.toJSON()")  # a float box (2.0): its number
        is_plain = __pragma__("js", "{}", 'value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype')  # noqa: E501
        if not is_plain:
            # A float with an integral value (a PyFloat box, docs/architecture.md) as a number.
            number: Any = __pragma__("js", "{}", 'value !== null && typeof value === "object" && typeof value.valueOf() === "number" ? value.valueOf() : value')  # noqa: E501
            return number
    elif not isinstance(value, dict):
        return value
    copy = new_object()
    for key in keys_of(value):
        copy[key] = plain(value[key])
    return copy


def python(value: "Any") -> "Any":
    """Platform data (parsed JSON: plain objects and arrays) as the Python values CPython's
    world has, a deep copy: compiled, a plain object becomes a dict (pmrt/dicts.js) and an
    array a new list, so a game reads them as Python (`data["missing"]` raises KeyError, `.get`,
    `in`, `len`, iteration, `==`, repr). Other values (ArrayBuffers, platform objects) stay.
    The inverse of `plain`; in CPython the fake host's values are Python's already."""
    if not IN_JS:
        return value
    if is_array(value):
        return [python(item) for item in value]
    is_plain = __pragma__("js", "{}", 'value !== null && typeof value === "object" && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)')  # noqa: E501
    if not is_plain:
        return value
    converted: "dict[str, Any]" = {}
    for key in keys_of(value):
        converted[key] = python(value[key])
    return converted


def start(result: Any) -> Any:
    """Run what an event handler returned if it is a coroutine, so `async def` handlers work
    in both worlds: compiled, `then` starts it (a coroutine runs only when awaited or started,
    as in CPython: pmrt/coroutines.js) and its errors are reported; in CPython, the fake host
    drives the coroutine."""
    if result == None:  # noqa: E711
        return result
    if IN_JS:
        thenable = __pragma__("js", "{}", 'typeof result.then === "function"')
        if thenable:
            result.then(None, _report)
        return result
    return _fake.start(result)


def _report(error: Any) -> None:
    console.error(error)

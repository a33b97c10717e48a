"""The fake host: what `pyminis.tt` talks to under CPython, so game code runs in pytest.

It answers every call of the surface (pyminis/sdk/surface.py) the way the JavaScript stand-in
(runtime_js/simulator/sdk.js) does, and has the same knobs:

- `host.calls`: every call, as `Recorded(name, params)` with the platform's parameter names;
- `host.outcomes[name] = lambda params: {"ok": result}` (or `{"fail": error}`) scripts answers;
- `host.state`: local storage, the player's cloud storage and the friends list;
- `host.emit(name, payload)` fires listeners (`"onShow"`, `"RewardedVideoAd.onClose"`);
- `host.hold(name)` keeps calls unanswered until `host.release(name)`;
- `FakeHost(missing={"addShortcut"})` plays an older client without those calls;
- `FakeHost(js_tasks=True)` keeps JavaScript's timing (`pyminis verify` uses it): answers
  arrive on a later task, as the stand-in's `setTimeout(…, 0)`, when time next advances, and
  what waits on an answer runs as a microtask, once the callback that settled it returned.

Coroutines started by event handlers (`tt.start`) run on the host; `run(coro)` drives one to
its end. See docs/tt-testing.md.
"""

from __future__ import annotations

import copy
import inspect
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Coroutine, Generator, Iterable, Iterator

from pyminis.sdk.fake_defaults import Drawable, Outcome, default_outcome
from pyminis.sdk.surface import CALLS, Call, by_key


@dataclass
class Recorded:
    """One platform call: its key (`login`, `RewardedVideoAd.show`) and its parameters, under
    the platform's names, without the callbacks."""

    name: str
    params: dict[str, Any]


@dataclass
class State:
    """What the platform remembers; tests read and seed it (the stand-in's `TTMinis.__state`)."""

    storage: dict[str, Any] = field(default_factory=dict)
    cloud: dict[str, str] = field(default_factory=dict)
    friends: list[dict[str, Any]] | None = None  # None: the documented example friend


class Pending:
    """An awaitable platform answer (the CPython twin of a JavaScript Promise): settled once,
    with a value or with a reason (an exception, or the platform's raw failure)."""

    def __init__(self, start: Callable[[Callable[[Any], None], Callable[[Any], None]], None]
                 | None = None) -> None:
        self.done = False
        self.failed = False
        self.value: Any = None
        self.reason: Any = None
        self._waiters: list[Callable[[], None]] = []
        if start is not None:
            start(self.resolve, self.reject)

    def resolve(self, value: Any = None) -> None:
        if not self.done:
            self.done, self.value = True, value
            self._settled()

    def reject(self, reason: Any) -> None:
        if not self.done:
            self.done, self.failed, self.reason = True, True, reason
            self._settled()

    def _settled(self) -> None:
        waiters, self._waiters = self._waiters, []
        host = current()
        for waiter in waiters:
            host.soon(waiter)

    def when_done(self, waiter: Callable[[], None]) -> None:
        if self.done:
            current().soon(waiter)
        else:
            self._waiters.append(waiter)

    def then(self, on_ok: Callable[[Any], Any],
             on_error: Callable[[Any], Any] | None = None) -> Pending:
        """Like Promise.then: a new Pending of the handler's result (or its exception)."""
        result = Pending()

        def settle() -> None:
            try:
                if not self.failed:
                    result.resolve(on_ok(self.value))
                elif on_error is not None:
                    result.resolve(on_error(self.reason))
                else:
                    result.reject(self.reason)
            except Exception as error:  # noqa: BLE001  (the handler's error rejects, as in JS)
                result.reject(error)

        self.when_done(settle)
        return result

    def __await__(self) -> Generator[Pending, None, Any]:
        while not self.done:
            yield self
        if self.failed:
            if isinstance(self.reason, BaseException):
                raise self.reason
            raise RuntimeError(f"a platform call failed with {self.reason!r}")
        return self.value


class Task:
    """A coroutine running on the fake host: it advances whenever what it awaits settles."""

    def __init__(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        self.coroutine = coroutine
        self.done = False
        self.result: Any = None
        self.waiting_on: Pending | None = None
        self.step()

    def step(self) -> None:
        try:
            awaited = self.coroutine.send(None)
        except StopIteration as stop:
            self.done, self.result, self.waiting_on = True, stop.value, None
            return
        if not isinstance(awaited, Pending):
            raise TypeError(f"a game coroutine awaited {awaited!r}; under the fake host only "
                            "pyminis.tt calls can be awaited (no asyncio)")
        self.waiting_on = awaited
        awaited.when_done(self.step)


class FakeObject:
    """An object a factory call returned (an ad, a socket task, the open data context)."""

    def __init__(self, host: FakeHost, owner: str, options: dict[str, Any]) -> None:
        self.host, self.owner, self.options = host, owner, options
        self.listeners: dict[str, list[Callable[..., Any]]] = {}
        # What a sync call of this object also does (a RequestTask's abort fails the request).
        self.hooks: dict[str, Callable[[], None]] = {}

    def function(self, name: str) -> Callable[..., Any] | None:
        return self.host.function(f"{self.owner}.{name}", self)

    def __getitem__(self, name: str) -> Callable[..., Any]:
        found = self.function(name)
        if found is None:
            raise KeyError(name)
        return found


class FakeHost:
    """The SDK namespace, faked: every call of the surface, recorded and answered."""

    def __init__(self, missing: Iterable[str] = (), calls: Iterable[Call] = CALLS,
                 js_tasks: bool = False) -> None:
        self.js_tasks = js_tasks
        self.microtasks: list[Callable[[], Any]] = []
        self.surface = {call.key: call for call in calls}
        self.offs = {f"{c.owner}.{c.off}" if c.owner else c.off: c for c in calls if c.off}
        self.missing = set(missing)
        self.calls: list[Recorded] = []
        self.outcomes: dict[str, Callable[[dict[str, Any]], Outcome]] = {}
        self.state = State()
        self.listeners: dict[str, list[Callable[..., Any]]] = {}
        self.objects: list[FakeObject] = []
        self.held: dict[str, list[Callable[[Outcome | None], None]]] = {}
        self.timers: list[tuple[int, float, Callable[[], Any]]] = []
        self.frames: list[tuple[int, Callable[[float], Any]]] = []
        self.time = 0.0
        self._ids = 0
        self.shared_canvas = Drawable(300, 150)

    # What tests use.
    def names(self) -> list[str]:
        """The keys of the calls made, in order."""
        return [call.name for call in self.calls]

    def last(self, name: str) -> Recorded:
        for call in reversed(self.calls):
            if call.name == name:
                return call
        raise AssertionError(f"{name} was never called; calls: {self.names()}")

    def emit(self, name: str, payload: Any = None) -> None:
        """Fire the listeners of `name` (`onShow`, `RewardedVideoAd.onClose`…)."""
        owner, _, plain_name = name.rpartition(".")
        if owner:
            targets = [o.listeners.get(plain_name, []) for o in self.objects if o.owner == owner]
        else:
            targets = [self.listeners.get(name, [])]
        for listeners in targets:
            _fire(listeners, payload)

    def hold(self, name: str) -> None:
        """Keep calls of `name` unanswered until `release(name)`."""
        self.held.setdefault(name, [])

    def release(self, name: str, outcome: Outcome | None = None) -> None:
        """Answer the held calls of `name` (with `outcome`, or as they would have been)."""
        for answer in self.held.pop(name, []):
            answer(outcome)

    def advance(self, milliseconds: float,
                run: Callable[[Callable[[], Any]], None] | None = None) -> None:
        """Let time pass: run the set_timeout callbacks that fall due, each through `run` if
        given (pyminis verify runs each as a JavaScript task: errors recorded, microtasks
        drained)."""
        self.time += milliseconds
        due = sorted((t for t in self.timers if t[1] <= self.time), key=lambda t: (t[1], t[0]))
        self.timers = [t for t in self.timers if t[1] > self.time]
        for _, _, callback in due:
            if run is not None:
                run(callback)
            else:
                callback()
                self.drain()

    def soon(self, callback: Callable[[], Any]) -> None:
        """Run `callback` now, or with js_tasks as a microtask (what `await` resumes with)."""
        if self.js_tasks:
            self.microtasks.append(callback)
        else:
            callback()

    def later(self, callback: Callable[[], Any]) -> None:
        """Run `callback` on a later task: `setTimeout(callback, 0)`; at once without js_tasks."""
        if self.js_tasks:
            self._ids += 1
            self.timers.append((self._ids, self.time, callback))
        else:
            callback()

    def drain(self) -> None:
        """Run the microtasks queued so far, and those they queue (the end of a JS task)."""
        while self.microtasks:
            queued, self.microtasks = self.microtasks, []
            for index, task in enumerate(queued):
                try:
                    task()
                except BaseException:
                    self.microtasks[:0] = queued[index + 1:]  # the rest still run, later
                    raise

    def frame(self) -> None:
        """Run the request_animation_frame callbacks (one frame of 16 ms)."""
        self.time += 16
        frames, self.frames = self.frames, []
        for _, callback in frames:
            callback(self.time)

    # The namespace, as pyminis.tt sees it.
    def __getitem__(self, name: str) -> Callable[..., Any]:
        found = self.function(name)
        if found is None:
            raise KeyError(name)
        return found

    def function(self, key: str, target: FakeObject | None = None) -> Callable[..., Any] | None:
        plain = key.rpartition(".")[2]
        if key in self.missing or plain in self.missing:
            return None
        if key in self.offs:
            return self._off(key, target)
        call = self.surface.get(key)
        if call is None:
            return None
        if call.style == "callback":
            return lambda options=None, trailing=None: self._callback(call, options or {},
                                                                      trailing)
        if call.style == "promise":
            return lambda: self._promise(call, target)
        if call.style == "listener":
            return lambda listener: self._listeners_of(call, target).append(listener)
        if call.style == "factory":
            return lambda options=None: self._factory(call, options or {})
        hook = target.hooks.get(call.platform) if target is not None else None
        if hook is not None:
            def hooked(*args: Any) -> Any:
                result = self._sync(call, list(args))
                hook()
                return result
            return hooked
        return lambda *args: self._sync(call, list(args))

    def _listeners_of(self, call: Call, target: FakeObject | None) -> list[Callable[..., Any]]:
        book = target.listeners if target is not None else self.listeners
        return book.setdefault(call.platform, [])

    def _off(self, key: str, target: FakeObject | None) -> Callable[..., Any]:
        call = self.offs[key]

        def off(listener: Callable[..., Any]) -> None:
            listeners = self._listeners_of(call, target)
            if listener in listeners:
                listeners.remove(listener)
        return off

    def _answer(self, call: Call, params: dict[str, Any]) -> Outcome:
        rule = self.outcomes.get(call.key)
        return rule(params) if rule is not None else self._default(call, params)

    def _settle(self, call: Call, params: dict[str, Any],
                deliver: Callable[[Outcome], None]) -> None:
        if call.key in self.held:
            self.held[call.key].append(
                lambda given: deliver(given if given is not None else self._answer(call, params)))
        elif self.js_tasks:  # answered now, delivered on a later task, as the stand-in does
            outcome = self._answer(call, params)
            self.later(lambda: deliver(outcome))
        else:
            deliver(self._answer(call, params))

    def _callback(self, call: Call, options: dict[str, Any],
                  trailing: Any = None) -> FakeObject | None:
        """Record; answer success/fail/complete (and a trailing callback with is_success).
        Calls with a task (request, downloadFile) return it: its abort() fails the call with
        `<call>:fail abort` if the answer has not come yet."""
        params = {k: copy.deepcopy(v) for k, v in options.items() if not callable(v)}
        self.calls.append(Recorded(call.key, params))
        delivered = [False]

        def deliver(outcome: Outcome) -> None:
            if delivered[0]:
                return
            delivered[0] = True
            if "fail" in outcome:
                _invoke(options.get("fail"), outcome["fail"])
            else:
                _invoke(options.get("success"), copy.deepcopy(outcome.get("ok")))
            _invoke(options.get("complete"))
            _invoke(trailing, {"is_success": "fail" not in outcome})
        task = None
        if call.task:
            task = FakeObject(self, call.task, options)
            task.hooks["abort"] = lambda: deliver({"fail": {"errMsg": f"{call.platform}:fail abort"}})
            self.objects.append(task)
        self._settle(call, params, deliver)
        return task

    def _promise(self, call: Call, target: FakeObject | None) -> Pending:
        self.calls.append(Recorded(call.key, {}))
        pending = Pending()

        def deliver(outcome: Outcome) -> None:
            # An ad's show settles, then the ad closes (onClose) or reports the error (onError).
            if "fail" in outcome:
                pending.reject(copy.deepcopy(outcome["fail"]))
                if target is not None and call.platform == "show":
                    _fire(target.listeners.get("onError", []), outcome["fail"])
            else:
                pending.resolve(copy.deepcopy(outcome.get("ok")))
                if target is not None and call.platform == "show":
                    ok = outcome.get("ok")
                    closed = ({"isEnded": bool(ok.get("isEnded"))} if isinstance(ok, dict)
                              else {"isEnded": False}) if target.owner == "RewardedVideoAd" else None
                    _fire(target.listeners.get("onClose", []), closed)
        self._settle(call, {}, deliver)
        return pending

    def _factory(self, call: Call, options: dict[str, Any]) -> FakeObject:
        self.calls.append(Recorded(call.key, copy.deepcopy(options)))
        made = FakeObject(self, call.result, options)
        self.objects.append(made)
        return made

    def _sync(self, call: Call, args: list[Any]) -> Any:
        names = [p.name for p in call.params if p.positional]
        params = {n: copy.deepcopy(v) for n, v in zip(names, args) if not callable(v)}
        self.calls.append(Recorded(call.key, params))
        if call.platform in ("requestAnimationFrame", "setTimeout"):
            return self._schedule(call.platform, args)
        if call.platform in ("cancelAnimationFrame", "clearTimeout"):
            self.frames = [f for f in self.frames if f[0] != args[0]]
            self.timers = [t for t in self.timers if t[0] != args[0]]
            return None
        outcome = self._answer(call, params)
        if "fail" in outcome:  # a synchronous call throws, as it would compiled
            raise RuntimeError(f"{call.platform} failed: {outcome['fail']!r}")
        value = outcome.get("ok")
        return value if isinstance(value, Drawable) else copy.deepcopy(value)

    def _schedule(self, platform: str, args: list[Any]) -> int:
        self._ids += 1
        if platform == "requestAnimationFrame":
            self.frames.append((self._ids, args[0]))
        else:
            delay = float(args[1]) if len(args) > 1 else 0.0
            self.timers.append((self._ids, self.time + delay, args[0]))
        return self._ids

    def _default(self, call: Call, params: dict[str, Any]) -> Outcome:
        return default_outcome(self, call, params)


def _fire(listeners: list[Callable[..., Any]], payload: Any) -> None:
    for listener in list(listeners):
        if payload is None:
            listener()
        else:
            listener(copy.deepcopy(payload))


def _invoke(function: Any, *args: Any) -> None:
    if callable(function):
        function(*args)


# Which host pyminis.tt talks to.
_hosts: list[FakeHost] = []


def current() -> FakeHost:
    """The host in use; a fresh one if none was installed (so a game runs in plain CPython)."""
    if not _hosts:
        _hosts.append(FakeHost())
    return _hosts[-1]


@contextmanager
def use(host: FakeHost | None = None) -> Iterator[FakeHost]:
    """Make pyminis.tt talk to `host` (a new FakeHost by default) inside the block."""
    chosen = host if host is not None else FakeHost()
    _hosts.append(chosen)
    try:
        yield chosen
    finally:
        _hosts.remove(chosen)


def member(target: Any, name: str) -> Callable[..., Any] | None:
    if isinstance(target, (FakeHost, FakeObject)):
        return target.function(name)
    return None


def start(result: Any) -> Any:
    """Run a coroutine an event handler returned; anything else passes through."""
    if inspect.iscoroutine(result):
        host = current()
        if not host.js_tasks:
            return Task(result)
        try:
            return Task(result)
        except Exception as error:  # noqa: BLE001
            # Compiled, an async function that raises before its first await returns a
            # rejected promise: the caller goes on, the error is reported a microtask later.
            def rethrow() -> None:
                raise error
            host.soon(rethrow)
            return None
    return result


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Drive `coroutine` on the fake host to its end and return its result."""
    task = Task(coroutine)
    if not task.done:
        waiting = [name for name, queue in current().held.items() if queue]
        raise AssertionError(f"the coroutine is still waiting for the platform (held: {waiting}); "
                             "release the held calls, or use tt.start() and check later")
    return task.result


__all__ = ["FakeHost", "FakeObject", "Pending", "Recorded", "State", "Task", "by_key", "current",
           "member", "run", "start", "use"]

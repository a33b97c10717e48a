"""Tweens: change numbers on an object over time, with easing."""

from typing import Any  # (the guard drops typing imports from games)

from pyminis.engine._js import jsmath


def linear(t: float) -> float:
    return t


def in_quad(t: float) -> float:
    return t * t


def out_quad(t: float) -> float:
    return t * (2 - t)


def in_out_quad(t: float) -> float:
    return 2 * t * t if t < 0.5 else -1 + (4 - 2 * t) * t


def out_cubic(t: float) -> float:
    u = t - 1
    return u * u * u + 1


def in_out_sine(t: float) -> float:
    return -(jsmath.cos(jsmath.PI * t) - 1) / 2


def out_back(t: float) -> float:
    c = 1.70158
    u = t - 1
    return 1 + (c + 1) * u * u * u + c * u * u


def out_bounce(t: float) -> float:
    if t < 1 / 2.75:
        return 7.5625 * t * t
    if t < 2 / 2.75:
        t -= 1.5 / 2.75
        return 7.5625 * t * t + 0.75
    if t < 2.5 / 2.75:
        t -= 2.25 / 2.75
        return 7.5625 * t * t + 0.9375
    t -= 2.625 / 2.75
    return 7.5625 * t * t + 0.984375


EASINGS = {
    "linear": linear, "in_quad": in_quad, "out_quad": out_quad, "in_out_quad": in_out_quad,
    "out_cubic": out_cubic, "in_out_sine": in_out_sine, "out_back": out_back,
    "out_bounce": out_bounce,
}


def easing(name: str) -> Any:
    if name not in EASINGS:
        raise ValueError("unknown easing '" + str(name) + "'; use one of: "
                         + ", ".join(sorted(list(EASINGS.keys()))))
    return EASINGS[name]


class Tween:
    """Moves `target`'s attributes from their current values to `to` in `duration` seconds.
    Made by `scene.tween(...)`; `on_done` is called once at the end."""

    def __init__(self, target: Any, to: dict, duration: float, ease: str = "linear",
                 on_done: Any = None, delay: float = 0) -> None:
        self.target = target
        self.attrs = list(to.keys())
        self.ends = [to[a] for a in self.attrs]
        self.starts: list[Any] = []
        self.duration = max(duration, 0.000001)
        self.ease = easing(ease)
        self.on_done = on_done
        self.delay = delay
        self.elapsed = 0.0
        self.done = False
        self.started = False

    def step(self, dt: float) -> None:
        if self.done:
            return
        if self.delay > 0:
            self.delay -= dt
            if self.delay > 0:
                return
            dt = -self.delay
        if not self.started:
            self.starts = [getattr(self.target, a) for a in self.attrs]
            self.started = True
        self.elapsed += dt
        t = min(self.elapsed / self.duration, 1.0)
        f = self.ease(t)
        for i in range(len(self.attrs)):
            start = self.starts[i]
            setattr(self.target, self.attrs[i], start + (self.ends[i] - start) * f)
        if t >= 1.0:
            self.done = True
            if self.on_done != None:  # noqa: E711
                self.on_done()

    def cancel(self) -> None:
        self.done = True

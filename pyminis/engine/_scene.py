"""Scenes: what is on screen and how it changes. Subclass `Scene` and override the hooks.

    class Play(Scene):
        def setup(self):              # once, when the scene starts
            self.bird = self.add(Circle(80, 300, 16, "#fffc00"))
        def update(self, dt):         # every fixed step (dt in seconds)
            self.bird.y += 100 * dt
        def on_tap(self, x, y):       # input handlers may be `async def`
            self.bird.y -= 60
"""

# pyminis: compile-plain
# (a hot path, written in the subset Transcrypt compiles faithfully: no guard rewrite)
# __pragma__ ('skip')
from typing import Any, TypeVar  # noqa: E402  (typing would fail to load compiled)

N = TypeVar("N", bound="Node")  # what `add` returns is what it was given
# __pragma__ ('noskip')

from pyminis.engine._camera import Camera
from pyminis.engine._js import start
from pyminis.engine._nodes import SPRITE, Node
from pyminis.engine._tween import Tween


class Timer:
    def __init__(self, seconds: float, action: Any, repeat: bool) -> None:
        self.seconds = seconds
        self.left = seconds
        self.action = action
        self.repeat = repeat
        self.done = False

    def cancel(self) -> None:
        self.done = True


class Scene:
    """A set of nodes with a camera, tweens and timers; the game runs one scene at a time."""

    def __init__(self) -> None:
        self.nodes: list[Any] = []
        self.tweens: list[Tween] = []
        self.timers: list[Timer] = []
        self.camera = Camera()
        self.game = None  # set when the scene starts
        self.time = 0.0  # seconds of steps this scene has run
        self.removed = 0
        self.added = 0

    # Hooks, overridden by games -------------------------------------------------------------
    def setup(self) -> Any:
        """The scene starts: `self.game` is set and assets are loaded."""

    def update(self, dt: float) -> Any:
        """One fixed step of `dt` seconds, before nodes' own `update` methods."""

    def on_tap(self, x: float, y: float) -> Any:
        pass

    def on_touch_start(self, touch: Any) -> Any:
        pass

    def on_touch_move(self, touch: Any) -> Any:
        pass

    def on_touch_end(self, touch: Any) -> Any:
        pass

    def on_drag(self, touch: Any) -> Any:
        pass

    def on_swipe(self, direction: str, touch: Any) -> Any:
        pass

    def on_key_down(self, key: str) -> Any:
        pass

    def on_key_up(self, key: str) -> Any:
        pass

    def on_pause(self) -> Any:
        """The game went to the background (or `game.pause()`)."""

    def on_resume(self) -> Any:
        pass

    # Building the scene ----------------------------------------------------------------------
    def add(self, node: "N") -> "N":
        """Put a node in the scene (drawn in `z` order, then in the order added)."""
        node.scene = self
        node.order = self.added
        self.added += 1
        self.nodes.append(node)
        return node

    def remove(self, node: Any) -> None:
        """Take a node out; it stops drawing now and leaves the list after this step."""
        if node.scene is self:
            node.scene = None
            node.visible = False
            self.removed += 1

    def clear_nodes(self) -> None:
        for node in self.nodes:
            node.scene = None
        self.nodes = []

    def tween(self, target: Any, to: dict, seconds: float, ease: str = "linear",
              on_done: Any = None, delay: float = 0) -> Tween:
        """Animate attributes of `target` to the values in `to`, e.g.
        `self.tween(coin, {"y": 40, "alpha": 0}, 0.5, ease="out_quad")`."""
        tween = Tween(target, to, seconds, ease, on_done, delay)
        self.tweens.append(tween)
        return tween

    def after(self, seconds: float, action: Any) -> Timer:
        """Call `action()` once, `seconds` from now (in scene time: pauses with the game)."""
        timer = Timer(seconds, action, False)
        self.timers.append(timer)
        return timer

    def every(self, seconds: float, action: Any) -> Timer:
        timer = Timer(seconds, action, True)
        self.timers.append(timer)
        return timer

    # Run by the game -----------------------------------------------------------------------
    def step(self, dt: float) -> None:
        """One fixed step: the scene's update, each node's update and animation, tweens,
        timers, camera; nodes removed meanwhile leave the list at the end."""
        self.time += dt
        start(self.update(dt))
        # The hot loop: one direct method call per node (the compile emits methods as plain
        # functions, so `node.update(dt)` is a JS method call; no wrapper, no bound closure),
        # and `fps` (0 on every node that does not animate) read before anything else.
        for node in self.nodes:
            if node.scene is self:
                node.update(dt)
                if node.fps > 0 and node.kind == SPRITE and node.frames != None:  # noqa: E711
                    node.animate(dt)
        if len(self.tweens) > 0:
            for tween in self.tweens:
                tween.step(dt)
            self.tweens = [t for t in self.tweens if not t.done]
        if len(self.timers) > 0:
            for timer in self.timers:
                self._run_timer(timer, dt)
            self.timers = [t for t in self.timers if not t.done]
        self.camera.step(dt)
        if self.removed > 0:
            self.nodes = [n for n in self.nodes if n.scene is self]
            self.removed = 0

    def _run_timer(self, timer: Timer, dt: float) -> None:
        if timer.done:
            return
        timer.left -= dt
        if timer.left <= 0:
            if timer.repeat:
                timer.left += timer.seconds
            else:
                timer.done = True
            start(timer.action())

    def sort_nodes(self) -> None:
        """Restore z order if a node's `z` changed (checked every frame; sorts only then)."""
        nodes = self.nodes
        previous = None
        for node in nodes:
            if previous != None and (node.z < previous.z or  # noqa: E711
                                     (node.z == previous.z and node.order < previous.order)):
                nodes.sort(key=_z_key)
                return
            previous = node


def _z_key(node: Any) -> float:
    return node.z * 1000000000 + node.order

"""What both sides of `pyminis verify` are given, and what each gives back.

A `Job` is the same for CPython and compiled: the seed, the device, the frame step, the SDK
answers, the state to read, and the inputs of every frame (`Trace`). The CPython side plays
the plan (reacting to its own game, if the plan reacts) and writes down the inputs it gave at
each frame; the compiled side replays exactly those, so both get the same touches at the same
frames even when the compiled game goes another way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FRAME_MS = 1000 / 60
DEFAULT_FRAMES = 600
DEFAULT_SEED = 1


def default_device() -> dict[str, Any]:
    """The phone both sides pretend to be (getSystemInfoSync's answer): 390 × 844 CSS pixels
    at 2 backing-store pixels each."""
    width, height = 390, 844
    return {"windowWidth": width, "windowHeight": height, "screenWidth": width,
            "screenHeight": height, "pixelRatio": 2, "devicePixelRatio": 2,
            "platform": "ios", "language": "en-US", "statusBarHeight": 0,
            "safeArea": {"left": 0, "top": 0, "right": width, "bottom": height,
                         "width": width, "height": height}}


@dataclass
class Trace:
    """The inputs given before each frame: `{frame: [input, …]}`; an input is
    `["touch", kind, x, y, id]` (window CSS pixels), `["key", "down"|"up", key]` or
    `["visibility", hidden]`."""

    inputs: dict[int, list[list[Any]]] = field(default_factory=dict)

    def add(self, frame: int, action: list[Any]) -> None:
        self.inputs.setdefault(frame, []).append(action)

    def as_json(self) -> dict[str, list[list[Any]]]:
        return {str(frame): actions for frame, actions in sorted(self.inputs.items())}


@dataclass
class Job:
    frames: int = DEFAULT_FRAMES
    seed: int = DEFAULT_SEED
    target: str = "native"
    state: list[str] = field(default_factory=list)
    outcomes: dict[str, Any] = field(default_factory=dict)  # SDK key → {"ok": …} | {"fail": …}
    missing: list[str] = field(default_factory=list)  # SDK calls an older client lacks
    device: dict[str, Any] = field(default_factory=default_device)
    ms: float = FRAME_MS

    def for_compiled(self, trace: Trace, capture: dict[str, Any] | None = None) -> dict[str, Any]:
        """The job as the compiled side's harness reads it (runtime_js/verify/harness.js)."""
        return {"frames": self.frames, "seed": self.seed, "state": self.state,
                "outcomes": self.outcomes, "missing": self.missing, "device": self.device,
                "ms": self.ms, "inputs": trace.as_json(), "capture": capture}


@dataclass
class FrameRecord:
    """What one frame asked of the platform, in order, and the named state after it."""

    entries: list[list[Any]]
    state: dict[str, Any]


@dataclass
class Recording:
    """One side's play: frame 0 is the module's own top-level run, then one record per frame.
    `captured` is what the diagnosis pass asked for (a stack at one entry, or the writes of
    one state value)."""

    frames: list[FrameRecord]
    captured: dict[str, Any] | None = None
    errors: dict[tuple[int, int], Any] = field(default_factory=dict)  # (frame, entry) → stack

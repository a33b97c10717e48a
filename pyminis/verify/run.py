"""`pyminis verify`: play a game under CPython and compiled, and find where they part.

    result = verify_project("examples/flyer", frames=1000)
    result.identical      # False at the first difference
    print(result.report)  # the frame, both sides' call or value, the Python line behind it

Steps: a dev build for the target (source maps) into `.pyminis/verify/<target>/`; the plan
played on the CPython side (cpython.py), which writes down each frame's inputs; the same
inputs replayed by the compiled side (compiled.py); the two recordings compared
(compare.py). At a difference both sides replay up to that frame once more, asking for the
stacks and the attribute writes behind it (the diagnosis pass), and report.py tells it.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyminis.errors import UsageError
from pyminis.project import Project, load_project
from pyminis.verify.compare import Difference, first_difference
from pyminis.verify.compiled import run_node, run_page
from pyminis.verify.cpython import CPythonSide, PlanDriver, PlanFinished
from pyminis.verify.package import verify_package
from pyminis.verify.job import DEFAULT_FRAMES, DEFAULT_SEED, Job, Recording, Trace, default_device
from pyminis.verify.plan import Plan, load_plan, monkey, replay
from pyminis.verify.report import Diagnosis, describe

TARGETS = ("native", "h5")


@dataclass
class VerifyResult:
    identical: bool
    report: str
    frames: int
    target: str
    seconds: dict[str, float] = field(default_factory=dict)  # build, cpython, compiled, …
    difference: Difference | None = None
    diagnosis: Diagnosis | None = None
    python: Recording | None = None  # the CPython side's recording (tests read its state)

    def state(self, frame: int = -1) -> dict[str, Any]:
        """The named state after `frame` on the CPython side (the last frame by default)."""
        return dict(self.python.frames[frame].state) if self.python is not None else {}


def play_cpython(project: Project, job: Job, plan: Plan,
                 capture: dict[str, Any] | None = None) -> tuple[Recording, Trace]:
    """The plan on the CPython side: its recording and the inputs it gave."""
    side = CPythonSide(project.root, project.entry, job, capture)
    with side.running():
        try:
            plan.play(PlanDriver(side))
        except PlanFinished:
            pass
        except Exception as error:  # noqa: BLE001  (the game's own errors never get here)
            where = traceback.extract_tb(error.__traceback__)[-1]
            raise UsageError(f"the plan {plan.name} failed at {where.filename}:{where.lineno}: "
                             f"{type(error).__name__}: {error}",
                             hint="fix the plan; the game's own errors are recorded, not "
                                  "raised") from error
        recording = side.finish()
    return recording, side.trace


def play_compiled(package: Path, job: Job, trace: Trace,
                  capture: dict[str, Any] | None = None) -> Recording:
    given = job.for_compiled(trace, capture)
    return run_node(package, given) if job.target == "native" else run_page(package, given)


def make_job(plan: Plan, frames: int | None, seed: int | None, target: str,
             state: list[str] | None) -> Job:
    if target not in TARGETS:
        raise UsageError(f"verify plays --target native or h5, not {target!r}",
                         hint="native runs under node; h5 in Chromium")
    chosen_frames = frames if frames is not None else plan.frames or DEFAULT_FRAMES
    if chosen_frames < 1:
        raise UsageError("--frames must be at least 1")
    device = {**default_device(), **(plan.device or {})}
    # The SDK's system info is the device's too (pyminis.tt.get_system_info), on both sides.
    outcomes = {"getSystemInfoSync": {"ok": device}, **plan.outcomes}
    return Job(frames=chosen_frames,
               seed=seed if seed is not None else plan.seed if plan.seed is not None
               else DEFAULT_SEED,
               target=target, state=list(state if state else plan.state),
               outcomes=outcomes, missing=list(plan.missing), device=device)


def verify_project(path: Path | str = ".", *, frames: int | None = None,
                   plan: Plan | Path | str | None = None, seed: int | None = None,
                   target: str = "native", state: list[str] | None = None) -> VerifyResult:
    """Verify the project at `path` (module doc). `plan`: a Plan, a plan file, or None for
    the monkey."""
    started = time.perf_counter()
    project = load_project(path)
    if plan is None:
        chosen = monkey(seed if seed is not None else DEFAULT_SEED)
    elif isinstance(plan, Plan):
        chosen = plan
    else:
        chosen = load_plan(Path(plan))
    job = make_job(chosen, frames, seed, target, state)
    seconds: dict[str, float] = {}

    mark = time.perf_counter()
    package, built = verify_package(project, target)
    seconds["build" if built else "build (unchanged)"] = time.perf_counter() - mark

    mark = time.perf_counter()
    python, trace = play_cpython(project, job, chosen)
    seconds["cpython"] = time.perf_counter() - mark

    mark = time.perf_counter()
    compiled = play_compiled(package, job, trace)
    seconds["compiled"] = time.perf_counter() - mark

    difference = first_difference(python, compiled)
    diagnosis = None
    if difference is not None:
        mark = time.perf_counter()
        diagnosis = diagnose(project, package, job, trace, difference)
        seconds["diagnosis"] = time.perf_counter() - mark
    seconds["total"] = time.perf_counter() - started
    report = describe(project, job, chosen.name, difference, diagnosis, seconds, python)
    return VerifyResult(difference is None, report, job.frames, target, seconds, difference,
                        diagnosis, python)


def diagnose(project: Project, package: Path, job: Job, trace: Trace,
             difference: Difference) -> Diagnosis:
    """Both sides again up to the differing frame, capturing what made the difference."""
    capture: dict[str, Any] = {"frame": difference.frame}
    if difference.path is not None:
        capture["state"] = difference.path
    else:
        capture["entry"] = difference.index
    frames = max(difference.frame, 1)
    short = Job(**{**job.__dict__, "frames": frames})
    python, _ = play_cpython(project, short, replay(trace, frames), dict(capture))
    compiled = play_compiled(package, short, trace, dict(capture))
    return Diagnosis.build(project, package, difference, python, compiled)

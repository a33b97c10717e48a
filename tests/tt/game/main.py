"""Runs every case of cases.py compiled, against the SDK stand-in; results land in
`TTMinis.caseResults` for tests/tt/test_cases_browser.py to read."""

from pyminis import tt
from pyminis.tt._js import plain

import cases

stand_in = TTMinis  # noqa: F821  (the SDK stand-in, a global of the page)


class Env:
    """What a case may do to the platform, through the stand-in's hooks."""

    def emit(self, name, payload):  # type: ignore[no-untyped-def]
        stand_in["__emit"](name, plain(payload))  # a dict is not a JS object: convert it

    def wait(self):  # type: ignore[no-untyped-def]
        # Let the stand-in's asynchronous deliveries, frames and timers happen.
        return __new__(Promise(lambda resolve, reject: setTimeout(resolve, 60)))  # noqa: F821

    def hold(self, name):  # type: ignore[no-untyped-def]
        stand_in["__hold"](name)

    def release(self, name, outcome):  # type: ignore[no-untyped-def]
        stand_in["__release"](name, plain(outcome))

    def remove(self, name):  # type: ignore[no-untyped-def]
        stand_in["__remove"](name)


def rule(outcome):  # type: ignore[no-untyped-def]
    return lambda params: plain(outcome)


async def run_all():  # type: ignore[no-untyped-def]
    env = Env()
    results = []
    outcomes = stand_in["__outcomes"]
    for case in cases.CASES:
        scripted = case[1]
        for name in scripted.keys():
            outcomes[name] = rule(scripted[name])
        before = len(stand_in["__calls"])
        try:
            text = repr(await case[2](env))
        except Exception as error:
            text = "raised " + error.__class__.__name__ + ": " + str(error)
        for name in scripted.keys():
            del outcomes[name]
        results.append({"id": case[0], "calls": stand_in["__calls"][before:], "result": text})
    stand_in["caseResults"] = results


tt.start(run_all())

"""`pyminis verify`: a game played under CPython and compiled, with the same inputs, frame by
frame, until the first difference (docs/verify.md)."""

from pyminis.verify.plan import Plan, load_plan, monkey
from pyminis.verify.run import VerifyResult, verify_project

__all__ = ["Plan", "VerifyResult", "load_plan", "monkey", "verify_project"]

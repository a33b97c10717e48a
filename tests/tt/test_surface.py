"""pyminis.tt, the JS stand-in, the reference page and the tests agree with the surface table."""

from __future__ import annotations

import inspect
from pathlib import Path

import pyminis.tt as tt
from pyminis.sdk import generate
from pyminis.sdk.surface import CALLS, namespace_calls, owners
from tests.tt.game import cases

REPO = Path(__file__).resolve().parents[2]
# Not recorded by the JS stand-in (every frame): covered by their effect in the cases.
BY_EFFECT = {"requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout",
             "onShow", "onHide", "onKeyboardInput", "onKeyboardConfirm", "onKeyboardComplete",
             "onMessage"}


def _parameters(function: object) -> list[str]:
    return [name for name in inspect.signature(function).parameters  # type: ignore[arg-type]
            if name != "self"]


def test_every_namespace_call_has_a_python_function_with_the_documented_parameters() -> None:
    for call in namespace_calls():
        function = getattr(tt, call.python)
        names = _parameters(function)
        wanted = [p.python for p in call.params]
        assert names[:len(wanted)] == wanted, call.key


def test_every_object_call_is_a_method_of_its_python_class() -> None:
    for owner in owners():
        cls = getattr(tt, owner)
        for call in (c for c in CALLS if c.owner == owner):
            method = getattr(cls, call.python)
            wanted = [p.python for p in call.params]
            assert _parameters(method)[:len(wanted)] == wanted, call.key


def test_all_is_sorted_and_complete() -> None:
    assert tt.__all__ == sorted(tt.__all__)
    public = {name for name in dir(tt) if not name.startswith("_")} - {"TYPE_CHECKING"}
    modules = {name for name in public if inspect.ismodule(getattr(tt, name))}
    assert set(tt.__all__) == public - modules


def test_every_call_of_the_surface_is_exercised_by_a_case() -> None:
    recorded = {name for case in cases.CASES for name, _ in case[3]}
    missing = [c.key for c in CALLS if c.key not in recorded and c.platform not in BY_EFFECT
               and c.style != "listener"]
    assert missing == []


def test_every_listener_is_exercised_by_a_case() -> None:
    source = (REPO / "tests" / "tt" / "game" / "cases.py").read_text(encoding="utf-8")
    for call in CALLS:
        if call.style == "listener" or call.platform in BY_EFFECT:
            assert f".{call.python}(" in source, call.key


def test_the_stand_in_table_is_generated_from_the_surface() -> None:
    sdk = (REPO / "runtime_js" / "simulator" / "sdk.js").read_text(encoding="utf-8")
    assert generate.render_js_surface() in sdk, "run: python -m pyminis.sdk.generate"


def test_the_reference_page_is_up_to_date() -> None:
    page = (REPO / "docs" / "sdk-reference.md").read_text(encoding="utf-8")
    assert page == generate.render_reference(), "run: python -m pyminis.sdk.generate"


def test_reference_lists_every_call_with_targets() -> None:
    page = generate.render_reference()
    for call in CALLS:
        assert f"`{call.platform}`" in page or f"`{call.owner}.{call.platform}`" in page
    assert "| `tt.add_shortcut()` | `addShortcut` | callback |" in page
    assert "| `tt.pay(trade_order_id)` | `pay` |" in page
    assert "| native | 41.0.0 |" in page

"""What counts as the same when the two recordings are compared (compare.py)."""

from __future__ import annotations

from pyminis.verify.compare import colour, first_difference, same, same_entry
from pyminis.verify.job import FrameRecord, Recording


def recording(*frames: list[list[object]], state: dict[str, object] | None = None) -> Recording:
    return Recording([FrameRecord(entries, dict(state or {})) for entries in frames])


def test_canvas_numbers_are_the_same_within_a_thousandth_of_a_pixel() -> None:
    assert same_entry([0, "fillRect", 10, 20.0004, 5, 5], [0, "fillRect", 10.0, 20, 5, 5])
    assert not same_entry([0, "fillRect", 10, 20.002, 5, 5], [0, "fillRect", 10, 20, 5, 5])
    assert not same_entry([0, "fillRect", 10, 20], [0, "strokeRect", 10, 20])
    assert not same_entry([0, "fillRect", 10, 20], [1, "fillRect", 10, 20])


def test_text_and_sdk_values_are_exact() -> None:
    assert not same_entry([0, "fillText", "score: 3", 1, 2], [0, "fillText", "score: 3.0", 1, 2])
    assert same_entry(["sdk", "setLoadingProgress", {"progress": 1.0}],
                      ["sdk", "setLoadingProgress", {"progress": 1}])
    assert not same_entry(["sdk", "login", {}], ["sdk", "pay", {}])
    assert not same(0.3, 0.3000001, None)
    assert same(0.1 + 0.2, 0.3, None), "a last-bit difference of libm is not a difference"
    assert same(1e300, 1e300 * (1 + 1e-12), None)


def test_colours_fonts_errors_and_specials() -> None:
    assert colour(" #FFF ") == "#ffffff" and colour("rgb(1, 2, 3)") == "rgb(1,2,3)"
    assert same_entry([0, "=fillStyle", "#ABC"], [0, "=fillStyle", "#aabbcc"])
    assert not same_entry([0, "=fillStyle", "#abc"], [0, "=fillStyle", "#abd"])
    assert same_entry([0, "=font", "bold  20px sans-serif"], [0, "=font", "bold 20px sans-serif"])
    assert same_entry(["error", "KeyError", "'a'"], ["error", "KeyError", "a"])
    assert not same_entry(["error", "KeyError", "a"], ["error", "TypeError", "a"])
    assert same(float("nan"), "NaN", None) and same(float("-inf"), "-Infinity", None)
    assert not same(True, 1, None)
    assert same_entry([0, "drawImage", {"object": "Drawable"}, 0, 0],
                      [0, "drawImage", {"object": "OffscreenCanvas"}, 0, 0])


def test_the_first_difference_is_the_first_frame_then_entry_then_state() -> None:
    python = recording([], [[0, "fillRect", 0, 0, 1, 1], [0, "fill"]], [[0, "fill"]],
                       state={"score": 1})
    same_frames = recording([], [[0, "fillRect", 0, 0, 1, 1], [0, "fill"]], [[0, "fill"]],
                            state={"score": 1.0})
    assert first_difference(python, same_frames) is None
    other = recording([], [[0, "fillRect", 0, 0, 1, 1], [0, "stroke"]], [[0, "stroke"]],
                      state={"score": 1})
    found = first_difference(python, other)
    assert found is not None
    assert (found.frame, found.index, found.python, found.compiled) == (1, 1, [0, "fill"],
                                                                       [0, "stroke"])
    assert found.before == [[0, "fillRect", 0, 0, 1, 1]]
    shorter = recording([], [[0, "fillRect", 0, 0, 1, 1]], [[0, "fill"]], state={"score": 1})
    found = first_difference(python, shorter)
    assert found is not None and (found.frame, found.index, found.compiled) == (1, 1, None)
    state = recording([], [[0, "fillRect", 0, 0, 1, 1], [0, "fill"]], [[0, "fill"]],
                      state={"score": 2})
    found = first_difference(python, state)
    assert found is not None and (found.frame, found.path, found.python, found.compiled) == \
        (0, "score", 1, 2)

"""The game plays the same compiled as under CPython (`pyminis verify`, from a test).

`verify_compiled` builds the game, plays it under CPython and compiled with the same seed,
touches, frame clock and SDK answers, and fails the test at the first frame that differs,
naming the Python line behind it. Pass a plan (a function of a driver, or a plan file) to
play something specific; without one it taps, drags and waits at random, the same each run.
"""


def test_random_play_is_the_same_compiled(verify_compiled) -> None:
    verify_compiled(frames=600)  # ten seconds of seeded random taps, drags and waits

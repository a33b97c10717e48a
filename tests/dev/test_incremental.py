"""Incremental compile: only changed modules are recompiled, and the result equals a full build."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pyminis import guard
from pyminis.compile.python import (
    GuardCache,
    Incremental,
    compile_python_incremental,
    run_transcrypt,
    stage_changed,
)
from pyminis.dev.warm import WarmTranscrypt
from pyminis.pipeline.build import build_files
from pyminis.project import load_project
from tests.dev.games import palette, write_color_game


def modules(texts: dict[str, str]) -> list[guard.Module]:
    return [guard.Module(name, f"src/{name}.py", text) for name, text in texts.items()]


GAME = {
    "main": "import enemies\nimport score\nprint(enemies.count() + score.best())\n",
    "enemies": "def count():\n    return 3\n",
    "score": "def best():\n    return 10\n",
}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.glob("*.js")}


def test_stage_changed_writes_only_what_changed_and_removes_what_is_gone(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    _, changed = stage_changed(modules(GAME), stage)
    assert {"enemies.py", "main.py", "score.py"} <= set(changed)  # with pyminis' own files
    before = {p.name: p.stat().st_mtime_ns for p in stage.glob("*.py")}
    edited = dict(GAME, enemies="def count():\n    return 4\n")
    _, changed = stage_changed(modules(edited), stage)
    assert changed == ["enemies.py"]
    after = {p.name: p.stat().st_mtime_ns for p in stage.glob("*.py")}
    assert after["main.py"] == before["main.py"] and after["score.py"] == before["score.py"]
    (stage / "__target__").mkdir()
    (stage / "__target__" / "score.js").write_text("// old")
    without = {k: v for k, v in edited.items() if k != "score"}
    stage_changed(modules(without), stage)
    assert not (stage / "score.py").exists() and not (stage / "__target__" / "score.js").exists()


def test_only_the_edited_module_is_recompiled(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    first = compile_python_incremental(modules(GAME), "main", stage)
    before = mtimes(first.target_dir)
    edited = dict(GAME, score="def best():\n    return 11\n")
    compile_python_incremental(modules(edited), "main", stage)
    after = mtimes(first.target_dir)
    assert after["score.js"] > before["score.js"]
    # pyminis' helpers (runtime_js/python/pmrt/) are parked and copied back on every build, not compiled.
    unchanged = {name for name in before if name not in ("score.js", "_pmrt.js")}
    assert {name for name in unchanged if after[name] != before[name]} == set()
    assert "return 11" in (first.target_dir / "score.js").read_text()


def test_make_mode_never_needs_java(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Transcrypt's make mode runs `java` on JavaScript-only targets it takes for minified.
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    stage = tmp_path / "stage"
    compile_python_incremental(modules(GAME), "main", stage)
    edited = dict(GAME, main=GAME["main"] + "print(1)\n")
    compiled = compile_python_incremental(modules(edited), "main", stage)
    assert "print (1)" in compiled.entry_js.read_text() or "print(1)" in compiled.entry_js.read_text()


def test_warm_transcrypt_answers_like_a_fresh_one_and_survives_its_death(tmp_path: Path) -> None:
    for name, text in GAME.items():
        (tmp_path / f"{name}.py").write_text(text)
    warm = WarmTranscrypt()
    try:
        code, output = warm(["-b", "-n", "-m", "-k", "main.py"], tmp_path)
        assert code == 0 and "Saving target code in" in output and "Ready" in output
        warm_js = (tmp_path / "__target__" / "main.js").read_text()
        assert run_transcrypt(["-b", "-n", "-m", "-k", "main.py"], tmp_path)[0] == 0
        cold_js = (tmp_path / "__target__" / "main.js").read_text()
        strip = lambda js: js.split("\n", 1)[1]
        assert strip(warm_js) == strip(cold_js)
        (tmp_path / "main.py").write_text("def oops(:\n")
        code, output = warm(["-n", "-m", "-k", "main.py"], tmp_path)
        assert code != 0 and "Aborted" in output
        assert warm._process is not None
        warm._process.kill()
        warm._process.wait()
        (tmp_path / "main.py").write_text(GAME["main"])
        assert warm(["-n", "-m", "-k", "main.py"], tmp_path)[0] == 0
    finally:
        warm.close()
    assert warm._process is None


def test_incremental_dev_build_equals_a_full_dev_build(example_copy: Callable[[str], Path]) -> None:
    root = example_copy("hello")
    palette_py = write_color_game(root, "#161823")
    project = load_project(root)
    warm = WarmTranscrypt()
    kept = Incremental(run=warm)
    try:
        build_files(project, "h5", True, kept)
        palette_py.write_text(palette("#000001"), encoding="utf-8")
        incremental, _ = build_files(project, "h5", True, kept)
    finally:
        warm.close()
    full, _ = build_files(project, "h5", True)
    assert b"#000001" in incremental["game.js"]
    assert incremental["game.js"] == full["game.js"]
    assert incremental["game.js.map"] == full["game.js.map"]


def test_a_new_keyword_call_recompiles_the_unchanged_callee(tmp_path: Path) -> None:
    # Which functions get Transcrypt's keyword prologue is decided over the whole program:
    # a keyword call added in one module changes the JavaScript of another.
    game = {"main": "import shapes\nprint(shapes.box(1))\n",
            "shapes": "def box(width, height=2):\n    return [width, height]\n"}
    stage = tmp_path / "stage"
    first = compile_python_incremental(modules(game), "main", stage)
    before = (first.target_dir / "shapes.js").read_text()
    edited = dict(game, main="import shapes\nprint(shapes.box(1, height=5))\n")
    compile_python_incremental(modules(edited), "main", stage)
    after = (first.target_dir / "shapes.js").read_text()
    assert after.split("\n", 1)[1] != before.split("\n", 1)[1], "shapes.js was not recompiled"
    assert "__kwargtrans__" in after or "__allkwargs__" in after


def test_the_guard_cache_answers_exactly_what_the_guard_answers() -> None:
    cache = GuardCache()
    game = dict(GAME, enemies="import nowhere\ndef count():\n    return 3\n")
    assert cache.check(modules(game)) == guard.check(modules(game))
    assert cache.check(modules(game)) == guard.check(modules(game))  # from memory
    # A module named like the import appears: the lint must see the new set of names.
    with_it = dict(game, nowhere="X = 1\n")
    assert cache.check(modules(with_it)) == guard.check(modules(with_it))
    # A name another module never binds (PM005) is seen although the cache lints one at a time.
    missing = dict(with_it, reader="from nowhere import Y\n")
    assert [p.code for p in cache.check(modules(missing))] == ["PM005"] == [p.code for p in guard.check(modules(missing))]
    assert cache.rewrite_all(modules(GAME))[0] == guard.rewrite_all(modules(GAME))[0]
    # A new method name changes the facts, and with them how *other* modules are rewritten.
    classy = dict(GAME, score="class Board:\n    def count(self):\n        return 1\n")
    texts, facts = cache.rewrite_all(modules(classy))
    expected, expected_facts = guard.rewrite_all(modules(classy))
    assert texts == expected and facts == expected_facts

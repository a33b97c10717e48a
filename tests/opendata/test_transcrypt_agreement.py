"""The protocol and ranking give the same answers compiled as in CPython.

One probe program runs twice: in CPython, and compiled by the real pipeline pieces
(guard → Transcrypt → esbuild) under node. Each `emit(value)` line must agree.
"""

from __future__ import annotations

import builtins
import json
import subprocess
import textwrap
from pathlib import Path
from typing import Any

from pyminis.compile import toolchain
from pyminis.compile.bundle import bundle, write_entry
from pyminis.compile.python import collect_modules, compile_python, pyminis_modules

PROBE = textwrap.dedent('''
    from pyminis.opendata import Layout, Theme
    from pyminis.opendata.protocol import BUILT_IN, ProtocolError, ShowLeaderboard, Touch, decode, kind_of
    from pyminis.opendata.ranking import Entry, format_score, merge_self, parse_score, rank, surpassed
    from pyminis.social import css_px

    def attempt(action):
        try:
            return action()
        except ProtocolError as error:
            return "error: " + str(error)

    def plain(message):
        return [type(message).__name__, [getattr(message, n) for n, k in message.FIELDS]]

    emit([kind_of(v) for v in ["a", 1, 2.5, True, None, [1]]])
    emit(attempt(lambda: Touch("start", "1", 2).encode()))
    emit(attempt(lambda: ShowLeaderboard(score=7, title="Top").encode()))
    emit(attempt(lambda: plain(decode(ShowLeaderboard(score=7).encode(), BUILT_IN))))
    emit(attempt(lambda: decode({"type": "pyminis.touch", "data": {"phase": "start", "x": 1}}, BUILT_IN)))
    emit(attempt(lambda: decode({"type": "pyminis.page", "data": {"pages": "1"}}, BUILT_IN)))
    emit(attempt(lambda: decode({"type": "other"}, BUILT_IN)))
    emit(attempt(lambda: decode(7, BUILT_IN)))
    board = rank(merge_self([Entry("b", "bo", "", 9), Entry("a", "al", "", 3), Entry("c", "Cy", "", 3)],
                            Entry("", "", "", 5), ""))
    emit([[e.rank, e.nickname, e.is_self] for e in board])
    emit([e.nickname for e in surpassed(board, 3, 9)])
    emit([parse_score(v) for v in ["12", " 7 ", "2.5", "", "abc", "12abc"]])
    emit([format_score(v) for v in [12.0, 12.5, 0, 3000000000.0]])
    layout = Layout(750, 1000, Theme(row_height=100))
    emit([layout.visible(20, 150), layout.row_at(200, 0, 5), layout.share_hit(700, 150, 0, 5), layout.clamp(5000, 20)])
    emit([css_px("80vw", 390, 844), css_px("40vh", 390, 844)])
''')

EMIT_JS = "globalThis.emit = (value) => console.log(JSON.stringify(value));\n"


def in_cpython() -> list[Any]:
    lines: list[Any] = []
    setattr(builtins, "emit", lambda value: lines.append(json.loads(json.dumps(value))))  # noqa: B010
    try:
        exec(compile(PROBE, "probe.py", "exec"), {"__name__": "probe"})
    finally:
        delattr(builtins, "emit")
    return lines


def compiled(tmp: Path) -> list[Any]:
    src = tmp / "src"
    src.mkdir()
    (src / "probe.py").write_text(PROBE, encoding="utf-8")
    stage = tmp / "stage"
    done = compile_python(collect_modules(src, tmp) + pyminis_modules(), "probe", stage)
    (stage / "emit.js").write_text(EMIT_JS, encoding="utf-8")
    entry = write_entry(stage, [stage / "emit.js"], done.entry_js)
    code = bundle(entry, dev=True, displays=done.displays, target_dir=done.target_dir)
    script = tmp / "probe.js"
    script.write_bytes(code.code)
    run = subprocess.run([toolchain.node(), str(script)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_compiled_and_cpython_agree(tmp_path: Path) -> None:
    expected = in_cpython()
    assert len(expected) == 14
    assert compiled(tmp_path) == expected

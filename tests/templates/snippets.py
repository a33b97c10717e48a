"""Run a Markdown document's snippets in order, as a reader would (docs that are tests).

- a ```sh block runs in bash (`set -e`), in the folder the previous block ended in; it must exit
  0 unless a `<!-- run: exit=N -->` comment precedes it, and `expect="text"` in that comment
  asks for text in its output;
- a ```python (or ```json …) block preceded by `<!-- write: PATH -->` is written to PATH;
- `<!-- not run: REASON -->` before a block skips it (the reason is part of the document);
- any other block (```console output, for instance) is only for reading.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

_BLOCK = re.compile(r"(?:<!--\s*(?P<note>.*?)\s*-->\s*\n)?```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```",
                    re.DOTALL | re.MULTILINE)
_EXIT = re.compile(r"exit=(\d+)")
_EXPECT = re.compile(r'expect="([^"]*)"')


@dataclass(frozen=True)
class Snippet:
    lang: str
    body: str
    note: str  # the comment before the block, "" if none
    line: int  # where the block starts in the document

    @property
    def action(self) -> str:
        if self.note.startswith("not run:"):
            return "skip"
        if self.note.startswith("write:"):
            return "write"
        return "run" if self.lang == "sh" else "read"


def snippets(text: str) -> list[Snippet]:
    return [Snippet(m["lang"], m["body"], m["note"] or "", text.count("\n", 0, m.start()) + 1)
            for m in _BLOCK.finditer(text)]


def environment() -> dict[str, str]:
    """PATH with this interpreter's scripts first, so `pyminis` and `python` are the tested ones."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def run_document(path: Path, workdir: Path, env: dict[str, str] | None = None) -> list[str]:
    """Run every snippet of `path` in `workdir`; return each run block's output. Raises
    AssertionError naming the document line of the first snippet that misbehaves."""
    env = env or environment()
    cwd = workdir
    outputs = []
    # Where each block records the folder it ended in (outside the reader's folders).
    marker = Path(tempfile.mkdtemp(prefix="snippet-")) / "cwd"
    for snip in snippets(path.read_text(encoding="utf-8")):
        where = f"{path.name}:{snip.line}"
        if snip.action == "write":
            target = cwd / snip.note.removeprefix("write:").strip()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(snip.body, encoding="utf-8")
        elif snip.action == "run":
            expected = int(m[1]) if (m := _EXIT.search(snip.note)) else 0
            script = f"set -e\n{snip.body}\npwd > {shlex.quote(str(marker))}\n"
            done = subprocess.run(["bash", "-c", script], cwd=cwd, env=env, capture_output=True,
                                  text=True, timeout=600, check=False)
            output = done.stdout + done.stderr
            assert done.returncode == expected, (
                f"{where}: exit {done.returncode}, expected {expected}\n{snip.body}\n{output}")
            if (m := _EXPECT.search(snip.note)) is not None:
                assert m[1] in output, f"{where}: {m[1]!r} not in the output:\n{output}"
            if marker.is_file():
                moved = Path(marker.read_text().strip())
                marker.unlink()
                cwd = moved
            outputs.append(output)
    return outputs

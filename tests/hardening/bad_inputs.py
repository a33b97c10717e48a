"""The bad-input suite's cases: what a careless user (or an attacker) gives pyminis, and what
pyminis must answer: its exit code, the file it names, a fix, and never a traceback.

`python -m tests.hardening.bad_inputs` prints the table (area, case, exit, first line).
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.hardening.project import make_project, run_cli


@dataclass(frozen=True)
class Case:
    area: str
    name: str
    prepare: Callable[[Path], list[str]]  # project folder → the CLI arguments
    exit: int  # what pyminis must exit with
    names: str  # a file (or value) the message must name ("" when it exits 0)


def _config(text: str | bytes) -> Callable[[Path], list[str]]:
    def prepare(root: Path) -> list[str]:
        path = root / "minigame.config.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return ["build", str(root)]
    return prepare


def _source(data: bytes) -> Callable[[Path], list[str]]:
    def prepare(root: Path) -> list[str]:
        (root / "src" / "main.py").write_bytes(data)
        return ["build", str(root)]
    return prepare


def _asset(name: str, data: bytes) -> Callable[[Path], list[str]]:
    def prepare(root: Path) -> list[str]:
        (root / "assets" / name).write_bytes(data)
        return ["build", str(root)]
    return prepare


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" + b"\0" * 3 * min(width, 4))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _image(fmt: str) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 60)).save(out, format=fmt)
    return out.getvalue()


def _cli(*args: str) -> Callable[[Path], list[str]]:
    return lambda root: [a.replace("{root}", str(root)) for a in args]


def _link_loops(root: Path) -> list[str]:
    (root / "src" / "loop").symlink_to(".")
    (root / "assets" / "self").symlink_to("self")
    (root / "assets" / "up").symlink_to("..")
    return ["build", str(root)]


def _output_under_a_file(root: Path) -> list[str]:
    (root / "minigame.config.json").write_text(json.dumps(
        {"dev": {"clientKey": "ck"}, "build": {"outputDir": "README.md/dist"}}))
    return ["build", str(root)]


_MAIN = b"from pyminis.engine import Game, Scene\n\nGame(360, 640).run(Scene())\n"

CASES: list[Case] = [
    # configs
    Case("config", "a section of the wrong type", _config('{"build": "dist"}'), 2, "minigame.config.json:1"),
    Case("config", "a port that is not a number", _config('{"dev": {"port": "abc"}}'), 2, "dev.port"),
    Case("config", "a number where a string goes", _config('{"orientation": 5}'), 2, "orientation"),
    Case("config", "a list of the wrong shape", _config('{"pyminis": {"subpackages": "x"}}'), 2, "pyminis.subpackages"),
    Case("config", "trusted domains as a string", _config('{"domain": {"trustedDomains": "https://x"}}'), 2, "domain.trustedDomains"),
    Case("config", "an entry outside the project", _config('{"pyminis": {"entry": "../x.py"}}'), 2, "pyminis.entry"),
    Case("config", "the whole config an array", _config("[]"), 2, "minigame.config.json:1"),
    Case("config", "huge (2 MB)", _config('{"_x": "' + "a" * 2_000_000 + '"}'), 2, "minigame.config.json"),
    Case("config", "nested 100000 deep", _config("[" * 100000 + "]" * 100000), 2, "minigame.config.json"),
    Case("config", "objects nested 40 deep", _config('{"_a": ' * 40 + "1" + "}" * 40), 2, "minigame.config.json"),
    Case("config", "a duplicate key", _config('{"dev": {"port": 3000,\n "port": 3001}}'), 2, "minigame.config.json:2"),
    Case("config", "comments", _config('{\n  // my game\n  "orientation": "portrait"\n}'), 2, "minigame.config.json:2"),
    Case("config", "not UTF-8", _config(b'{"dev": {"name": "caf\xe9"}}'), 2, "minigame.config.json:1"),
    Case("config", "a byte order mark (accepted)", _config(b'\xef\xbb\xbf{"dev": {"clientKey": "ck"}}'), 0, ""),
    Case("config", "asset colours out of range", _config('{"dev": {"clientKey": "ck"}, "pyminis": {"assets": {"colors": 1000}}}'), 2, "pyminis.assets.colors"),
    Case("config", "a secret", _config('{"server": {"clientSecret": "h7Gk2pQ9zX4mB8vN3cR6"}}'), 2, "server.clientSecret"),
    Case("config", "a subpackage named ../", _config('{"pyminis": {"subpackages": [{"name": "../../x", "root": "assets"}]}}'), 2, "pyminis.subpackages[0].name"),
    Case("config", "outputDir the project", _config('{"build": {"outputDir": "."}}'), 2, "build.outputDir"),
    # sources
    Case("source", "Latin-1 bytes", _source(b"x = 1\nname = 'caf\xe9'\n"), 1, "src/main.py:2"),
    Case("source", "UTF-16", _source("x = 1\n".encode("utf-16")), 1, "src/main.py:1"),
    Case("source", "a PEP 263 Latin-1 file (accepted)", _source(b"# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n" + _MAIN), 0, ""),
    Case("source", "a UTF-8 BOM (accepted)", _source(b"\xef\xbb\xbf" + _MAIN), 0, ""),
    Case("source", "an unknown coding line", _source(b"# coding: klingon\nx = 1\n"), 1, "src/main.py:1"),
    Case("source", "NUL bytes", _source(b"x = 1\n\0\0\0\n"), 1, "src/main.py:2"),
    Case("source", "300 nested parentheses", _source(b"x = " + b"(" * 300 + b"1" + b")" * 300 + b"\n"), 1, "src/main.py:1"),
    Case("source", "an expression of 30000 terms", _source(b"x = " + b"+".join([b"1"] * 30000) + b"\n"), 1, "src/main.py"),
    Case("source", "9 MB of source", _source(b"x = 1\n" * 1_600_000), 1, "src/main.py"),
    Case("source", "a syntax error", _source(b"def f(:\n    pass\n"), 1, "src/main.py:1"),
    # images
    Case("image", "a truncated PNG", _asset("hero.png", _image("PNG")[:60]), 1, "assets/hero.png"),
    Case("image", "a truncated JPEG", _asset("photo.jpg", _image("JPEG")[:200]), 1, "assets/photo.jpg"),
    Case("image", "a truncated GIF", _asset("anim.gif", _image("GIF")[:40]), 1, "assets/anim.gif"),
    Case("image", "a truncated WebP", _asset("tile.webp", _image("WEBP")[:30]), 1, "assets/tile.webp"),
    Case("image", "text named .png", _asset("fake.png", b"this is not an image\n"), 1, "assets/fake.png"),
    Case("image", "a zero-byte PNG", _asset("empty.png", b""), 1, "assets/empty.png"),
    Case("image", "a decompression bomb (100000x100000)", _asset("bomb.png", _png(100000, 100000)), 1, "assets/bomb.png"),
    Case("image", "a broken icon.png", lambda root: ((root / "icon.png").write_bytes(b"\x89PNG\r\n\x1a\nxx"), ["pack", str(root)])[1], 1, "icon.png"),
    # command line
    Case("cli", "an unknown target", _cli("build", "{root}", "--target", "wasm"), 2, "wasm"),
    Case("cli", "a port over 65535", _cli("dev", "{root}", "--port", "99999", "--no-open"), 2, "99999"),
    Case("cli", "a port that is not a number", _cli("dev", "{root}", "--port", "abc", "--no-open"), 2, "--port"),
    Case("cli", "a host that does not exist", _cli("dev", "{root}", "--host", "no.such.host.invalid", "--port", "0", "--no-open"), 2, "no.such.host.invalid"),
    Case("cli", "a project that does not exist", _cli("build", "{root}/missing"), 2, "missing"),
    Case("cli", "a file as the project", _cli("build", "{root}/src/main.py"), 2, "main.py"),
    Case("cli", "scan of nothing", _cli("scan", "{root}/nothing"), 2, "nothing"),
    Case("cli", "pack --out an existing folder", _cli("pack", "{root}", "--out", "{root}/assets"), 2, "--out"),
    Case("cli", "new with a path as the name", _cli("new", "../evil", "-o", "{root}"), 2, "../evil"),
    Case("cli", "run a file that does not exist", _cli("run", "{root}/nope.py"), 2, "nope.py"),
    Case("cli", "run a folder", _cli("run", "{root}/src"), 2, "src"),
    Case("cli", "lint a binary file", lambda root: ((root / "x.py").write_bytes(b"\xff\xd8\xff\0\0"), ["lint", str(root / "x.py")])[1], 1, "x.py"),
    # folders and links
    Case("folders", "link loops in src/ and assets/ (ignored)", _link_loops, 0, ""),
    Case("folders", "an output folder under a file", _output_under_a_file, 2, "README.md on its way is a file"),
]


def run_case(case: Case, tmp: Path) -> tuple[int, str]:
    root = make_project(tmp / "game", {"dev": {"clientKey": "ck-test-123"}})
    args = case.prepare(root)
    done = run_cli(*args, timeout=300)
    return done.returncode, done.stdout + done.stderr


def main() -> int:
    import tempfile

    print("| area | case | exit | what pyminis says (first line) |")
    print("| --- | --- | --- | --- |")
    bad = 0
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            code, output = run_case(case, Path(tmp))
        ok = code == case.exit and "Traceback" not in output and case.names in output
        bad += not ok
        first = next((line for line in output.splitlines() if line.startswith("error")), "")
        first = first.replace(tmp, "…")[:150].replace("|", "\\|")
        print(f"| {case.area} | {case.name} | {code}{'' if ok else ' WRONG'} | {first} |")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

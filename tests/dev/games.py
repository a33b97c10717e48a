"""Small games the dev tests build: plain Python over the platform layer, nothing else."""

from __future__ import annotations

from pathlib import Path

# Fills the screen with BACKGROUND; a test edits the colour and reads a pixel.
COLOR_GAME = '''"""Fills the screen with one colour."""

from palette import BACKGROUND

platform = pyminisPlatform  # noqa: F821  (the platform layer's global)
canvas = platform.createCanvas()
ctx = canvas.getContext("2d")


def draw() -> None:
    ctx.fillStyle = BACKGROUND
    ctx.fillRect(0, 0, canvas.width, canvas.height)


draw()
'''


def palette(color: str) -> str:
    return f'BACKGROUND = "{color}"\n'


def write_color_game(project: Path, color: str) -> Path:
    """Replace the project's game with COLOR_GAME; return the palette module to edit."""
    src = project / "src"
    (src / "main.py").write_text(COLOR_GAME, encoding="utf-8")
    (src / "palette.py").write_text(palette(color), encoding="utf-8")
    return src / "palette.py"

"""`pyminis lint [PATH]`: what the guard refuses, every problem with file:line:col, exit 1."""

from __future__ import annotations

from pathlib import Path

import typer

from pyminis.cli._app import app, reports_errors
from pyminis.pipeline.lint import lint_path


@app.command("lint")
@reports_errors
def lint_command(
    path: Path = typer.Argument(Path("."), help="A project folder, a folder of .py files, or one .py file."),
) -> None:
    """Check the game's Python against the subset pyminis compiles faithfully."""
    checked = lint_path(path)
    typer.echo(f"{checked} module(s) checked: no problems")

"""`pyminis build [PROJECT] --target h5|minis|native [--dev]`."""

from __future__ import annotations

from pathlib import Path

import typer

from pyminis.cli._app import app, reports_errors, warn
from pyminis.pipeline import build


@app.command("build")
@reports_errors
def build_command(
    project: Path = typer.Argument(Path("."), help="The game project folder."),
    target: str = typer.Option("h5", "--target", "-t", help="h5, minis or native."),
    dev: bool = typer.Option(False, "--dev", help="Source maps, on-page console, no minifying."),
) -> None:
    """Compile the game and write the package for TARGET (replaced only on success)."""
    result = build(project, target, dev)
    warn(result.warnings)
    size = sum(len(data) for data in result.files.values())
    typer.echo(f"built {result.target} → {result.output_dir} "
               f"({len(result.files)} files, {size / 1024:.1f} KiB, {result.seconds:.2f} s)")

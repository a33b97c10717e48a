"""`pyminis run FILE.py`: compile one script like a game and run it under node."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import typer

from pyminis.cli._app import app, reports_errors
from pyminis.pipeline.run import run_script


@app.command("run")
@reports_errors
def run_command(script: Path = typer.Argument(..., help="A standalone Python script."),
                args: list[str] = typer.Argument(None, help="Its arguments (sys.argv[1:]).")) -> None:
    """Print what the compiled script prints; exit with its status (a refused script exits 1)."""
    with tempfile.TemporaryDirectory(prefix="pyminis-run-") as work:
        ran = run_script(script, Path(work), list(args or []))
    sys.stdout.write(ran.stdout)
    sys.stderr.write(ran.stderr)
    raise typer.Exit(ran.code)

"""`pyminis verify [PATH] [--frames N] [--plan FILE] [--seed S] [--target native|h5]
[--state a,b]`: exit 0 identical, 1 a difference, 2 bad usage, 3 a missing tool."""

from __future__ import annotations

from pathlib import Path

import typer

from pyminis.cli._app import app, reports_errors


@app.command("verify")
@reports_errors
def verify_command(
    project: Path = typer.Argument(Path("."), help="The game project folder."),
    frames: int = typer.Option(None, "--frames", "-n",
                               help="Frames to play (default: the plan's, else 600 = 10 s)."),
    plan: Path = typer.Option(None, "--plan", "-p",
                              help="A plan file (.json or .py); without one, a seeded monkey "
                                   "taps, drags and waits."),
    seed: int = typer.Option(None, "--seed", "-s", help="Seed of random and the monkey (1)."),
    target: str = typer.Option("native", "--target", "-t",
                               help="native (under node) or h5 (in Chromium)."),
    state: str = typer.Option("", "--state",
                              help="Values to compare after every frame, comma-separated: "
                                   "scene attributes (score, bird.y) or game.<attr>."),
) -> None:
    """Play the game under CPython and compiled with the same inputs; stop at the first
    frame that differs and name the Python line behind it."""
    from pyminis.verify import verify_project  # imported when used: other commands start faster

    names = [name.strip() for name in state.split(",") if name.strip()]
    result = verify_project(project, frames=frames, plan=plan, seed=seed, target=target,
                            state=names)
    typer.echo(result.report)
    raise typer.Exit(0 if result.identical else 1)

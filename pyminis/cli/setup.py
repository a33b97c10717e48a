"""`pyminis setup`: fetch the bundler now rather than on the first build."""

from __future__ import annotations

import typer

from pyminis.cli._app import app, reports_errors
from pyminis.compile import toolchain


@app.command("setup")
@reports_errors
def setup_command() -> None:
    """Install pyminis' JavaScript tools (esbuild, eruda) into its cache."""
    toolchain.node()
    typer.echo(f"esbuild {toolchain.ESBUILD_VERSION}: {toolchain.esbuild()}")

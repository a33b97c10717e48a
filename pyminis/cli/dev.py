"""`pyminis dev [PROJECT] [--host H] [--port P] [--no-open]`."""

from __future__ import annotations

from pathlib import Path

import typer

from pyminis.cli._app import app, reports_errors
from pyminis.dev.run import run_dev


@app.command("dev")
@reports_errors
def dev_command(
    project: Path = typer.Argument(Path("."), help="The game project folder."),
    host: str = typer.Option(None, "--host", help="Address to serve on (default dev.host, "
                             "127.0.0.1); 0.0.0.0 serves the LAN and prints a QR code."),
    port: int = typer.Option(None, "--port", help="Port (default dev.port, 3000; 0: any free one)."),
    no_open: bool = typer.Option(False, "--no-open", help="Do not open a browser."),
) -> None:
    """Serve the game in a TikTok simulator; rebuild and reload on every save."""
    run_dev(project, host, port, open_page=not no_open, printer=lambda text: typer.echo(text))

"""`pyminis scan PATH [--config FILE] [--target h5|native] [--json]`: the restriction scan."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from pyminis.cli._app import app, reports_errors
from pyminis.scan.folder import scan_path


@app.command("scan")
@reports_errors
def scan_command(
    path: Path = typer.Argument(..., help="A built package folder (or any folder or file)."),
    config: Path | None = typer.Option(
        None, "--config", "-c",
        help="The config with trusted domains and allowances (default: found in or beside PATH)."),
    target: str | None = typer.Option(
        None, "--target", "-t", help="h5 or native (default: native when PATH has game.json)."),
    as_json: bool = typer.Option(False, "--json", help="Print the findings as JSON for tools."),
) -> None:
    """Find what the platform forbids in PATH; exit 1 on any finding, 0 when clean."""
    scanned = scan_path(path, config, target)
    report = scanned.report
    if as_json:
        typer.echo(json.dumps({
            "target": scanned.target,
            "config": None if scanned.config_path is None else scanned.config_path.as_posix(),
            "files": report.files,
            "clean": report.clean,
            "findings": [f.to_json() for f in report.findings],
            "allowed": [{**f.to_json(), "reason": a.reason} for f, a in report.allowed],
            "skipped": [{"path": p, "reason": a.reason} for p, a in report.skipped],
        }, indent=2))
    else:
        for finding in report.findings:
            typer.echo(str(finding))
        for note in report.notes():
            print(note, file=sys.stderr)
        verdict = "clean" if report.clean else f"{len(report.findings)} finding(s)"
        used = f", config {scanned.config_path}" if scanned.config_path else ", no config"
        typer.echo(f"scanned {report.files} files ({scanned.target}{used}): {verdict}")
    if not report.clean:
        raise typer.Exit(1)

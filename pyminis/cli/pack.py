"""`pyminis pack [PROJECT] --target native|h5 [--out FILE]`: the ZIP to upload."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from pyminis.assets.report import size_table
from pyminis.cli._app import app, reports_errors, warn
from pyminis.pack import STEPS, PackResult, listing, pack
from pyminis.targets.sizes import megabytes

SHOWN_FILES = 30  # longer packages list their biggest files only


def summary(result: PackResult, zip_data: bytes) -> Table:
    """Every file of the ZIP (or the biggest), its size and compressed size, and the totals."""
    entries = listing(zip_data)
    shown = entries if len(entries) <= SHOWN_FILES else sorted(
        entries, key=lambda e: (-e[1], e[0]))[:SHOWN_FILES]
    table = Table(title=f"{result.zip_path.name} ({result.target})", title_justify="left")
    table.add_column("file")
    table.add_column("size", justify="right")
    table.add_column("zipped", justify="right")
    for name, size, packed in shown:
        table.add_row(name, f"{size:,}", f"{packed:,}")
    if len(shown) < len(entries):
        table.add_row(f"… {len(entries) - len(shown)} smaller files", "", "")
    table.add_section()
    table.add_row(f"{len(entries)} files", f"{sum(e[1] for e in entries):,}",
                  f"{result.zip_size:,}")
    return table


@app.command("pack")
@reports_errors
def pack_command(
    project: Path = typer.Argument(Path("."), help="The game project folder."),
    target: str = typer.Option("native", "--target", "-t", help="native or h5."),
    out: Path | None = typer.Option(None, "--out", "-o",
                                    help="Where to write the ZIP (default: beside the build folder)."),
) -> None:
    """Release build, the upload checks, then a deterministic ZIP ready for the Developer Portal."""
    progress_console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=progress_console, transient=True) as progress:
        task = progress.add_task("starting", total=len(STEPS))

        def on_step(name: str) -> None:
            done = STEPS.index(name) if name in STEPS else 0
            progress.update(task, description=name, completed=done)

        result = pack(project, target, out, on_step=on_step)
        progress.update(task, completed=len(STEPS))
    warn(result.warnings)
    console = Console(soft_wrap=True)
    if result.assets.rows:
        console.print(size_table(result.assets.rows))
    console.print(summary(result, result.zip_path.read_bytes()))
    if result.icons_dir is not None:
        console.print(f"app icons for the Developer Portal: {result.icons_dir}")
    console.print(f"packed {result.target} → {result.zip_path} ({megabytes(result.zip_size)}, "
                  f"{len(result.files)} files, {result.seconds:.2f} s)\nsha256 {result.sha256}")

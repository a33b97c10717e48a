"""The Typer app and the one place where errors become messages and exit codes.

Exit codes: 0 success; 1 the project has problems (lint, compile, scan, limits);
2 bad usage or config; 3 a missing or failing tool (node, npm, esbuild).
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Any, Callable, TypeVar

import click
import typer

from pyminis.errors import PyminisError, internal_error

app = typer.Typer(
    name="pyminis",
    help="Build typed Python games for TikTok Mini Games (native runtime and H5).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: the rich help's type column printed `<bool>` beside every flag.
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Print a PyminisError as the author should read it and exit with its code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except PyminisError as error:
            print(f"error: {error}", file=sys.stderr)
            raise typer.Exit(error.exit_code) from None
        except (typer.Exit, typer.Abort, click.exceptions.ClickException, click.exceptions.Exit,
                click.exceptions.Abort, KeyboardInterrupt):
            raise
        except OSError as error:  # a disk, a permission, a path: the author can act on it
            if os.environ.get("PYMINIS_DEBUG"):
                raise
            where = f"{error.filename}: " if error.filename else ""
            print(f"error: {where}{error.strerror or error}\n  fix: check that the path exists, "
                  "that you may read and write it, and that the disk has space", file=sys.stderr)
            raise typer.Exit(1) from None
        except Exception as error:  # noqa: BLE001  never a traceback for the author
            if os.environ.get("PYMINIS_DEBUG"):
                raise
            print(f"error: {internal_error(error)}", file=sys.stderr)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def warn(lines: list[str]) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)

"""The Typer app and the one place where errors become messages and exit codes.

Exit codes: 0 success; 1 the project has problems (lint, compile, scan, limits);
2 bad usage or config; 3 a missing or failing tool (node, npm, esbuild).
"""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable, TypeVar

import typer

from pyminis.errors import PyminisError

app = typer.Typer(
    name="pyminis",
    help="Build typed Python games for TikTok Mini Games (native runtime and H5).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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

    return wrapper  # type: ignore[return-value]


def warn(lines: list[str]) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)

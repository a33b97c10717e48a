"""The `pyminis` command: thin functions over the pipeline stages."""

from __future__ import annotations

# Each module registers its command on the app when imported.
from pyminis.cli import build, dev, lint, new, pack, run, scan, setup, verify  # noqa: F401
from pyminis.cli._app import app


def main() -> None:
    app()


__all__ = ["app", "main"]

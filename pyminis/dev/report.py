"""One build as the terminal shows it."""

from __future__ import annotations

from pyminis.dev.session import BuildReport


def describe(report: BuildReport, changed: list[str] | None = None) -> str:
    """One build as the terminal shows it."""
    why = f" ({', '.join(changed)})" if changed else ""
    if report.ok:
        lines = [f"built in {report.seconds * 1000:.0f} ms{why}; the page reloads"]
        lines += [f"warning: {w}" for w in report.warnings]
        return "\n".join(lines)
    return f"build failed{why}; the page shows it, the server keeps running:\n{report.error}"

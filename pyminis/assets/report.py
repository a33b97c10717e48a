"""The per-asset size report against the 4 MB main package (pure: rows in, a rich table out)."""

from __future__ import annotations

from rich.table import Table

from pyminis.assets.pipeline import AssetRow
from pyminis.targets.sizes import MAIN_LIMIT as NATIVE_MAIN_LIMIT
from pyminis.targets.sizes import megabytes


def share(size: int, budget: int = NATIVE_MAIN_LIMIT) -> str:
    """`size` as a percentage of `budget`, e.g. "12.5%"."""
    return f"{100 * size / budget:.1f}%"


def size_table(rows: list[AssetRow], budget: int = NATIVE_MAIN_LIMIT) -> Table:
    """One line per asset: what it came from, its size before and after, its share of the budget."""
    table = Table(title=f"assets against the {megabytes(budget)} main package", title_justify="left")
    for name, justify in (("file", "left"), ("from", "left"), ("kind", "left"),
                          ("before", "right"), ("after", "right"), ("of budget", "right"),
                          ("", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(row.path, row.source if row.source != row.path else "", row.kind,
                      f"{row.original:,}" if row.original else "", f"{row.size:,}",
                      share(row.size, budget), "cached" if row.cached else "")
    total = sum(row.size for row in rows)
    table.add_section()
    table.add_row("total", "", "", f"{sum(r.original for r in rows):,}", f"{total:,}",
                  share(total, budget), "")
    return table

"""What each cell of a return shows: counts, computed percentages, and small-cell suppression.

Suppression (for anything meant for publication): a count from 1 to N−1 is shown as ``<N`` so a
single child cannot be picked out of a small table; zero stays zero. The cells withheld beside
them so that no small cell can be worked out from a total (models/returns/disclosure.py; named
in a ``PublishedTable``'s ``withheld``) are shown as ``x``. A percentage is shown only when both
of its counts are shown and its base is at least N. The exact figures still go to HQ inside the
encrypted package; suppression is applied only when a document is written out.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.dto.returns import PublishedTable, ReturnColumn, ReturnRow, ReturnTable
from models.messages import msg

Cell = int | float | str | None
SUPPRESSED_PERCENT = "*"
WITHHELD = "x"


def percent(row: ReturnRow, columns: Sequence[ReturnColumn], column: ReturnColumn) -> float | None:
    """The percentage a column stands for, to one decimal; ``None`` when its base is zero."""
    keys = [c.key for c in columns]
    num = row.values[keys.index(column.numerator or "")]
    den = row.values[keys.index(column.denominator or "")]
    if not den or num is None:
        return None
    return round(100.0 * num / den, 1)


def is_suppressed(value: int | None, threshold: int | None) -> bool:
    return threshold is not None and value is not None and 0 < value < threshold


def cell(table: ReturnTable, row: ReturnRow, index: int, threshold: int | None = None) -> Cell:
    """The value a sheet shows: an int, a percentage (float), ``"<N"``, ``"*"`` or ``None``."""
    column = table.columns[index]
    withheld = table.withheld if isinstance(table, PublishedTable) else frozenset()
    if not column.is_percent:
        value = row.values[index]
        # Withheld first: a table withheld whole hides its small counts as x too.
        if threshold is not None and (row.key, column.key) in withheld:
            return WITHHELD
        if is_suppressed(value, threshold):
            return f"<{threshold}"
        return value
    keys = [c.key for c in table.columns]
    num = row.values[keys.index(column.numerator or "")]
    den = row.values[keys.index(column.denominator or "")]
    if threshold is not None and (
        is_suppressed(num, threshold)
        or (den is not None and den < threshold)
        or (row.key, column.numerator) in withheld
        or (row.key, column.denominator) in withheld
    ):
        return SUPPRESSED_PERCENT if den else None
    return percent(row, table.columns, column)


def text(value: Cell) -> str:
    """A cell as text for a PDF or a preview: percentages with one decimal, blanks for none."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def suppression_note(threshold: int) -> str:
    return msg(
        "Counts from 1 to {below} are shown as <{threshold}; counts shown as {withheld} "
        "are withheld so that no such count can be worked out from the totals; percentages on a "
        "base below {threshold} or of a hidden count are shown as {suppressed}. Exact "
        "figures go to HQ in the signed package only.",
        below=threshold - 1,
        threshold=threshold,
        withheld=WITHHELD,
        suppressed=SUPPRESSED_PERCENT,
    )

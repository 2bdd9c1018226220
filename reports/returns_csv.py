"""A return as CSV: one line per cell (tidy, for machine consolidation), and the annex.

UTF-8 with a byte-order mark so Excel reads Devanagari; text that a spreadsheet would run as a
formula gets a leading apostrophe (reports/spreadsheet_safe.py).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from models.dto.returns import ReturnDocument
from models.returns.cells import cell
from reports.spreadsheet_safe import safe_csv_cell

CELL_HEADER = (
    "unit_code",
    "period",
    "table",
    "row_key",
    "row_label",
    "column_key",
    "column_label",
    "value",
)
ANNEX_HEADER = ("unit_code", "case_ref", "reported_on", "age_band", "sex", "reason_code", "name")


def _csv(rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def return_csv(doc: ReturnDocument) -> bytes:
    """Every cell of every table; suppressed cells carry ``<N`` as their value."""

    def lines() -> Iterable[Sequence[Any]]:
        yield CELL_HEADER
        for table in doc.tables:
            for row in table.rows:
                for j, column in enumerate(table.columns):
                    value = cell(table, row, j, doc.suppress_below)
                    yield (
                        doc.unit_code,
                        doc.period.label,
                        table.code,
                        row.key,
                        row.label,
                        column.key,
                        column.label,
                        "" if value is None else value,
                    )

    return _csv(lines())


def annex_csv(doc: ReturnDocument) -> bytes:
    return _csv(
        [
            ANNEX_HEADER,
            *(
                (
                    doc.unit_code,
                    a.case_ref,
                    a.reported_on.isoformat(),
                    a.age_band,
                    a.sex.value,
                    a.reason_code,
                    a.name or "",
                )
                for a in doc.annex
            ),
        ]
    )

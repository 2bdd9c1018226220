"""A return as plain text for the terminal (``talash return show``, ``talash hq return``)."""

from __future__ import annotations

from datetime import tzinfo

from models.dto.returns import ReturnDocument, ReturnTable
from models.returns.cells import cell, suppression_note, text

LABEL_WIDTH = 44
CELL_WIDTH = 9


def _short(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def table_text(table: ReturnTable, threshold: int | None = None) -> str:
    lines = [table.title]
    head = " " * LABEL_WIDTH + "".join(
        _short(c.label, CELL_WIDTH - 1).rjust(CELL_WIDTH) for c in table.columns
    )
    lines.append(head)
    for row in table.rows:
        values = "".join(
            text(cell(table, row, i, threshold)).rjust(CELL_WIDTH)
            for i in range(len(table.columns))
        )
        lines.append(_short(row.label, LABEL_WIDTH - 1).ljust(LABEL_WIDTH) + values)
    if table.note:
        lines.append(f"  ({table.note})")
    return "\n".join(lines)


def return_text(doc: ReturnDocument, zone: tzinfo) -> str:
    out = [
        doc.title,
        f"{doc.unit_name} ({doc.unit_code}) — {doc.period.describe()}",
        f"generated {doc.generated_at.astimezone(zone):%d-%m-%Y %H:%M}",
    ]
    if doc.fingerprint:
        out.append(f"package SHA-256 {doc.fingerprint}")
    out += list(doc.notes)
    if doc.suppress_below:
        out.append(suppression_note(doc.suppress_below))
    for table in doc.tables:
        out += ["", table_text(table, doc.suppress_below)]
    return "\n".join(out) + "\n"

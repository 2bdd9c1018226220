"""A return as an XLSX workbook: a cover sheet, one sheet per table, and the annex if any.

No cell is ever a formula: every text cell is written as an explicit string, so a drive or a
person named ``=HYPERLINK("…")`` is shown as those characters (reports/spreadsheet_safe.py).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import tzinfo
from zoneinfo import ZoneInfo

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from models.dto.returns import ReturnDocument, ReturnTable
from models.returns.cells import Cell, cell, suppression_note
from reports.spreadsheet_safe import xlsx_cell

BOLD = Font(bold=True)


def _put(ws: Worksheet, row: int, col: int, value: Cell, *, bold: bool = False) -> None:
    target = ws.cell(row=row, column=col)
    xlsx_cell(target, value)
    if isinstance(value, float):
        target.number_format = "0.0"
    if bold:
        target.font = BOLD


def _row(ws: Worksheet, row: int, values: Sequence[Cell], *, bold: bool = False) -> None:
    for col, value in enumerate(values, start=1):
        _put(ws, row, col, value, bold=bold)


def cover_lines(doc: ReturnDocument, zone: tzinfo) -> list[tuple[str, str]]:
    """The facts a reader needs before the figures (also the PDF's heading)."""
    lines = [
        ("Return", doc.title),
        ("Unit", f"{doc.unit_name} ({doc.unit_code})"),
        ("District, State", f"{doc.district}, {doc.state}"),
        ("Period", doc.period.describe()),
        ("Generated", doc.generated_at.astimezone(zone).strftime("%d-%m-%Y %H:%M")),
    ]
    if doc.unit_name_local:
        lines.insert(2, ("Unit (local name)", doc.unit_name_local))
    if doc.signatory is not None:
        lines.append(("Approved by", f"{doc.signatory.name}, {doc.signatory.rank}"))
    if doc.fingerprint:
        lines.append(("Package SHA-256", doc.fingerprint))
    if doc.suppress_below:
        lines.append(("Small cells", suppression_note(doc.suppress_below)))
    lines += [("Note", note) for note in doc.notes]
    return lines


def _table_sheet(ws: Worksheet, table: ReturnTable, threshold: int | None) -> None:
    _put(ws, 1, 1, table.title, bold=True)
    _row(ws, 3, ["", *(c.label for c in table.columns)], bold=True)
    _row(ws, 4, ["key", *(c.key for c in table.columns)])
    for i, row in enumerate(table.rows, start=5):
        values = [cell(table, row, j, threshold) for j in range(len(table.columns))]
        _row(ws, i, [row.label, *values], bold=row.total)
    if table.note:
        _put(ws, len(table.rows) + 6, 1, table.note)
    ws.column_dimensions["A"].width = 48
    for cell_ in ws[3]:
        cell_.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B5"


def return_xlsx(doc: ReturnDocument, zone: tzinfo | None = None) -> bytes:
    """The workbook's bytes."""
    zone = zone or ZoneInfo("Asia/Kolkata")
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "Cover"
    for i, (name, value) in enumerate(cover_lines(doc, zone), start=1):
        _put(cover, i, 1, name, bold=True)
        _put(cover, i, 2, value)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 90
    for table in doc.tables:
        _table_sheet(wb.create_sheet(table.code), table, doc.suppress_below)
    if doc.annex:
        ws = wb.create_sheet("Annex")
        _put(ws, 1, 1, "Children untraced at the end of the period", bold=True)
        header = ["Case reference", "Reported on", "Age band", "Sex", "Reason code", "Name"]
        _row(ws, 3, header, bold=True)
        for i, a in enumerate(doc.annex, start=4):
            _row(
                ws,
                i,
                [
                    a.case_ref,
                    a.reported_on.strftime("%d-%m-%Y"),
                    a.age_band,
                    a.sex.value,
                    a.reason_code,
                    a.name or "",
                ],
            )
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()

"""A return as an XLSX workbook: a cover sheet, one sheet per table, and the annex if any.

The workbook is what HQ's clerk opens and prints as it is: words, not the program's keys (the
keys travel in the CSV and the package), headings wrapped to fit, and each sheet set up to print
landscape on A4, one page wide, its headings repeated on every page, with the station, the
period and "Page x of y" on each page (reports/xlsx_print.py). The cover prints on one page.

No cell is ever a formula: every text cell is written as an explicit string, so a drive or a
person named ``=HYPERLINK("…")`` is shown as those characters (reports/spreadsheet_safe.py).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import tzinfo
from zoneinfo import ZoneInfo

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from models.dto.returns import ReturnDocument, ReturnTable
from models.returns.cells import Cell, cell, suppression_note
from reports.returns_annex import ANNEX_NOTE, ANNEX_TITLE, annex_header, annex_table
from reports.spreadsheet_safe import xlsx_cell
from reports.xlsx_headings import heading_groups, short_headings, two_tiers
from reports.xlsx_print import (
    BOLD,
    CENTRE_TOP,
    LINE_HEIGHT,
    NUMBER,
    SHADE,
    TITLE,
    WRAP_TOP,
    PageText,
    box,
    fit_row,
    print_setup,
    set_widths,
    width_for_heading,
    width_for_labels,
    wrapped_lines,
)

# Characters of the default font across A4 landscape at full size, and the row-label column's
# bounds: a table wider than the page is printed smaller, down to what its columns need.
PAGE_WIDTH = 130
LABELS_AT_LEAST = 30
LABELS_AT_MOST = 52
HEADING_ROW = 2  # row 1: the title; from row 2: the column headings (one or two rows)


def _put(ws: Worksheet, row: int, col: int, value: Cell) -> None:
    target = ws.cell(row=row, column=col)
    xlsx_cell(target, value)
    if isinstance(value, float):
        target.number_format = "0.0"


def _row(ws: Worksheet, row: int, values: Sequence[Cell]) -> None:
    for col, value in enumerate(values, start=1):
        _put(ws, row, col, value)


def _style_row(ws: Worksheet, row: int, columns: int, **styles: object) -> None:
    for col in range(1, columns + 1):
        for name, value in styles.items():
            setattr(ws.cell(row=row, column=col), name, value)


def _height(ws: Worksheet, row: int, lines: int) -> None:
    ws.row_dimensions[row].height = LINE_HEIGHT * max(lines, 1)


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


def _page_text(doc: ReturnDocument, zone: tzinfo, sheet: str) -> PageText:
    made = doc.generated_at.astimezone(zone).strftime("%d-%m-%Y %H:%M")
    mark = f"Package SHA-256 {doc.fingerprint[:16]}…" if doc.fingerprint else ""
    if doc.suppress_below:
        mark = "For publication: small counts hidden"
    return PageText(
        station=f"{doc.unit_name} ({doc.unit_code})",
        period=doc.period.describe(),
        sheet=sheet,
        made=f"Generated {made}",
        mark=mark,
    )


def _title(ws: Worksheet, text: str, columns: int, widths: Sequence[float]) -> None:
    """The title across the sheet's columns, wrapped if it is longer than the table is wide."""
    _put(ws, 1, 1, text)
    ws.cell(row=1, column=1).font = TITLE
    ws.cell(row=1, column=1).alignment = WRAP_TOP
    if columns > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    fit_row(ws, 1, [text], [sum(widths) * 0.85])  # 13-point letters are wider


def _cover(ws: Worksheet, doc: ReturnDocument, zone: tzinfo) -> None:
    widths = [22.0, 100.0]
    set_widths(ws, widths)
    row = 1
    for name, value in cover_lines(doc, zone):
        _row(ws, row, [name, value])
        ws.cell(row=row, column=1).font = BOLD
        _style_row(ws, row, 2, alignment=WRAP_TOP)
        fit_row(ws, row, [name, value], widths)
        row += 1
    row += 1
    _put(ws, row, 1, "Sheets")
    ws.cell(row=row, column=1).font = BOLD
    row += 1
    sheets = [(t.code, t.title.removeprefix(t.code).strip()) for t in doc.tables]
    if doc.annex:
        sheets.append(("Annex", ANNEX_TITLE.removeprefix("Annex: ").capitalize()))
    for code, title in sheets:
        _row(ws, row, [code, title])
        _style_row(ws, row, 2, alignment=WRAP_TOP)
        ws.cell(row=row, column=1).font = BOLD
        row += 1
    print_setup(ws, _page_text(doc, zone, "Cover"), one_page=True)


def _headings(ws: Worksheet, table: ReturnTable, widths: Sequence[float]) -> int:
    """Write the column headings from row 2, in one tier or two; return the last heading row."""
    groups = heading_groups([c.label for c in table.columns])
    columns = len(widths)
    last = HEADING_ROW + 1 if two_tiers(groups) else HEADING_ROW
    for row in range(HEADING_ROW, last + 1):
        _style_row(ws, row, columns, font=BOLD, fill=SHADE, alignment=WRAP_TOP)
    if last > HEADING_ROW:
        ws.merge_cells(start_row=HEADING_ROW, start_column=1, end_row=last, end_column=1)
    whole: list[tuple[str, float]] = []  # headings down both rows (or the one row)
    titles: list[tuple[str, float]] = []  # group headings over their columns
    subs: list[tuple[str, float]] = []  # the short headings under a group
    for g in groups:
        col = g.first + 2  # the first column holds the row labels
        span = widths[col - 1 : col - 1 + len(g.subs)]
        if g.title is None:
            _put(ws, HEADING_ROW, col, g.subs[0])
            if last > HEADING_ROW:
                ws.merge_cells(
                    start_row=HEADING_ROW, start_column=col, end_row=last, end_column=col
                )
            whole.append((g.subs[0], span[0]))
            continue
        _put(ws, HEADING_ROW, col, g.title)
        end = col + len(g.subs) - 1
        ws.merge_cells(start_row=HEADING_ROW, start_column=col, end_row=HEADING_ROW, end_column=end)
        ws.cell(row=HEADING_ROW, column=col).alignment = CENTRE_TOP
        titles.append((g.title, sum(span)))
        for k, sub in enumerate(g.subs):
            _put(ws, last, col + k, sub)
            subs.append((sub, span[k]))
    whole_lines = max((wrapped_lines(t, w) for t, w in whole), default=1)
    if last == HEADING_ROW:
        _height(ws, HEADING_ROW, whole_lines)
        return last
    sub_lines = max((wrapped_lines(t, w) for t, w in subs), default=1)
    title_lines = max((wrapped_lines(t, w) for t, w in titles), default=1)
    _height(ws, HEADING_ROW, max(title_lines, whole_lines - sub_lines))
    _height(ws, last, sub_lines)
    return last


def _table_sheet(ws: Worksheet, table: ReturnTable, doc: ReturnDocument, zone: tzinfo) -> None:
    threshold = doc.suppress_below
    shown = short_headings(heading_groups([c.label for c in table.columns]))
    if len(shown) <= 2:  # a list of counts (R3): room for its heading on one line
        numbers = [max(width_for_heading(h), len(h) + 2.5) for h in shown]
    else:
        numbers = [width_for_heading(h) for h in shown]
    # Row labels wrap sooner in a wide table (R7), so that it prints less shrunk.
    room = max(PAGE_WIDTH - sum(numbers), LABELS_AT_LEAST)
    widths = [width_for_labels([r.label for r in table.rows], most=min(room, LABELS_AT_MOST))]
    widths += numbers
    columns = len(widths)
    set_widths(ws, widths)
    _title(ws, table.title, columns, widths)
    last_heading = _headings(ws, table, widths)

    last = last_heading
    for i, row in enumerate(table.rows, start=last_heading + 1):
        values = [cell(table, row, j, threshold) for j in range(len(table.columns))]
        _row(ws, i, [row.label, *values])
        ws.cell(row=i, column=1).alignment = WRAP_TOP
        for col in range(2, columns + 1):
            ws.cell(row=i, column=col).alignment = NUMBER
        if row.total:
            _style_row(ws, i, columns, font=BOLD, fill=SHADE)
        fit_row(ws, i, [row.label], widths[:1])
        last = i
    box(ws, HEADING_ROW, last, columns)
    if table.note:
        note_row = last + 2
        _put(ws, note_row, 1, table.note)
        ws.cell(row=note_row, column=1).alignment = WRAP_TOP
        if columns > 1:
            ws.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=columns)
        fit_row(ws, note_row, [table.note], [sum(widths)])
    ws.freeze_panes = ws.cell(row=last_heading + 1, column=2)
    page = _page_text(doc, zone, f"Table {table.code}")
    print_setup(ws, page, title_rows=f"1:{last_heading}")


def _annex_sheet(ws: Worksheet, doc: ReturnDocument, zone: tzinfo) -> None:
    header = annex_header(doc)
    rows = annex_table(doc)
    # Case reference, date, age band and sex are short; the reason and the name get the room.
    widths = [22.0, 13.0, 11.0, 13.0, 48.0, 34.0][: len(header)]
    set_widths(ws, widths)
    _title(ws, ANNEX_TITLE, len(header), widths)
    _row(ws, HEADING_ROW, header)
    _style_row(ws, HEADING_ROW, len(header), font=BOLD, fill=SHADE, alignment=WRAP_TOP)
    fit_row(ws, HEADING_ROW, header, widths)
    last = HEADING_ROW
    for i, values in enumerate(rows, start=HEADING_ROW + 1):
        _row(ws, i, values)
        _style_row(ws, i, len(header), alignment=WRAP_TOP)
        fit_row(ws, i, values, widths)
        last = i
    box(ws, HEADING_ROW, last, len(header))
    _put(ws, last + 2, 1, ANNEX_NOTE)
    ws.freeze_panes = ws.cell(row=HEADING_ROW + 1, column=1)
    print_setup(ws, _page_text(doc, zone, "Annex (confidential)"), title_rows=f"1:{HEADING_ROW}")


def return_xlsx(doc: ReturnDocument, zone: tzinfo | None = None) -> bytes:
    """The workbook's bytes."""
    zone = zone or ZoneInfo("Asia/Kolkata")
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "Cover"
    _cover(cover, doc, zone)
    for table in doc.tables:
        _table_sheet(wb.create_sheet(table.code), table, doc, zone)
    if doc.annex:
        _annex_sheet(wb.create_sheet("Annex"), doc, zone)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()

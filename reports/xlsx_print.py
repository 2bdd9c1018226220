"""How a sheet of a workbook prints: column widths, wrapped rows, page setup, header and footer.

A spreadsheet program does not size a wrapped heading by itself when it opens a file (Excel keeps
the stored row height), so the widths and heights are worked out here from the text, in the
units spreadsheets use: a column's width in characters of the default font, a row's height in
points (15 points a line of 11-point text).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.properties import PageSetupProperties  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

LINE_HEIGHT = 15.0  # points per line of 11-point Calibri
# Wrapped text in a cell loses about a character and a half to the cell's padding.
CELL_PADDING = 1.5

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="E8E8E8")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
NUMBER = Alignment(horizontal="right", vertical="top")
CENTRE_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width`` characters wide."""
    usable = max(int(width - CELL_PADDING), 1)
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += max(len(textwrap.wrap(paragraph, usable, break_long_words=True)), 1)
    return lines


def longest_word(text: str) -> int:
    return max((len(word) for word in str(text).split()), default=0)


def fit_row(ws: Worksheet, row: int, texts: Sequence[str], widths: Sequence[float]) -> None:
    """Give ``row`` the height of its tallest wrapped cell (one line needs no height set)."""
    lines = max((wrapped_lines(t, w) for t, w in zip(texts, widths, strict=True) if t), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def box(ws: Worksheet, first_row: int, last_row: int, columns: int) -> None:
    """Rule every cell of the block, so the printed table has its grid."""
    for row in ws.iter_rows(
        min_row=first_row, max_row=last_row, min_col=1, max_col=max(columns, 1)
    ):
        for cell in row:
            cell.border = BOX


@dataclass(frozen=True)
class PageText:
    """What every printed page of a sheet repeats, top and bottom."""

    station: str
    period: str
    sheet: str
    made: str
    mark: str = ""


def _header_text(value: str) -> str:
    # "&" starts a code in a header (&P is the page number): a literal one is written "&&".
    return value.replace("&", "&&")


def print_setup(
    ws: Worksheet,
    page: PageText,
    *,
    title_rows: str | None = None,
    one_page: bool = False,
    landscape: bool = True,
) -> None:
    """A4, fitted to one page wide (and one page tall if ``one_page``), titles repeated,
    the station and period at the top of each page and "Page x of y" at the bottom."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0  # 0: as many pages tall as it needs
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if title_rows:
        ws.print_title_rows = title_rows
    for part, value in (
        (ws.oddHeader.left, page.station),
        (ws.oddHeader.center, page.period),
        (ws.oddHeader.right, page.sheet),
        (ws.oddFooter.left, page.made),
        (ws.oddFooter.right, page.mark),
    ):
        part.text = _header_text(value) if value else None
        part.size = 9
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddFooter.center.size = 9


def width_for_heading(heading: str, *, least: float = 7, most_lines: int = 3) -> float:
    """A number column's width: its heading's longest word unbroken, in at most ``most_lines``
    lines if that can be had, never narrower than ``least`` (room for six digits)."""
    width = max(longest_word(heading) + CELL_PADDING + 1, least)
    while wrapped_lines(heading, width) > most_lines:
        width += 1
    return float(width)


def width_for_labels(labels: Sequence[str], *, least: float = 16, most: float = 52) -> float:
    longest = max((len(lbl) for lbl in labels), default=0)
    return float(min(max(longest + CELL_PADDING + 1, least), most))

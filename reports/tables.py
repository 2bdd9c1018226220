"""Tables the case papers share: a ruled grid with a shaded header, and label–value lists.

Cells are Paragraphs (shaping works only there), built from text that goes through
``reports.text.esc``; a caller passing markup passes it already escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from reports.styles import RULE, SHADE, style
from reports.text import esc

Cell: TypeAlias = "str | Flowable"


def _cell(value: Cell, style_name: str) -> Flowable:
    return value if isinstance(value, Flowable) else Paragraph(esc(value), style(style_name))


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
) -> Table:
    """A ruled table; the header row repeats on every page the table runs onto."""
    data = [[_cell(h, "label") for h in header]]
    data += [[_cell(v, "cell") for v in row] for row in rows]
    # splitInRow: a row taller than a page (400 aliases, 120 marks) runs on to the next page
    # instead of stopping the printout with a layout error.
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def pairs(items: Sequence[tuple[str, Cell]], widths: Sequence[float]) -> Table:
    """Label–value lines (label in bold on the left); values may run over several lines."""
    data = [[_cell(label, "label"), _cell(value, "cell")] for label, value in items]
    table = Table(data, colWidths=list(widths), splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table

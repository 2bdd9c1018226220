"""A return as a PDF (A4 landscape): heading, each table, and the station head's signature block.

The heading names the station (in Marathi or Hindi too), the period, when it was made, who
approves it and the SHA-256 fingerprint of the signed package it accompanies, so HQ can match
the paper to the file it received.
"""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.dto.returns import ReturnDocument, ReturnTable
from models.returns.cells import cell, suppression_note, text
from reports.base import BaseReport
from reports.returns_xlsx import cover_lines
from reports.styles import RULE, SHADE, style
from reports.tables import pairs
from reports.text import esc

LABEL_WIDTH = 62 * mm


def _number_style() -> ParagraphStyle:
    return ParagraphStyle("return_number", parent=style("tiny"), alignment=TA_RIGHT)


def _fingerprint(digest: str) -> str:
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


class ReturnPdf(BaseReport):
    pagesize = landscape(A4)
    lang = "en"

    def __init__(self, doc: ReturnDocument, zone: tzinfo) -> None:
        self.doc = doc
        self.zone = zone
        self.title = f"{doc.title} — {doc.unit_code} — {doc.period.label}"

    def footer_left(self) -> str:
        mark = f" · SHA-256 {self.doc.fingerprint[:16]}…" if self.doc.fingerprint else ""
        return f"{self.doc.unit_code} · {self.doc.period.label}{mark}"

    def story(self) -> list[Flowable]:
        doc = self.doc
        out: list[Flowable] = [Paragraph(esc(doc.title), style("title"))]
        heading = doc.unit_name + (f" / {doc.unit_name_local}" if doc.unit_name_local else "")
        out.append(Paragraph(esc(heading), style("subtitle")))
        out.append(Spacer(1, 3 * mm))
        lines = []
        for name, value in cover_lines(doc, self.zone):
            if name == "Package SHA-256":
                value = _fingerprint(value)
            lines.append((name, value))
        out.append(pairs(lines, [40 * mm, self.frame_width - 40 * mm]))
        for table in doc.tables:
            out.append(CondPageBreak(40 * mm))
            out.append(Paragraph(esc(table.title), style("h2")))
            out.append(self._grid(table))
            if table.note:
                out.append(Paragraph(esc(table.note), style("tiny")))
        if doc.suppress_below:
            out.append(Spacer(1, 3 * mm))
            out.append(Paragraph(esc(suppression_note(doc.suppress_below)), style("small")))
        if doc.kind == "station":
            out.append(self._signature())
        return out

    def _grid(self, table: ReturnTable) -> Table:
        numbers = _number_style()
        count = max(len(table.columns), 1)
        # A narrow table (R3, D3) gets a wide label column instead of one wide number column.
        label_width = self.frame_width - 30 * mm * count if count <= 3 else LABEL_WIDTH
        width = (self.frame_width - label_width) / count
        header = [Paragraph("", style("tiny"))]
        header += [Paragraph(esc(c.label), style("tiny")) for c in table.columns]
        data = [header]
        bold_rows = []
        for i, row in enumerate(table.rows, start=1):
            values = [
                Paragraph(esc(text(cell(table, row, j, self.doc.suppress_below))), numbers)
                for j in range(len(table.columns))
            ]
            data.append([Paragraph(esc(row.label), style("tiny")), *values])
            if row.total:
                bold_rows.append(i)
        grid = Table(data, colWidths=[label_width] + [width] * len(table.columns), repeatRows=1)
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in bold_rows]
        grid.setStyle(TableStyle(commands))
        return grid

    def _signature(self) -> Flowable:
        signatory = self.doc.signatory
        who = f"{signatory.name}, {signatory.rank}" if signatory else "Station House Officer"
        return KeepTogether(
            [
                Spacer(1, 14 * mm),
                Paragraph("Signature: ______________________________", style("body")),
                Paragraph(esc(who), style("body")),
                Paragraph(esc(f"{self.doc.unit_name} ({self.doc.unit_code})"), style("small")),
            ]
        )


def return_pdf(doc: ReturnDocument, zone: tzinfo | None = None) -> bytes:
    return ReturnPdf(doc, zone or ZoneInfo("Asia/Kolkata")).build()

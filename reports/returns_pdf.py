"""A return as a PDF (A4 landscape): heading, each table, the annex, the signature block.

The heading names the station (in Marathi or Hindi too), the period, when it was made, who
approves it and the SHA-256 fingerprint of the signed package it accompanies, so HQ can match
the paper to the file it received. The annex of untraced children is printed when the station
head asked for it (the document carries it); the signature block has lines for the signature,
the name, the rank and the date, and a box for the station's seal.
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
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.dto.returns import ReturnDocument, ReturnTable
from models.returns.cells import cell, suppression_note, text
from reports.base import BaseReport
from reports.returns_annex import ANNEX_NOTE, ANNEX_TITLE, annex_header, annex_table
from reports.returns_xlsx import cover_lines
from reports.styles import RULE, SHADE, style
from reports.tables import grid, pairs
from reports.text import esc

LABEL_WIDTH = 62 * mm
SEAL_SIZE = 45 * mm
SIGNING_ROOM = 16 * mm


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
        if doc.annex:
            out += self._annex()
        if doc.kind == "station":
            out.append(self._signature())
        return out

    def _annex(self) -> list[Flowable]:
        """The untraced children on a page of their own (it is confidential; the tables are not)."""
        header = annex_header(self.doc)
        # Case reference, date, age band, sex: short; the reason and the name share the rest.
        fixed = [38 * mm, 24 * mm, 26 * mm, 24 * mm]
        rest = self.frame_width - sum(fixed)
        widths = fixed + ([rest * 0.6, rest * 0.4] if len(header) == 6 else [rest])
        return [
            PageBreak(),
            Paragraph(esc(ANNEX_TITLE), style("h2")),
            Paragraph(esc(ANNEX_NOTE), style("small")),
            Spacer(1, 2 * mm),
            grid(header, annex_table(self.doc), widths),
        ]

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
        """Signature, name, rank and date on the left, the seal's box on the right; the name
        and rank printed when the return names who approves it, else lines to write them on."""
        signatory = self.doc.signatory
        blank = "_" * 34
        lines = [
            ("Signature", blank),
            ("Name", signatory.name if signatory else blank),
            ("Rank", signatory.rank if signatory else blank),
            ("Date", "____ / ____ / ________"),
            ("Station", f"{self.doc.unit_name} ({self.doc.unit_code})"),
        ]
        left = Table(
            [
                [Paragraph(esc(k), style("label")), Paragraph(esc(v), style("cell"))]
                for k, v in lines
            ],
            colWidths=[24 * mm, 86 * mm],
            rowHeights=[SIGNING_ROOM] + [None] * (len(lines) - 1),  # room to sign above the line
        )
        left.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        seal = Table(
            [[Paragraph("Seal of the police station", style("tiny"))]],
            colWidths=[SEAL_SIZE],
            rowHeights=[SEAL_SIZE * 0.75],
        )
        seal.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ]
            )
        )
        block = Table(
            [[left, seal]],
            colWidths=[self.frame_width - SEAL_SIZE - 10 * mm, SEAL_SIZE + 10 * mm],
        )
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return KeepTogether(
            [
                Spacer(1, 10 * mm),
                Paragraph("Approved and signed by the Station House Officer", style("label")),
                Spacer(1, 3 * mm),
                block,
            ]
        )


def return_pdf(doc: ReturnDocument, zone: tzinfo | None = None) -> bytes:
    return ReturnPdf(doc, zone or ZoneInfo("Asia/Kolkata")).build()

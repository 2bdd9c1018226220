"""Read-only Qt models of a return: one of its tables, and its annex of untraced children.

What a figure shows (a percentage, ``<5`` for a small cell in a publication) is decided once, by
``models.returns.cells``, as in the printed return.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.dto.returns import AnnexRow, ReturnTable
from models.returns.cells import cell, text
from ui.i18n import translated
from ui.labels import enum_label
from ui.widgets.table import Cell, TextTableModel


class ReturnTableModel(TextTableModel):
    """One table of a return (R1 … R8, S1, D1 …): its row labels, then a column per figure.

    ``threshold`` is the document's ``suppress_below``: set for a publication, when counts from
    1 to N−1 show as ``<N``.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), parent)
        self.table: ReturnTable | None = None
        self.threshold: int | None = None

    def set_table(self, table: ReturnTable | None, threshold: int | None = None) -> None:
        self.table, self.threshold = table, threshold
        if table is None:
            self.set_rows([], headers=())
            return
        rows: list[list[Cell]] = []
        for row in table.rows:
            label = translated(row.label)
            cells = [Cell(label, bold=row.total, tooltip=label)]
            for i, column in enumerate(table.columns):
                shown = text(cell(table, row, i, threshold))
                cells.append(
                    Cell(shown, number=True, bold=row.total, tooltip=translated(column.label))
                )
            rows.append(cells)
        self.set_rows(
            rows,
            headers=("", *(translated(c.label) for c in table.columns)),
            payloads=list(table.rows),
        )

    def shown(self, row_key: str, col_key: str) -> str:
        """What the preview shows at a row and column (by their keys), for checks and tests."""
        assert self.table is not None
        r = next(i for i, row in enumerate(self.table.rows) if row.key == row_key)
        c = next(i for i, col in enumerate(self.table.columns) if col.key == col_key)
        return self.cells[r][c + 1].text


ANNEX_HEADERS = (
    QT_TRANSLATE_NOOP("AnnexModel", "Case"),
    QT_TRANSLATE_NOOP("AnnexModel", "Reported on"),
    QT_TRANSLATE_NOOP("AnnexModel", "Age band"),
    QT_TRANSLATE_NOOP("AnnexModel", "Sex"),
    QT_TRANSLATE_NOOP("AnnexModel", "Reason"),
)


def _annex_headers(names: bool) -> tuple[str, ...]:
    shown = tuple(QCoreApplication.translate("AnnexModel", str(h)) for h in ANNEX_HEADERS)
    return (*shown, QCoreApplication.translate("AnnexModel", "Name")) if names else shown


class AnnexModel(TextTableModel):
    """The untraced children at the end of the period; a Name column only if names were asked
    for (by the station head, for HQ)."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(_annex_headers(False), parent)
        self.lang = lang

    def set_annex(self, rows: Sequence[AnnexRow]) -> None:
        names = any(r.name for r in rows)
        headers = _annex_headers(names)
        cells = []
        for r in rows:
            line: list[Cell | str] = [
                r.case_ref,
                f"{r.reported_on:%d-%m-%Y}",
                r.age_band,
                enum_label(r.sex, self.lang),
                r.reason_code,
            ]
            if names:
                line.append(r.name or "")
            cells.append(line)
        self.set_rows(cells, headers=headers, payloads=list(rows))

"""Found persons and unidentified dead bodies as a table (the list is short: the newest 500
matching the search)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from models.dto.found import FoundRow
from ui.formats import format_instant
from ui.labels import enum_label
from ui.style import status_colour_names
from ui.text_table import Cell, TextTableModel

COLUMNS = (
    "Number",
    "Kind",
    "Status",
    "Name",
    "Sex",
    "Child",
    "Found at",
    "Where",
    "Doing",
    "Linked to",
)


class FoundModel(TextTableModel):
    """One row per found person; the row's ``FoundRow`` is its payload."""

    def __init__(self, lang: str, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.lang = lang
        self.zone = zone

    def set_found(self, rows: Sequence[FoundRow]) -> None:
        self.set_rows([self._cells(row) for row in rows], payloads=rows)

    def _cells(self, row: FoundRow) -> tuple[Cell | str, ...]:
        background, colour = status_colour_names(row.status.value)
        return (
            row.ref_no,
            enum_label(row.kind, self.lang),
            Cell(enum_label(row.status, self.lang), colour=colour, background=background),
            row.name,
            enum_label(row.sex, self.lang),
            "child" if row.is_child else "",
            format_instant(row.found_at, self.zone),
            row.found_place,
            enum_label(row.activity, self.lang) if row.activity else "",
            row.linked_case or "",
        )

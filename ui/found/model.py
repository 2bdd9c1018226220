"""Found persons and unidentified dead bodies as a table (the list is short: the newest 500
matching the search)."""

from __future__ import annotations

from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.dto.found import FoundRow
from ui.formats import format_instant
from ui.labels import enum_label
from ui.style import status_colour_names
from ui.widgets.table import Cell, RecordTableModel

# The headings in English (the tests find columns by them); shown in the window's language.
COLUMNS = (
    QT_TRANSLATE_NOOP("FoundModel", "Number"),
    QT_TRANSLATE_NOOP("FoundModel", "Kind"),
    QT_TRANSLATE_NOOP("FoundModel", "Status"),
    QT_TRANSLATE_NOOP("FoundModel", "Name"),
    QT_TRANSLATE_NOOP("FoundModel", "Sex"),
    QT_TRANSLATE_NOOP("FoundModel", "Child"),
    QT_TRANSLATE_NOOP("FoundModel", "Found at"),
    QT_TRANSLATE_NOOP("FoundModel", "Where"),
    QT_TRANSLATE_NOOP("FoundModel", "Doing"),
    QT_TRANSLATE_NOOP("FoundModel", "Linked to"),
)


class FoundModel(RecordTableModel[FoundRow]):
    """One row per found person; the row's ``FoundRow`` is its payload."""

    def __init__(self, lang: str, zone: tzinfo, parent: Any = None) -> None:
        headers = [QCoreApplication.translate("FoundModel", str(c)) for c in COLUMNS]
        super().__init__(headers, partial(found_cells, lang=lang, zone=zone), parent)


def found_cells(row: FoundRow, lang: str, zone: tzinfo) -> tuple[Cell | str, ...]:
    background, colour = status_colour_names(row.status.value)
    return (
        row.ref_no,
        enum_label(row.kind, lang),
        Cell(enum_label(row.status, lang), colour=colour, background=background),
        row.name,
        enum_label(row.sex, lang),
        QCoreApplication.translate("FoundModel", "child") if row.is_child else "",
        format_instant(row.found_at, zone),
        row.found_place,
        enum_label(row.activity, lang) if row.activity else "",
        row.linked_case or "",
    )

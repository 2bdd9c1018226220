"""HQ's stations: whose keys HQ trusts, which weekly returns each has sent, and who is late.

A week's return is due two days after the week ends; a station that has not sent the due week
is late and shown in red. Trusting a station takes its public key file (after its fingerprint
was read back by telephone); HQ's own key is made and handed out from here too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError
from models.services.hq import HqStatus
from ui.desk import Desk
from ui.formats import format_day, format_instant
from ui.i18n import translated
from ui.returns.keys import KeysBox
from ui.widgets.table import Cell, TextTableModel

LATE_COLOUR = "#b71c1c"
TRUSTED_HEADERS = (
    QT_TRANSLATE_NOOP("HqStationsPage", "Station"),
    QT_TRANSLATE_NOOP("HqStationsPage", "Name"),
    QT_TRANSLATE_NOOP("HqStationsPage", "District"),
    QT_TRANSLATE_NOOP("HqStationsPage", "Key fingerprint"),
    QT_TRANSLATE_NOOP("HqStationsPage", "Trusted on"),
    QT_TRANSLATE_NOOP("HqStationsPage", "By"),
)
WEEKS_SHOWN = 8


def _table(model: TextTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def status_rows(status: HqStatus, desk: Desk) -> tuple[list[str], list[list[Cell | str]]]:
    """Headings and rows of who sent which week (oldest week first), and who is late."""
    weeks = list(reversed(status.weeks))
    headers = [
        QCoreApplication.translate("HqStationsPage", "Station"),
        QCoreApplication.translate("HqStationsPage", "Name"),
        *(f"W{w.start.isocalendar()[1]:02d}" for w in weeks),
    ]
    headers += [
        QCoreApplication.translate("HqStationsPage", "Last package"),
        QCoreApplication.translate("HqStationsPage", "Late for W{week}?").format(
            week=f"{status.due_week.start.isocalendar()[1]:02d}"
        ),
    ]
    headers += [QCoreApplication.translate("HqStationsPage", "Audit trail")]
    rows: list[list[Cell | str]] = []
    for s in status.stations:
        colour = LATE_COLOUR if s.late else None
        line: list[Cell | str] = [Cell(s.station_code, bold=s.late, colour=colour), s.station_name]
        line += [
            Cell(
                "✓" if got else "·",
                colour=None if got else "#90a4ae",
                tooltip=translated(w.describe()),
            )
            for got, w in zip(reversed(s.received), weeks, strict=True)
        ]
        if s.last_seq is not None and s.last_period and s.last_imported_at:
            line.append(
                QCoreApplication.translate(
                    "HqStationsPage", "no. {seq}, {period}, imported {day}"
                ).format(
                    seq=s.last_seq,
                    period=s.last_period.label,
                    day=format_day(s.last_imported_at, desk.zone),
                )
            )
        else:
            line.append(QCoreApplication.translate("HqStationsPage", "none yet"))
        late = QCoreApplication.translate("HqStationsPage", "LATE") if s.late else ""
        line.append(Cell(late, bold=True, colour=colour))
        line.append(
            Cell(
                QCoreApplication.translate(
                    "HqStationsPage", "REWRITTEN (package {packages})"
                ).format(packages=", ".join(str(n) for n in s.rewritten)),
                bold=True,
                colour=LATE_COLOUR,
                tooltip=QCoreApplication.translate(
                    "HqStationsPage",
                    "The station's audit trail did not extend the one HQ held from its "
                    "previous package: imported with a warning; ask the station.",
                ),
            )
            if s.rewritten
            else ""
        )
        rows.append(line)
    return headers, rows


class HqStationsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel(self.tr("Stations and their returns"), self)
        title.setProperty("role", "page-title")
        self.keys = KeysBox(desk, hq=True, parent=self)
        self.keys.keys_changed.connect(self.refresh)
        self.status_note = QLabel(self)
        self.status_note.setObjectName("late-summary")
        self.status_note.setWordWrap(True)
        self.status_model = TextTableModel((), self)
        self.status_table = _table(self.status_model, "hq-status", self)
        trusted_title = QLabel(self.tr("Trusted station keys"), self)
        trusted_title.setProperty("role", "section-title")
        headers = [QCoreApplication.translate("HqStationsPage", str(h)) for h in TRUSTED_HEADERS]
        self.trusted_model = TextTableModel(headers, self)
        self.trusted_table = _table(self.trusted_model, "trusted-stations", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(title)
        layout.addWidget(self.status_note)
        layout.addWidget(self.status_table, 3)
        layout.addWidget(trusted_title)
        layout.addWidget(self.trusted_table, 2)
        layout.addWidget(self.keys)

    def refresh(self) -> None:
        desk = self.desk
        self.keys.refresh()
        try:
            status = desk.services.hq.status(desk.actor, weeks=WEEKS_SHOWN)
            trusted = desk.services.hq.trusted_stations(desk.actor)
        except UserError as exc:
            self.status_note.setText(translated(exc.message))
            self.status_model.clear()
            self.trusted_model.clear()
            return
        headers, rows = status_rows(status, desk)
        self.status_model.set_rows(rows, headers=headers, payloads=list(status.stations))
        late = status.late
        due = translated(status.due_week.describe())
        self.status_note.setText(
            self.tr("{count} station(s) late with the return for {week}: {stations}").format(
                count=len(late), week=due, stations=", ".join(s.station_code for s in late)
            )
            if late
            else self.tr("Every station has sent the return for {week}.").format(week=due)
            if status.stations
            else self.tr("No station is trusted yet: trust each station's public key file below.")
        )
        self.trusted_model.set_rows(
            [
                (
                    t.station_code,
                    t.station_name,
                    t.district or "",
                    t.fingerprint,
                    format_instant(t.trusted_at, desk.zone),
                    t.trusted_by,
                )
                for t in trusted
            ],
            payloads=trusted,
        )

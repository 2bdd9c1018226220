"""Parts of the case form drawn from the stored record: the action log and the trace.

The action log can only be appended to: there is no edit or delete here, and the service refuses
both anyway. Adding an entry or recording a trace is its own audited change, saved at once; the
form takes the case the service returns and keeps its unsaved edits (see ``CaseForm.adopt``).
What the buttons offer is what the case says its user may do (``CaseDetail.permissions``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from models.dto.cases import ActionInput, ClockState
from models.enums import ActionType, Portal
from models.errors import Problem, UserError, ValidationFailed
from models.rules.clocks import STATE_WORDS
from models.rules.status import OPEN_STATUSES
from ui.case_form.host import CaseFormHost
from ui.case_form.section import Section
from ui.formats import describe_due, format_instant
from ui.i18n import translated
from ui.labels import enum_label, reason_label
from ui.style import OVERDUE_TEXT
from ui.widgets.binder import Binder, FieldForm
from ui.widgets.fields import EnumCombo, InstantEdit, TextLine
from ui.widgets.record_form import esc


def _read_only_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)
    return table


class ActionLogSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Action log"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        desk = self.desk
        self.table = _read_only_table(
            [
                "#",
                self.tr("When"),
                self.tr("What was done"),
                self.tr("By"),
                self.tr("Portal / reference"),
                self.tr("Stations"),
                self.tr("Details"),
            ]
        )
        self.table.setMinimumHeight(220)
        self.table.setObjectName("action-log")
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 150)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table)
        self.closed_note = QLabel("", self)
        self.closed_note.setProperty("role", "hint")
        self.body.addWidget(self.closed_note)
        # The new entry is not part of the case's fields: it is saved on its own.
        self.entry_binder = Binder(parent=self)
        left, right = FieldForm(self.entry_binder, self), FieldForm(self.entry_binder, self)
        row = QHBoxLayout()
        row.addWidget(left, 1)
        row.addWidget(right, 1)
        self.body.addLayout(row)
        self.action_type = EnumCombo(ActionType, desk.lang, blank=None)
        self.action_type.set_raw(ActionType.NOTE.value)
        left.add("action_type", self.tr("New entry"), self.action_type)
        left.add(
            "happened_at",
            self.tr("Done at"),
            InstantEdit(desk.zone, desk.now, self),
            hint=self.tr("Left empty: now."),
        )
        left.add("portal", self.tr("Portal"), EnumCombo(Portal, desk.lang))
        right.add("reference", self.tr("Reference number"), TextLine())
        right.add("stations", self.tr("Stations / offices informed"), TextLine())
        right.add("details", self.tr("Details"), TextLine())
        self.add_button = QPushButton(self.tr("Add to the action log"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_entry)
        right.add_widget("", self.add_button)

    def add_entry(self) -> None:
        detail = self.form.detail
        if detail is None:
            return
        fields = self.entry_binder.fields
        happened = fields["happened_at"].value()  # type: ignore[attr-defined]
        if fields["happened_at"].raw().strip() and happened is None:  # type: ignore[attr-defined]
            self.entry_binder.show_problems(
                [
                    Problem(
                        "happened_at",
                        self.tr("write it as DD-MM-YYYY HH:MM, or leave it empty for now"),
                    )
                ]
            )
            return
        portal = fields["portal"].raw()  # type: ignore[attr-defined]
        data = ActionInput(
            action_type=ActionType(self.action_type.raw()),
            details=fields["details"].raw() or None,  # type: ignore[attr-defined]
            happened_at=happened,
            portal=Portal(portal) if portal else None,
            reference=fields["reference"].raw() or None,  # type: ignore[attr-defined]
            stations=fields["stations"].raw() or None,  # type: ignore[attr-defined]
        )
        try:
            saved = self.desk.services.cases.add_action(self.desk.actor, detail.uuid, data)
        except ValidationFailed as exc:
            self.entry_binder.show_problems(exc.problems)
            return
        except UserError as exc:
            self.form.show_error(exc)
            return
        self.entry_binder.clear_problems()
        for key in ("details", "reference", "stations", "happened_at"):
            fields[key].set_raw("")  # type: ignore[attr-defined]
        self.form.adopt(saved)

    def record_changed(self) -> None:
        detail = self.form.detail
        self.table.setRowCount(0)
        can_add = False
        if detail is None:
            self.closed_note.setText(self.tr("The action log opens once the report is saved."))
        else:
            for info in detail.actions:
                r = self.table.rowCount()
                self.table.insertRow(r)
                portal = enum_label(info.portal, self.desk.lang) if info.portal else ""
                ref = " ".join(x for x in (portal, info.reference or "") if x)
                for c, text in enumerate(
                    (
                        str(info.seq),
                        format_instant(info.happened_at, self.desk.zone),
                        enum_label(info.action_type, self.desk.lang),
                        info.recorded_by,
                        ref,
                        info.stations or "",
                        info.details or "",
                    )
                ):
                    self.table.setItem(r, c, QTableWidgetItem(text))
            can_add = detail.permissions.add_action
            if detail.status not in OPEN_STATUSES:
                self.closed_note.setText(
                    self.tr("The case is {status}: its log is closed.").format(
                        status=enum_label(detail.status, self.desk.lang).lower()
                    )
                )
            elif not can_add:
                self.closed_note.setText(
                    self.tr(
                        "Only the case's investigating officer or the station head adds to the log."
                    )
                )
            else:
                self.closed_note.setText(self.tr("Entries are added, never changed or removed."))
        for widget in self.entry_binder.fields.values():
            widget.setEnabled(can_add)
        self.add_button.setEnabled(can_add)
        self.table.resizeRowsToContents()


class TraceSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Trace & reunion"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.summary)
        self.clocks = _read_only_table(
            [self.tr("Deadline"), self.tr("Due"), self.tr("Done"), self.tr("State")]
        )
        self.clocks.setMaximumHeight(170)
        self.clocks.setObjectName("clocks")
        self.body.addWidget(self.clocks)
        buttons = QHBoxLayout()
        self.trace_button = QPushButton(self.tr("Record the trace…"), self)
        self.reunion_button = QPushButton(self.tr("Reunion and closure steps…"), self)
        self.close_button = QPushButton(self.tr("Close the case…"), self)
        for b in (self.trace_button, self.reunion_button, self.close_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.trace_button.clicked.connect(lambda: form.open_trace_dialog("trace"))
        self.reunion_button.clicked.connect(lambda: form.open_trace_dialog("reunion"))
        self.close_button.clicked.connect(lambda: form.open_trace_dialog("close"))

    def record_changed(self) -> None:
        detail = self.form.detail
        desk = self.desk
        self.clocks.setRowCount(0)
        if detail is None:
            self.summary.setText(self.tr("The trace is recorded on a saved case."))
            for b in (self.trace_button, self.reunion_button, self.close_button):
                b.setEnabled(False)
            return
        zone, now = desk.zone, desk.now()
        trace = detail.trace
        if trace is None:
            text = self.tr("<b>Status:</b> {status}. Not traced yet.").format(
                status=enum_label(detail.status, desk.lang)
            )
        else:
            t, rj = trace.trace, trace.reunion
            parts = [
                self.tr("<b>Traced</b> {when} at {place} ({how}; condition: {condition}).").format(
                    when=format_instant(t.traced_at, zone),
                    place=esc(t.place),
                    how=enum_label(t.how_traced, desk.lang),
                    condition=enum_label(t.condition, desk.lang),
                ),
            ]
            if t.confirmed_reason:
                parts.append(
                    self.tr("<b>Confirmed reason:</b> {reason}.").format(
                        reason=esc(reason_label(t.confirmed_reason, desk.lang))
                    )
                )
            if rj.cwc_produced_at:
                parts.append(
                    self.tr("<b>Before the CWC</b> {when} ({committee}).").format(
                        when=format_instant(rj.cwc_produced_at, zone),
                        committee=esc(rj.cwc_name or ""),
                    )
                )
            if rj.handover_at:
                parts.append(
                    self.tr("<b>Handed over</b> {when} to {person}.").format(
                        when=format_instant(rj.handover_at, zone),
                        person=esc(rj.handover_to_name or ""),
                    )
                )
            text = self.tr("<b>Status:</b> {status}.<br>{trace}").format(
                status=enum_label(detail.status, desk.lang), trace=" ".join(parts)
            )
        self.summary.setText(text)
        for clock in detail.clocks:
            r = self.clocks.rowCount()
            self.clocks.insertRow(r)
            if clock.done_at is not None:
                state = translated(
                    STATE_WORDS[clock.state]
                )  # in time or late: the clock's own answer
            else:
                state = describe_due(clock.due_at, now)
            items = [
                QTableWidgetItem(translated(clock.label)),
                QTableWidgetItem(format_instant(clock.due_at, zone)),
                QTableWidgetItem(format_instant(clock.done_at, zone)),
                QTableWidgetItem(state),
            ]
            if clock.overdue or clock.state is ClockState.LATE:
                for item in items:
                    item.setForeground(OVERDUE_TEXT)
            elif clock.done_at is not None:
                for item in items:
                    item.setForeground(QColor("#2e7d32"))
            for c, item in enumerate(items):
                self.clocks.setItem(r, c, item)
        may = detail.permissions
        self.trace_button.setEnabled(may.record_trace)
        self.reunion_button.setEnabled(may.record_reunion)
        self.close_button.setEnabled(may.close)

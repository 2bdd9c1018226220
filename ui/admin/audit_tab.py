"""Administration → Audit: check the hash chain of the audit trail, and read the trail.

The check walks every event off the window's thread and says either that the chain is intact
(how many events, the newest event and its hash, to compare with the head sent to headquarters)
or which event was altered or removed first. The trail is read-only; the station head reads the
whole station's, writers and officers their own actions (the audit service decides). It is read
in pages of 200, newest first, up to the service's 5,000 rows; every reading is itself audited.
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta, tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.audit import AuditEventInfo, AuditFilter, ChainCheck
from models.errors import Problem, UserError, ValidationFailed
from models.partial_date import DateProblem
from models.permissions import Capability
from models.services.auditlog import MAX_ROWS
from ui.admin.common import show_problems
from ui.desk import Desk
from ui.formats import format_instant, parse_day_start
from ui.i18n import translated
from ui.style import OVERDUE_COLOUR
from ui.tasks import Task, run_in_background
from ui.widgets.dialogs import error_label
from ui.widgets.table import Cell, RecordTableModel

PAGE = 200
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("AuditModel", "When"),
    QT_TRANSLATE_NOOP("AuditModel", "User"),
    QT_TRANSLATE_NOOP("AuditModel", "Desk"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"),
    QT_TRANSLATE_NOOP("AuditModel", "Outcome"),
    QT_TRANSLATE_NOOP("AuditModel", "Record"),
    QT_TRANSLATE_NOOP("AuditModel", "Details"),
)
ALERT = {"failed", "denied", "broken"}


def details_text(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)[:300]


def chain_text(check: ChainCheck) -> str:
    if check.ok:
        return QCoreApplication.translate(
            "AuditTab",
            "The audit chain is intact: {count} events checked. Newest event #{event}, hash "
            "{hash}. All {records} cases, found persons and user accounts are as their last "
            "audit events recorded them.",
        ).format(
            count=check.events_checked,
            event=check.head_id,
            hash=check.head_hash,
            records=check.records_checked,
        )
    broken = not (check.problem is None and check.broken_at is None)
    parts = []
    if broken:
        parts.append(
            QCoreApplication.translate(
                "AuditTab",
                "The audit chain is BROKEN at event #{event}: {problem}. The {count} events "
                "before it hold.",
            ).format(
                event=check.broken_at,
                problem=translated(check.problem or ""),
                count=check.events_checked,
            )
        )
    if check.state_problems:
        records = "\n".join(f"• {translated(p)}" for p in check.state_problems)
        if check.more_state_problems:
            records += "\n" + QCoreApplication.translate("AuditTab", "• … and {count} more").format(
                count=check.more_state_problems
            )
        parts.append(
            (
                QCoreApplication.translate(
                    "AuditTab", "Also, these records do not fit their audit trail:\n{records}"
                )
                if broken
                else QCoreApplication.translate(
                    "AuditTab",
                    "The audit chain is intact ({count} events), but these records do not fit "
                    "their audit trail:\n{records}",
                )
            ).format(count=check.events_checked, records=records + "\n")
        )
    parts.append(
        QCoreApplication.translate(
            "AuditTab",
            "Someone changed or removed records outside Talash: keep this register as it is "
            "(make a backup copy now) and tell the district office.",
        )
    )
    return " ".join(parts)


class AuditModel(RecordTableModel[AuditEventInfo]):
    """The events, newest first; the row's ``AuditEventInfo`` is its payload."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        headers = [QCoreApplication.translate("AuditModel", str(c)) for c in COLUMNS]
        super().__init__(headers, partial(event_cells, zone=zone), parent)


def event_cells(event: AuditEventInfo, zone: tzinfo) -> tuple[Cell | str, ...]:
    return (
        str(event.id),
        format_instant(event.at, zone),
        event.username,
        event.desk,
        event.action,
        Cell(event.outcome, colour=OVERDUE_COLOUR if event.outcome in ALERT else None),
        event.entity_ref or "",
        Cell(
            details_text(event.details),
            tooltip=json.dumps(event.details, ensure_ascii=False, indent=1, default=str),
        ),
    )


class AuditTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.task: Task[ChainCheck] | None = None
        self.limit = PAGE
        self.last_check: ChainCheck | None = None

        chain = QGroupBox(self.tr("Hash chain"), self)
        chain_layout = QVBoxLayout(chain)
        intro = QLabel(
            self.tr(
                "Each audit event carries the hash of the one before it, so an event changed or "
                "removed outside Talash breaks the chain from there on; each case, found person "
                "and user account must be as its last event recorded it."
            ),
            chain,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.check_button = QPushButton(self.tr("Check the audit chain"), chain)
        self.check_button.setObjectName("check-chain")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_chain)
        self.chain_result = QLabel(chain)
        self.chain_result.setObjectName("chain-result")
        self.chain_result.setWordWrap(True)
        self.chain_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Register numbers and usernames are shown as they are stored, never as markup.
        self.chain_result.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.chain_result, 1)
        chain_layout.addWidget(intro)
        chain_layout.addLayout(row)

        self.trail = QGroupBox(self.tr("Audit trail"), self)
        trail_layout = QVBoxLayout(self.trail)
        self.scope = QLabel(self.trail)
        self.scope.setWordWrap(True)
        self.scope.setProperty("role", "hint")
        filters = QFormLayout()
        filter_row = QHBoxLayout()
        self.user = QLineEdit(self.trail)
        self.user.setObjectName("audit-user")
        self.user.setPlaceholderText(self.tr("username"))
        self.action = QLineEdit(self.trail)
        self.action.setObjectName("audit-action")
        self.action.setPlaceholderText(self.tr("e.g. logon, case., user."))
        self.since = QLineEdit(self.trail)
        self.since.setObjectName("audit-since")
        self.since.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.until = QLineEdit(self.trail)
        self.until.setObjectName("audit-until")
        self.until.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.show_button = QPushButton(self.tr("Show"), self.trail)
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.load)
        for edit in (self.user, self.action, self.since, self.until):
            edit.returnPressed.connect(self.load)
        for label, edit in (
            (self.tr("User"), self.user),
            (self.tr("Action"), self.action),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        ):
            filter_row.addWidget(QLabel(label, self.trail))
            filter_row.addWidget(edit, 1)
        filter_row.addWidget(self.show_button)
        filters.addRow(filter_row)
        self.filter_error = error_label(self.trail, "audit-filter-error")
        self.model = AuditModel(desk.zone, self)
        self.table = QTableView(self.trail)
        self.table.setObjectName("audit-table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self.trail)
        self.more_button = QPushButton(self.tr("Show {count} more").format(count=PAGE), self.trail)
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.more)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)
        trail_layout.addWidget(self.scope)
        trail_layout.addLayout(filters)
        trail_layout.addWidget(self.filter_error)
        trail_layout.addWidget(self.table, 1)
        trail_layout.addLayout(bottom)

        layout = QVBoxLayout(self)
        layout.addWidget(chain)
        layout.addWidget(self.trail, 1)
        can_check = desk.can(Capability.VERIFY_AUDIT)
        chain.setVisible(can_check)
        self.can_read = desk.can(Capability.VIEW_AUDIT) or desk.can(Capability.VIEW_OWN_AUDIT)
        self.trail.setVisible(self.can_read)
        self.scope.setText(
            self.tr("The whole station's trail, newest first. Reading it is recorded too.")
            if desk.can(Capability.VIEW_AUDIT)
            else self.tr(
                "Your own actions (and, for an investigating officer, the events on your "
                "cases), newest first."
            )
        )
        self.loaded = False

    def refresh(self) -> None:
        """Shown: the trail is read once (each reading is an audit event of its own)."""
        if self.can_read and not self.loaded:
            self.load()

    # -- the chain ---------------------------------------------------------------------------

    def check_chain(self) -> None:
        if self.task is not None and not self.task.finished:
            return
        self.check_button.setEnabled(False)
        self.chain_result.setStyleSheet("")
        self.chain_result.setText(self.tr("Checking every event…"))
        actor = self.desk.actor
        self.task = run_in_background(
            lambda: self.desk.services.audit_log.verify(actor), self._checked, self._failed
        )

    def _checked(self, check: ChainCheck) -> None:
        self.last_check = check
        self.check_button.setEnabled(True)
        self.chain_result.setText(chain_text(check))
        self.chain_result.setStyleSheet(
            "color: #1b5e20; font-weight: bold;"
            if check.ok
            else "color: #b71c1c; font-weight: bold;"
        )

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.chain_result.setText(translated(exc.message))
            return
        self.chain_result.setText(
            self.tr("The check stopped with an internal error (see the log).")
        )
        sys.excepthook(type(exc), exc, exc.__traceback__)

    # -- the trail ---------------------------------------------------------------------------

    def filters(self) -> AuditFilter:
        """The filter as typed; dates are whole days in the station's time, ``To`` included."""
        problems: list[Problem] = []
        since = until = None
        for name, edit in (("since", self.since), ("until", self.until)):
            text = edit.text().strip()
            if not text:
                continue
            try:
                day = parse_day_start(text, self.desk.zone)
            except DateProblem as exc:
                problems.append(Problem(name, str(exc)))
                continue
            if name == "since":
                since = day
            else:
                until = day + timedelta(days=1)
        if problems:
            raise ValidationFailed(problems)
        return AuditFilter(
            user=self.user.text().strip() or None,
            action=self.action.text().strip() or None,
            since=since,
            until=until,
            limit=self.limit,
        )

    def load(self) -> None:
        self.limit = PAGE
        self._read()

    def more(self) -> None:
        self.limit = min(self.limit + PAGE, MAX_ROWS)
        self._read()

    def _read(self) -> None:
        fields: dict[str, QWidget] = {"since": self.since, "until": self.until}
        try:
            chosen = self.filters()
            events = self.desk.services.audit_log.events(self.desk.actor, chosen)
        except UserError as exc:
            show_problems(exc, fields, self.filter_error)
            return
        show_problems(UserError(""), fields, self.filter_error)  # clears the marks
        self.loaded = True
        self.model.set_records(events)
        full = len(events) >= self.limit
        self.more_button.setEnabled(full and self.limit < MAX_ROWS)
        if full and self.limit >= MAX_ROWS:
            self.count.setText(
                self.tr("The newest {count} events; narrow the filter to see older ones.").format(
                    count=len(events)
                )
            )
        else:
            self.count.setText(
                (
                    self.tr("{count} events (newest first; more below)")
                    if full
                    else self.tr("{count} events.")
                ).format(count=len(events))
            )

"""The register's search box and filters; it emits a ``CaseFilter`` the service understands."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from models.dto.cases import CaseFilter
from models.enums import CaseStatus, Role, Sex
from models.partial_date import DateProblem
from models.rules.status import OPEN_STATUS_LIST
from models.taxonomy import load_taxonomy
from ui.desk import Desk
from ui.formats import parse_day_start
from ui.widgets.fields import ChoiceCombo, EnumCombo, Flag, TextLine, set_problem_look

SEARCH_DELAY_MS = 300
# The codes are what the filter compares; the labels are shown in the window's language.
STATUS_CHOICES = (
    ("open", QT_TRANSLATE_NOOP("FilterBar", "Open (missing or traced)")),
    (CaseStatus.REGISTERED.value, QT_TRANSLATE_NOOP("FilterBar", "Missing")),
    (CaseStatus.TRACED.value, QT_TRANSLATE_NOOP("FilterBar", "Traced")),
    (CaseStatus.CLOSED.value, QT_TRANSLATE_NOOP("FilterBar", "Closed")),
    (CaseStatus.TRANSFERRED.value, QT_TRANSLATE_NOOP("FilterBar", "Transferred")),
    (CaseStatus.VOID.value, QT_TRANSLATE_NOOP("FilterBar", "Void (entered in error)")),
)


class FilterBar(QWidget):
    changed = Signal(object)  # CaseFilter

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.search = TextLine(
            self.tr("Search: name, alias, register or FIR number (English or मराठी / हिंदी)"), self
        )
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("register-search")
        statuses = [
            (code, QCoreApplication.translate("FilterBar", str(label)))
            for code, label in STATUS_CHOICES
        ]
        self.status = ChoiceCombo(statuses, blank=self.tr("All statuses"), parent=self)
        self.child = ChoiceCombo(
            [("child", self.tr("Children")), ("adult", self.tr("Adults"))],
            blank=self.tr("Any age"),
            parent=self,
        )
        self.sex = EnumCombo(Sex, desk.lang, blank=self.tr("Any sex"), parent=self)
        self.date_from = TextLine(self.tr("from DD-MM-YYYY"), self)
        self.date_to = TextLine(self.tr("to DD-MM-YYYY"), self)
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(120)
            edit.setMaximumWidth(150)
        for combo in (self.status, self.child, self.sex):
            combo.setMinimumContentsLength(10)
        self.reason = ChoiceCombo(
            [(c.code, f"{c.code}. {c.label.get(desk.lang)}") for c in load_taxonomy().categories],
            blank=self.tr("Any reason"),
            parent=self,
        )
        self.reason.setMinimumContentsLength(12)
        ios = [o for o in desk.officers() if o.role in (Role.IO, Role.SHO)]
        self.io = ChoiceCombo(
            [(o.username, o.full_name) for o in ios], blank=self.tr("Any officer"), parent=self
        )
        self.io.setMinimumContentsLength(10)
        self.overdue = Flag(self.tr("Overdue only"), self)
        self.clear = QPushButton(self.tr("Clear"), self)
        self.clear.setAutoDefault(False)
        self.clear.clicked.connect(self.reset)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.search, 0, 0, 1, 6)
        grid.addWidget(self.overdue, 0, 6)
        grid.addWidget(self.clear, 0, 7)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.child, 1, 1)
        grid.addWidget(self.sex, 1, 2)
        grid.addWidget(QLabel(self.tr("Reported"), self), 1, 3)
        grid.addWidget(self.date_from, 1, 4)
        grid.addWidget(self.date_to, 1, 5)
        grid.addWidget(self.reason, 1, 6)
        grid.addWidget(self.io, 1, 7)
        grid.setColumnStretch(0, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.status, self.child, self.sex, self.reason, self.io):
            combo.changed.connect(self._emit)
        self.overdue.changed.connect(self._emit)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._emit)

    def _day(self, edit: TextLine, *, end: bool) -> tuple[object, bool]:
        text = edit.text().strip()
        if not text:
            set_problem_look(edit, False)
            return None, True
        try:
            start = parse_day_start(text, self.desk.zone)
        except DateProblem as exc:
            set_problem_look(edit, True)
            edit.setToolTip(str(exc))
            return None, False
        set_problem_look(edit, False)
        edit.setToolTip("")
        return (start + timedelta(days=1) if end else start), True

    def current(self) -> CaseFilter:
        status = self.status.raw()
        if status == "open":
            statuses: tuple[CaseStatus, ...] = OPEN_STATUS_LIST
        elif status:
            statuses = (CaseStatus(status),)
        else:
            statuses = ()
        child = {"child": True, "adult": False}.get(self.child.raw())
        sex = self.sex.raw()
        date_from, _ok = self._day(self.date_from, end=False)
        date_to, _ok = self._day(self.date_to, end=True)
        return CaseFilter(
            statuses=statuses,
            child=child,
            sex=Sex(sex) if sex else None,
            reported_from=date_from,  # type: ignore[arg-type]
            reported_to=date_to,  # type: ignore[arg-type]
            reason_category=self.reason.raw() or None,
            io=self.io.raw() or None,
            overdue_only=self.overdue.isChecked(),
            text=self.search.text().strip() or None,
        )

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())

    def search_pending(self) -> bool:
        """Typed into the search box, not yet searched (the pause after typing runs)."""
        return self._timer.isActive()

    def search_now(self) -> None:
        self._emit()

    def reset(self) -> None:
        for combo in (self.status, self.child, self.sex, self.reason, self.io):
            combo.set_raw("")
        self.overdue.setChecked(False)
        self.search.clear()
        self.date_from.clear()
        self.date_to.clear()
        self._timer.stop()
        self._emit()

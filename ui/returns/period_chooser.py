"""Choosing a return's period: an ISO week (last week by default), a month, or a run of days.

The chooser only builds the period as it would be typed (``2026-W46``, ``2026-11``,
``09-11-2026..15-11-2026``); the returns service reads it, so the window and the command line
accept exactly the same periods and refuse them with the same words.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

WEEKS_OFFERED = 13
MONTHS_OFFERED = 13
KINDS = (
    ("week", QT_TRANSLATE_NOOP("PeriodChooser", "Week")),
    ("month", QT_TRANSLATE_NOOP("PeriodChooser", "Month")),
    ("days", QT_TRANSLATE_NOOP("PeriodChooser", "Days")),
)
# Month names from the catalogue, not the computer's locale, so they follow the window's language.
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("PeriodChooser", "January"),
    QT_TRANSLATE_NOOP("PeriodChooser", "February"),
    QT_TRANSLATE_NOOP("PeriodChooser", "March"),
    QT_TRANSLATE_NOOP("PeriodChooser", "April"),
    QT_TRANSLATE_NOOP("PeriodChooser", "May"),
    QT_TRANSLATE_NOOP("PeriodChooser", "June"),
    QT_TRANSLATE_NOOP("PeriodChooser", "July"),
    QT_TRANSLATE_NOOP("PeriodChooser", "August"),
    QT_TRANSLATE_NOOP("PeriodChooser", "September"),
    QT_TRANSLATE_NOOP("PeriodChooser", "October"),
    QT_TRANSLATE_NOOP("PeriodChooser", "November"),
    QT_TRANSLATE_NOOP("PeriodChooser", "December"),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("PeriodChooser", str(text))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_choices(today: date, count: int = WEEKS_OFFERED) -> list[tuple[str, str]]:
    """(typed period, label) for this week and the ``count - 1`` weeks before it."""
    out = []
    start = _monday(today)
    for i in range(count):
        monday = start - timedelta(days=7 * i)
        year, number, _ = monday.isocalendar()
        sunday = monday + timedelta(days=6)
        label = {
            0: QCoreApplication.translate(
                "PeriodChooser", "Week {number} of {year}: {start} to {end}, this week (running)"
            ),
            1: QCoreApplication.translate(
                "PeriodChooser", "Week {number} of {year}: {start} to {end}, last week"
            ),
        }.get(
            i,
            QCoreApplication.translate(
                "PeriodChooser", "Week {number} of {year}: {start} to {end}"
            ),
        )
        shown = label.format(
            number=number, year=year, start=f"{monday:%d-%m}", end=f"{sunday:%d-%m}"
        )
        out.append((f"{year}-W{number:02d}", shown))
    return out


def month_choices(today: date, count: int = MONTHS_OFFERED) -> list[tuple[str, str]]:
    out = []
    year, month = today.year, today.month
    for i in range(count):
        label = {
            0: QCoreApplication.translate("PeriodChooser", "{month} {year}, this month (running)"),
            1: QCoreApplication.translate("PeriodChooser", "{month} {year}, last month"),
        }.get(i, QCoreApplication.translate("PeriodChooser", "{month} {year}"))
        shown = label.format(month=_tr(MONTH_NAMES[month - 1]), year=year)
        out.append((f"{year}-{month:02d}", shown))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodChooser(QWidget):
    """[Week ▾] [Week 46 of 2026: 09-11 to 15-11, last week ▾], or a month, or two days."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.kind = QComboBox(self)
        self.kind.setObjectName("period-kind")
        for code, label in KINDS:
            self.kind.addItem(_tr(label), code)
        self.week = QComboBox(self)
        self.week.setObjectName("period-week")
        for typed, label in week_choices(today):
            self.week.addItem(label, typed)
        self.week.setCurrentIndex(1)  # the weekly return is last week's
        self.month = QComboBox(self)
        self.month.setObjectName("period-month")
        for typed, label in month_choices(today):
            self.month.addItem(label, typed)
        self.month.setCurrentIndex(1)
        self.first_day = self._date_edit(today - timedelta(days=today.day - 1))
        self.last_day = self._date_edit(today)
        self.to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.week, self.month, self.first_day, self.to_label):
            layout.addWidget(widget)
        layout.addWidget(self.last_day)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.week, self.month):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._kind_changed()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setMaximumDate(_qdate(self.today))
        return edit

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.week.setVisible(kind == "week")
        self.month.setVisible(kind == "month")
        for widget in (self.first_day, self.to_label, self.last_day):
            widget.setVisible(kind == "days")
        self.changed.emit()

    def choose(self, kind: str, typed: str | None = None) -> None:
        """Pick a kind and (for a week or a month) the entry typed as ``typed``."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        combo = {"week": self.week, "month": self.month}.get(kind)
        if combo is not None and typed is not None:
            index = combo.findData(typed)
            if index < 0:
                raise ValueError(f"{typed} is not offered")
            combo.setCurrentIndex(index)

    def set_days(self, first: date, last: date) -> None:
        self.choose("days")
        self.first_day.setDate(_qdate(first))
        self.last_day.setDate(_qdate(last))

    def text(self) -> str:
        """The period as it would be typed on the command line."""
        kind = self.kind.currentData()
        if kind == "week":
            return str(self.week.currentData())
        if kind == "month":
            return str(self.month.currentData())
        first = self.first_day.date().toString("dd-MM-yyyy")
        last = self.last_day.date().toString("dd-MM-yyyy")
        return f"{first}..{last}"

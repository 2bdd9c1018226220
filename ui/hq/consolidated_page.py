"""The consolidated return: R1–R8 added up over every station that sent the period, S1 with
each station's own figures (and those that sent nothing), the stations' annexes; files to write.
A month can also be added up from the stations' weekly returns (models/returns/rollup.py), with
the stations whose week is missing named above the tables.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.dto.returns import ReturnDocument
from models.errors import UserError
from models.returns.rollup import parse_rollup
from ui import messages
from ui.desk import Desk
from ui.i18n import translated
from ui.returns.document_view import ReturnDocumentView
from ui.returns.files_bar import FilesBar
from ui.returns.period_chooser import PeriodChooser
from ui.tasks import Cancelled, Progress, default_error, run_with_progress
from ui.widgets.dialogs import error_label


class HqConsolidatedPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.shown_once = False
        title = QLabel(self.tr("Consolidated return"), self)
        title.setProperty("role", "page-title")
        self.chooser = PeriodChooser(desk.services.returns.today(), self)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setProperty("role", "primary")
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.show_return)
        self.publish = QCheckBox(self.tr("For publication (small counts hidden, no annex)"), self)
        self.publish.toggled.connect(self._publish_toggled)
        self.weekly = QCheckBox(self.tr("Add up the weekly returns"), self)
        self.weekly.setToolTip(
            self.tr(
                "A month from the weeks the stations sent: each week belongs whole to the month "
                "of its Thursday; a station's missing week is named."
            )
        )
        self.weekly.toggled.connect(self._publish_toggled)
        self.chooser.changed.connect(self._kind_changed)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.hide()
        self.error = error_label(self)
        self.error.hide()
        self.view = ReturnDocumentView(desk.lang, desk.zone, self)
        self.files = FilesBar(desk.zone, self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period"), self))
        row.addWidget(self.chooser)
        row.addWidget(self.show_button)
        row.addSpacing(12)
        row.addWidget(self.publish)
        row.addWidget(self.weekly)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.missing)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.files.row())
        self.view.show_document(None, self.tr("Choose a period and press Show."))
        self._kind_changed()

    def _kind_changed(self) -> None:
        # Weeks add up to months only: a week or a run of days is consolidated as sent.
        self.weekly.setEnabled(self.chooser.kind.currentData() == "month")

    def _publish_toggled(self, _on: bool) -> None:
        if self.view.document is not None:
            self.show_return()

    def refresh(self) -> None:
        if not self.shown_once:
            self.shown_once = True
            self.show_return()

    def _say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_return(self) -> None:
        desk = self.desk
        weekly = self.weekly.isEnabled() and self.weekly.isChecked()
        try:
            if weekly:
                span = parse_rollup(self.chooser.text())
                described = translated(span.describe())
            else:
                period = desk.services.returns.parse_period(self.chooser.text())
                described = translated(period.describe())
        except UserError as exc:
            self._say_error(messages.explain(exc))
            return
        self._say_error("")
        publish = self.publish.isChecked()

        def work(progress: Progress, _cancelled: Cancelled) -> tuple[ReturnDocument, str]:
            progress(0, 1)
            if not weekly:
                return desk.services.hq.consolidated(desk.actor, period, publish=publish), ""
            rollup = desk.services.hq_rollup.rollup(desk.actor, span, publish=publish)
            missing = "; ".join(
                self.tr("{station}: week {weeks} missing").format(
                    station=s.station_code, weeks=", ".join(s.missing)
                )
                for s in rollup.incomplete
            )
            return rollup.document, missing

        def done(answer: tuple[ReturnDocument, str]) -> None:
            doc, missing = answer
            self.missing.setText(
                self.tr(
                    "Weekly returns missing — {missing}. Those stations' figures cover only the "
                    "weeks received."
                ).format(missing=missing)
                if missing
                else ""
            )
            self.missing.setVisible(bool(missing))
            self.view.show_document(doc)
            self.files.set_document(doc)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self._say_error(messages.explain(exc))
            else:
                default_error(self)(exc)

        run_with_progress(
            self,
            self.tr("Consolidated return"),
            self.tr("Adding up {period}…").format(period=described),
            work,
            done,
            failed,
        )

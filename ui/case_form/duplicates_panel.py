"""'May be the same person as …': earlier cases proposed while a report is typed.

While the writer fills the name, age and sex of a report, the panel asks the register (after a
pause in the typing, off the window's thread) for earlier cases of the station that may be the
same person: a child reported again by another relative, a repeat runaway. Each can be opened;
once the report is saved it can be marked a repeat episode of one of them. The service decides
who is proposed (models/services/duplicates.py); the panel only shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.dto.cases import (
    CaseDetail,
    CaseInput,
    CircumstancesInput,
    PersonInput,
    ReportInput,
)
from models.services.duplicates import DuplicateCandidate
from ui.case_form.state import Reader, read_person_description, read_person_identity
from ui.desk import Desk
from ui.form_state import State
from ui.i18n import translated
from ui.labels import enum_label
from ui.tasks import Task, run_in_background

DEBOUNCE_MS = 600
# The fields whose change asks again: who the person is, not how they were dressed.
WATCHED = (
    "person.names",
    "person.aliases",
    "person.sex",
    "person.date_of_birth",
    "person.age",
    "person.relative_name",
    "circumstances.last_seen_at",
)
UUID_ROLE = Qt.ItemDataRole.UserRole


def probe_from_state(state: State, zone: tzinfo, now: datetime) -> CaseInput | None:
    """The report as far as it is typed, enough to look for the same person (None while no
    name is typed). Text that cannot be read yet is simply left out."""
    rd = Reader(state, zone, None)
    fields = read_person_identity(rd, "person")
    fields.update(read_person_description(rd, "person"))
    person = PersonInput(**fields)
    if not person.names and not person.aliases:
        return None
    reported = rd.instant("report.reported_at") or now
    seen = rd.instant("circumstances.last_seen_at") or reported
    return CaseInput(
        report=ReportInput(reported_at=reported),
        person=person,
        circumstances=CircumstancesInput(
            last_seen_at=seen,
            last_seen_place=rd.text("circumstances.last_seen_place") or "",
            narrative="",
            landmark=rd.text("circumstances.landmark"),
        ),
    )


def episodes_text(detail: CaseDetail) -> str:
    """The person's other register entries and the derived times missing before."""
    if not detail.episodes:
        return ""
    earlier = QCoreApplication.translate("DuplicatesPanel", "{number} (earlier)")
    later = QCoreApplication.translate("DuplicatesPanel", "{number} (later)")
    listed = ", ".join(
        (earlier if e.earlier else later).format(number=e.register_no) for e in detail.episodes
    )
    return QCoreApplication.translate(
        "DuplicatesPanel",
        "Episodes of this person in the register: {episodes}. Missing {count} time(s) before "
        "this report.",
    ).format(episodes=listed, count=detail.episodes_before)


class DuplicatesPanel(QFrame):
    open_requested = Signal(str)  # the uuid of an earlier case to open
    mark_requested = Signal(str)  # the register number of the earlier case

    def __init__(
        self,
        desk: Desk,
        probe: Callable[[], CaseInput | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.probe = probe
        self.active = True  # False: the panel never asks (a case opened, not being entered)
        self.detail: CaseDetail | None = None
        self.can_mark = False
        self.candidates: tuple[DuplicateCandidate, ...] = ()
        self.task: Task[tuple[DuplicateCandidate, ...]] | None = None
        self._asked = 0  # answers to older questions are dropped
        self.setObjectName("duplicates-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#duplicates-panel { background: #fff7e0; border: 1px solid #e0b040; "
            "border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.heading = QLabel(self.tr("<b>May be the same person as …</b>"), self)
        self.heading.setToolTip(
            self.tr("Earlier cases of this station with a name, sex and age that fit")
        )
        layout.addWidget(self.heading)
        self.episodes = QLabel(self)
        self.episodes.setObjectName("episodes-note")
        self.episodes.setWordWrap(True)
        self.episodes.hide()
        layout.addWidget(self.episodes)
        self.list = QListWidget(self)
        self.list.setObjectName("duplicates-list")
        self.list.setAccessibleName(self.tr("Earlier cases that may be the same person"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open earlier case"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        self.mark_button = QPushButton(self.tr("Mark as &repeat episode"), self)
        self.mark_button.setAutoDefault(False)
        self.mark_button.setToolTip(
            self.tr(
                "Link this report to the earlier case of the same person (after the first save)"
            )
        )
        self.mark_button.clicked.connect(self.mark_selected)
        self.note = QLabel(self)
        self.note.setProperty("role", "hint")
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.note, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    # -- asking -------------------------------------------------------------------------------

    def field_changed(self, key: str | None) -> None:
        """A field of the form changed (None: the whole form was loaded)."""
        if self.active and (key is None or key in WATCHED):
            self.timer.start()

    def set_record(self, detail: CaseDetail | None, *, can_mark: bool) -> None:
        """The case the form shows (None before the first save), and whether this user may mark
        repeat episodes; a case already marked is not marked again."""
        self.detail = detail
        self.can_mark = can_mark and detail is not None and detail.repeat_of is None
        self.episodes.setText(episodes_text(detail) if detail is not None else "")
        self.episodes.setVisible(bool(self.episodes.text()))
        self._update_visibility()
        self._update_buttons()

    def stop(self) -> None:
        self.timer.stop()
        self._asked += 1  # an answer still on its way is dropped

    def refresh(self) -> None:
        data = self.probe()
        self._asked += 1
        if data is None:
            self.show_candidates(())
            return
        asked = self._asked
        services, actor = self.desk.services, self.desk.actor
        exclude = self.detail.uuid if self.detail is not None else None

        def done(found: tuple[DuplicateCandidate, ...]) -> None:
            if asked == self._asked:
                self.show_candidates(found)

        def failed(_exc: BaseException) -> None:
            if asked == self._asked:
                self.show_candidates(())  # a hint only: the report itself is unaffected

        self.task = run_in_background(
            lambda: services.duplicates.similar_cases(actor, data, exclude_ref=exclude),
            done,
            failed,
            owner=self,
        )

    # -- showing ------------------------------------------------------------------------------

    def show_candidates(self, found: tuple[DuplicateCandidate, ...]) -> None:
        self.candidates = found
        self.list.clear()
        zone = self.desk.zone
        for c in found:
            age = (
                self.tr("age {age}").format(age=c.age_text)
                if c.age_text
                else self.tr("age not known")
            )
            when = c.reported_at.astimezone(zone).strftime("%d-%m-%Y")
            status = enum_label(c.status, self.desk.lang)
            item = QListWidgetItem(
                self.tr(
                    "{number}   {name}   {sex}, {age}   reported {when}   {status}   fit {score}"
                ).format(
                    number=c.ref,
                    name=c.name,
                    sex=enum_label(c.sex, self.desk.lang),
                    age=age,
                    when=when,
                    status=status,
                    score=c.score,
                )
            )
            item.setData(UUID_ROLE, c.uuid)
            tip = "\n".join(
                (
                    *map(translated, c.reasons),
                    *(
                        self.tr("but: {reason}").format(reason=translated(x))
                        for x in c.contradictions
                    ),
                )
            )
            item.setToolTip(tip)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
            rows = min(len(found), 3)
            self.list.setFixedHeight(
                rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth() + 2
            )
        self._update_visibility()
        self._update_buttons()

    def _update_visibility(self) -> None:
        self.list.setVisible(bool(self.candidates))
        self.heading.setVisible(bool(self.candidates))
        self.open_button.setVisible(bool(self.candidates))
        self.mark_button.setVisible(bool(self.candidates))
        self.note.setVisible(bool(self.candidates))
        self.setVisible(bool(self.candidates) or self.episodes.isVisibleTo(self))

    def _selected(self) -> DuplicateCandidate | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.mark_button.setEnabled(chosen and self.can_mark)
        if self.detail is None:
            self.note.setText(self.tr("Save the report to mark it a repeat episode."))
        elif self.detail.repeat_of is not None:
            self.note.setText(
                self.tr("Marked as a repeat episode of {number}.").format(
                    number=self.detail.repeat_of
                )
            )
        else:
            self.note.setText("")

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.open_requested.emit(chosen.uuid)

    def mark_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None and self.can_mark:
            self.mark_requested.emit(chosen.ref)

"""One form for a new report and for an existing case, in sections, built for the keyboard.

Nothing typed is lost: the form keeps a draft on disk every few seconds while it has unsaved
changes; a refused save keeps everything on screen and says why in plain words, next to the
fields concerned; a save refused because another desk saved first shows what they changed and
re-applies this desk's changes on top of theirs.

What the user may do with a stored case (edit, log actions, trace, close …) is what the case the
service returned says (``CaseDetail.permissions``); each step taken here returns the case as it
now stands, and the form takes it as the new base of the edit with the unsaved changes on top.
"""

from __future__ import annotations

import uuid as uuidlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.dto.cases import CaseDetail, CaseInput, PersonInput
from models.enums import Act
from models.errors import Problem, StaleEdit, UserError, ValidationFailed
from models.partial_date import DateProblem
from models.permissions import Capability
from models.rules.case_rules import (
    RuleContext,
    check_case,
    child_status,
    sections_not_listed,
    suggested_sections,
)
from models.rules.normalise import normalise
from models.rules.status import OPEN_STATUSES
from models.taxonomy import DEFAULT_REASON
from ui import messages
from ui.case_form.assessment_sections import ReasonsSection, RiskSection
from ui.case_form.duplicates_panel import DuplicatesPanel, probe_from_state
from ui.case_form.matches_section import MatchesSection
from ui.case_form.notices_section import NoticesSection
from ui.case_form.person_sections import ClothingSection, DescriptionSection, PersonSection
from ui.case_form.record_sections import ActionLogSection, TraceSection
from ui.case_form.report_section import ReportSection
from ui.case_form.section import Section
from ui.case_form.stale_dialog import StaleDialog
from ui.case_form.state import (
    FIR_REGISTERED,
    case_to_state,
    checkable_case,
    new_case_state,
    state_key_for,
    state_to_case,
)
from ui.case_form.story_sections import CircumstancesSection, ComplainantSection
from ui.desk import Desk
from ui.drafts import Draft
from ui.due_matches import refresh_in_background
from ui.form_state import State, changed_keys
from ui.formats import parse_age, parse_instant, parse_partial
from ui.i18n import translated
from ui.labels import enum_label
from ui.style import status_colours
from ui.tasks import Task
from ui.widgets.record_form import RecordForm, esc

RISK_KEYS = ("risk.grade", "risk.rationale", "risk.answers", "risk.information_source")

SECTION_CLASSES: tuple[type[Section], ...] = (
    ReportSection,
    PersonSection,
    DescriptionSection,
    ClothingSection,
    CircumstancesSection,
    ComplainantSection,
    RiskSection,
    ReasonsSection,
    ActionLogSection,
    TraceSection,
    NoticesSection,
    MatchesSection,
)


class CaseForm(RecordForm):
    saved = Signal(object)  # CaseDetail, after a save
    record_updated = Signal(object)  # CaseDetail, after a trace, an action, a photo change
    open_case_requested = Signal(str)  # uuid of another case to open (an earlier episode)
    draft_kind = "case"
    # The sections this form shows, top to bottom (the quick entry shows fewer).
    section_classes: tuple[type[Section], ...] = SECTION_CLASSES

    def __init__(
        self,
        desk: Desk,
        detail: CaseDetail | None = None,
        *,
        draft: Draft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, parent)
        self.detail = detail
        self.base_input: CaseInput | None = None
        self.base_version: int | None = None
        self.matches_task: Task[int] | None = None  # the last save's matches, worked out
        if detail is not None:
            self.base_input = detail.as_input()
            self.base_version = detail.version
            self.baseline = case_to_state(self.base_input, desk.zone)
            self.draft_key = f"case-{detail.uuid}"
        else:
            self.baseline = new_case_state(desk.now(), desk.zone, desk.actor.username)
            self.draft_key = f"case-new-{uuidlib.uuid4().hex}"
        self.read_only_note = ""
        self._build()
        self.load_state(self.baseline)
        self._record_changed()
        if self.read_only_note:
            self.message.say("info", esc(self.read_only_note))
        if draft is not None:
            self.restore_draft(draft)
        self.start()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]

    @staticmethod
    def alias(path: str) -> str:
        return state_key_for(path)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(6)

        header = QHBoxLayout()
        self.header = header  # the title row, with Save at its end
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.status_badge = QLabel(self)
        self.status_badge.setProperty("role", "badge-status")
        self.child_badge = QLabel(self.tr("Child"), self)
        self.child_badge.setProperty("role", "badge-child")
        self.child_badge.hide()
        self.long_term_badge = QLabel(self.tr("Missing 7+ years: review"), self)
        self.long_term_badge.setProperty("role", "badge-child")
        self.long_term_badge.setToolTip(
            self.tr(
                "Still missing seven years after last seen: keep the case open and review it. "
                "Only a court can declare a person presumed dead."
            )
        )
        self.long_term_badge.hide()
        self.save_button = QPushButton(self.tr("Save  ({key})").format(key="Ctrl+S"), self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        header.addWidget(self.title)
        header.addWidget(self.status_badge)
        header.addWidget(self.child_badge)
        header.addWidget(self.long_term_badge)
        header.addStretch(1)
        header.addWidget(self.save_button)
        outer.addLayout(header)

        outer.addWidget(self.message)
        # Only a report being entered asks for earlier cases of the same person.
        self.duplicates = DuplicatesPanel(self.desk, self._duplicate_probe, self)
        self.duplicates.active = self.detail is None
        self.duplicates.open_requested.connect(self.open_case_requested)
        self.duplicates.mark_requested.connect(self.mark_repeat)
        outer.addWidget(self.duplicates)

        body = QHBoxLayout()
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("sections")
        self.section_list.setFixedWidth(205)
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.section_list.itemClicked.connect(self._on_section_clicked)
        body.addWidget(self.section_list)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        container = QWidget(self.scroll_area)
        container.setObjectName("case-form-body")
        column = QVBoxLayout(container)
        column.setContentsMargins(4, 0, 16, 24)
        self.sections: list[Section] = []
        for number, cls in enumerate(self.section_classes, start=1):
            section = cls(self)
            self.sections.append(section)
            column.addWidget(section)
            if number > 10:  # Alt+1 … Alt+0 are taken; later sections by click or Ctrl+PgDown
                item = QListWidgetItem(f"    {section.shown_title}")
                item.setToolTip(
                    self.tr("Go to {section} ({key} from the section above)").format(
                        section=section.shown_title, key="Ctrl+PgDown"
                    )
                )
                self.section_list.addItem(item)
                continue
            shortcut = f"Alt+{number % 10}"
            item = QListWidgetItem(f"{number % 10}  {section.shown_title}")
            item.setToolTip(
                self.tr("Go to {section} ({key})").format(section=section.shown_title, key=shortcut)
            )
            self.section_list.addItem(item)
            QShortcut(
                QKeySequence(shortcut),
                self,
                lambda s=section: self.go_to_section(s),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.section_list.setVisible(len(self.sections) > 1)
        # Room below the last section, so that it too can be scrolled to the top.
        column.addSpacing(480 if len(self.sections) > 1 else 0)
        column.addStretch(1)
        self.scroll_area.setWidget(container)
        self.container = container
        body.addWidget(self.scroll_area, 1)
        outer.addLayout(body, 1)
        QShortcut(
            QKeySequence("Ctrl+PgDown"),
            self,
            lambda: self._step_section(1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("Ctrl+PgUp"),
            self,
            lambda: self._step_section(-1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def section(self, cls: type[Section]) -> Section:
        return next(s for s in self.sections if isinstance(s, cls))

    # -- navigation ---------------------------------------------------------------------------

    def go_to_section(self, section: Section) -> None:
        self.scroll_area.verticalScrollBar().setValue(section.y())
        target = section.focusProxy() or next(
            (
                w
                for key, w in self.binder.fields.items()
                if section.isAncestorOf(w) and w.isEnabled()
            ),
            None,
        )
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.section_list.setCurrentRow(self.sections.index(section))

    def _step_section(self, step: int) -> None:
        current = max(self.section_list.currentRow(), 0)
        index = min(max(current + step, 0), len(self.sections) - 1)
        self.go_to_section(self.sections[index])

    def _on_section_clicked(self, item: QListWidgetItem) -> None:
        self.go_to_section(self.sections[self.section_list.row(item)])

    def _on_scrolled(self, value: int) -> None:
        current = 0
        for i, section in enumerate(self.sections):
            if section.y() <= value + 40:
                current = i
        if self.section_list.currentRow() != current:
            self.section_list.setCurrentRow(current)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.container.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 40, 60)
        timer = getattr(self, "_validate_timer", None)
        if old is not None and timer is not None and timer.isActive():
            # A field changed and left: check now rather than after the pause. A mere move of
            # the cursor checks nothing, so what only the register could say (an FIR number
            # taken) stays until a field changes.
            timer.stop()
            self.validate()

    # -- state --------------------------------------------------------------------------------

    def after_state_loaded(self) -> None:
        for section in self.sections:
            section.state_changed(None)
        self._update_header()
        self.duplicates.field_changed(None)

    def field_changed(self, key: str) -> None:
        for section in self.sections:
            section.state_changed(key)
        self._update_header()
        self.duplicates.field_changed(key)

    def _duplicate_probe(self) -> CaseInput | None:
        return probe_from_state(self.state(), self.desk.zone, self.desk.now())

    def mark_repeat(self, earlier_ref: str) -> None:
        """Mark the saved report a repeat episode of the same person's earlier case."""
        if self.detail is None:
            return
        if not messages.confirm(
            self,
            self.tr("Repeat episode"),
            self.tr(
                "Mark {number} as a repeat episode of {earlier}, the same person's earlier case? "
                "The times missing before are then counted from the register."
            ).format(number=self.detail.register_no, earlier=earlier_ref),
        ):
            return
        try:
            detail = self.desk.services.cases.mark_repeat(
                self.desk.actor, self.detail.uuid, earlier_ref
            )
        except UserError as exc:
            self.show_error(exc)
            return
        # Fields both this desk and the stored case changed are what to say first, if any.
        if not self.adopt(detail):
            self.message.say(
                "info",
                self.tr(
                    "Marked as a repeat episode of <b>{earlier}</b>: missing {count} time(s) "
                    "before."
                ).format(earlier=esc(earlier_ref), count=detail.episodes_before),
            )
        self.duplicates.refresh()

    # -- derived hints ------------------------------------------------------------------------

    def child_status(self) -> bool | None:
        """Whether the person may be under 18, from what is typed so far (None: not known)."""
        fields = self.binder.fields
        dob_text = str(fields["person.date_of_birth"].raw()).strip()  # type: ignore[attr-defined]
        age_text = str(fields["person.age"].raw()).strip()  # type: ignore[attr-defined]
        try:
            dob = parse_partial(dob_text) if dob_text else None
            age = parse_age(age_text) if age_text else None
        except DateProblem:
            return None
        person = PersonInput(
            date_of_birth=dob,
            age_min=age.low if age else None,
            age_max=age.high if age else None,
        )
        seen = str(fields["circumstances.last_seen_at"].raw()).strip()  # type: ignore[attr-defined]
        try:
            day = parse_instant(seen, self.desk.zone).date() if seen else None
        except DateProblem:
            day = None
        if day is None:
            day = self.desk.now().astimezone(self.desk.zone).date()
        return child_status(person, day)

    def suggested_sections(self) -> list[tuple[str, str]]:
        code = str(self.binder.fields["reasons.suspected"].raw() or DEFAULT_REASON)  # type: ignore[attr-defined]
        ctx = RuleContext.default(self.desk.now(), self.desk.zone)
        return suggested_sections(code, ctx, child=bool(self.child_status()))

    def missing_suggested_sections(self) -> list[tuple[str, str]]:
        rows = self.binder.fields["fir.sections"].raw()  # type: ignore[attr-defined]
        listed = [(str(r.get("act")), str(r.get("section") or "")) for r in rows]
        return sections_not_listed(self.suggested_sections(), listed)

    def add_suggested_sections(self) -> None:
        missing = self.missing_suggested_sections()
        if not missing:
            return
        fields = self.binder.fields
        if not fields[FIR_REGISTERED].raw():  # type: ignore[attr-defined]
            self.set_field(FIR_REGISTERED, True)
        # A blank row (the first Act, no section) is replaced rather than kept.
        rows = [
            r
            for r in fields["fir.sections"].raw()  # type: ignore[attr-defined]
            if str(r.get("section") or "").strip() or r.get("act") != Act.BNS.value
        ]
        rows += [{"act": act, "section": sec} for act, sec in missing]
        self.set_field("fir.sections", rows)
        if not str(fields["fir.number"].raw()).strip():  # type: ignore[attr-defined]
            fields["fir.number"].setFocus()

    def _update_header(self) -> None:
        detail = self.detail
        names = [n for n in self.binder.fields["person.names"].raw() if n.strip()]  # type: ignore[attr-defined]
        name = names[0] if names else ""
        if detail is None:
            title = (
                self.tr("New report: {name}").format(name=name) if name else self.tr("New report")
            )
            self.status_badge.hide()
        else:
            title = f"{detail.register_no}  {name}"
            background, text = status_colours(detail.status.value)
            self.status_badge.setText(enum_label(detail.status, self.desk.lang))
            self.status_badge.setStyleSheet(f"background:{background.name()}; color:{text.name()};")
            self.status_badge.show()
        if self.is_dirty():
            title += "  •"
        if title != self.title.text():
            self.title.setText(title)
            self.title_changed.emit(title)
        self.child_badge.setVisible(bool(self.child_status()))
        self.long_term_badge.setVisible(bool(detail and detail.long_term_missing))

    def title_text(self) -> str:
        return self.title.text()

    # -- validation ---------------------------------------------------------------------------

    def _risk_changed(self, state: State) -> bool:
        return any(
            changed_keys(
                {k: self.baseline.get(k) for k in RISK_KEYS}, {k: state.get(k) for k in RISK_KEYS}
            )
        )

    def check(self) -> list[Problem]:
        """What the rules say about the form as it stands (the same rules the service applies)."""
        state = self.state()
        # A time left empty stands at the present for the rules, so that everything else
        # missing is said at the same save rather than one round at a time.
        data, unreadable = checkable_case(state, self.desk.zone, self.desk.now(), self.base_input)
        if data is None:
            return unreadable
        clean, problems = normalise(data)
        ctx = RuleContext.default(self.desk.now(), self.desk.zone)
        new_risk = self.detail is None or self._risk_changed(state)
        problems += check_case(clean, ctx, new_risk=new_risk)
        # Where the text itself cannot be read, that is the one thing to say about the field.
        seen = {p.field for p in unreadable}
        return unreadable + [p for p in problems if p.field not in seen]

    # -- saving -------------------------------------------------------------------------------

    def can_edit(self) -> bool:
        if self.detail is None:
            return self.desk.can(Capability.REGISTER_CASE)
        return self.detail.permissions.edit

    def save(self) -> bool:
        """Register or update; on any refusal everything stays on screen with the reason."""
        state = self.state()
        data, problems = state_to_case(state, self.desk.zone, self.base_input)
        if data is None or problems:
            self.show_problems(self.check())  # everything at once, the rules' findings too
            return False
        cases = self.desk.services.cases
        try:
            if self.detail is None:
                result = cases.register_case(self.desk.actor, data)
            else:
                assert self.base_version is not None
                result = cases.update_case(
                    self.desk.actor, self.detail.uuid, data, self.base_version
                )
        except ValidationFailed as exc:
            self.show_problems(list(exc.problems))
            return False
        except StaleEdit as exc:
            self._on_stale(exc)
            return False
        except UserError as exc:
            self.show_error(exc)
            return False
        new = self.detail is None
        self._after_save(result.value)
        first = (
            self.tr("Saved as <b>{number}</b>.").format(number=esc(result.value.register_no))
            if new
            else self.tr("Saved.")
        )
        self.saved_message(first, result.warnings, self.read_only_note)
        self.saved.emit(result.value)
        # The save marked the case's possible matches due; they are worked out off the window's
        # thread (the matches section scores the case it shows by itself meanwhile).
        self.matches_task = refresh_in_background(self.desk, owner=self)
        return True

    def carry_over(self, state: State, draft_key: str) -> None:
        """Take what another form of the same new report holds (the quick entry's "More
        details"): its fields, and its draft on disk, so nothing typed is kept twice or lost."""
        self.draft_key = draft_key
        self.load_state(state)
        self._touched |= changed_keys(self.baseline, state)
        self._update_header()

    def _after_save(self, detail: CaseDetail) -> None:
        if self.desk.drafts is not None:
            self.desk.drafts.delete(self.draft_key)
        self.detail = detail
        self.base_input = detail.as_input()
        self.base_version = detail.version
        self.draft_key = f"case-{detail.uuid}"
        self.reset_to(case_to_state(self.base_input, self.desk.zone))
        self._record_changed()

    # -- another desk saved first --------------------------------------------------------------

    def _on_stale(self, exc: StaleEdit) -> None:
        self.write_draft(force=True)
        dialog = StaleDialog(exc, self.my_changes(), self.binder.labels, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.message.say(
                "error",
                self.tr(
                    "<b>Not saved.</b> {reason} Your form is kept as it is; save again to see "
                    "what changed."
                ).format(reason=esc(translated(exc.message))),
            )
            return
        self.reapply_on_latest(exc)

    def reapply_on_latest(self, exc: StaleEdit | None = None) -> set[str]:
        """Load the stored case and put this desk's changes back on top of it."""
        assert self.detail is not None
        try:
            latest = self.desk.services.cases.case_detail(
                self.desk.actor, self.detail.uuid, audit_view=False
            )
        except UserError as error:
            self.show_error(error)
            return set()
        conflicts = self.rebase(latest)
        if exc is not None:
            note = self.tr(
                "Your changes are now on top of what {user} saved. Nothing is saved yet: check "
                "and press Save."
            ).format(user=esc(exc.changed_by))
        else:
            note = self.tr(
                "Your changes are now on top of what another desk saved. Nothing is saved yet: "
                "check and press Save."
            )
        self.message.say("warning", note + self._mark_conflicts(conflicts))
        return conflicts

    def _mark_conflicts(self, conflicts: set[str]) -> str:
        """Mark the fields both this desk and the stored case changed; the words to add."""
        if not conflicts:
            return ""
        self.binder.show_problems(
            [
                Problem(k, self.tr("also changed by the other desk; your value is kept"), "warning")
                for k in conflicts
            ]
        )
        labels = ", ".join(esc(self.binder.labels.get(k) or k) for k in sorted(conflicts))
        return self.tr("<br>You both changed: {fields}. Your value is kept.").format(fields=labels)

    def rebase(self, latest: CaseDetail) -> set[str]:
        """Make ``latest`` the base of the edit and keep this desk's changes; returns the keys
        both desks changed."""
        current = self.state()
        mine = changed_keys(self.baseline, current)
        new_input = latest.as_input()
        new_baseline = case_to_state(new_input, self.desk.zone)
        theirs = changed_keys(self.baseline, new_baseline)
        merged = dict(new_baseline)
        for key in mine:
            merged[key] = current.get(key)
        self.detail = latest
        self.base_input = new_input
        self.base_version = latest.version
        self.baseline = new_baseline
        self.load_state(merged)
        self._record_changed()
        return mine & theirs

    # -- changes made outside the fields (trace, action log, photos) ---------------------------

    def adopt(self, detail: CaseDetail) -> set[str]:
        """Take the case a service returned after a step taken at this desk (an action logged,
        a photo changed, the trace, a repeat link): it becomes the base of the edit and the
        unsaved changes stay on top of it.

        Whether another desk saved before the step is not guessed from version numbers: what
        it changed is in the returned case, so it shows in the fields this desk left alone;
        where this desk changed the same field, its value is kept and the field is marked (the
        keys are returned). A save by another desk after the step is refused by the service at
        Save, as a stale edit.
        """
        if self.detail is None:
            return set()
        conflicts = self.rebase(detail)
        if conflicts:
            self.message.say(
                "warning",
                self.tr(
                    "The stored case changed in fields you are editing. Nothing of yours is saved "
                    "yet: check and press Save."
                )
                + self._mark_conflicts(conflicts),
            )
        self.record_updated.emit(detail)
        return conflicts

    def reload(self) -> None:
        """Show the case as stored now (F5). Without unsaved changes the fields follow it; with
        them only the parts drawn from the record do, and a save is checked by the service
        against the version the edit started from."""
        if self.detail is None:
            return
        try:
            latest = self.desk.services.cases.case_detail(
                self.desk.actor, self.detail.uuid, audit_view=False
            )
        except UserError as exc:
            self.show_error(exc)
            return
        if self.is_dirty():
            self.detail = latest
            self._record_changed()
        else:
            self.rebase(latest)
        self.record_updated.emit(latest)

    def _record_changed(self) -> None:
        for section in self.sections:
            section.record_changed()
        self._apply_permissions()
        self._update_header()
        can_mark = (
            self.detail.permissions.mark_repeat
            if self.detail is not None
            else self.desk.can(Capability.REGISTER_CASE)
        )
        self.duplicates.set_record(self.detail, can_mark=can_mark)

    def _apply_permissions(self) -> None:
        editable = self.can_edit()
        self.save_button.setEnabled(editable)
        for widget in self.binder.fields.values():
            if hasattr(widget, "set_read_only"):
                widget.set_read_only(not editable)
            elif hasattr(widget, "setReadOnly"):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        if not editable and self.detail is not None:
            status = enum_label(self.detail.status, self.desk.lang)
            if self.detail.status not in OPEN_STATUSES:
                why = self.tr("The case is {status}; it can be read, not changed.").format(
                    status=status.lower()
                )
            else:
                refusal = self.detail.permissions.edit_refusal or ""
                why = (
                    self.tr("You can read this case. {reason}").format(reason=refusal)
                    if refusal
                    else self.tr("You can read this case.")
                )
            self.read_only_note = why
        else:
            self.read_only_note = ""
        for section in self.sections:
            section.state_changed(None)

    def photo_thumbnail(self, photo_id: int) -> bytes:
        return self.desk.services.cases.photo_jpeg(self.desk.actor, photo_id, thumbnail=True)

    def make_photo_primary(self, photo_id: int) -> None:
        self._photo_change(photo_id, remove=False)

    def remove_photo(self, photo_id: int) -> None:
        if not messages.confirm(
            self, self.tr("Remove photo"), self.tr("Remove this stored photo from the case?")
        ):
            return
        self._photo_change(photo_id, remove=True)

    def _photo_change(self, photo_id: int, *, remove: bool) -> None:
        if self.detail is None:
            return
        cases = self.desk.services.cases
        try:
            if remove:
                detail = cases.remove_photo(self.desk.actor, self.detail.uuid, photo_id)
            else:
                detail = cases.set_primary_photo(self.desk.actor, self.detail.uuid, photo_id)
        except UserError as exc:
            self.show_error(exc)
            return
        self.adopt(detail)

    def open_trace_dialog(self, stage: str) -> QDialog | None:
        """Open the trace and reunion dialog (window-modal); the form takes the case each of
        its steps returns."""
        if self.detail is None:
            return None
        from ui.trace_dialog import TraceDialog

        dialog = TraceDialog(self.desk, self.detail, stage=stage, parent=self)
        dialog.case_changed.connect(self.adopt)
        dialog.open()
        self.trace_dialog = dialog
        return dialog

    # -- drafts ---------------------------------------------------------------------------------

    def draft_title(self) -> str:
        names = [n for n in self.binder.fields["person.names"].raw() if n.strip()]  # type: ignore[attr-defined]
        name = names[0] if names else self.tr("(no name yet)")
        if self.detail is None:
            return self.tr("New report: {name}").format(name=name)
        return f"{self.detail.register_no}: {name}"

    def draft_ref(self) -> str | None:
        return self.detail.uuid if self.detail is not None else None

    def draft_version(self) -> int | None:
        return self.base_version

    def stop(self) -> None:
        """Stop timers before the widget goes away."""
        super().stop()
        self.duplicates.stop()
        app = QApplication.instance()
        if app is not None:
            try:
                app.focusChanged.disconnect(self._on_focus_changed)  # type: ignore[attr-defined]
            except (RuntimeError, TypeError):
                pass

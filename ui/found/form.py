"""A person found without a report here: where and when, what they were doing, description,
photos, CWC production, and the link to a missing-person case. For an unidentified dead body the
inquest, post-mortem and disposal take the place of the activity and the CWC."""

from __future__ import annotations

import uuid as uuidlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.dto.found import FoundDetail
from models.enums import (
    Activity,
    BodyDisposal,
    Build,
    Complexion,
    Condition,
    CwcOrder,
    FoundKind,
    FoundStatus,
    HairColour,
    HairLength,
    Language,
    Locality,
    NoticeKind,
    PlaceType,
    Portal,
    Sex,
)
from models.errors import Problem, StaleEdit, UserError, ValidationFailed
from models.permissions import Capability
from models.rules.notice_rules import found_detail_refusal
from ui.case_form.state import CLOTHING_COLUMNS, MARK_COLUMNS, PHOTOS
from ui.desk import Desk
from ui.drafts import Draft
from ui.formats import describe_due, format_instant
from ui.found.state import found_to_state, new_found_state, state_to_found
from ui.i18n import translated
from ui.labels import enum_label
from ui.matches_panel import MatchesPanel
from ui.notices.panel import NoticesPanel
from ui.style import status_colours
from ui.widgets.binder import FieldForm
from ui.widgets.fields import (
    AgeRangeEdit,
    EnumChecks,
    EnumCombo,
    InstantEdit,
    NamesEdit,
    PartialDateEdit,
    TextBox,
    TextLine,
)
from ui.widgets.photos import PhotoStrip
from ui.widgets.record_form import RecordForm, esc
from ui.widgets.rows import RowsEditor


class FoundForm(RecordForm):
    saved = Signal(object)  # FoundDetail
    draft_kind = "found"

    def __init__(
        self,
        desk: Desk,
        detail: FoundDetail | None = None,
        *,
        draft: Draft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, parent)
        self.detail = detail
        if detail is not None:
            self.baseline = found_to_state(detail.found, desk.zone)
            self.draft_key = f"found-{detail.uuid}"
        else:
            self.baseline = new_found_state(desk.now(), desk.zone)
            self.draft_key = f"found-new-{uuidlib.uuid4().hex}"
        self._build()
        self.load_state(self.baseline)
        self._record_changed()
        if draft is not None:
            self.restore_draft(draft)
        self.start()

    def _build(self) -> None:
        desk = self.desk
        zone, now, lang = desk.zone, desk.now, desk.lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.status_badge = QLabel(self)
        self.status_badge.setProperty("role", "badge-status")
        self.link_button = QPushButton(self.tr("Link to a case…"), self)
        self.link_button.setAutoDefault(False)
        self.link_button.clicked.connect(self.open_link_dialog)
        self.save_button = QPushButton(self.tr("Save  (Ctrl+S)"), self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        header.addWidget(self.title)
        header.addWidget(self.status_badge)
        header.addStretch(1)
        header.addWidget(self.link_button)
        header.addWidget(self.save_button)
        outer.addLayout(header)
        outer.addWidget(self.message)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 0, 16, 24)

        def heading(text: str) -> QLabel:
            label = QLabel(text, body)
            label.setProperty("role", "section-title")
            column.addWidget(label)
            return label

        def two() -> tuple[FieldForm, FieldForm]:
            row = QHBoxLayout()
            left, right = FieldForm(self.binder, body), FieldForm(self.binder, body)
            row.addWidget(left, 1)
            row.addWidget(right, 1)
            column.addLayout(row)
            return left, right

        def wide() -> FieldForm:
            form = FieldForm(self.binder, body)
            column.addWidget(form)
            return form

        # First on the page: the officer opening a found person looks for the family first.
        self.matches_heading = QLabel(self.tr("Possible matches among open cases"), body)
        self.matches_heading.setProperty("role", "section-title")
        column.addWidget(self.matches_heading)
        self.matches = MatchesPanel(desk, body)
        self.matches.linked.connect(self._linked_here)
        column.addWidget(self.matches)

        heading(self.tr("Where and when found"))
        left, right = two()
        left.add("kind", self.tr("Kind"), EnumCombo(FoundKind, lang, blank=None))
        left.add("found_at", self.tr("Found at"), InstantEdit(zone, now, body))
        left.add("found_place", self.tr("Where"), TextLine(self.tr("place, area")))
        left.add("place_type", self.tr("Type of place"), EnumCombo(PlaceType, lang))
        left.add("locality", self.tr("Relative to our station"), EnumCombo(Locality, lang))
        left.add("district", self.tr("District"), TextLine())
        left.add("state", self.tr("State"), TextLine())
        self.activity = right.add(
            "activity", self.tr("Found doing"), EnumCombo(Activity, lang, blank=None)
        )
        self.activity_row = right
        right.add("condition", self.tr("Condition"), EnumCombo(Condition, lang))
        right.add("found_by", self.tr("Found by"), TextLine(self.tr("officer, NGO, citizen")))
        right.add("drive", self.tr("Drive (e.g. Operation Muskaan)"), TextLine())
        right.add("native_place", self.tr("Native place (as the person says)"), TextLine())
        right.add("native_state", self.tr("Native state"), TextLine())
        wide().add("notes", self.tr("Notes"), TextBox(lines=2))

        # Shown only for an unidentified dead body (see _show_kind).
        self.body_parts: list[QWidget] = [
            heading(self.tr("Unidentified dead body: inquest and disposal"))
        ]
        left, right = two()
        left.add(
            "body.inquest_no",
            self.tr("Inquest / U.D. number"),
            TextLine(self.tr("e.g. UD 41/2026")),
        )
        left.add("body.inquest_station", self.tr("Inquest held by (police station)"), TextLine())
        left.add("body.inquest_date", self.tr("Inquest date"), PartialDateEdit(body))
        left.add("body.postmortem_ref", self.tr("Post-mortem reference"), TextLine())
        left.add(
            "body.postmortem_hospital", self.tr("Post-mortem at (hospital, morgue)"), TextLine()
        )
        left.add(
            "body.time_since_death",
            self.tr("Time since death (estimated)"),
            TextLine(self.tr("e.g. 2-3 days")),
        )
        right.add("body.recorded_cause", self.tr("Cause as recorded (if any)"), TextBox(lines=2))
        right.add("body.kept_at", self.tr("Body kept at"), TextLine(self.tr("mortuary")))
        right.add("body.disposal", self.tr("Disposed of"), EnumCombo(BodyDisposal, lang))
        right.add("body.disposed_on", self.tr("Disposed of on"), PartialDateEdit(body))
        right.add("body.disposal_place", self.tr("Burial ground, crematorium"), TextLine())
        self.body_parts += [left, right]

        heading(self.tr("The person"))
        left, right = two()
        left.add("person.names", self.tr("Name (if known)"), NamesEdit(body))
        left.add("person.aliases", self.tr("Also called"), TextLine())
        left.add("person.sex", self.tr("Sex"), EnumCombo(Sex, lang, blank=None))
        left.add(
            "person.age",
            self.tr("Apparent age"),
            AgeRangeEdit(),
            hint=self.tr("e.g. 9, or a range such as 8-10"),
        )
        left.add("person.date_of_birth", self.tr("Date of birth (if known)"), PartialDateEdit(body))
        left.add("person.relative_name", self.tr("Father's / mother's name"), TextLine())
        right.add("person.mother_tongue", self.tr("Mother tongue"), EnumCombo(Language, lang))
        right.add(
            "person.languages", self.tr("Languages spoken"), EnumChecks(Language, lang, rows=3)
        )
        right.add("person.height_cm", self.tr("Height (cm)"), TextLine())
        right.add("person.build", self.tr("Build"), EnumCombo(Build, lang))
        right.add("person.complexion", self.tr("Complexion"), EnumCombo(Complexion, lang))
        right.add("person.hair_colour", self.tr("Hair colour"), EnumCombo(HairColour, lang))
        right.add("person.hair_length", self.tr("Hair length"), EnumCombo(HairLength, lang))
        rows = wide()
        rows.add(
            "person.marks",
            self.tr("Identification marks"),
            RowsEditor(MARK_COLUMNS, lang, add_label=self.tr("+ Add a mark")),
        )
        rows.add(
            "person.clothing",
            self.tr("Clothing and belongings"),
            RowsEditor(CLOTHING_COLUMNS, lang, add_label=self.tr("+ Add an item")),
        )
        rows.add("person.disability_notes", self.tr("Disability, illness"), TextBox(lines=2))
        rows.add("person.description_notes", self.tr("Other description"), TextBox(lines=2))
        self.photos = PhotoStrip(load_thumbnail=self._thumbnail, parent=body)
        self.photos.problem.connect(self.show_notice)
        rows.add(PHOTOS, self.tr("Photos"), self.photos)

        cwc_heading = heading(self.tr("Child Welfare Committee"))
        self.clock = QLabel(body)
        self.clock.setProperty("role", "warning")
        column.addWidget(self.clock)
        left, right = two()
        self.cwc_parts: list[QWidget] = [cwc_heading, self.clock, left, right]
        left.add(
            "cwc_produced_at", self.tr("Produced before the CWC at"), InstantEdit(zone, now, body)
        )
        left.add("cwc_name", self.tr("Committee"), TextLine(self.tr("e.g. CWC Mumbai City")))
        right.add("cwc_order_number", self.tr("Order number"), TextLine())
        right.add("cwc_order", self.tr("Order"), EnumCombo(CwcOrder, lang))
        right.add("cci_name", self.tr("Child care institution"), TextLine())

        # JJ Act s.32: a found child's information goes on the portal within the station's limit
        # (the clock). Shown for a body too: stations also put unidentified bodies on ZIPNET.
        heading(self.tr("Upload to the portal (a found child: JJ Act s.32)"))
        self.upload_clock = QLabel(body)
        self.upload_clock.setProperty("role", "warning")
        column.addWidget(self.upload_clock)
        left, right = two()
        left.add("portal_uploaded_at", self.tr("Uploaded at"), InstantEdit(zone, now, body))
        left.add("portal", self.tr("Portal"), EnumCombo(Portal, lang))
        right.add(
            "portal_reference",
            self.tr("Portal reference"),
            TextLine(self.tr("the number the portal gave")),
        )

        heading(self.tr('"Help identify" notice'))
        self.notices = NoticesPanel(desk, NoticeKind.FOUND, body)
        column.addWidget(self.notices)
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    # -- record ---------------------------------------------------------------------------------

    def _thumbnail(self, photo_id: int) -> bytes:
        return self.desk.services.cases.photo_jpeg(self.desk.actor, photo_id, thumbnail=True)

    def _record_changed(self) -> None:
        detail = self.detail
        editable = self.can_edit()
        self.save_button.setEnabled(editable)
        for widget in self.binder.fields.values():
            if hasattr(widget, "set_read_only"):
                widget.set_read_only(not editable)
            elif hasattr(widget, "setReadOnly"):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        self.photos.set_stored(detail.photos if detail is not None else ())
        if detail is None:
            self.notices.set_subject(None)
        else:
            self.notices.set_subject(detail.ref_no, rule_refusal=found_detail_refusal(detail))
        linkable = (
            detail is not None
            and detail.linked_case is None
            and detail.linked_external_ref is None
            and self.desk.can(Capability.EDIT_FOUND)
        )
        self.link_button.setEnabled(linkable)
        looked_for = (
            detail is not None
            and detail.linked_case is None
            and detail.linked_external_ref is None
            and detail.status is not FoundStatus.CLOSED
        )
        self.matches_heading.setVisible(looked_for)
        self.matches.setVisible(looked_for)
        # Scored again after every save: the description may have changed.
        subject = detail.ref_no if detail is not None and looked_for else None
        self.matches.set_subject("found" if subject else None, subject)
        for shown, clock in (
            (self.clock, detail.clock if detail else None),
            (self.upload_clock, detail.upload_clock if detail else None),
        ):
            if clock is not None and clock.open:
                shown.setText(
                    f"{translated(clock.label)}: {describe_due(clock.due_at, self.desk.now())} "
                    f"({format_instant(clock.due_at, self.desk.zone)})"
                )
            else:
                shown.setText("")
        self._update_header()

    def _update_header(self) -> None:
        detail = self.detail
        names = [n for n in self.binder.fields["person.names"].raw() if n.strip()]  # type: ignore[attr-defined]
        name = names[0] if names else ""
        if detail is None:
            title = self._new_title(name)
            self.status_badge.hide()
        else:
            title = f"{detail.ref_no}  {name or self.tr('(name not known)')}"
            background, text = status_colours(detail.status.value)
            linked = detail.linked_case or detail.linked_external_ref
            label = enum_label(detail.status, self.desk.lang)
            self.status_badge.setText(f"{label} → {linked}" if linked else label)
            self.status_badge.setStyleSheet(f"background:{background.name()}; color:{text.name()};")
            self.status_badge.show()
        if self.is_dirty():
            title += "  •"
        if title != self.title.text():
            self.title.setText(title)
            self.title_changed.emit(title)

    def _new_title(self, name: str) -> str:
        if self._is_body():
            if name:
                return self.tr("New unidentified dead body: {name}").format(name=name)
            return self.tr("New unidentified dead body")
        if name:
            return self.tr("New found person: {name}").format(name=name)
        return self.tr("New found person")

    def title_text(self) -> str:
        return self.title.text()

    def after_state_loaded(self) -> None:
        if hasattr(self, "title"):
            self._show_kind()
            self._update_header()

    def field_changed(self, key: str) -> None:
        if key == "kind":
            self._show_kind()
        self._update_header()

    def _is_body(self) -> bool:
        return bool(self.binder.fields["kind"].raw() == FoundKind.DEAD_BODY.value)  # type: ignore[attr-defined]

    def _show_kind(self) -> None:
        """A body has an inquest instead of an activity and is never produced before the CWC."""
        if not hasattr(self, "cwc_parts"):
            return  # still being built
        body = self._is_body()
        for part in self.body_parts:
            part.setVisible(body)
        for part in self.cwc_parts:
            part.setVisible(not body)
        holder = self.activity.parentWidget()
        if holder is not None:  # always, once the form is built
            self.activity_row.layout_.setRowVisible(holder, not body)

    def can_edit(self) -> bool:
        if self.detail is None:
            return self.desk.can(Capability.ADD_FOUND)
        if self.detail.status in (FoundStatus.CLOSED,):
            return False
        return self.desk.can(Capability.EDIT_FOUND)

    # -- saving ---------------------------------------------------------------------------------

    def check(self) -> list[Problem]:
        _data, problems = state_to_found(self.state(), self.desk.zone)
        return problems

    def save(self) -> bool:
        baseline = self.detail.found if self.detail is not None else None
        data, problems = state_to_found(self.state(), self.desk.zone, baseline)
        if data is None:
            self.show_problems(problems)
            return False
        found = self.desk.services.found
        try:
            if self.detail is None:
                result = found.add_found(self.desk.actor, data)
            else:
                result = found.update_found(
                    self.desk.actor, self.detail.uuid, data, self.detail.version
                )
        except ValidationFailed as exc:
            self.show_problems(list(exc.problems))
            return False
        except StaleEdit as exc:
            self.write_draft(force=True)
            self.show_error(exc)
            return False
        except UserError as exc:
            self.show_error(exc)
            return False
        new = self.detail is None
        self._after_save(result.value)
        first = (
            self.tr("Saved as <b>{number}</b>.").format(number=esc(result.value.ref_no))
            if new
            else self.tr("Saved.")
        )
        self.saved_message(first, result.warnings)
        self.saved.emit(result.value)
        return True

    def _after_save(self, detail: FoundDetail) -> None:
        self.discard_draft()
        self.detail = detail
        self.draft_key = f"found-{detail.uuid}"
        self.reset_to(found_to_state(detail.found, self.desk.zone))
        self._record_changed()

    def open_link_dialog(self) -> None:
        if self.detail is None:
            return
        from ui.found.link_dialog import LinkDialog

        dialog = LinkDialog(self.desk, self.detail, self)
        if dialog.exec() and dialog.result_detail is not None:
            self._linked(dialog.result_detail, dialog.linked_to)

    def _linked_here(self, detail: FoundDetail) -> None:
        self._linked(detail, detail.linked_case or detail.linked_external_ref or "")

    def _linked(self, detail: FoundDetail, to: str) -> None:
        self.detail = detail
        if not self.is_dirty():
            self.reset_to(found_to_state(detail.found, self.desk.zone))
        self._record_changed()
        # The kind is a style code, by keyword so the translation check does not read it as text.
        self.message.say(kind="info", html=esc(self.tr("Linked to {case}.").format(case=to)))
        self.saved.emit(detail)

    # -- drafts ---------------------------------------------------------------------------------

    def draft_title(self) -> str:
        names = [n for n in self.binder.fields["person.names"].raw() if n.strip()]  # type: ignore[attr-defined]
        name = names[0] if names else self.tr("(name not known)")
        if self.detail is None:
            return self.tr("New found person: {name}").format(name=name)
        return f"{self.detail.ref_no}: {name}"

    def draft_ref(self) -> str | None:
        return self.detail.uuid if self.detail is not None else None

    def draft_version(self) -> int | None:
        return self.detail.version if self.detail is not None else None

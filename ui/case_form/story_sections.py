"""Circumstances of the disappearance (with suspects), and the complainant (informant)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from models.enums import Language, MeansOfTravel, PlaceType, Relation, Sex, SignatureKind, Trigger
from ui.case_form.host import CaseFormHost
from ui.case_form.section import Section
from ui.case_form.state import (
    ADDRESS_COLUMNS,
    CONTACT_COLUMNS,
    ID_DOCUMENT_COLUMNS,
    SUSPECT_COLUMNS,
)
from ui.widgets.fields import (
    AgeRangeEdit,
    ChoiceCombo,
    EnumChecks,
    EnumCombo,
    Flag,
    InstantEdit,
    NamesEdit,
    PartialDateEdit,
    TextBox,
    TextLine,
)
from ui.widgets.rows import RowsEditor


class CircumstancesSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Circumstances"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        desk = self.desk
        zone, now, lang = desk.zone, desk.now, desk.lang
        left, right = self.columns(2)
        left.add(
            "circumstances.last_seen_at", self.tr("Last seen at"), InstantEdit(zone, now, self)
        )
        left.add(
            "circumstances.last_seen_until",
            self.tr("Or as late as"),
            InstantEdit(zone, now, self),
            hint=self.tr("When the time last seen is only known as a window."),
        )
        left.add("circumstances.last_seen_place", self.tr("Place last seen"), TextLine())
        left.add("circumstances.place_type", self.tr("Type of place"), EnumCombo(PlaceType, lang))
        left.add("circumstances.landmark", self.tr("Landmark"), TextLine())
        left.add("circumstances.beat", self.tr("Beat"), TextLine())
        left.add(
            "circumstances.direction_from_ps",
            self.tr("Direction and distance from the station"),
            TextLine(),
        )
        left.add("circumstances.outside_ps", self.tr("Station area (if outside ours)"), TextLine())
        left.add("circumstances.outside_ps_district", self.tr("Its district"), TextLine())
        right.add("circumstances.last_seen_with", self.tr("Last seen with"), TextBox(lines=2))
        right.add(
            "circumstances.means_of_travel",
            self.tr("Means of travel"),
            EnumCombo(MeansOfTravel, lang),
        )
        right.add("circumstances.destination", self.tr("Possible destination"), TextBox(lines=2))
        right.add("circumstances.latitude", self.tr("Latitude"), TextLine(self.tr("e.g. 19.0402")))
        right.add(
            "circumstances.longitude", self.tr("Longitude"), TextLine(self.tr("e.g. 72.8553"))
        )
        # Episodes in this register are counted from the repeat links (models/rules/episodes.py).
        right.add(
            "circumstances.previous_episodes",
            self.tr("Times missing before, not in this register"),
            TextLine("0"),
        )
        right.add(
            "circumstances.previous_episodes_notes",
            self.tr("Earlier episodes: when, where found"),
            TextBox(lines=2),
        )
        wide = self.wide()
        wide.add(
            "circumstances.narrative",
            self.tr("What happened (in the informant's words)"),
            TextBox(lines=6),
        )
        wide.add("circumstances.places_frequented", self.tr("Places frequented"), TextBox(lines=2))
        wide.add(
            "circumstances.friends_associates", self.tr("Friends and associates"), TextBox(lines=2)
        )
        wide.add(
            "circumstances.relatives_outside",
            self.tr("Relatives outside the city"),
            TextBox(lines=2),
        )
        wide.add(
            "circumstances.triggers",
            self.tr("Recent events"),
            EnumChecks(Trigger, lang, rows=2),
        )
        wide.add("circumstances.trigger_notes", self.tr("About those events"), TextBox(lines=2))
        wide.add(
            "circumstances.preparations",
            self.tr("Preparations made (money, clothes, documents taken)"),
            TextBox(lines=2),
        )
        wide.add(
            "circumstances.ransom_call", "", Flag(self.tr("A ransom or threat call was received"))
        )
        wide.add("circumstances.ransom_details", self.tr("What was said"), TextBox(lines=2))
        wide.add(
            "suspects",
            self.tr("Suspected persons"),
            RowsEditor(SUSPECT_COLUMNS, lang, add_label=self.tr("+ Add a suspect")),
        )

    def state_changed(self, key: str | None) -> None:
        if key in (None, "circumstances.ransom_call"):
            ransom = self.binder.fields["circumstances.ransom_call"].raw()  # type: ignore[attr-defined]
            self.binder.fields["circumstances.ransom_details"].setEnabled(bool(ransom))


class ComplainantSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Complainant"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        left, right = self.columns(2)
        left.add("complainant.person.names", self.tr("Name"), NamesEdit(self))
        left.add(
            "complainant.relation",
            self.tr("Relation to the missing person"),
            EnumCombo(Relation, lang),
        )
        left.add(
            "complainant.person.relative_name", self.tr("Father's / husband's name"), TextLine()
        )
        left.add("complainant.person.sex", self.tr("Sex"), EnumCombo(Sex, lang, blank=None))
        left.add(
            "complainant.person.date_of_birth", self.tr("Date of birth"), PartialDateEdit(self)
        )
        left.add("complainant.person.age", self.tr("Age"), AgeRangeEdit())
        left.add("complainant.person.nationality", self.tr("Nationality"), TextLine())
        left.add("complainant.person.occupation", self.tr("Occupation"), TextLine())
        right.add(
            "complainant.seen_or_heard",
            self.tr("Saw it happen, or heard of it"),
            ChoiceCombo([("seen", self.tr("Saw it")), ("heard", self.tr("Heard of it"))]),
        )
        right.add(
            "complainant.read_over_language",
            self.tr("Statement read over in"),
            EnumCombo(Language, lang),
        )
        right.add(
            "complainant.consent_publish_photo",
            "",
            Flag(self.tr("Agrees to publishing the photo")),
        )
        right.add(
            "complainant.signature_kind", self.tr("Signed with"), EnumCombo(SignatureKind, lang)
        )
        wide = self.wide()
        wide.add(
            "complainant.person.contacts",
            self.tr("Phones"),
            RowsEditor(CONTACT_COLUMNS, lang, add_label=self.tr("+ Add a phone")),
        )
        self.addresses = RowsEditor(ADDRESS_COLUMNS, lang, add_label=self.tr("+ Add an address"))
        wide.add("complainant.person.addresses", self.tr("Addresses"), self.addresses)
        copy = QPushButton(self.tr("Same address as the missing person"), self)
        copy.setAutoDefault(False)
        copy.clicked.connect(self._copy_address)
        wide.add_widget("", copy)
        wide.add(
            "complainant.person.id_documents",
            self.tr("Identity documents"),
            RowsEditor(ID_DOCUMENT_COLUMNS, lang, add_label=self.tr("+ Add a document")),
        )

    def _copy_address(self) -> None:
        source = self.binder.fields["person.addresses"].raw()  # type: ignore[attr-defined]
        if not source:
            self.form.show_notice(self.tr("The missing person has no address yet."))
            return
        current = self.addresses.raw()
        self.addresses.set_raw(current + [dict(row) for row in source])
        self.addresses.changed.emit()

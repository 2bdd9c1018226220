"""Circumstances of the disappearance (with suspects), and the complainant (informant)."""

from __future__ import annotations

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
    title = "Circumstances"

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        desk = self.desk
        zone, now, lang = desk.zone, desk.now, desk.lang
        left, right = self.columns(2)
        left.add("circumstances.last_seen_at", "Last seen at", InstantEdit(zone, now, self))
        left.add(
            "circumstances.last_seen_until",
            "Or as late as",
            InstantEdit(zone, now, self),
            hint="When the time last seen is only known as a window.",
        )
        left.add("circumstances.last_seen_place", "Place last seen", TextLine())
        left.add("circumstances.place_type", "Type of place", EnumCombo(PlaceType, lang))
        left.add("circumstances.landmark", "Landmark", TextLine())
        left.add("circumstances.beat", "Beat", TextLine())
        left.add(
            "circumstances.direction_from_ps",
            "Direction and distance from the station",
            TextLine(),
        )
        left.add("circumstances.outside_ps", "Station area (if outside ours)", TextLine())
        left.add("circumstances.outside_ps_district", "Its district", TextLine())
        right.add("circumstances.last_seen_with", "Last seen with", TextBox(lines=2))
        right.add(
            "circumstances.means_of_travel", "Means of travel", EnumCombo(MeansOfTravel, lang)
        )
        right.add("circumstances.destination", "Possible destination", TextBox(lines=2))
        right.add("circumstances.latitude", "Latitude", TextLine("e.g. 19.0402"))
        right.add("circumstances.longitude", "Longitude", TextLine("e.g. 72.8553"))
        # Episodes in this register are counted from the repeat links (models/rules/episodes.py).
        right.add(
            "circumstances.previous_episodes",
            "Times missing before, not in this register",
            TextLine("0"),
        )
        right.add(
            "circumstances.previous_episodes_notes",
            "Earlier episodes: when, where found",
            TextBox(lines=2),
        )
        wide = self.wide()
        wide.add(
            "circumstances.narrative",
            "What happened (in the informant's words)",
            TextBox(lines=6),
        )
        wide.add("circumstances.places_frequented", "Places frequented", TextBox(lines=2))
        wide.add("circumstances.friends_associates", "Friends and associates", TextBox(lines=2))
        wide.add("circumstances.relatives_outside", "Relatives outside the city", TextBox(lines=2))
        wide.add(
            "circumstances.triggers",
            "Recent events",
            EnumChecks(Trigger, lang, rows=2),
        )
        wide.add("circumstances.trigger_notes", "About those events", TextBox(lines=2))
        wide.add(
            "circumstances.preparations",
            "Preparations made (money, clothes, documents taken)",
            TextBox(lines=2),
        )
        wide.add("circumstances.ransom_call", "", Flag("A ransom or threat call was received"))
        wide.add("circumstances.ransom_details", "What was said", TextBox(lines=2))
        wide.add(
            "suspects",
            "Suspected persons",
            RowsEditor(SUSPECT_COLUMNS, lang, add_label="+ Add a suspect"),
        )

    def state_changed(self, key: str | None) -> None:
        if key in (None, "circumstances.ransom_call"):
            ransom = self.binder.fields["circumstances.ransom_call"].raw()  # type: ignore[attr-defined]
            self.binder.fields["circumstances.ransom_details"].setEnabled(bool(ransom))


class ComplainantSection(Section):
    title = "Complainant"

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        left, right = self.columns(2)
        left.add("complainant.person.names", "Name", NamesEdit(self))
        left.add(
            "complainant.relation", "Relation to the missing person", EnumCombo(Relation, lang)
        )
        left.add("complainant.person.relative_name", "Father's / husband's name", TextLine())
        left.add("complainant.person.sex", "Sex", EnumCombo(Sex, lang, blank=None))
        left.add("complainant.person.date_of_birth", "Date of birth", PartialDateEdit(self))
        left.add("complainant.person.age", "Age", AgeRangeEdit())
        left.add("complainant.person.nationality", "Nationality", TextLine())
        left.add("complainant.person.occupation", "Occupation", TextLine())
        right.add(
            "complainant.seen_or_heard",
            "Saw it happen, or heard of it",
            ChoiceCombo([("seen", "Saw it"), ("heard", "Heard of it")]),
        )
        right.add(
            "complainant.read_over_language",
            "Statement read over in",
            EnumCombo(Language, lang),
        )
        right.add(
            "complainant.consent_publish_photo",
            "",
            Flag("Agrees to publishing the photo"),
        )
        right.add("complainant.signature_kind", "Signed with", EnumCombo(SignatureKind, lang))
        wide = self.wide()
        wide.add(
            "complainant.person.contacts",
            "Phones",
            RowsEditor(CONTACT_COLUMNS, lang, add_label="+ Add a phone"),
        )
        self.addresses = RowsEditor(ADDRESS_COLUMNS, lang, add_label="+ Add an address")
        wide.add("complainant.person.addresses", "Addresses", self.addresses)
        copy = QPushButton("Same address as the missing person", self)
        copy.setAutoDefault(False)
        copy.clicked.connect(self._copy_address)
        wide.add_widget("", copy)
        wide.add(
            "complainant.person.id_documents",
            "Identity documents",
            RowsEditor(ID_DOCUMENT_COLUMNS, lang, add_label="+ Add a document"),
        )

    def _copy_address(self) -> None:
        source = self.binder.fields["person.addresses"].raw()  # type: ignore[attr-defined]
        if not source:
            self.form.show_notice("The missing person has no address yet.")
            return
        current = self.addresses.raw()
        self.addresses.set_raw(current + [dict(row) for row in source])
        self.addresses.changed.emit()

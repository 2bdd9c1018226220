"""The first minutes of a report on one screen, in the order the family tells it.

Who is missing, how old, last seen where and when, what happened, who is reporting (name,
relation, mobile), the reason if known, and the FIR with its suggested sections: what the law
and the SOP need at once. The rest of the case form waits for later ("More details", Alt+M, or
the full form that opens once the report is saved).

The quick entry is the case form with one section: the same state (DTO field paths), the same
check on every change (the models' ``check_case``), the same save (``register_case``). Fields
the rules require are marked from models/rules/required_fields.py, so the marks follow the
rules (a child's FIR is marked once the age says a child).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from models.enums import ContactKind, Relation, Sex
from models.rules.case_rules import RuleContext
from models.rules.required_fields import required_fields
from ui.case_form.form import CaseForm
from ui.case_form.host import CaseFormHost
from ui.case_form.pickers import ReasonPicker
from ui.case_form.section import Section
from ui.case_form.state import FIR_REGISTERED, SECTION_COLUMNS, state_key_for
from ui.widgets.fields import (
    AgeRangeEdit,
    EnumCombo,
    Flag,
    InstantEdit,
    NamesEdit,
    PartialDateEdit,
    TextBox,
    TextLine,
)
from ui.widgets.rows import RowsEditor

ADD_SUGGESTED_KEY = "Alt+A"
MORE_DETAILS_KEY = "Alt+M"
REQUIRED_MARK = " *"
COMPLAINANT_CONTACTS = "complainant.person.contacts"


class MobileLine(TextLine):
    """The complainant's mobile as one line, held as the first mobile row of their contacts
    (other rows, from the full form or a draft, are kept as they are)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MobileLine", "e.g. 98200 12345"), parent)
        self._rows: list[dict[str, str]] = []

    def _mobile_index(self) -> int | None:
        return next(
            (i for i, r in enumerate(self._rows) if r.get("kind") == ContactKind.MOBILE.value),
            None,
        )

    def raw(self) -> list[dict[str, str]]:  # type: ignore[override]
        rows = [dict(r) for r in self._rows]
        number = self.text().strip()
        index = self._mobile_index()
        if index is not None:
            rows[index]["value"] = number
        elif number:
            rows.insert(0, {"kind": ContactKind.MOBILE.value, "value": number, "note": ""})
        return rows

    def set_raw(self, value: Any) -> None:
        self._rows = [dict(r) for r in value or ()]
        index = self._mobile_index()
        self.setText(self._rows[index].get("value", "") if index is not None else "")


class QuickEntrySection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Quick report: the first minutes"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        desk = self.desk
        zone, now, lang = desk.zone, desk.now, desk.lang
        self.captions: dict[str, tuple[QLabel, str]] = {}
        legend = QLabel(
            self.tr(
                "Fields marked * are needed to save. The rest of the case can be filled in later "
                "(More details, {key})."
            ).format(key=MORE_DETAILS_KEY),
            self,
        )
        legend.setProperty("role", "hint")
        legend.setWordWrap(True)
        self.body.addWidget(legend)
        left, right = self.columns(2)
        # Who is missing, as the family says it first.
        self._add(left, "person.names", self.tr("Name of the missing person"), NamesEdit(self))
        self._add(
            left,
            "person.age",
            self.tr("Age"),
            AgeRangeEdit(self.tr("e.g. 14, 12-14 or about 13")),
        )
        self._add(
            left,
            "person.date_of_birth",
            self.tr("Date of birth"),
            PartialDateEdit(self),
            hint=self.tr("Or the age above; the year alone will do."),
        )
        self._add(left, "person.sex", self.tr("Sex"), EnumCombo(Sex, lang, blank=None))
        # Where and when.
        self._add(
            left,
            "circumstances.last_seen_at",
            self.tr("Last seen at"),
            InstantEdit(zone, now, self),
        )
        self._add(left, "circumstances.last_seen_place", self.tr("Place last seen"), TextLine())
        self._add(
            left,
            "circumstances.narrative",
            self.tr("What happened (in the informant's words)"),
            TextBox(lines=5),
        )
        # Who is reporting.
        self._add(right, "complainant.person.names", self.tr("Complainant's name"), NamesEdit(self))
        self._add(
            right,
            "complainant.relation",
            self.tr("Relation to the missing person"),
            EnumCombo(Relation, lang),
        )
        self._add(right, COMPLAINANT_CONTACTS, self.tr("Complainant's mobile"), MobileLine(self))
        self._add(
            right,
            "reasons.suspected",
            self.tr("Reason, if known"),
            ReasonPicker(lang, blank=None, parent=self),
        )
        # The FIR.
        self.fir_flag = Flag(self.tr("An FIR is registered for this report"), self)
        self._add(right, FIR_REGISTERED, self.tr("FIR"), self.fir_flag)
        self._add(right, "fir.number", self.tr("FIR number"), TextLine(self.tr("e.g. 0412/2026")))
        self._add(
            right, "fir.registered_at", self.tr("FIR registered at"), InstantEdit(zone, now, self)
        )
        self.sections = RowsEditor(
            SECTION_COLUMNS, lang, add_label=self.tr("+ Add an Act and section")
        )
        self._add(right, "fir.sections", self.tr("Acts and sections"), self.sections)
        suggestion_row = QHBoxLayout()
        self.suggestion = QLabel("", self)
        self.suggestion.setProperty("role", "hint")
        self.suggestion.setWordWrap(True)
        self.suggest_button = QPushButton(
            self.tr("Add the suggested sections ({key})").format(key=ADD_SUGGESTED_KEY), self
        )
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the key is quicker than Tab
        self.suggest_button.clicked.connect(self.form.add_suggested_sections)
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.suggest_button)
        self.body.addLayout(suggestion_row)
        self._add(
            self.wide(),
            "fir_not_filed_reason",
            self.tr("Why no FIR is registered (a child's case needs one)"),
            TextBox(lines=2),
        )
        self._required: frozenset[str] = frozenset()

    def _add(
        self, column: Any, key: str, label: str, widget: QWidget, hint: str | None = None
    ) -> None:
        column.add(key, label, widget, hint)
        holder = widget.parentWidget()
        caption = column.layout_.labelForField(holder)
        if isinstance(caption, QLabel):
            self.captions[key] = (caption, label)

    def mark_required(self, paths: frozenset[str]) -> None:
        """Put the mark on the fields whose rule paths are ``paths``."""
        keys = frozenset(state_key_for(p) for p in paths)
        if keys == self._required:
            return
        self._required = keys
        for key, (caption, label) in self.captions.items():
            required = key in keys
            caption.setText(label + REQUIRED_MARK if required else label)
            caption.setProperty("required", required)

    def required_keys(self) -> frozenset[str]:
        return self._required

    def state_changed(self, key: str | None) -> None:
        fields = self.binder.fields
        if key in (None, FIR_REGISTERED):
            on = self.fir_flag.isChecked()
            for name in ("fir.number", "fir.registered_at", "fir.sections"):
                fields[name].setEnabled(on)
        suggested = self.form.suggested_sections()
        text = ", ".join(f"{act} {section}".strip() for act, section in suggested)
        shown = self.tr("Suggested for this case: {sections}").format(sections=text)
        self.suggestion.setText(shown if text else "")
        self.suggest_button.setEnabled(bool(self.form.missing_suggested_sections()))


class QuickEntryForm(CaseForm):
    """A new report on one screen; after the save the window opens it in the full form."""

    more_details = Signal()  # the writer wants the full form for this unsaved report

    section_classes = (QuickEntrySection,)

    def _build(self) -> None:
        super()._build()
        more = QPushButton(self.tr("More details ({key})").format(key=MORE_DETAILS_KEY), self)
        more.setAutoDefault(False)
        more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        more.clicked.connect(self.more_details)
        self.more_button = more
        self.header.insertWidget(self.header.count() - 1, more)
        for sequence, slot in (
            (ADD_SUGGESTED_KEY, self.add_suggested_sections),
            (MORE_DETAILS_KEY, self.more_details.emit),
        ):
            QShortcut(
                QKeySequence(sequence),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    @property
    def quick(self) -> QuickEntrySection:
        section = self.sections[0]
        assert isinstance(section, QuickEntrySection)
        return section

    def _update_header(self) -> None:
        super()._update_header()
        ctx = RuleContext.default(self.desk.now(), self.desk.zone)
        self.quick.mark_required(required_fields(ctx, child=bool(self.child_status())))

    def add_suggested_sections(self) -> None:
        """As on the full form; a FIR being registered now is registered at the present time."""
        registered_at = self.binder.fields["fir.registered_at"]
        super().add_suggested_sections()
        if not str(registered_at.raw()).strip():  # type: ignore[attr-defined]
            registered_at.fill_now()  # type: ignore[attr-defined]

"""Report & FIR: how and when the report came in, who took it, and the FIR with its sections."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from models.enums import FirActionTaken, InformationType, ReportMode
from ui.case_form.pickers import OfficerCombo
from ui.case_form.section import Section
from ui.case_form.state import FIR_REGISTERED, SECTION_COLUMNS
from ui.widgets.fields import EnumCombo, Flag, InstantEdit, TextBox, TextLine
from ui.widgets.rows import RowsEditor

FIR_KEYS = (
    "fir.number",
    "fir.registered_at",
    "fir.action_taken",
    "fir.copy_given_at",
    "fir.dispatched_to_court_at",
    "fir.sections",
)


class ReportSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Report & FIR"))

    def __init__(self, form) -> None:  # type: ignore[no-untyped-def]
        super().__init__(form)
        desk = self.desk
        zone, now, lang = desk.zone, desk.now, desk.lang
        officers = desk.officers()
        left, right = self.columns(2)
        left.add("report.reported_at", self.tr("Reported at"), InstantEdit(zone, now, self))
        left.add(
            "report.report_mode", self.tr("How reported"), EnumCombo(ReportMode, lang, blank=None)
        )
        left.add(
            "report.information_type",
            self.tr("Information"),
            EnumCombo(InformationType, lang, blank=None),
        )
        left.add("report.zero_fir_station", self.tr("Zero FIR from station"), TextLine())
        left.add("report.zero_fir_number", self.tr("Zero FIR number"), TextLine())
        left.add(
            "report.gd_entry_no", self.tr("GD entry number"), TextLine(self.tr("e.g. GD 23/2026"))
        )
        left.add("report.gd_entry_at", self.tr("GD entry at"), InstantEdit(zone, now, self))
        right.add(
            "report.received_by",
            self.tr("Received by"),
            OfficerCombo(officers, blank=None, parent=self),
        )
        right.add(
            "report.io",
            self.tr("Investigating officer"),
            OfficerCombo(officers, blank=self.tr("not assigned yet"), parent=self),
        )
        right.add(
            "report.jwo",
            self.tr("Juvenile welfare officer"),
            OfficerCombo(officers, blank="—", parent=self),
        )
        right.add(
            "report.delay_reason",
            self.tr("Reason for any delay in reporting"),
            TextBox(lines=2),
        )

        self.subheading(self.tr("FIR"))
        fir_flag = self.wide()
        self.fir_flag = Flag(self.tr("An FIR is registered for this report"), self)
        fir_flag.add(FIR_REGISTERED, "", self.fir_flag)
        fir_left, fir_right = self.columns(2)
        fir_left.add("fir.number", self.tr("FIR number"), TextLine(self.tr("e.g. 0412/2026")))
        fir_left.add(
            "fir.registered_at", self.tr("FIR registered at"), InstantEdit(zone, now, self)
        )
        fir_left.add(
            "fir.action_taken",
            self.tr("Action taken (item 13)"),
            EnumCombo(FirActionTaken, lang, blank=None),
        )
        fir_right.add(
            "fir.copy_given_at", self.tr("Free copy given at"), InstantEdit(zone, now, self)
        )
        fir_right.add(
            "fir.dispatched_to_court_at",
            self.tr("Sent to the court at"),
            InstantEdit(zone, now, self),
        )
        sections = self.wide()
        self.sections = RowsEditor(
            SECTION_COLUMNS, lang, add_label=self.tr("+ Add an Act and section")
        )
        sections.add("fir.sections", self.tr("Acts and sections"), self.sections)
        suggestion_row = QHBoxLayout()
        self.suggestion = QLabel("", self)
        self.suggestion.setProperty("role", "hint")
        self.suggestion.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Add the suggested sections"), self)
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.form.add_suggested_sections)
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.suggest_button)
        self.body.addLayout(suggestion_row)
        no_fir = self.wide()
        no_fir.add(
            "fir_not_filed_reason",
            self.tr("Why no FIR is registered (a child's case needs one)"),
            TextBox(lines=2),
        )

    def state_changed(self, key: str | None) -> None:
        fields = self.binder.fields
        if key in (None, "report.report_mode"):
            zero = fields["report.report_mode"].raw() == ReportMode.ZERO_FIR.value  # type: ignore[attr-defined]
            for name in ("report.zero_fir_station", "report.zero_fir_number"):
                fields[name].setEnabled(zero)
        if key in (None, FIR_REGISTERED):
            on = self.fir_flag.isChecked()
            for name in FIR_KEYS:
                fields[name].setEnabled(on)
        suggested = self.form.suggested_sections()
        text = ", ".join(f"{act} {section}".strip() for act, section in suggested)
        self.suggestion.setText(
            self.tr("Suggested for this case: {sections}").format(sections=text) if text else ""
        )
        self.suggest_button.setEnabled(bool(self.form.missing_suggested_sections()))

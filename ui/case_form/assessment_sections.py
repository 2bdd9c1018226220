"""Risk (checklist, grade, rationale) and reasons (suspected and confirmed, with their flags)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from models.enums import ExploitationType, OrderAuthority, OrderPermit, RiskGrade
from models.risk_checklist import load_risk_checklist
from ui.case_form.host import CaseFormHost
from ui.case_form.pickers import ReasonPicker, RiskChecklistEdit
from ui.case_form.section import Section
from ui.formats import format_instant
from ui.labels import enum_label
from ui.widgets.fields import (
    EnumChecks,
    EnumCombo,
    Flag,
    InstantEdit,
    PartialDateEdit,
    TextBox,
    TextLine,
    TriChoice,
)


class RiskSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Risk"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        desk = self.desk
        self.checklist = load_risk_checklist()
        intro = QLabel(
            self.tr(
                "Ask each question of the informant. ▲ marks a question whose Yes usually makes "
                "the risk High. Every missing child is presumed abducted or trafficked until shown "
                "otherwise: Medium is the usual starting grade for a child."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.body.addWidget(intro)
        wide = self.wide()
        self.answers = RiskChecklistEdit(desk.lang, self)
        wide.add("risk.answers", self.tr("Checklist"), self.answers)
        left, right = self.columns(2)
        self.grade = EnumCombo(RiskGrade, desk.lang, blank=self.tr("not assessed yet"))
        left.add("risk.grade", self.tr("Risk grade"), self.grade)
        self.definition = QLabel("", self)
        self.definition.setWordWrap(True)
        self.definition.setProperty("role", "hint")
        left.add_widget("", self.definition)
        self.suggestion = QLabel("", self)
        self.suggestion.setWordWrap(True)
        self.suggestion.setProperty("role", "warning")
        left.add_widget("", self.suggestion)
        left.add("risk.rationale", self.tr("Why this grade"), TextBox(lines=3))
        right.add("risk.information_source", self.tr("Information from"), TextLine())
        right.add(
            "risk.next_review_due",
            self.tr("Next review due"),
            InstantEdit(desk.zone, desk.now, self),
            hint=self.tr(
                "Left empty, it follows from the grade (High: 1 day … no apparent risk: 14)."
            ),
        )
        self.history = QLabel("", self)
        self.history.setWordWrap(True)
        self.history.setProperty("role", "hint")
        right.add_widget(self.tr("Earlier assessments"), self.history)

    def state_changed(self, key: str | None) -> None:
        if key not in (None, "risk.grade", "risk.answers"):
            return
        code = self.grade.raw()
        self.definition.setText(
            self.checklist.grade_definition(RiskGrade(code)).get(self.desk.lang) if code else ""
        )
        escalating = self.answers.escalating_yes()
        if escalating and code != RiskGrade.HIGH.value:
            self.suggestion.setText(
                self.tr("Yes to ▲ questions: consider High ({questions})").format(
                    questions="; ".join(escalating)
                )
            )
        else:
            self.suggestion.setText("")

    def record_changed(self) -> None:
        detail = self.form.detail
        if detail is None or not detail.risk_history:
            self.history.setText(self.tr("none"))
            return
        lines = [
            self.tr("{when}: {grade} by {user}").format(
                when=format_instant(r.assessed_at, self.desk.zone),
                grade=enum_label(r.grade, self.desk.lang),
                user=r.assessed_by,
            )
            for r in reversed(detail.risk_history)
        ]
        self.history.setText("\n".join(lines[:6]))


class ReasonsSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Reasons"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        wide = self.wide()
        wide.add(
            "reasons.suspected",
            self.tr("Suspected reason"),
            ReasonPicker(lang, blank=None, parent=self),
            hint=self.tr("Start with 8 (unknown / under investigation) if nothing is known yet."),
        )
        wide.add(
            "reasons.confirmed",
            self.tr("Confirmed reason"),
            ReasonPicker(lang, blank=self.tr("not confirmed yet"), parent=self),
            hint=self.tr("Usually set when the person is traced."),
        )
        self.sections_hint = QLabel("", self)
        self.sections_hint.setWordWrap(True)
        self.sections_hint.setProperty("role", "hint")
        wide.add_widget(self.tr("FIR sections"), self.sections_hint)
        left, right = self.columns(2)
        left.add(
            "reasons.presumed_abduction",
            self.tr("Presumed abduction / trafficking"),
            TriChoice(self.tr("yes for every child (the rule)")),
        )
        left.add(
            "reasons.involuntary",
            self.tr("Went against their will"),
            TriChoice(self.tr("as the reason says")),
        )
        left.add(
            "reasons.exploitation_type", self.tr("Exploitation"), EnumCombo(ExploitationType, lang)
        )
        right.add("reasons.inter_state", "", Flag(self.tr("Inter-state")))
        right.add("reasons.cross_border", "", Flag(self.tr("Crosses the national border")))
        right.add(
            "reasons.sexual_offence",
            "",
            Flag(self.tr("Sexual offence (no publicity without a recorded order)")),
        )
        self.subheading(
            self.tr(
                "Order allowing publicity (sexual-offence or trafficking cases; the station head "
                "records it)"
            )
        )
        order_left, order_right = self.columns(2)
        order_left.add(
            "publication_order.kind", self.tr("Made by"), EnumCombo(OrderAuthority, lang)
        )
        order_left.add("publication_order.reference", self.tr("Order number"), TextLine())
        order_left.add("publication_order.date", self.tr("Order date"), PartialDateEdit(self))
        order_right.add(
            "publication_order.authority",
            self.tr("Court or committee"),
            TextLine(self.tr("e.g. CWC Mumbai City")),
        )
        order_right.add(
            "publication_order.permits", self.tr("Permits"), EnumChecks(OrderPermit, lang, rows=1)
        )

    def state_changed(self, key: str | None) -> None:
        suggested = self.form.suggested_sections()
        text = ", ".join(f"{act} {section}".strip() for act, section in suggested)
        self.sections_hint.setText(
            self.tr("Suggested for the FIR: {sections} (add them in Report & FIR)").format(
                sections=text
            )
            if text
            else self.tr("none")
        )

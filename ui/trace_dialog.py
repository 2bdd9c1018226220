"""Trace and reunion: record the trace, then the reunion, then the closure steps, then close.

The CWC's 24-hour clock runs at the top while a traced child has not been produced. Each step is
saved on its own (each is an audited change). Leaving the dialog lists what is still open before
the case can be closed: notices to withdraw, portals to update, the complainant to inform.
Each saved step hands the case the service returned to whoever opened the dialog
(``case_changed``), so the case form shows it at once; which steps are open to the user is what
that case says (``CaseDetail.permissions``).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.dto.cases import (
    CaseDetail,
    ClockState,
    ClosureInput,
    PortalUpdateInput,
    ReunionInput,
    TraceInput,
)
from models.enums import (
    Activity,
    CaseStatus,
    Condition,
    CwcOrder,
    HowTraced,
    IdDocumentType,
    Locality,
    Portal,
    Relation,
    ReturnInterview,
    TraceType,
)
from models.errors import Problem, UserError, ValidationFailed, problem_line
from models.partial_date import DateProblem
from models.permissions import Capability
from models.rules.clocks import STATE_WORDS, clock_state
from ui import messages
from ui.case_form.pickers import ReasonPicker
from ui.desk import Desk
from ui.form_state import changed_keys
from ui.formats import countdown, format_instant, parse_instant
from ui.i18n import translated
from ui.widgets.binder import Binder, FieldForm
from ui.widgets.columns import Column
from ui.widgets.fields import EnumCombo, Flag, InstantEdit, TextBox, TextLine
from ui.widgets.flat import from_state, to_state
from ui.widgets.rows import RowsEditor

# Labels marked here, shown in the window's language by ``_portal_columns``.
PORTAL_COLUMNS = (
    Column("portal", str(QT_TRANSLATE_NOOP("TraceDialog", "Portal")), "enum", Portal, 1),
    Column(
        "updated_at",
        str(QT_TRANSLATE_NOOP("TraceDialog", "Updated at (DD-MM-YYYY HH:MM)")),
        stretch=1,
    ),
    Column("reference", str(QT_TRANSLATE_NOOP("TraceDialog", "Reference")), stretch=2),
)


def _portal_columns() -> tuple[Column, ...]:
    return tuple(
        dataclasses.replace(c, label=QCoreApplication.translate("TraceDialog", c.label))
        for c in PORTAL_COLUMNS
    )


class _Page(QScrollArea):
    """One step's fields, bound to its own binder."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget(self)
        self.layout_ = QVBoxLayout(inner)
        self.binder = Binder(parent=self)
        row = QHBoxLayout()
        self.left = FieldForm(self.binder, inner)
        self.right = FieldForm(self.binder, inner)
        row.addWidget(self.left, 1)
        row.addWidget(self.right, 1)
        self.layout_.addLayout(row)
        self.wide = FieldForm(self.binder, inner)
        self.layout_.addWidget(self.wide)
        self.layout_.addStretch(1)
        self.setWidget(inner)
        self.saved_state: dict[str, Any] = {}

    def load(self, state: dict[str, Any]) -> None:
        self.binder.set_state(state)
        self.saved_state = self.binder.state()

    def dirty(self) -> bool:
        return bool(changed_keys(self.saved_state, self.binder.state()))


class TraceDialog(QDialog):
    case_changed = Signal(object)  # CaseDetail, as the service returned it after a saved step

    def __init__(
        self, desk: Desk, detail: CaseDetail, *, stage: str = "trace", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.detail = detail
        self.setWindowTitle(
            self.tr("Trace and reunion: {number} {name}").format(
                number=detail.register_no, name=detail.display_name
            )
        )
        self.resize(1100, 720)
        zone, now, lang = desk.zone, desk.now, desk.lang

        layout = QVBoxLayout(self)
        self.clock_label = QLabel(self)
        self.clock_label.setProperty("role", "page-title")
        self.clock_label.setObjectName("cwc-clock")
        layout.addWidget(self.clock_label)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        # -- trace -----------------------------------------------------------------------------
        self.trace_page = t = _Page(self)
        t.left.add("trace_type", self.tr("What happened"), EnumCombo(TraceType, lang, blank=None))
        t.left.add("traced_at", self.tr("Traced at"), InstantEdit(zone, now, self))
        t.left.add("how_traced", self.tr("How traced"), EnumCombo(HowTraced, lang, blank=None))
        t.left.add("place", self.tr("Where"), TextLine(self.tr("place, area")))
        t.left.add(
            "locality", self.tr("Relative to our station"), EnumCombo(Locality, lang, blank=None)
        )
        t.left.add("district", self.tr("District"), TextLine())
        t.left.add("state", self.tr("State"), TextLine())
        t.left.add("country", self.tr("Country (if abroad)"), TextLine())
        t.left.add("ps_informed_at", self.tr("Station informed at"), InstantEdit(zone, now, self))
        t.left.add("portal", self.tr("Matched on portal"), EnumCombo(Portal, lang))
        t.left.add("portal_match_id", self.tr("Portal match reference"), TextLine())
        t.left.add("drive", self.tr("Drive (e.g. Operation Muskaan)"), TextLine())
        t.right.add("condition", self.tr("Condition"), EnumCombo(Condition, lang, blank=None))
        t.right.add("activity", self.tr("Found doing"), EnumCombo(Activity, lang))
        t.right.add("found_with", self.tr("Found with"), TextLine())
        t.right.add("traced_by_name", self.tr("Traced by (name)"), TextLine())
        t.right.add("traced_by_rank", self.tr("Rank"), TextLine())
        t.right.add("traced_by_number", self.tr("Buckle number"), TextLine())
        t.right.add("traced_by_unit", self.tr("Unit"), TextLine())
        t.right.add("new_fir_number", self.tr("New FIR (offence found)"), TextLine())
        t.right.add("accused_arrested", self.tr("Accused arrested"), TextLine("0"))
        t.right.add("uidb_number", self.tr("Inquest / UIDB number"), TextLine())
        t.right.add("statement_recorded", "", Flag(self.tr("Statement recorded")))
        t.right.add("statement_by", self.tr("Statement recorded by"), TextLine())
        t.right.add(
            "do_not_disclose_location", "", Flag(self.tr("Do not disclose where the person is"))
        )
        t.wide.add("how_details", self.tr("How the trace came about"), TextBox(lines=2))
        t.wide.add("condition_details", self.tr("About the condition"), TextBox(lines=2))
        t.wide.add("medical_exam", self.tr("Medical examination"), TextBox(lines=2))
        t.wide.add(
            "confirmed_reason",
            self.tr("Confirmed reason"),
            ReasonPicker(lang, blank=self.tr("not confirmed yet")),
        )
        self.tabs.addTab(t, self.tr("1  Trace"))

        # -- reunion ----------------------------------------------------------------------------
        self.reunion_page = r = _Page(self)
        r.left.add(
            "cwc_produced_at", self.tr("Produced before the CWC at"), InstantEdit(zone, now, self)
        )
        r.left.add(
            "cwc_name",
            self.tr("Child Welfare Committee"),
            TextLine(self.tr("e.g. CWC Mumbai City")),
        )
        r.left.add("cwc_order_number", self.tr("CWC order number"), TextLine())
        r.left.add("cwc_order", self.tr("CWC order"), EnumCombo(CwcOrder, lang))
        r.left.add("cci_name", self.tr("Child care institution"), TextLine())
        r.left.add(
            "cwc_not_required_reason", self.tr("Why no CWC production (adults)"), TextBox(lines=2)
        )
        r.right.add("handover_to_name", self.tr("Handed over to"), TextLine())
        r.right.add("handover_relation", self.tr("Relation"), EnumCombo(Relation, lang))
        r.right.add("handover_id_type", self.tr("Identity shown"), EnumCombo(IdDocumentType, lang))
        r.right.add("handover_id_number", self.tr("Its number"), TextLine())
        r.right.add("handover_id_checked", "", Flag(self.tr("Identity document checked")))
        r.right.add("handover_at", self.tr("Handed over at"), InstantEdit(zone, now, self))
        r.right.add("handover_place", self.tr("Where"), TextLine())
        r.right.add("handover_witnesses", self.tr("Witnesses"), TextBox(lines=2))
        r.wide.add("counselling_done", "", Flag(self.tr("Counselling done")))
        r.wide.add("school_readmission", "", Flag(self.tr("Readmitted to school")))
        r.wide.add("follow_up", self.tr("Follow-up"), TextBox(lines=2))
        r.wide.add("safe_well_by", self.tr("Safe-and-well check by"), TextLine())
        r.wide.add("safe_well_at", self.tr("Safe-and-well check at"), InstantEdit(zone, now, self))
        r.wide.add("safe_well_notes", self.tr("Safe-and-well notes"), TextBox(lines=2))
        r.wide.add(
            "return_interview", self.tr("Return interview"), EnumCombo(ReturnInterview, lang)
        )
        r.wide.add("return_interview_by", self.tr("Interview by"), TextLine())
        r.wide.add("return_interview_at", self.tr("Interview at"), InstantEdit(zone, now, self))
        self.tabs.addTab(r, self.tr("2  Reunion"))

        # -- closure steps -------------------------------------------------------------------------
        self.closure_page = c = _Page(self)
        c.left.add(
            "complainant_informed_at",
            self.tr("Complainant informed at"),
            InstantEdit(zone, now, self),
        )
        c.left.add("dlsa_informed_at", self.tr("DLSA informed at"), InstantEdit(zone, now, self))
        c.right.add("final_report_ref", self.tr("Final report (FIR) reference"), TextLine())
        self.portals = RowsEditor(
            _portal_columns(), lang, add_label=self.tr("+ Add a portal updated")
        )
        c.wide.add("portals_updated", self.tr("Portal records updated"), self.portals)
        self.open_steps = QLabel(self)
        self.open_steps.setWordWrap(True)
        self.open_steps.setObjectName("open-steps")
        c.wide.add_widget(self.tr("Still open"), self.open_steps)
        self.tabs.addTab(c, self.tr("3  Closure steps"))

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save this step"), self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_current)
        self.close_case_button = QPushButton(self.tr("Close the case"), self)
        self.close_case_button.setAutoDefault(False)
        self.close_case_button.clicked.connect(self.close_case)
        done = QPushButton(self.tr("Done"), self)
        done.setAutoDefault(False)
        done.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_case_button)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._load(detail)
        target = {"trace": 0, "reunion": 1, "close": 2}.get(stage, 0)
        if self.tabs.isTabEnabled(target):
            self.tabs.setCurrentIndex(target)

    # -- loading ---------------------------------------------------------------------------------

    def _load(self, detail: CaseDetail) -> None:
        self.detail = detail
        zone = self.desk.zone
        trace = detail.trace
        if trace is None:
            self.trace_page.load(
                {
                    "trace_type": TraceType.TRACED_ON_FIR.value,
                    "traced_at": format_instant(
                        self.desk.now().replace(second=0, microsecond=0), zone
                    ),
                    "how_traced": HowTraced.POLICE_TEAM.value,
                    "locality": Locality.SAME_PS.value,
                    "condition": Condition.SAFE.value,
                    "confirmed_reason": detail.reasons.confirmed or "",
                }
            )
            self.reunion_page.load({})
            self.closure_page.load({})
        else:
            self.trace_page.load(to_state(trace.trace, zone))
            self.reunion_page.load(to_state(trace.reunion, zone))
            closure = to_state(trace.closure, zone, exclude=("portals_updated",))
            closure["portals_updated"] = []
            self.closure_page.load(closure)
        traced = detail.status is CaseStatus.TRACED
        may = detail.permissions
        self.tabs.setTabEnabled(0, True)
        self.tabs.setTabEnabled(1, traced)
        self.tabs.setTabEnabled(2, traced)
        self.trace_page.setEnabled(may.record_trace)
        self.reunion_page.setEnabled(may.record_reunion)
        self.closure_page.setEnabled(may.record_reunion)
        # Shown to those whose role closes cases; open once this case may be closed.
        self.close_case_button.setVisible(self.desk.can(Capability.CLOSE_CASE))
        self.close_case_button.setEnabled(may.close)
        self._show_open_steps()
        self._tick()

    def _show_open_steps(self) -> list[str]:
        if self.detail.status is not CaseStatus.TRACED:
            self.open_steps.setText("")
            return []
        try:
            steps = self.desk.services.cases.closure_steps(self.desk.actor, self.detail.uuid)
        except UserError as exc:
            self.open_steps.setText(translated(exc.message))
            return []
        labels = [translated(s.label) for s in steps]
        self.open_steps.setText(
            "\n".join(f"• {label}" for label in labels)
            if labels
            else self.tr("Nothing: the case can close.")
        )
        return labels

    def _tick(self) -> None:
        clock = next((c for c in self.detail.clocks if c.kind == "cwc_production" and c.open), None)
        if clock is None:
            done = next((c for c in self.detail.clocks if c.kind == "cwc_production"), None)
            text = (
                self.tr("CWC production {state}, {when}").format(
                    state=translated(STATE_WORDS[done.state]),
                    when=format_instant(done.done_at, self.desk.zone),
                )
                if done is not None and done.done_at is not None
                else ""
            )
            self.clock_label.setText(text)
            self.clock_label.setStyleSheet("")
            return
        now: datetime = self.desk.now()
        left = countdown(clock.due_at, now)
        # Live, so asked again of the rule at each tick rather than read from the case.
        overdue = clock_state(clock.due_at, None, now) is ClockState.OVERDUE
        due = format_instant(clock.due_at, self.desk.zone)
        self.clock_label.setText(
            self.tr("CWC production due {due}: OVERDUE by {late}").format(
                due=due, late=left.lstrip("-")
            )
            if overdue
            else self.tr("CWC production due {due}: {left} left").format(due=due, left=left)
        )
        self.clock_label.setStyleSheet("color: #b71c1c;" if overdue else "color: #8a4b00;")

    # -- saving ------------------------------------------------------------------------------------

    def _say(self, kind: str, text: str) -> None:
        colour = {"error": "#b71c1c", "info": "#1b5e20", "warning": "#8a5a00"}[kind]
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    def save_current(self) -> bool:
        index = self.tabs.currentIndex()
        page = (self.trace_page, self.reunion_page, self.closure_page)[index]
        if not page.isEnabled():
            return False
        zone = self.desk.zone
        cases, actor, ref = self.desk.services.cases, self.desk.actor, self.detail.uuid
        state = page.binder.state()
        try:
            if page is self.trace_page:
                data, problems = from_state(TraceInput, state, zone)
                if data is None:
                    return self._refuse(page, problems)
                detail = cases.record_trace(actor, ref, data)
                note = self.tr("Trace recorded. Now record the CWC production and the handover.")
                next_tab = 1
            elif page is self.reunion_page:
                reunion, problems = from_state(ReunionInput, state, zone)
                if reunion is None:
                    return self._refuse(page, problems)
                detail = cases.record_reunion(actor, ref, reunion)
                note = self.tr("Reunion recorded.")
                next_tab = 2
            else:
                closure, problems = self._closure(state)
                if closure is None:
                    return self._refuse(page, problems)
                detail = cases.record_closure_steps(actor, ref, closure)
                note = self.tr("Closure steps recorded.")
                next_tab = 2
        except ValidationFailed as exc:
            return self._refuse(page, list(exc.problems))
        except UserError as exc:
            self._say(
                "error", self.tr("Not saved. {problem}").format(problem=translated(exc.message))
            )
            return False
        page.binder.clear_problems()
        self._load(detail)
        self.case_changed.emit(detail)
        self.tabs.setCurrentIndex(next_tab)
        self._say("info", note)
        return True

    def _closure(self, state: dict[str, Any]) -> tuple[ClosureInput | None, list[Problem]]:
        closure, problems = from_state(
            ClosureInput, state, self.desk.zone, exclude=("portals_updated",)
        )
        portals: list[PortalUpdateInput] = []
        for i, row in enumerate(state.get("portals_updated") or ()):
            text = str(row.get("updated_at") or "").strip()
            if not text and not str(row.get("reference") or "").strip():
                continue
            try:
                updated_at = parse_instant(text, self.desk.zone)
            except DateProblem as exc:
                problems.append(Problem(f"portals_updated[{i}].updated_at", str(exc)))
                continue
            portals.append(
                PortalUpdateInput(
                    portal=Portal(row.get("portal") or Portal.TRACKCHILD.value),
                    updated_at=updated_at,
                    reference=str(row.get("reference") or "").strip() or None,
                )
            )
        if closure is None or problems:
            return None, problems
        return ClosureInput(
            complainant_informed_at=closure.complainant_informed_at,
            dlsa_informed_at=closure.dlsa_informed_at,
            final_report_ref=closure.final_report_ref,
            portals_updated=tuple(portals),
        ), []

    def _refuse(self, page: _Page, problems: list[Problem]) -> bool:
        unplaced = page.binder.show_problems(problems)
        extra = "; ".join(translated(problem_line(p)) for p in unplaced)
        note = self.tr("Not saved: put right what is marked in red.")
        self._say("error", f"{note} {extra}" if extra else note)
        if problems:
            page.binder.focus(problems[0].field)
        return False

    def close_case(self) -> None:
        try:
            detail = self.desk.services.cases.close_case(self.desk.actor, self.detail.uuid)
        except UserError as exc:
            self._say("error", translated(exc.message))
            return
        self._load(detail)
        self.case_changed.emit(detail)
        self._say("info", self.tr("Case {number} is closed.").format(number=detail.register_no))

    # -- leaving -----------------------------------------------------------------------------------

    def _dirty_pages(self) -> list[_Page]:
        return [
            p
            for p in (self.trace_page, self.reunion_page, self.closure_page)
            if p.isEnabled() and p.dirty()
        ]

    def reject(self) -> None:
        dirty = self._dirty_pages()
        if dirty:
            self.tabs.setCurrentWidget(dirty[0])
            answer = messages.ask_unsaved(self, self.tr("This step"))
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_current():
                return
        steps = self._show_open_steps()
        if steps and self.detail.status is CaseStatus.TRACED:
            messages.inform(
                self,
                self.tr("Still open"),
                self.tr("Case {number} is traced. Before it can be closed:\n{steps}").format(
                    number=self.detail.register_no, steps="\n".join(f"• {s}" for s in steps)
                ),
            )
        self._timer.stop()
        super().reject()

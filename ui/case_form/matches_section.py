"""Found persons in care who may be this missing person: scores, reasons, link or not a match.

Drawn from the stored case like the action log; each decision is its own audited change made by
the found-person and matching services, and the form's unsaved edits are not touched.
"""

from __future__ import annotations

from models.dto.found import FoundDetail
from models.enums import CaseStatus
from ui.case_form.host import CaseFormHost
from ui.case_form.section import Section
from ui.matches_panel import MatchesPanel
from ui.widgets.record_form import esc


class MatchesSection(Section):
    title = "Possible matches"

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        self.panel = MatchesPanel(self.desk, self)
        self.panel.linked.connect(self._linked)
        self.body.addWidget(self.panel)

    def record_changed(self) -> None:
        detail = self.form.detail
        if detail is None:
            self.panel.set_subject(None, None)
        elif detail.status is not CaseStatus.REGISTERED:
            # A traced, closed or transferred case is not looked for among found persons.
            self.panel.set_subject(None, None)
            status = detail.status.value.replace("_", " ")
            self.panel.hint.setText(f"The case is {status}: no longer matched.")
        else:
            self.panel.set_subject("case", detail.register_no)

    def _linked(self, found: FoundDetail) -> None:
        self.form.message.say(
            "info",
            esc(
                f"{found.ref_no} is linked to this case. Record the trace when the person is "
                "identified and handed over."
            ),
        )

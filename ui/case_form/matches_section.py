"""Found persons in care who may be this missing person: scores, reasons, link or not a match.

Drawn from the stored case like the action log; each decision is its own audited change made by
the found-person and matching services, and the form's unsaved edits are not touched.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.dto.found import FoundDetail
from models.enums import CaseStatus
from ui.case_form.host import CaseFormHost
from ui.case_form.section import Section
from ui.labels import enum_label
from ui.matches_panel import MatchesPanel
from ui.widgets.record_form import esc


class MatchesSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Possible matches"))

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
            self.panel.hint.setText(
                self.tr("The case is {status}: no longer matched.").format(
                    status=enum_label(detail.status, self.desk.lang).lower()
                )
            )
        else:
            self.panel.set_subject("case", detail.register_no)

    def _linked(self, found: FoundDetail) -> None:
        self.form.message.say(
            "info",
            esc(
                self.tr(
                    "{found} is linked to this case. Record the trace when the person is "
                    "identified and handed over."
                ).format(found=found.ref_no)
            ),
        )

"""The case's lookout notices: their state, and the steps the officer at the desk may take.

Drawn from the stored record like the action log: each step is its own audited change, saved
at once by the notice service; the form's unsaved edits are not touched.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.enums import NoticeKind
from models.rules.notice_rules import case_notice_refusal
from ui.case_form.host import CaseFormHost
from ui.case_form.section import Section
from ui.notices.panel import NoticesPanel


class NoticesSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Lookout notices"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        self.panel = NoticesPanel(self.desk, NoticeKind.MISSING, self)
        self.body.addWidget(self.panel)

    def record_changed(self) -> None:
        detail = self.form.detail
        if detail is None:
            self.panel.set_subject(None)
            return
        self.panel.set_subject(
            detail.register_no,
            officer=detail.permissions.request_notice,
            rule_refusal=case_notice_refusal(detail),
        )

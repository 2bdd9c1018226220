"""What a section of the case form may use of the form around it.

The sections import this, never ui/case_form/form.py: the form builds the sections, so a section
that named the form would close an import circle (even one seen only by the type checker).
``CaseForm`` provides all of it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog

from models.dto.cases import CaseDetail
from models.errors import UserError
from ui.desk import Desk
from ui.widgets.binder import Binder
from ui.widgets.record_form import MessagePanel


class CaseFormHost(Protocol):
    @property
    def desk(self) -> Desk: ...

    @property
    def binder(self) -> Binder: ...

    @property
    def message(self) -> MessagePanel: ...

    @property
    def detail(self) -> CaseDetail | None:
        """The stored case as last returned by a service (None for a report not yet saved);
        ``detail.permissions`` says what the user at the desk may do with it."""
        ...

    def show_error(self, exc: UserError) -> None: ...

    def show_notice(self, text: str) -> None: ...

    def adopt(self, detail: CaseDetail) -> set[str]:
        """Take the case a service returned after a step taken here (an action logged, a photo
        made primary, the trace …); the unsaved edits stay on top of it."""
        ...

    # The FIR sections the rules suggest for the case as typed so far.
    def suggested_sections(self) -> list[tuple[str, str]]: ...

    def missing_suggested_sections(self) -> list[tuple[str, str]]: ...

    def add_suggested_sections(self) -> None: ...

    def open_trace_dialog(self, stage: str) -> QDialog | None: ...

    def photo_thumbnail(self, photo_id: int) -> bytes: ...

    def make_photo_primary(self, photo_id: int) -> None: ...

    def remove_photo(self, photo_id: int) -> None: ...

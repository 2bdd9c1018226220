"""Lookout notices in the window, through the buttons: the IO requests, the station head
approves (or refuses with a reason), the IO issues and gets the number and the printout with
its image; tracing makes the notice due for withdrawal; the rule's refusals are shown in the
service's words. The same for a found child's "help identify" notice."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from models.dto.cases import ReasonsInput, TraceInput
from models.enums import Activity, HowTraced, Locality, NoticeStatus, Sex, TraceType
from models.services import Services
from tests.conftest import FIXED_NOW
from tests.factories import child_case
from tests.returns.conftest import found
from tests.ui.conftest import Dialogs
from ui.case_form.form import CaseForm
from ui.case_form.notices_section import NoticesSection
from ui.desk import Desk
from ui.found.form import FoundForm
from ui.notices.panel import NoticesPanel
from ui.pdf_preview import PdfPreview

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[PdfPreview]:
    shown: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: shown.append(self) or 0)
    return shown


def _case_panel(qtbot: QtBot, desk: Desk, uuid: str) -> NoticesPanel:
    form = CaseForm(desk, desk.services.cases.case_detail(desk.actor, uuid))
    qtbot.addWidget(form)
    return form.section(NoticesSection).panel  # type: ignore[attr-defined, no-any-return]


def _click(button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _statuses(panel: NoticesPanel) -> list[NoticeStatus]:
    return [n.status for n in panel.rows]


def test_request_approve_issue_print_and_withdraw_through_the_buttons(
    qtbot: QtBot,
    writer_desk: Desk,
    io_desk: Desk,
    sho_desk: Desk,
    dialogs: Dialogs,
    previews: list[PdfPreview],
    tmp_path: Path,
) -> None:
    services: Services = writer_desk.services
    case = services.cases.register_case(writer_desk.actor, child_case()).value

    writer = _case_panel(qtbot, writer_desk, case.uuid)
    assert not writer.request_button.isEnabled()  # the writer does not ask for notices
    assert "No notice is out" in writer.hint.text()

    io = _case_panel(qtbot, io_desk, case.uuid)  # psi.more is the case's IO
    _click(io.request_button)
    assert _statuses(io) == [NoticeStatus.REQUESTED]
    assert io.model.text_at(0, 0) == "request #1"
    assert io.hint.text() == "Request #1 waits for the station head's approval."
    assert not io.approve_button.isEnabled() and not io.request_button.isEnabled()

    head = _case_panel(qtbot, sho_desk, case.uuid)
    _click(head.approve_button)
    assert _statuses(head) == [NoticeStatus.APPROVED]

    io.refresh()
    _click(io.issue_button)  # then offers the printout (the test answers yes)
    assert _statuses(io) == [NoticeStatus.ISSUED]
    assert io.model.text_at(0, 0) == "LN/2026/0001"
    assert dialogs.shown[-1][0] == "Notice issued" and "LN/2026/0001" in dialogs.shown[-1][1]
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=TIMEOUT)
    preview = previews[0]
    assert preview.page_count() == 1 and preview.image_button is not None
    preview.save_image_to(tmp_path / "LN-2026-0001.png")
    assert (tmp_path / "LN-2026-0001.png").read_bytes().startswith(b"\x89PNG")

    writer.refresh()
    _click(writer.print_button)  # anyone at the desk prints an issued notice
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=TIMEOUT)

    services.cases.record_trace(
        io_desk.actor,
        case.uuid,
        TraceInput(
            trace_type=TraceType.TRACED_ON_FIR,
            traced_at=FIXED_NOW - timedelta(hours=2),
            how_traced=HowTraced.POLICE_TEAM,
            place="Dadar railway station",
            locality=Locality.OTHER_PS_CITY,
        ),
    )
    io.refresh()
    assert _statuses(io) == [NoticeStatus.WITHDRAWAL_DUE]
    assert "take LN/2026/0001 down everywhere" in io.hint.text()
    assert not io.print_button.isEnabled()
    _click(io.slip_button)
    qtbot.waitUntil(lambda: len(previews) == 3, timeout=TIMEOUT)
    assert previews[-1].image_button is not None
    _click(io.withdraw_button)
    assert _statuses(io) == [NoticeStatus.WITHDRAWN]

    # A traced case: the rule says so beside the list, and the service says so when asked.
    again = _case_panel(qtbot, io_desk, case.uuid)
    assert "No notice can go out now. Case MP/2026/0001 is traced" in again.hint.text()
    _click(again.request_button)
    assert "only for persons still missing" in dialogs.texts()[-1]
    assert _statuses(again) == [NoticeStatus.WITHDRAWN]


def test_the_head_refuses_with_a_reason_and_a_sensitive_case_needs_an_order(
    qtbot: QtBot,
    writer_desk: Desk,
    io_desk: Desk,
    sho_desk: Desk,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = writer_desk.services
    case = services.cases.register_case(writer_desk.actor, child_case()).value
    services.notices.request(io_desk.actor, case.register_no)
    head = _case_panel(qtbot, sho_desk, case.uuid)
    answers = iter([("", True), ("The photo is three years old: take a new one first", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: next(answers)))
    _click(head.refuse_button)
    assert "say why the notice is refused" in dialogs.texts()[-1]
    assert _statuses(head) == [NoticeStatus.REQUESTED]
    _click(head.refuse_button)
    assert _statuses(head) == [NoticeStatus.REFUSED]
    assert head.model.text_at(0, 6).startswith("The photo is three years old")
    assert head.request_button.isEnabled()  # a refused request can be made again

    sensitive = child_case(reasons=ReasonsInput(suspected="1.1", sexual_offence=True))
    tagged = services.cases.register_case(writer_desk.actor, sensitive).value
    panel = _case_panel(qtbot, io_desk, tagged.uuid)
    assert "only the Special Court" in panel.hint.text()  # said before anyone asks
    _click(panel.request_button)
    assert "POCSO s.23" in dialogs.texts()[-1]  # and the service's own words when asked
    assert panel.rows == []


def test_a_found_child_s_help_identify_notice(
    qtbot: QtBot,
    writer_desk: Desk,
    io_desk: Desk,
    sho_desk: Desk,
    dialogs: Dialogs,
    previews: list[PdfPreview],
) -> None:
    services = writer_desk.services
    at = FIXED_NOW - timedelta(hours=5)
    waiting = services.found.add_found(
        writer_desk.actor, found(at, Sex.FEMALE, 9, Activity.BEGGING)
    ).value
    form = FoundForm(io_desk, services.found.found_detail(io_desk.actor, waiting.uuid))
    qtbot.addWidget(form)
    assert "Child Welfare Committee first" in form.notices.hint.text()
    _click(form.notices.request_button)
    assert "Child Welfare Committee first" in dialogs.texts()[-1]

    produced = services.found.add_found(
        writer_desk.actor,
        found(
            at,
            Sex.MALE,
            10,
            Activity.BEGGING,
            cwc_produced_at=at + timedelta(hours=2),
            cwc_name="CWC Mumbai City",
        ),
    ).value
    form = FoundForm(io_desk, services.found.found_detail(io_desk.actor, produced.uuid))
    qtbot.addWidget(form)
    panel = form.notices
    assert "help-identify notice" in panel.request_button.toolTip()
    _click(panel.request_button)
    head = FoundForm(sho_desk, services.found.found_detail(sho_desk.actor, produced.uuid))
    qtbot.addWidget(head)
    _click(head.notices.approve_button)
    panel.refresh()
    _click(panel.issue_button)
    assert _statuses(panel) == [NoticeStatus.ISSUED]
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=TIMEOUT)
    assert previews[0].image_button is not None


def test_the_notices_model_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    writer_desk: Desk,
    io_desk: Desk,
) -> None:
    services = writer_desk.services
    case = services.cases.register_case(writer_desk.actor, child_case()).value
    services.notices.request(io_desk.actor, case.register_no)
    panel = _case_panel(qtbot, io_desk, case.uuid)
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)

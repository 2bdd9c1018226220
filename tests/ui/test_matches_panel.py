"""Possible matches on a found person and on a case: reasons, a refused contradictory link,
"not a match", and the read-only list model."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.dto.cases import MarkRow, PersonInput
from models.dto.found import FoundInput
from models.enums import Activity, FoundStatus, Language, MarkType, Sex
from tests.factories import at, child_case, child_person
from ui import messages
from ui.case_form.form import CaseForm
from ui.case_form.matches_section import MatchesSection
from ui.desk import Desk
from ui.found.form import FoundForm
from ui.main_window import MainWindow
from ui.matches_panel import CONTRADICTION, HEADERS, MatchesModel, MatchesPanel

WHY_NOT = HEADERS.index("Why not")


def found_girl() -> FoundInput:
    """Found this morning: a girl of about 14 called प्रिया पाटील, a mole on the left cheek."""
    return FoundInput(
        person=PersonInput(
            names=("प्रिया पाटील",),
            sex=Sex.FEMALE,
            age_min=13,
            age_max=15,
            height_cm=140,
            languages=(Language.MARATHI,),
            marks=(MarkRow(MarkType.MOLE, "left cheek", "black mole"),),
        ),
        found_at=at(5),
        found_place="Dadar railway station, platform 4",
        activity=Activity.BEGGING,
        found_by="GRP Dadar",
    )


@pytest.fixture
def records(io_desk: Desk) -> dict[str, str]:
    """The true case (Latin-entered), a namesake of 6 (an age contradiction), the found girl."""
    svc, actor = io_desk.services, io_desk.actor
    true = svc.cases.register_case(actor, child_case()).value
    little = child_case(
        person=child_person(
            names=("Priya Patil",), aliases=(), date_of_birth="2020-03-01", height_cm=110
        )
    )
    namesake = svc.cases.register_case(actor, little).value
    found = svc.found.add_found(actor, found_girl()).value
    return {"true": true.register_no, "namesake": namesake.register_no, "found": found.ref_no}


def _loaded(qtbot: QtBot, panel: MatchesPanel) -> None:
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)


def _found_form(qtbot: QtBot, desk: Desk, ref: str) -> FoundForm:
    form = FoundForm(desk, desk.services.found.found_detail(desk.actor, ref))
    qtbot.addWidget(form)
    _loaded(qtbot, form.matches)
    return form


def test_a_found_person_shows_the_true_match_first_with_its_reasons(
    qtbot: QtBot, io_desk: Desk, records: dict[str, str]
) -> None:
    form = _found_form(qtbot, io_desk, records["found"])
    panel = form.matches
    assert panel.isVisibleTo(form)
    refs = [c.ref for c in panel.candidates()]
    assert refs[0] == records["true"] and records["namesake"] in refs
    best = panel.candidates()[0]
    assert best.result.score >= 60 and not best.result.contradictions
    # Why it scored: each signal with its points, on the row and below the list.
    names = {s.name for s in best.result.signals}
    assert {"name", "sex", "age"} <= names
    why = panel.model.text_at(0, HEADERS.index("Why"))
    assert "name +" in why
    reasons = panel.reasons.text()
    assert f"{records['true']} scores {best.result.score}" in reasons
    assert all(s.text.split(":")[0] in reasons for s in best.result.signals)
    # Why not: the namesake's contradiction, in red.
    row = refs.index(records["namesake"])
    namesake = panel.candidates()[row]
    assert namesake.result.contradictions
    cell = panel.model.index(row, WHY_NOT)
    assert cell.data() == "; ".join(namesake.result.contradictions)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(CONTRADICTION)


def test_a_contradictory_link_needs_a_reason_and_not_a_match_removes_it(
    qtbot: QtBot, io_desk: Desk, records: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _found_form(qtbot, io_desk, records["found"])
    panel = form.matches
    answers: list[str | None] = [""]
    asked: list[str] = []

    def ask(_parent: object, title: str, text: str) -> str | None:
        asked.append(f"{title}: {text}")
        return answers.pop(0)

    monkeypatch.setattr(messages, "ask_reason", ask)
    panel.select(records["namesake"])
    assert "Why not" in panel.reasons.text()

    # Linking against the contradiction without a reason: refused, in plain words.
    assert panel.link_selected() is None
    assert "contradict" in asked[0]
    assert "reason" in panel.error.text().lower()
    detail = io_desk.services.found.found_detail(io_desk.actor, records["found"])
    assert detail.linked_case is None and detail.status is FoundStatus.IN_CARE

    # "Not a match" with its reason: gone from the list, and not proposed again.
    answers.append("The father saw the photo: not his daughter.")
    assert panel.reject_selected()
    assert "Not a match" in asked[1]
    _loaded(qtbot, panel)
    refs = [c.ref for c in panel.candidates()]
    assert records["namesake"] not in refs and records["true"] in refs
    again = io_desk.services.matching.matches_for_found(io_desk.actor, records["found"])
    assert records["namesake"] not in [c.ref for c in again]


def test_linking_the_true_match_links_the_found_person(
    qtbot: QtBot, io_desk: Desk, records: dict[str, str]
) -> None:
    form = _found_form(qtbot, io_desk, records["found"])
    form.matches.select(records["true"])
    detail = form.matches.link_selected()  # confirmed by the dialogs fixture
    assert detail is not None and detail.linked_case == records["true"]
    assert form.detail is not None and form.detail.status is FoundStatus.LINKED
    assert f"Linked to {records['true']}" in form.message.plain()
    assert not form.matches.isVisibleTo(form)


def test_the_case_form_lists_the_found_person_in_its_section(
    qtbot: QtBot, io_desk: Desk, records: dict[str, str]
) -> None:
    detail = io_desk.services.cases.case_detail(io_desk.actor, records["true"])
    form = CaseForm(io_desk, detail)
    qtbot.addWidget(form)
    section = form.section(MatchesSection)
    assert isinstance(section, MatchesSection)
    _loaded(qtbot, section.panel)
    [candidate] = section.panel.candidates()
    assert candidate.ref == records["found"] and candidate.kind == "found"
    assert section.panel.link_button.isEnabled()


def test_the_list_model_passes_the_model_tester(
    qtmodeltester: Callable[..., None] | object,
    io_desk: Desk,
    records: dict[str, str],
) -> None:
    candidates = io_desk.services.matching.matches_for_found(io_desk.actor, records["found"])
    model = MatchesModel("en", io_desk.zone)
    model.set_records(candidates)
    assert model.rowCount() == len(candidates) >= 2
    assert model.record(0) == candidates[0]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_records(())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_reason_is_asked_in_the_officers_words(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel gives None (nothing is done); the text typed is passed on as typed."""
    from PySide6.QtWidgets import QDialog, QInputDialog

    def answer(code: QDialog.DialogCode) -> object:
        def exec_(dialog: QInputDialog) -> int:
            dialog.setTextValue("typed\nover two lines")
            return int(code.value)

        return exec_

    monkeypatch.setattr(QInputDialog, "exec", answer(QDialog.DialogCode.Rejected))
    assert messages.ask_reason(None, "t", "x") is None
    monkeypatch.setattr(QInputDialog, "exec", answer(QDialog.DialogCode.Accepted))
    assert messages.ask_reason(None, "t", "x") == "typed\nover two lines"


def test_the_count_to_review_leads_to_the_found_persons_waiting(
    qtbot: QtBot, io_desk: Desk, records: dict[str, str]
) -> None:
    waiting = io_desk.services.matching.to_review(io_desk.actor)
    assert waiting >= 1
    window = MainWindow(io_desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for page in (window.dashboard, window.overdue):
        window.show_page("dashboard" if page is window.dashboard else "overdue")
        link = page.review
        # Counted off the window's thread: the count arrives a moment after the page opens.
        qtbot.waitUntil(lambda current=link: not current.loading, timeout=10_000)
        assert link.text() == f"Possible matches to review: {waiting}"
        window.show_page("register")
        QTest.mouseClick(link, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.found
        assert window.found.to_review.isChecked()
        qtbot.waitUntil(lambda: not window.found.loading, timeout=10_000)
        refs = [window.found.model.text_at(i, 0) for i in range(window.found.model.rowCount())]
        assert refs == [records["found"]]
        assert "1 found person with possible matches" in window.found.count.text()
        window.found.to_review.setChecked(False)

    # Decided: nothing left to review, and the link says so without leading anywhere.
    io_desk.services.found.link(io_desk.actor, records["found"], case_ref=records["true"])
    window.show_page("dashboard")
    window.dashboard.refresh()
    qtbot.waitUntil(lambda: not window.dashboard.review.loading, timeout=10_000)
    assert window.dashboard.review.text() == "Possible matches to review: 0"
    window.show_page("register")
    QTest.mouseClick(window.dashboard.review, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.register

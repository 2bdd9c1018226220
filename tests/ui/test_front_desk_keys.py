"""The front desk by keyboard: ages as the family says them, a date of birth judged when left,
Down from the register's search box, and the kept-drafts question answered with Enter or Esc."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from models.rules.case_rules import RuleContext, check_case
from tests.factories import child_case
from tests.ui.helpers import leave, type_text
from ui.case_form.form import CaseForm
from ui.desk import Desk
from ui.drafts import DraftStore
from ui.found.form import FoundForm
from ui.main_window import DraftsDialog
from ui.register.view import RegisterView

pytestmark = pytest.mark.gui


def _form(qtbot: QtBot, desk: Desk) -> CaseForm:
    form = CaseForm(desk)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    return form


def _error_under(form: CaseForm, key: str) -> str:
    line = form.binder.errors[key]
    return line.text() if line.isVisible() else ""


@pytest.mark.parametrize(
    ("typed", "shown", "child"),
    [
        ("about 13", "12-14", True),
        ("13 yrs", "13", True),
        ("१३", "13", True),
        ("सुमारे १७ वर्षे", "16-18", True),
        ("लगभग 40 साल", "39-41", False),
    ],
)
def test_the_age_field_takes_what_the_family_says(
    qtbot: QtBot, writer_desk: Desk, typed: str, shown: str, child: bool
) -> None:
    form = _form(qtbot, writer_desk)
    age = form.binder.fields["person.age"]
    type_text(age, typed)
    leave(age)
    assert age.raw() == shown  # type: ignore[attr-defined]
    assert _error_under(form, "person.age") == ""
    assert form.child_status() is child
    assert form.child_badge.isVisibleTo(form) is child


def test_an_age_that_is_no_age_is_said_when_the_field_is_left(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = _form(qtbot, writer_desk)
    age = form.binder.fields["person.age"]
    type_text(age, "thirteen")
    leave(age)
    assert "'thirteen' is not an age: write the years" in _error_under(form, "person.age")
    assert age.property("problem") is True
    age.setFocus()
    age.clear()  # type: ignore[attr-defined]
    type_text(age, "13-14")
    leave(age)
    assert _error_under(form, "person.age") == ""


def test_the_found_person_form_takes_age_phrases_too(qtbot: QtBot, writer_desk: Desk) -> None:
    form = FoundForm(writer_desk)
    qtbot.addWidget(form)
    form.show()
    age = form.binder.fields["person.age"]
    type_text(age, "about 9")
    leave(age)
    assert age.raw() == "8-10"  # type: ignore[attr-defined]


def _cli_words(desk: Desk, date_of_birth: str) -> str:
    """What the save and the command line say about this date of birth on the standard case."""
    base = child_case()
    case = dataclasses.replace(
        base, person=dataclasses.replace(base.person, date_of_birth=date_of_birth)
    )
    ctx = RuleContext.default(desk.now(), desk.zone)
    (problem,) = [p for p in check_case(case, ctx) if p.field == "person.date_of_birth"]
    return problem.message


def test_a_date_of_birth_in_the_future_is_refused_when_left_with_the_clis_words(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = _form(qtbot, writer_desk)
    dob = form.binder.fields["person.date_of_birth"]
    next_year = writer_desk.now().year + 1
    type_text(dob, f"{next_year}")
    leave(dob)
    # Nothing else is filled in ("Last seen at" is empty): the date is judged all the same.
    said = _error_under(form, "person.date_of_birth")
    assert said == _cli_words(writer_desk, f"{next_year}") == "cannot be in the future"
    assert dob.property("problem") is True
    # The form's own check, run shortly after typing, keeps saying it.
    form.validate()
    assert _error_under(form, "person.date_of_birth") == said

    dob.setFocus()
    dob.clear()  # type: ignore[attr-defined]
    type_text(dob, "2013")
    leave(dob)
    assert _error_under(form, "person.date_of_birth") == ""
    assert dob.property("problem") is False


def test_a_date_of_birth_after_the_day_last_seen_is_refused_when_left(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = _form(qtbot, writer_desk)
    today = writer_desk.now().astimezone(writer_desk.zone).date()
    seen = form.binder.fields["circumstances.last_seen_at"]
    type_text(seen.line, f"01-01-{today.year} 10:00")  # type: ignore[attr-defined]
    leave(seen.line)  # type: ignore[attr-defined]
    dob = form.binder.fields["person.date_of_birth"]
    born = f"02-01-{today.year}"
    type_text(dob, born)
    leave(dob)
    said = _error_under(form, "person.date_of_birth")
    assert said == "is after the day the person went missing"
    base = child_case()
    ctx = RuleContext.default(writer_desk.now(), writer_desk.zone)
    seen_at = base.circumstances.last_seen_at.replace(year=today.year, month=1, day=1)
    case = dataclasses.replace(
        base,
        person=dataclasses.replace(base.person, date_of_birth=f"{today.year}-01-02"),
        circumstances=dataclasses.replace(base.circumstances, last_seen_at=seen_at),
    )
    assert said in [p.message for p in check_case(case, ctx) if p.field == "person.date_of_birth"]


def test_down_from_a_search_still_to_run_lands_on_its_results(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    svc, actor = writer_desk.services, writer_desk.actor
    for name in ("Madhuri Kulkarni", "Sunita Pawar"):
        base = child_case()
        svc.cases.register_case(
            actor,
            dataclasses.replace(
                base, person=dataclasses.replace(base.person, names=(name,), aliases=())
            ),
        )
    view = RegisterView(writer_desk)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    search = view.filters.search
    type_text(search, "Madhuri")
    QTest.keyClick(search, Qt.Key.Key_Down)  # before the search has had time to run
    qtbot.waitUntil(lambda: view.table.hasFocus(), timeout=10_000)
    assert [r.name for r in view.model.rows()] == ["Madhuri Kulkarni"]
    assert view.table.currentIndex().row() == 0


def _kept_drafts(desk: Desk) -> DraftStore:
    store = desk.drafts
    assert store is not None
    for n, name in enumerate(("Sunita", "Asha")):
        store.save(
            f"case-new-{n}",
            kind="case",
            title=f"New report: {name}",
            ref=None,
            version=None,
            user=desk.actor.username,
            state={"current": {"person.names": [name]}, "baseline": {}},
        )
    return store


def test_the_drafts_question_is_answered_with_enter_or_esc(qtbot: QtBot, writer_desk: Desk) -> None:
    store = _kept_drafts(writer_desk)
    dialog = DraftsDialog(store.drafts(writer_desk.actor.username), writer_desk.zone)
    qtbot.addWidget(dialog)
    assert dialog.restore.text() == "Restore the ticked drafts"
    assert dialog.discard.text() == "Delete the unticked drafts"
    assert dialog.later.text() == "Keep them all for later"
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list, timeout=5000)
    # Space unticks the first draft; Enter then restores the one still ticked.
    QTest.keyClick(dialog.list, Qt.Key.Key_Space)
    assert len(dialog.ticked()) == 1
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.discard_chosen

    again = DraftsDialog(store.drafts(writer_desk.actor.username), writer_desk.zone)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    QTest.keyClick(again.list, Qt.Key.Key_Escape)
    assert again.result() == QDialog.DialogCode.Rejected
